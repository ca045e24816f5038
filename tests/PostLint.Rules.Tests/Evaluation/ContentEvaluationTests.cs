using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using PostLint.Analysis;
using PostLint.Configuration;
using PostLint.Diagnostics;
using PostLint.Rules.Profiles;
using PostLint.Tests;
using Xunit.Abstractions;
using PostLint.Morphology;
using PostLint.Model;

namespace PostLint.Rules.Tests.Evaluation;

/// <summary>
/// Measures the content rules (PL3001–PL3010, PL4001) on the labelled corpus of municipal posts in
/// <c>Evaluation/Corpus</c>, with the MeCab dictionary and with the surface fallback. A rule is
/// judged per post: a post the corpus labels with the rule counts once whether the rule reports one
/// span or three. Every rule must reach precision 0.95 and recall 0.90 on the whole corpus, with the
/// dictionary and without it (the tables in <c>docs/content-evaluation.md</c>); a rule below either
/// fails the test. There are no per-rule exceptions: since the fourth lexicon round every content rule
/// meets the goal in both modes. The blind sets in <c>Evaluation/Blind</c> are measured and printed
/// the same way but never held to the bar: they estimate how the rules do on posts nobody tuned on.
/// </summary>
public sealed class ContentEvaluationTests(ITestOutputHelper output)
{
    /// <summary>The bar the README promises 広報 staff: few false alarms, few misses.</summary>
    private const double MinimumPrecision = 0.95;
    private const double MinimumRecall = 0.90;

    private static readonly ImmutableArray<string> ContentRuleIds =
        ["PL3001", "PL3002", "PL3003", "PL3004", "PL3005", "PL3006", "PL3007", "PL3008", "PL3009", "PL3010", "PL4001"];

    [Fact]
    public void Corpus_is_large_and_mostly_realistic_clean_posts()
    {
        var posts = ContentCorpus.Posts;
        Assert.True(posts.Length >= 500, $"The corpus has {posts.Length} posts; it needs at least 500.");
        var tricky = posts.Count(static p => p.IsTricky);
        Assert.True(tricky >= posts.Length * 0.40, $"{tricky} of {posts.Length} posts are clean but tricky; at least 40 % must be.");
        Assert.All(posts.SelectMany(static p => p.Expected), id => Assert.Contains(id, ContentRuleIds));
        foreach (var id in ContentRuleIds)
        {
            var positives = posts.Count(p => p.Expected.Contains(id));
            Assert.True(positives >= 10, $"{id} has {positives} labelled posts; recall needs at least 10 to mean anything.");
        }

        var duplicates = posts.GroupBy(static p => p.Text, StringComparer.Ordinal).Where(static g => g.Count() > 1).Select(static g => g.First().Id).ToList();
        Assert.True(duplicates.Count == 0, $"Duplicate posts: {string.Join(", ", duplicates)}");
    }

    [MecabFact]
    public void With_the_dictionary_every_content_rule_meets_the_bar()
    {
        var scores = Evaluate(MecabInstallation.IpadicDirectory, expectMorphology: true);
        AssertMeetsBar(scores, "with the MeCab dictionary");
    }

    [Fact]
    public void Without_a_dictionary_every_content_rule_meets_the_bar()
    {
        var empty = Directory.CreateTempSubdirectory("postlint-no-dic-");
        try
        {
            var scores = Evaluate(empty.FullName, expectMorphology: false);
            AssertMeetsBar(scores, "with the surface fallback (no dictionary)");
        }
        finally
        {
            empty.Delete(recursive: true);
        }
    }

