using System.Collections.Immutable;
using PostLint.Analysis;
using PostLint.Configuration;
using PostLint.Diagnostics;
using PostLint.Rules.Operations;
using PostLint.Rules.Tests.Verification;

namespace PostLint.Rules.Tests.Operations;

public sealed class PL6001OutsideBusinessHoursTests
{
    private static readonly PL6001OutsideBusinessHours Analyzer = new();

    // 上越市: weekdays 08:30-17:15 JST; 2025-05-05 (こどもの日) is a holiday.
    private static readonly AnalyzerOptions Joetsu = RuleVerifier.Options(new ConfigurationLayer
    {
        Origin = "test",
        BusinessHours = Hours("Mon-Fri 08:30-17:15"),
        TimeZone = "Asia/Tokyo",
        Holidays = [new DateOnly(2025, 5, 5), new DateOnly(2025, 12, 29)],
        Rules = ImmutableDictionary<string, ReportSeverity>.Empty.Add("PL6001", ReportSeverity.Warning),
    });

    private static BusinessHours Hours(string text)
    {
        Assert.True(BusinessHours.TryParse(text, out var hours, out var error), error);
        return hours!;
    }

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
    [InlineData("2025-05-05T10:00:00+09:00", "祝日・休庁日")] // a Monday, but こどもの日
    [InlineData("2025-12-29T10:00:00+09:00", "祝日・休庁日")] // year-end closure
    public void Posts_outside_hours_say_why(string time, string reason)
    {
        var diagnostics = RuleVerifier.Verify(Analyzer, "{|PL6001:市役所からのお知らせです|}", Joetsu, At(time));
        Assert.Contains(reason, diagnostics[0].Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("【避難情報】高田地区に避難指示を発令しました")]
    [InlineData("大雨警報が発表されました。川に近づかないでください")]
    [InlineData("本日の花火大会は予定どおり開催します")]
    [InlineData("強風のため、明日の観桜会は中止します")]
    public void Disaster_and_same_day_event_information_may_be_posted_at_any_time(string text) =>
        // 上越市ガイドライン 6(1)②: 災害やイベントなど即時性が求められる情報は就業時間外も発信できる.
        RuleVerifier.Verify(Analyzer, text, Joetsu, At("2025-04-05T22:00:00+09:00"));

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
        var options = RuleVerifier.Options(new ConfigurationLayer { Origin = "test", BusinessHours = Hours("Mon-Fri 08:30-17:15"), TimeZone = "Asia/Tokyo" });
        RuleVerifier.Verify(Analyzer, "市役所からのお知らせです", options, At("2025-04-05T22:00:00+09:00"));
        Assert.False(PL6001OutsideBusinessHours.Rule.IsEnabledByDefault);
    }

    [Fact]
    public void Empty_posts_get_an_empty_span()
    {
        var post = new Post("p", string.Empty) { CreatedAt = DateTimeOffset.Parse("2025-04-05T22:00:00+09:00", System.Globalization.CultureInfo.InvariantCulture) };
        var engine = new PostAnalysisEngine([Analyzer], Joetsu);
        var diagnostic = Assert.Single(engine.Analyze(post));
        Assert.Equal(0, diagnostic.Span.Length);
    }

    [Fact]
    public void The_joetsu_profile_turns_it_on_with_holidays_and_the_others_leave_it_off()
    {
        var resolver = new ConfigurationResolver([Profiles.BuiltInProfiles.Instance], BuiltInRules.CreateAnalyzers().SelectMany(static a => a.SupportedDiagnostics));
        foreach (var (profile, expected) in new[] { ("joetsu", ReportSeverity.Warning), ("ishinomaki", ReportSeverity.None), ("mine", ReportSeverity.None), ("recommended", ReportSeverity.None) })
        {
            var reader = new ConfigurationReader(static _ => true);
            Assert.True(Profiles.BuiltInProfiles.Instance.TryGetProfile(profile, out var json));
            var layer = reader.Read(json.Span, profile, out _);
            Assert.Equal(expected, layer.Rules["PL6001"]);
            if (profile == "joetsu")
            {
                var options = resolver.Merge([layer]);
                Assert.Contains(new DateOnly(2026, 9, 22), options.Holidays); // 国民の休日
                Assert.Contains(new DateOnly(2025, 11, 24), options.Holidays); // 振替休日
                Assert.Contains(new DateOnly(2026, 1, 3), options.Holidays); // year-end closure
                Assert.Equal("Asia/Tokyo", options.TimeZone.Id);
            }
        }
    }
}
