using System.Collections.Immutable;
using PostLint.Analysis;
using PostLint.Diagnostics;
using PostLint.Rules.Tests.Verification;
using PostLint.Morphology;
using PostLint.Model;

namespace PostLint.Rules.Tests.Disclosure;

/// <summary>Analysing a post the disclosure rules find nothing in allocates nothing (the engine reuses its workspace).</summary>
public sealed class DisclosureRulesAllocationTests
{
    private static readonly ImmutableArray<PostAnalyzer> Analyzers =
        [.. BuiltInRules.CreateAnalyzers().Where(static a => a.SupportedDiagnostics.All(static d => d.Category == DiagnosticCategory.Disclosure))];

    [Theory]
    [InlineData("#PR #石巻市")]
    [InlineData("#PR #石巻市 #牡蠣\n牡蠣が美味しい季節になりました。詳しくは https://www.city.ishinomaki.lg.jp/ をご覧ください🦪")]
    [InlineData("石巻市のPR案件としての投稿です。\n牡蠣が美味しい季節です #牡蠣 #宮城")]
    [InlineData("【PR】石巻市\n金華山の絶景をご紹介します。")]
    [InlineData("＃ﾌﾟﾛﾓｰｼｮﾝ　#石巻市 #ｶｷ")]
    public void Clean_sponsored_post_allocates_nothing(string text)
    {
        var engine = new PostAnalysisEngine(Analyzers, RuleVerifier.Options(new Configuration.ConfigurationLayer
        {
            Origin = "test",
            SourceTags = ["石巻市"],
            SourceTagVariants = ["石巻"],
            DisclosureRequired = true,
            Rules = ImmutableDictionary<string, ReportSeverity>.Empty.Add("PL1008", ReportSeverity.None),
        }), morphology: MecabMorphemeAnalyzerProvider.Shared);
        var post = new Post("p", text);
        Assert.Empty(engine.Analyze(post));
        Assert.Equal(0, AllocatedBytes(200, () => engine.Analyze(post)));
    }

    private static long AllocatedBytes(int calls, Action action)
    {
        for (var i = 0; i < calls; i++)
        {
            action();
        }

        // The least of three rounds: an allocation per call shows in every round, a one-off of the
        // runtime (tiered re-compilation on a busy machine) in one at most.
        var least = long.MaxValue;
        for (var round = 0; round < 3 && least > 0; round++)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            for (var i = 0; i < calls; i++)
            {
                action();
            }

            least = Math.Min(least, GC.GetAllocatedBytesForCurrentThread() - before);
        }

        return least;
    }
}