    [Fact]
    public void Blind_sets_parse_and_carry_only_content_rule_labels()
    {
        // Loading throws with the file and line of a malformed post, so a blind set cannot shrink silently.
        var blind = ContentCorpus.BlindPosts;
        Assert.All(blind.SelectMany(static p => p.Expected), id => Assert.Contains(id, ContentRuleIds));
        var tuned = ContentCorpus.Posts.Select(static p => p.Text).ToHashSet(StringComparer.Ordinal);
        var seen = blind.Where(p => tuned.Contains(p.Text)).Select(static p => p.Id).ToList();
        Assert.True(seen.Count == 0, $"Blind posts that are also tuning posts, so not blind: {string.Join(", ", seen)}");
        var files = blind.GroupBy(static p => p.Category, StringComparer.Ordinal);
        Assert.All(files, file => Assert.True(
            file.Any(static p => p.Expected.Count > 0) && file.Any(static p => p.Expected.Count == 0),
            $"{file.Key}.tsv must hold both harmful and clean posts to measure precision and recall."));
    }

    /// <summary>
    /// Prints each blind set's table with the dictionary. A blind set is measured, not tuned on, so
    /// its figures are reported and never held to the bar (they would invite tuning on it).
    /// </summary>
    [MecabFact]
    public void With_the_dictionary_blind_sets_are_measured()
    {
        var engine = CreateEngine(MecabInstallation.IpadicDirectory, expectMorphology: true, out var measured);
        PrintBlind(engine, measured, "with the MeCab dictionary");
    }

    /// <summary>Prints each blind set's table with the surface fallback; see the dictionary's test.</summary>
    [Fact]
    public void Without_a_dictionary_blind_sets_are_measured()
    {
        var empty = Directory.CreateTempSubdirectory("postlint-no-dic-");
        try
        {
            var engine = CreateEngine(empty.FullName, expectMorphology: false, out var measured);
            PrintBlind(engine, measured, "with the surface fallback (no dictionary)");
        }
        finally
        {
            empty.Delete(recursive: true);
        }
    }

    private void PrintBlind(PostAnalysisEngine engine, ImmutableArray<string> measured, string mode)
    {
        var files = ContentCorpus.BlindPosts.GroupBy(static p => p.Category, StringComparer.Ordinal).ToList();
        if (files.Count == 0)
        {
            output.WriteLine("No blind set in Evaluation/Blind: nothing to measure.");
            return;
        }

        foreach (var file in files)
        {
            var misses = new StringBuilder();
            var scores = Score(engine, measured, [.. file], misses);
            output.WriteLine($"Blind set {file.Key}.tsv ({file.Count()} posts), {mode}, measured and not held to the bar:");
            output.WriteLine(Table(scores));
            output.WriteLine(misses.ToString());
        }
    }

    private PostAnalysisEngine CreateEngine(string dicdir, bool expectMorphology, out ImmutableArray<string> measured)
    {
        var analyzers = BuiltInRules.CreateAnalyzers();
        var known = analyzers.SelectMany(static a => a.SupportedDiagnostics).Select(static d => d.Id).ToHashSet(StringComparer.Ordinal);
        // A content rule of the catalog that is not built yet cannot be measured; the table says so
        // instead of counting its labelled posts as misses of the other rules.
        var built = ContentRuleIds.Where(known.Contains).ToImmutableArray();
        measured = built;
        Assert.True(built.Length >= 10, $"Only {built.Length} content rules are built in.");
        output.WriteLine($"Not built yet, not measured: {string.Join(", ", ContentRuleIds.Except(built))}");

        // The recommended profile, with every content rule on (PL3007 is off there) and no other rule,
        // so that the engine's work and the findings are the content rules' alone.
        var resolver = new ConfigurationResolver([BuiltInProfiles.Instance], analyzers.SelectMany(static a => a.SupportedDiagnostics));
        var layer = new ConfigurationLayer
        {
            Origin = "evaluation",
            Rules = known.ToImmutableDictionary(
                static id => id,
                id => built.Contains(id) ? ReportSeverity.Warning : ReportSeverity.None,
                StringComparer.Ordinal),
        };
        var problems = new List<ConfigurationProblem>();
        var options = resolver.Resolve(layer, new ConfigurationOverrides { Profile = "recommended", MecabDicdir = dicdir }, problems);
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        var engine = new PostAnalysisEngine(analyzers, options, morphology: MecabMorphemeAnalyzerProvider.Shared);
        Assert.Equal(expectMorphology, engine.HasMorphology);
        return engine;
    }

