using PostLint.Diagnostics;
using PostLint.Rules.Links;
using PostLint.Rules.Tests.Verification;
using PostLint.Model;

namespace PostLint.Rules.Tests.Links;

public sealed class PL2002InsecureHttpLinkTests
{
    private static readonly PL2002InsecureHttpLink Analyzer = new();

    [Theory]
    [InlineData("詳しくは {|PL2002:http://www.city.ishinomaki.lg.jp/kaki/|} へ")]
    [InlineData("{|PL2002:HTTP://EXAMPLE.JP|}")]
    [InlineData("{|PL2002:http://example.jp/a|}\n{|PL2002:http://example.jp/b|}")]
    public void Http_links_are_reported(string markup) => RuleVerifier.Verify(Analyzer, markup);

    [Theory]
    [InlineData("https://www.city.ishinomaki.lg.jp/kaki/")]
    [InlineData("www.city.ishinomaki.lg.jp/kaki/")]
    [InlineData("http:// と書いただけの文")]
    [InlineData("httpの話")]
    [InlineData("")]
    public void Https_links_links_without_protocol_and_plain_text_are_clean(string text) => RuleVerifier.Verify(Analyzer, text);

    [Fact]
    public void The_display_fix_replaces_the_scheme_with_https()
    {
        var diagnostics = RuleVerifier.Verify(Analyzer, "詳しくは {|PL2002:http://example.jp/a?b=1|} へ");
        var fix = RuleVerifier.SingleFix(diagnostics, FixApplicability.Display);
        Assert.Equal("https://example.jp/a?b=1 と記載する", fix.Title);
        Assert.Equal("詳しくは https://example.jp/a?b=1 へ", fix.Apply("詳しくは http://example.jp/a?b=1 へ"));
        Assert.Contains("http://example.jp/a?b=1", diagnostics[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Display_fixes_are_never_applied() =>
        RuleVerifier.VerifyFix(Analyzer, "{|PL2002:http://example.jp|}", "http://example.jp", includeUnsafe: true);

    [Fact]
    public void In_an_export_the_expanded_url_is_judged()
    {
        var text = "お知らせ https://t.co/Ab12 と https://t.co/Cd34";
        var diagnostics = RuleVerifier.Verify(
            Analyzer,
            "お知らせ {|PL2002:https://t.co/Ab12|} と https://t.co/Cd34",
            configurePost: post => post with
            {
                Links = [new PostLink("https://t.co/Ab12", "http://example.jp/old"), new PostLink("https://t.co/Cd34", "https://example.jp/new")],
            });
        var fix = RuleVerifier.SingleFix(diagnostics, FixApplicability.Display);
        Assert.Equal("お知らせ https://example.jp/old と https://t.co/Cd34", fix.Apply(text));
    }

    [Fact]
    public void A_wrapper_shown_as_http_is_fine_when_its_target_is_https() =>
        RuleVerifier.Verify(
            Analyzer,
            "http://t.co/Ab12",
            configurePost: post => post with { Links = [new PostLink("http://t.co/Ab12", "https://example.jp/")] });

    [Fact]
    public void Severity_is_a_suggestion_in_every_profile()
    {
        foreach (var profile in new[] { "ishinomaki", "joetsu", "mine", "recommended" })
        {
            var diagnostic = Assert.Single(RuleVerifier.Verify(Analyzer, "{|PL2002:http://example.jp|}", ProfileOptions.For(profile)));
            Assert.Equal(DiagnosticSeverity.Info, diagnostic.Severity);
        }
    }
}
