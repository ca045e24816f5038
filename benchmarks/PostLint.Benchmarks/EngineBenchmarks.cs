using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using PostLint.Analysis;
using PostLint.Configuration;
using PostLint.Rules;
using PostLint.Rules.Profiles;
using PostLint.Morphology;
using PostLint.Model;

namespace PostLint.Benchmarks;

/// <summary>
/// The hot path of <c>postlint check</c> and <c>audit</c>: analysing one post with every built-in
/// rule under the ishinomaki profile plus every content rule (PL3001–PL3010, PL4001: PL3007 is off
/// in the profile), warm, with the MeCab dictionary. Two posts: a clean one (the common case, which
/// must allocate nothing) and one with findings (allocations are the findings themselves).
/// Run: <c>dotnet run -c Release --project benchmarks/PostLint.Benchmarks -- --filter '*EngineBenchmarks*'</c>.
/// </summary>
[MemoryDiagnoser]
public class EngineBenchmarks
{
    private PostAnalysisEngine _engine = null!;
    private Post _clean = null!;
    private Post _withFindings = null!;

    [GlobalSetup]
    public void Setup()
    {
        var analyzers = BuiltInRules.CreateAnalyzers();
        var resolver = new ConfigurationResolver([BuiltInProfiles.Instance], analyzers.SelectMany(static a => a.SupportedDiagnostics));
        var problems = new List<ConfigurationProblem>();
        var everyContentRule = Enumerable.Range(1, 10).Select(static n => $"PL30{n:D2}").Append("PL4001")
            .ToImmutableDictionary(static id => id, static _ => Diagnostics.ReportSeverity.Warning);
        var options = resolver.Resolve(new ConfigurationLayer { Origin = "benchmark", Rules = everyContentRule }, new ConfigurationOverrides { Profile = "ishinomaki" }, problems);
        if (problems.Count > 0)
        {
            throw new InvalidOperationException(string.Join(Environment.NewLine, problems));
        }

        _engine = new PostAnalysisEngine(analyzers, options, morphology: MecabMorphemeAnalyzerProvider.Shared);
        if (!_engine.HasMorphology)
        {
            throw new InvalidOperationException("No MeCab dictionary: the content rules would match surface forms only (scripts/setup.sh installs mecab-ipadic-utf8).");
        }

        _clean = new Post("clean", "#PR #石巻市 石巻の牡蠣が旬を迎えました🦪 今週末は川開き祭りの準備で市内がにぎわっています。\n詳しくは https://www.city.ishinomaki.lg.jp/cont/10184000/0020/20250701.html をご覧ください #牡蠣 #観光");
        _withFindings = new Post("findings", "石巻の牡蠣が旬を迎えました🦪 詳しくは https://bit.ly/3xYzAbC をご覧ください\n#牡蠣 #石巻市 #PR");
    }

    [Benchmark(Baseline = true)]
    public int CleanPost() => _engine.Analyze(_clean).Length;

    [Benchmark]
    public int PostWithFindings() => _engine.Analyze(_withFindings).Length;
}
