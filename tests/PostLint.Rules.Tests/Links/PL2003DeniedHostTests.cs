using PostLint.Configuration;
using PostLint.Diagnostics;
using PostLint.Rules.Links;
using PostLint.Rules.Tests.Verification;
using PostLint.Model;

namespace PostLint.Rules.Tests.Links;

public sealed class PL2003DeniedHostTests
{
    private static readonly PL2003DeniedHost Analyzer = new();

    [Theory]
    [InlineData("{|PL2003:https://example.xxx/|}")]
    [InlineData("{|PL2003:http://www.example.porn/page|}")]
    [InlineData("{|PL2003:example.sex|}")]
    [InlineData("{|PL2003:https://Video.Example.ADULT/x|}")]
    public void Adult_top_level_domains_are_denied(string markup) => RuleVerifier.Verify(Analyzer, markup);

    [Theory]
    [InlineData("https://www.city.ishinomaki.lg.jp/")]
    [InlineData("https://xxx.example.jp/")]
    [InlineData("https://example.com/porn")]
    [InlineData("sexy.example.com")]
    [InlineData("")]
    public void Hosts_that_merely_contain_the_words_are_clean(string text) => RuleVerifier.Verify(Analyzer, text);

    [Fact]
    public void Configured_denied_hosts_are_reported_with_their_subdomains()
    {
        var options = RuleVerifier.Options(new ConfigurationLayer
        {
            Origin = "test",
        }.WithSection("links", """{ "deny": ["bad.example.jp", "*.casino.jp"] }"""));
        var diagnostics = RuleVerifier.Verify(
            Analyzer,
            "{|PL2003:https://bad.example.jp/|} {|PL2003:https://www.bad.example.jp/a|} https://good.example.jp/ casino.jp {|PL2003:https://win.casino.jp/|}",
            options);
        Assert.Contains("links.deny: bad.example.jp", diagnostics[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Message_says_why_and_names_the_clause()
    {
        var diagnostic = Assert.Single(RuleVerifier.Verify(Analyzer, "{|PL2003:https://example.xxx/|}", ProfileOptions.For("ishinomaki")));
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Contains("成人向けのトップレベルドメイン（.xxx）", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("石巻市ガイドライン 4(6)", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_display_fix_removes_the_link_and_is_never_applied()
    {
        var diagnostics = RuleVerifier.Verify(Analyzer, "見て {|PL2003:https://example.xxx/|}");
        Assert.Equal("見て ", RuleVerifier.SingleFix(diagnostics, FixApplicability.Display).Apply("見て https://example.xxx/"));
        RuleVerifier.VerifyFix(Analyzer, "見て {|PL2003:https://example.xxx/|}", "見て https://example.xxx/", includeUnsafe: true);
    }

    [Fact]
    public void In_an_export_the_expanded_url_is_judged() =>
        RuleVerifier.Verify(
            Analyzer,
            "{|PL2003:https://t.co/Ab12|} https://t.co/Cd34",
            configurePost: post => post with
            {
                Links = [new PostLink("https://t.co/Ab12", "https://example.xxx/"), new PostLink("https://t.co/Cd34", "https://example.jp/")],
            });
}
