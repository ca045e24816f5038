using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using PostLint.Analysis;
using PostLint.Configuration;
using PostLint.Diagnostics;
using PostLint.Rules;
using PostLint.Rules.Profiles;
using PostLint.Morphology;
using PostLint.Model;

namespace PostLint.Benchmarks.Rules;

/// <summary>
/// The disclosure rules PL1001–PL1009 under the ishinomaki profile, sponsored, against the engine
/// with no rule at all (lexing only) on the same posts. Clean posts must allocate nothing.
/// Run: <c>dotnet run -c Release --project benchmarks/PostLint.Benchmarks -- --filter '*DisclosureRules*'</c>.
/// </summary>
[MemoryDiagnoser]
public class DisclosureRulesBenchmarks
{
    private PostAnalysisEngine _lexOnly = null!;
    private PostAnalysisEngine _disclosure = null!;
    private Post _clean = null!;
    private Post _statement = null!;
    private Post _long = null!;
    private Post _bad = null!;

    [GlobalSetup]
    public void Setup()
    {
        var analyzers = BuiltInRules.CreateAnalyzers().Where(static a => a.SupportedDiagnostics.All(static d => d.Category == DiagnosticCategory.Disclosure)).ToImmutableArray();
        var resolver = new ConfigurationResolver([BuiltInProfiles.Instance], analyzers.SelectMany(static a => a.SupportedDiagnostics));
        var options = resolver.Resolve(null, new ConfigurationOverrides { Profile = "ishinomaki", Sponsored = true }, []);
        _lexOnly = new PostAnalysisEngine([], options, morphology: MecabMorphemeAnalyzerProvider.Shared);
        _disclosure = new PostAnalysisEngine(analyzers, options, morphology: MecabMorphemeAnalyzerProvider.Shared);
        _clean = new Post("clean", "#PR #石巻市 #牡蠣\n牡蠣が美味しい季節になりました。金華山の絶景とあわせてお楽しみください。詳しくは https://www.city.ishinomaki.lg.jp/ をご覧ください🦪");
        _statement = new Post("statement", "石巻市のPR案件としての投稿です。\n牡蠣が美味しい季節になりました。 #牡蠣 #宮城 #旅行");
        _long = new Post("long", string.Concat(Enumerable.Repeat("牡蠣が美味しい季節になりました。金華山の絶景とあわせてお楽しみください。", 20)) + "\n#PR #石巻市");
        _bad = new Post("bad", "#牡蠣 #石巻市PR 石巻市#PR #タイアップ\n牡蠣が美味しい季節になりました。");
    }

    [Benchmark(Baseline = true)]
    public int LexOnly_Clean() => _lexOnly.Analyze(_clean).Length;

    [Benchmark]
    public int Disclosure_Clean() => _disclosure.Analyze(_clean).Length;

    [Benchmark]
    public int Disclosure_Statement() => _disclosure.Analyze(_statement).Length;

    [Benchmark]
    public int LexOnly_LongPost() => _lexOnly.Analyze(_long).Length;

    [Benchmark]
    public int Disclosure_LongPostDisclosureAtEnd() => _disclosure.Analyze(_long).Length;

    [Benchmark]
    public int Disclosure_FourFindings() => _disclosure.Analyze(_bad).Length;
}