    private ImmutableArray<RuleScore> Evaluate(string dicdir, bool expectMorphology)
    {
        var engine = CreateEngine(dicdir, expectMorphology, out var measured);
        var misses = new StringBuilder();
        var scores = Score(engine, measured, ContentCorpus.Posts, misses);
        output.WriteLine($"Whole corpus ({ContentCorpus.Posts.Length} posts):");
        output.WriteLine(Table(scores));
        foreach (var file in ContentCorpus.Posts.Where(static p => p.IsHoldout).GroupBy(static p => p.Category, StringComparer.Ordinal))
        {
            var held = Score(engine, measured, [.. file], new StringBuilder());
            output.WriteLine($"Held-out posts of {file.Key}.tsv only ({file.Count()} posts):");
            output.WriteLine(Table(held));
        }

        output.WriteLine(misses.ToString());
        return scores;
    }

    /// <summary>
    /// Scores <paramref name="posts"/> per rule and per post, and appends every false alarm and miss
    /// with its file and line to <paramref name="misses"/>.
    /// </summary>
    private static ImmutableArray<RuleScore> Score(PostAnalysisEngine engine, ImmutableArray<string> measured, IReadOnlyList<LabelledPost> posts, StringBuilder misses)
    {
        var counts = measured.ToDictionary(static id => id, static _ => new int[3], StringComparer.Ordinal);
        foreach (var post in posts)
        {
            var reported = engine.Analyze(new Post(post.Id, post.Text))
                .Where(d => measured.Contains(d.Id))
                .ToList();
            var reportedIds = reported.Select(static d => d.Id).ToHashSet(StringComparer.Ordinal);
            foreach (var id in measured)
            {
                var expected = post.Expected.Contains(id);
                var actual = reportedIds.Contains(id);
                if (expected && actual)
                {
                    counts[id][0]++;
                }
                else if (actual)
                {
                    counts[id][1]++;
                    var spans = string.Join(", ", reported.Where(d => d.Id == id).Select(d => $"'{post.Text.Substring(d.Span.Start, d.Span.Length)}'"));
                    misses.AppendLine(CultureInfo.InvariantCulture, $"false positive {id} {post.Id} on {spans}: {post.Text}");
                }
                else if (expected)
                {
                    counts[id][2]++;
                    misses.AppendLine(CultureInfo.InvariantCulture, $"missed        {id} {post.Id}: {post.Text}");
                }
            }
        }

        return [.. measured.Select(id => new RuleScore(id, counts[id][0], counts[id][1], counts[id][2]))];
    }

    private static void AssertMeetsBar(ImmutableArray<RuleScore> scores, string mode)
    {
        var failing = scores.Where(static s => s.Precision < MinimumPrecision || s.Recall < MinimumRecall).ToList();
        Assert.True(
            failing.Count == 0,
            $"Below precision {MinimumPrecision} / recall {MinimumRecall} {mode}:\n{Table([.. failing])}\n(the test output lists every false positive and miss)");
    }

    /// <summary>The Markdown table the README shows.</summary>
    internal static string Table(ImmutableArray<RuleScore> scores)
    {
        var table = new StringBuilder();
        table.AppendLine("| rule | posts labelled | found | false alarms | missed | precision | recall |");
        table.AppendLine("|---|---:|---:|---:|---:|---:|---:|");
        foreach (var s in scores)
        {
            table.AppendLine(CultureInfo.InvariantCulture, $"| {s.Id} | {s.TruePositives + s.FalseNegatives} | {s.TruePositives} | {s.FalsePositives} | {s.FalseNegatives} | {s.Precision:0.000} | {s.Recall:0.000} |");
        }

        return table.ToString();
    }

    internal sealed record RuleScore(string Id, int TruePositives, int FalsePositives, int FalseNegatives)
    {
        public double Precision => TruePositives + FalsePositives == 0 ? 1.0 : (double)TruePositives / (TruePositives + FalsePositives);

        public double Recall => TruePositives + FalseNegatives == 0 ? 1.0 : (double)TruePositives / (TruePositives + FalseNegatives);
    }
}
