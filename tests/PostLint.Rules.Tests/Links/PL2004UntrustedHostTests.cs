using PostLint.Configuration;
using PostLint.Diagnostics;
using PostLint.Rules.Links;
using PostLint.Rules.Tests.Verification;
using PostLint.Model;

namespace PostLint.Rules.Tests.Links;

public sealed class PL2004UntrustedHostTests
{
    private static readonly PL2004UntrustedHost Analyzer = new();

    private static readonly AnalyzerOptions Trusted = RuleVerifier.Options(new ConfigurationLayer
    {
        Origin = "test",
        Rules = System.Collections.Immutable.ImmutableDictionary<string, ReportSeverity>.Empty.Add("PL2004", ReportSeverity.Suggestion),
    }.WithSection("links", """{ "trusted": ["*.lg.jp", "*.go.jp", "city.joetsu.niigata.jp"] }"""));

    [Theory]
    [InlineData("詳しくは {|PL2004:https://example.com/event|}")]
    [InlineData("{|PL2004:www.example.jp|}")]
    [InlineData("{|PL2004:https://lg.jp/|}")]
    [InlineData("{|PL2004:https://city.joetsu.niigata.jp.example.com/|}")]
    public void Hosts_outside_the_trusted_list_are_reported(string markup) => RuleVerifier.Verify(Analyzer, markup, Trusted);

    [Theory]
    [InlineData("https://www.city.joetsu.lg.jp/site/event/")]
    [InlineData("https://www.mhlw.go.jp/")]
    [InlineData("https://city.joetsu.niigata.jp/")]
    [InlineData("https://www.city.joetsu.niigata.jp/")]
    [InlineData("WWW.CITY.JOETSU.LG.JP")]
    [InlineData("")]
    public void Trusted_hosts_are_clean(string text) => RuleVerifier.Verify(Analyzer, text, Trusted);

    [Theory]
    [InlineData("https://bit.ly/abc")]
    [InlineData("https://example.xxx/")]
    public void Links_that_PL2001_or_PL2003_report_are_left_to_them(string text) => RuleVerifier.Verify(Analyzer, text, Trusted);

    [Fact]
    public void With_PL2001_off_a_shortener_is_an_untrusted_host_like_any_other()
    {
        var options = RuleVerifier.Options(new ConfigurationLayer
        {
            Origin = "test",
            Rules = System.Collections.Immutable.ImmutableDictionary<string, ReportSeverity>.Empty
                .Add("PL2004", ReportSeverity.Suggestion)
                .Add("PL2001", ReportSeverity.None),
        }.WithSection("links", """{ "trusted": ["*.lg.jp"] }"""));
        RuleVerifier.Verify(Analyzer, "{|PL2004:https://bit.ly/abc|} https://www.city.joetsu.lg.jp/", options);
    }

    [Fact]
    public void In_an_export_the_expanded_url_is_judged_not_the_wrapper() =>
        RuleVerifier.Verify(
            Analyzer,
            "https://t.co/Ab12 {|PL2004:https://t.co/Cd34|}",
            Trusted,
            post => post with
            {
                Links = [new PostLink("https://t.co/Ab12", "https://www.city.joetsu.lg.jp/"), new PostLink("https://t.co/Cd34", "https://example.com/")],
            });

    [Fact]
    public void Joetsu_profile_reports_a_suggestion_naming_the_host_and_clause()
    {
        var diagnostic = Assert.Single(RuleVerifier.Verify(Analyzer, "{|PL2004:https://shop.example.com/item|}", ProfileOptions.For("joetsu")));
        Assert.Equal(DiagnosticSeverity.Info, diagnostic.Severity);
        Assert.Contains("shop.example.com", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("上越市ガイドライン 6(1)② 留意事項", diagnostic.Message, StringComparison.Ordinal);
        var fix = Assert.Single(diagnostic.Fixes);
        Assert.Equal(FixApplicability.Display, fix.Applicability);
    }

    [Theory]
    [InlineData("ishinomaki")]
    [InlineData("mine")]
    [InlineData("recommended")]
    public void The_rule_is_off_in_the_other_profiles(string profile) =>
        RuleVerifier.Verify(Analyzer, "https://shop.example.com/item", ProfileOptions.For(profile));

    [Fact]
    public void Without_a_trusted_list_the_rule_is_silent()
    {
        var options = RuleVerifier.Options(new ConfigurationLayer
        {
            Origin = "test",
            Rules = System.Collections.Immutable.ImmutableDictionary<string, ReportSeverity>.Empty.Add("PL2004", ReportSeverity.Warning),
        });
        RuleVerifier.Verify(Analyzer, "https://example.com/", options);
    }

    [Fact]
    public void Display_fix_is_never_applied() =>
        RuleVerifier.VerifyFix(Analyzer, "{|PL2004:https://example.com/|}", "https://example.com/", includeUnsafe: true, options: Trusted);
}
