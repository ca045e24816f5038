using PostLint.Configuration;
using PostLint.Diagnostics;
using PostLint.Rules.Operations;
using PostLint.Rules.Tests.Verification;
using static PostLint.Rules.Tests.Operations.AccountHistoryVerifier;

namespace PostLint.Rules.Tests.Operations;

public sealed class PL6002AccountSilentForAMonthTests
{
    private static readonly PL6002AccountSilentForAMonth Analyzer = new();
    private static readonly AnalyzerOptions On = Options("PL6002", ReportSeverity.Warning);

    [Fact]
    public void A_gap_of_more_than_a_calendar_month_is_reported_once_at_the_first_post_after_it()
    {
        var findings = Run(
            Analyzer,
            On,
            Post("a", "2025-01-10T10:00:00+09:00"),
            Post("b", "2025-02-10T10:00:00+09:00"), // exactly one month: no gap
            Post("c", "2025-03-11T10:00:00+09:00"), // 2/10 -> 3/11: more than a month
            Post("d", "2025-03-12T10:00:00+09:00"));
        var (postId, diagnostic) = Assert.Single(findings);
        Assert.Equal("c", postId);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Equal("前回の投稿（2025-02-10）からこの投稿（2025-03-11）まで29日間、1か月を超えて投稿がありません。発信頻度は最低でも1アカウントにつき1か月に1回以上です（上越市ソーシャルメディアガイドライン 4(4)②）", diagnostic.Message);
        Assert.Equal(0, diagnostic.Span.Start);
        Assert.Equal("市役所からのお知らせです".Length, diagnostic.Span.Length);
    }

    [Theory]
    [InlineData("2025-01-31T10:00:00+09:00", "2025-02-28T10:00:00+09:00", false)] // 1/31 + 1 month = 2/28
    [InlineData("2025-01-31T10:00:00+09:00", "2025-03-01T10:00:00+09:00", true)]
    [InlineData("2024-01-31T10:00:00+09:00", "2024-02-29T10:00:00+09:00", false)] // leap year
    [InlineData("2025-03-15T23:30:00+09:00", "2025-04-15T08:00:00+09:00", false)] // dates, not hours
    [InlineData("2025-03-15T10:00:00+09:00", "2025-04-16T00:10:00+09:00", true)]
    [InlineData("2025-03-14T15:30:00Z", "2025-04-15T10:00:00+09:00", false)] // 3/15 00:30 JST -> 4/15 JST
    public void A_month_is_one_calendar_month_between_the_posts_dates_in_the_configured_zone(string first, string second, bool reported)
    {
        var findings = Run(Analyzer, On, Post("a", first), Post("b", second));
        Assert.Equal(reported, findings.Count == 1);
    }

    [Fact]
    public void An_export_that_runs_newest_first_gets_the_finding_on_the_post_after_the_gap()
    {
        var findings = Run(
            Analyzer,
            On,
            Post("d", "2025-06-01T10:00:00+09:00", "六月のお知らせ"),
            Post("c", "2025-03-01T10:00:00+09:00"),
            Post("b", "2025-02-20T10:00:00+09:00"));
        var (postId, diagnostic) = Assert.Single(findings);
        Assert.Equal("d", postId);
        Assert.Contains("（2025-03-01）からこの投稿（2025-06-01）まで92日間", diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal("六月のお知らせ".Length, diagnostic.Span.Length);
    }

    [Fact]
    public void Accounts_are_judged_separately_and_posts_without_a_time_do_not_count()
    {
        var undated = new PostLint.Model.Post("x", "時刻のない投稿") { Account = "joetsu_city" };
        var findings = Run(
            Analyzer,
            On,
            Post("a1", "2025-01-10T10:00:00+09:00", account: "joetsu_city"),
            Post("b1", "2025-01-11T10:00:00+09:00", account: "joetsu_kanko"),
            undated,
            Post("b2", "2025-02-01T10:00:00+09:00", account: "JOETSU_KANKO"), // names ignore case
            Post("a2", "2025-03-20T10:00:00+09:00", account: "joetsu_city"));
        Assert.Equal(["a2"], findings.Select(static f => f.PostId));
    }

    [Fact]
    public void The_rule_is_off_unless_the_profile_turns_it_on()
    {
        Assert.False(PL6002AccountSilentForAMonth.Rule.IsEnabledByDefault);
        Assert.Empty(Run(Analyzer, RuleVerifier.NoSourceTags, Post("a", "2025-01-10T10:00:00+09:00"), Post("b", "2025-06-10T10:00:00+09:00")));
        Assert.Equal(ReportSeverity.Warning, ProfileOptions.For("joetsu").GetSeverity(PL6002AccountSilentForAMonth.Rule));
        foreach (var profile in new[] { "ishinomaki", "mine", "recommended" })
        {
            Assert.Equal(ReportSeverity.None, ProfileOptions.For(profile).GetSeverity(PL6002AccountSilentForAMonth.Rule));
            Assert.All(ProfileOptions.For(profile).GetReferences(PL6002AccountSilentForAMonth.Rule), r => Assert.EndsWith("（参考）", r, StringComparison.Ordinal));
        }

        Assert.Equal<string>(["上越市ガイドライン 4(4)②"], ProfileOptions.For("joetsu").GetReferences(PL6002AccountSilentForAMonth.Rule));
    }
}
