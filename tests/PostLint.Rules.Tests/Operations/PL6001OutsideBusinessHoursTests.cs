using System.Collections.Immutable;
using PostLint.Analysis;
using PostLint.Configuration;
using PostLint.Diagnostics;
using PostLint.Rules.Operations;
using PostLint.Rules.Tests.Verification;
using PostLint.Morphology;
using PostLint.Model;

namespace PostLint.Rules.Tests.Operations;

public sealed class PL6001OutsideBusinessHoursTests
{
    private static readonly PL6001OutsideBusinessHours Analyzer = new();

    // 上越市: weekdays 08:30-17:15 JST, Japan's public holidays and the year-end closure 12/29-1/3 closed.
    private static readonly AnalyzerOptions Joetsu = RuleVerifier.Options(new ConfigurationLayer
    {
        Origin = "test",
        Rules = ImmutableDictionary<string, ReportSeverity>.Empty.Add("PL6001", ReportSeverity.Warning),
    }.WithSection("operations", """
        {
          "businessHours": "Mon-Fri 08:30-17:15",
          "timeZone": "Asia/Tokyo",
          "japaneseHolidays": true,
          "holidays": ["12-29", "12-30", "12-31", "01-01", "01-02", "01-03"]
        }
        """));

    private const string Weekdays = """{ "businessHours": "Mon-Fri 08:30-17:15", "timeZone": "Asia/Tokyo" }""";

    private static Func<Post, Post> At(string iso) => post => post with { CreatedAt = DateTimeOffset.Parse(iso, System.Globalization.CultureInfo.InvariantCulture) };

