using System.Collections.Immutable;
using System.Globalization;
using PostLint.Analysis;
using PostLint.Configuration;
using PostLint.Diagnostics;
using PostLint.Rules.Tests.Verification;
using PostLint.Morphology;
using PostLint.Model;

namespace PostLint.Rules.Tests.Operations;

/// <summary>Feeds a sequence of posts to an account audit, as <c>postlint audit</c> does, and collects the findings by post id.</summary>
internal static class AccountHistoryVerifier
{
    public static AnalyzerOptions Options(string ruleId, ReportSeverity severity, Func<ConfigurationLayer, ConfigurationLayer>? configure = null)
    {
        var layer = new ConfigurationLayer
        {
            Origin = "test",
            Rules = ImmutableDictionary<string, ReportSeverity>.Empty.Add(ruleId, severity),
        }.WithSection("operations", TokyoOperations);
        return RuleVerifier.Options(configure?.Invoke(layer) ?? layer);
    }

    /// <summary>The operations section of these tests: posts are judged in Japan's time.</summary>
    public const string TokyoOperations = """{ "timeZone": "Asia/Tokyo" }""";

    public static Post Post(string id, string time, string text = "市役所からのお知らせです", string? account = "joetsu_city") =>
        new(id, text) { CreatedAt = DateTimeOffset.Parse(time, CultureInfo.InvariantCulture), Account = account };

    /// <summary>Every finding as "postId ruleId", in the order a report would write them.</summary>
    public static List<(string PostId, Diagnostic Diagnostic)> Run(PostAnalyzer analyzer, AnalyzerOptions options, params Post[] posts)
    {
        var engine = new PostAnalysisEngine([analyzer], options, morphology: MecabMorphemeAnalyzerProvider.Shared);
        var audit = engine.CreateAccountAudit();
        var findings = new List<(string, Diagnostic)>();
        if (audit is null)
        {
            return findings;
        }

        foreach (var post in posts)
        {
            // Account rules never run on a single post.
            Assert.Empty(engine.Analyze(post).Where(d => analyzer.SupportedDiagnostics.Any(s => s.Id == d.Id)));
            var result = audit.Observe(post);
            foreach (var earlier in result.ForEarlierPosts)
            {
                findings.AddRange(earlier.Diagnostics.Select(d => (earlier.Post!.Id, d)));
            }

            findings.AddRange(result.ForPost.Select(d => (post.Id, d)));
        }

        return findings;
    }
}
