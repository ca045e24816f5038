using PostLint.Configuration;
using PostLint.Diagnostics;
using PostLint.Rules.Operations;
using PostLint.Rules.Tests.Verification;
using static PostLint.Rules.Tests.Operations.AccountHistoryVerifier;

namespace PostLint.Rules.Tests.Operations;

public sealed class PL6004ShareFromOutsideListTests
{
    private static readonly PL6004ShareFromOutsideList Analyzer = new();

    private static readonly AnalyzerOptions Configured = Options("PL6004", ReportSeverity.Default, static layer => layer.WithSection("operations", """{ "timeZone": "Asia/Tokyo", "shareFrom": ["pref_yamaguchi", "JMA_kishou"] }"""));

    [Fact]
    public void A_share_from_an_account_outside_the_list_is_a_suggestion()
    {
        var shares = new[]
        {
            Post("1", "2025-04-02T10:00:00+09:00", "RT @pref_yamaguchi: 県からのお知らせ", "mine_city") with { RepostOf = "Pref_Yamaguchi" },
            Post("2", "2025-04-02T10:00:00+09:00", "RT @gourmet_blog: 秋吉台のカフェ", "mine_city") with { RepostOf = "gourmet_blog" },
            Post("3", "2025-04-02T10:00:00+09:00", "RT @mine_city: 再掲です", "mine_city") with { RepostOf = "mine_city" }, // its own post
            Post("4", "2025-04-02T10:00:00+09:00", "秋吉台の山焼きのお知らせ", "mine_city"),
        };
        var (postId, diagnostic) = Assert.Single(Run(Analyzer, Configured, shares));
        Assert.Equal("2", postId);
        Assert.Equal(DiagnosticSeverity.Info, diagnostic.Severity);
        Assert.StartsWith("@gourmet_blog の投稿を共有しています。共有してよい発信元（operations.shareFrom）に含まれないアカウントです（", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_share_from_the_rule_has_nothing_to_judge()
    {
        var options = Options("PL6004", ReportSeverity.Warning);
        Assert.Empty(Run(Analyzer, options, Post("2", "2025-04-02T10:00:00+09:00", "RT @gourmet_blog: …") with { RepostOf = "gourmet_blog" }));
    }

    [Fact]
    public void Share_from_turns_the_rule_on_in_every_profile_and_an_explicit_entry_wins()
    {
        foreach (var profile in new[] { "ishinomaki", "joetsu", "mine", "recommended" })
        {
            Assert.Equal(ReportSeverity.None, ProfileOptions.For(profile).GetSeverity(PL6004ShareFromOutsideList.Rule));
        }

        var resolver = new ConfigurationResolver([Profiles.BuiltInProfiles.Instance], BuiltInRules.CreateAnalyzers().SelectMany(static a => a.SupportedDiagnostics));
        var directory = Directory.CreateTempSubdirectory("postlint-pl6004-");
        try
        {
            var path = Path.Combine(directory.FullName, "postlint.json");
            File.WriteAllText(path, """{ "extends": "mine", "operations": { "shareFrom": ["@pref_yamaguchi"] } }""");
            var options = resolver.ResolveFile(path, new ConfigurationOverrides(), out var problems);
            Assert.Empty(problems);
            Assert.Equal(ReportSeverity.Suggestion, options.GetSeverity(PL6004ShareFromOutsideList.Rule));
            Assert.Equal<string>(["美祢市運用方針 第4.2(4)"], options.GetReferences(PL6004ShareFromOutsideList.Rule));

            File.WriteAllText(path, """{ "extends": "mine", "operations": { "shareFrom": ["pref_yamaguchi"] }, "rules": { "PL6004": "warning" } }""");
            Assert.Equal(ReportSeverity.Warning, resolver.ResolveFile(path, new ConfigurationOverrides(), out _).GetSeverity(PL6004ShareFromOutsideList.Rule));
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }
}