    [Fact]
    public void A_post_on_a_weekday_evening_is_reported_on_its_first_line()
    {
        // 2025-04-02 is a Wednesday; 19:30 JST is after 17:15.
        var diagnostics = RuleVerifier.Verify(Analyzer, "{|PL6001:市民プールの営業時間のお知らせ|}\n詳しくはホームページへ", Joetsu, At("2025-04-02T19:30:00+09:00"));
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Contains("2025-04-02(水) 19:30", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("就業時間外", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("Mon-Fri 08:30-17:15", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("6(1)②", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_time_is_converted_to_the_configured_zone()
    {
        // 01:00 UTC is 10:00 JST on a Wednesday: inside the hours.
        RuleVerifier.Verify(Analyzer, "図書館の蔵書点検のお知らせ", Joetsu, At("2025-04-02T01:00:00Z"));

        // 09:00 UTC is 18:00 JST: outside.
        RuleVerifier.Verify(Analyzer, "{|PL6001:図書館の蔵書点検のお知らせ|}", Joetsu, At("2025-04-02T09:00:00Z"));
    }

    [Theory]
    [InlineData("2025-04-02T08:30:00+09:00")]
    [InlineData("2025-04-02T12:00:00+09:00")]
    [InlineData("2025-04-04T17:14:59+09:00")]
    public void Posts_within_business_hours_are_clean(string time) =>
        RuleVerifier.Verify(Analyzer, "市役所からのお知らせです", Joetsu, At(time));

    [Theory]
    [InlineData("2025-04-02T17:15:00+09:00", "就業時間外")] // the end is exclusive
    [InlineData("2025-04-02T08:29:00+09:00", "就業時間外")]
    [InlineData("2025-04-05T10:00:00+09:00", "土曜日")]
    [InlineData("2025-04-06T10:00:00+09:00", "日曜日")]
    [InlineData("2025-05-05T10:00:00+09:00", "祝日（こどもの日）")] // a Monday, but こどもの日
    [InlineData("2025-05-06T10:00:00+09:00", "祝日（振替休日）")] // 5/4 was a Sunday
    [InlineData("2025-11-24T10:00:00+09:00", "祝日（振替休日）")] // 勤労感謝の日 11/23 was a Sunday
    [InlineData("2024-09-23T10:00:00+09:00", "祝日（振替休日）")] // 秋分の日 9/22 was a Sunday
    [InlineData("2027-03-22T10:00:00+09:00", "祝日（振替休日）")] // 春分の日 3/21 is a Sunday
    [InlineData("2026-09-22T10:00:00+09:00", "祝日（国民の休日）")] // between 敬老の日 and 秋分の日
    [InlineData("2020-07-24T10:00:00+09:00", "祝日（スポーツの日）")] // moved for the Tokyo Games
    [InlineData("2025-12-29T10:00:00+09:00", "休庁日")] // year-end closure, a Monday
    [InlineData("2026-12-30T10:00:00+09:00", "休庁日")]
    [InlineData("2026-01-02T10:00:00+09:00", "休庁日")] // a Friday
    [InlineData("2031-12-29T10:00:00+09:00", "休庁日")] // the closure comes back every year
    public void Posts_outside_hours_say_why(string time, string reason)
    {
        var diagnostics = RuleVerifier.Verify(Analyzer, "{|PL6001:市役所からのお知らせです|}", Joetsu, At(time));
        Assert.Contains(reason, diagnostics[0].Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("【避難情報】高田地区に避難指示を発令しました")]
    [InlineData("大雨警報が発表されました。川に近づかないでください")]
    [InlineData("本日の花火大会は予定どおり開催します")]
    [InlineData("明日の花火大会は予定どおり開催します")] // Saturday night, for Sunday
    [InlineData("強風のため、明日の観桜会は中止します")]
    [InlineData("あすの謙信公祭は雨天のため順延します")]
    [InlineData("4月6日（日）の花火大会は予定どおり開催します")] // the next day, written as a date
    [InlineData("４月５日の朝市は中止します")] // the same day, full-width digits
    [InlineData("直江津港発のフェリーは高波のため欠航となります")]
    [InlineData("えちごトキめき鉄道は強風のため運転を見合わせています")]
    [InlineData("国道8号は事故のため通行止めです")]
    [InlineData("高田公園付近でクマの出没がありました。ご注意ください")]
    [InlineData("市内の一部地域で停電が発生しています")]
    public void Information_that_needs_immediacy_may_be_posted_at_any_time(string text) =>
        // 上越市ガイドライン 6(1)②: 災害やイベントなど即時性が求められる情報は就業時間外も発信できる.
        // 2025-04-05 is a Saturday.
        RuleVerifier.Verify(Analyzer, text, Joetsu, At("2025-04-05T22:00:00+09:00"));

    [Theory]
    [InlineData("今日のランチ紹介！市役所食堂のカレーです")] // a day word, but nothing that cannot wait
    [InlineData("明日は市民プールで水泳教室があります")] // tomorrow, but no go/no-go or change
    [InlineData("来月の花火大会は予定どおり開催します")] // go, but not for today or tomorrow
    [InlineData("4月20日の花火大会は中止します")] // a date that is not today or tomorrow
    [InlineData("防災訓練の参加者を募集しています")] // about disasters, but not immediate
    public void Posts_that_can_wait_are_still_reported(string text) =>
        RuleVerifier.Verify(Analyzer, "{|PL6001:" + text + "|}", Joetsu, At("2025-04-05T22:00:00+09:00"));

    [Fact]
    public void Metadata_urgent_exempts_the_post_and_urgent_false_does_not()
    {
        RuleVerifier.Verify(Analyzer, "市役所からのお知らせです", Joetsu, post => post with { CreatedAt = DateTimeOffset.Parse("2025-04-05T22:00:00+09:00", System.Globalization.CultureInfo.InvariantCulture), Urgent = true });
        RuleVerifier.Verify(Analyzer, "{|PL6001:市役所からのお知らせです|}", Joetsu, post => post with { CreatedAt = DateTimeOffset.Parse("2025-04-05T22:00:00+09:00", System.Globalization.CultureInfo.InvariantCulture), Urgent = false });
    }

    [Theory]
    [InlineData("2027-01-04T10:00:00+09:00")] // the first working day after the closure
    [InlineData("2025-12-26T10:00:00+09:00")] // the last working day before it
    [InlineData("2028-01-10T10:00:00+09:00")] // 成人の日 2028, a year the holiday table does not cover: a working day
    public void Working_days_around_the_closure_and_outside_the_table_are_clean(string time) =>
        RuleVerifier.Verify(Analyzer, "市役所からのお知らせです", Joetsu, At(time));

    [Fact]
    public void Without_japanese_holidays_a_national_holiday_is_a_working_day()
    {
        var options = RuleVerifier.Options(new ConfigurationLayer
        {
            Origin = "test",
            Rules = ImmutableDictionary<string, ReportSeverity>.Empty.Add("PL6001", ReportSeverity.Warning),
        }.WithSection("operations", Weekdays));
        RuleVerifier.Verify(Analyzer, "市役所からのお知らせです", options, At("2025-11-24T10:00:00+09:00"));
    }

    [Fact]
    public void Posts_without_a_time_are_not_judged() =>
        RuleVerifier.Verify(Analyzer, "市役所からのお知らせです", Joetsu);

    [Fact]
    public void Without_configured_hours_the_rule_does_nothing()
    {
        var options = RuleVerifier.Options(new ConfigurationLayer
        {
            Origin = "test",
            Rules = ImmutableDictionary<string, ReportSeverity>.Empty.Add("PL6001", ReportSeverity.Warning),
        });
        RuleVerifier.Verify(Analyzer, "市役所からのお知らせです", options, At("2025-04-05T22:00:00+09:00"));
    }

    [Fact]
    public void The_rule_is_off_unless_configured()
    {
        var options = RuleVerifier.Options(new ConfigurationLayer { Origin = "test" }.WithSection("operations", Weekdays));
        RuleVerifier.Verify(Analyzer, "市役所からのお知らせです", options, At("2025-04-05T22:00:00+09:00"));
        Assert.False(PL6001OutsideBusinessHours.Rule.IsEnabledByDefault);
    }

    [Fact]
    public void Empty_posts_get_an_empty_span()
    {
        var post = new Post("p", string.Empty) { CreatedAt = DateTimeOffset.Parse("2025-04-05T22:00:00+09:00", System.Globalization.CultureInfo.InvariantCulture) };
        var engine = new PostAnalysisEngine([Analyzer], Joetsu, morphology: MecabMorphemeAnalyzerProvider.Shared);
        var diagnostic = Assert.Single(engine.Analyze(post));
        Assert.Equal(0, diagnostic.Span.Length);
    }

    [Fact]
    public void The_joetsu_profile_turns_it_on_with_holidays_and_the_others_leave_it_off()
    {
        var resolver = new ConfigurationResolver([Profiles.BuiltInProfiles.Instance], BuiltInRules.CreateAnalyzers().SelectMany(static a => a.SupportedDiagnostics));
        foreach (var (profile, expected) in new[] { ("joetsu", ReportSeverity.Warning), ("ishinomaki", ReportSeverity.None), ("mine", ReportSeverity.None), ("recommended", ReportSeverity.None) })
        {
            var reader = new ConfigurationReader(static _ => true, BuiltInRules.OptionSections);
            Assert.True(Profiles.BuiltInProfiles.Instance.TryGetProfile(profile, out var json));
            var layer = reader.Read(json.Span, profile, out _);
            Assert.Equal(expected, layer.Rules["PL6001"]);
            if (profile == "joetsu")
            {
                var options = resolver.Merge([layer]).Get(OperationsOptions.Section);
                Assert.True(options.JapaneseHolidays);
                Assert.True(options.IsConfiguredHoliday(new DateOnly(2026, 1, 3))); // year-end closure
                Assert.True(options.IsConfiguredHoliday(new DateOnly(2029, 12, 29))); // every year
                Assert.False(options.IsConfiguredHoliday(new DateOnly(2026, 1, 5)));
                Assert.Equal("Asia/Tokyo", options.TimeZone.Id);
                Assert.Equal("Mon-Fri 08:30-17:15", options.BusinessHours?.Text);
            }
        }
    }
}
