using BenchmarkDotNet.Attributes;
using PostLint.Analysis;
using PostLint.Configuration;
using PostLint.Rules.Links;
using PostLint.Rules.Platform;
using PostLint.Rules.Privacy;
using PostLint.Morphology;
using PostLint.Model;

namespace PostLint.Benchmarks;

/// <summary>
/// The link, hidden-text and platform rules (PL2001–PL2004, PL4002, PL5001, PL5002, PL5004) on a
/// typical municipal post: lexing plus every rule, through the engine's reuse path. A clean post
/// must allocate nothing; a post with findings allocates only the findings.
/// <c>dotnet run -c Release --project benchmarks/PostLint.Benchmarks -- --filter '*LinkRuleBenchmarks*'</c>
/// </summary>
[MemoryDiagnoser]
public class LinkRuleBenchmarks
{
    private const string CleanPost =
        "【石巻市】牡蠣まつりを開催します🦪 家族で参加 👨‍👩‍👧 🌸\n" +
        "日時：2月1日(土) 10:00〜15:00 会場：石巻漁港\n" +
        "詳しくは https://www.city.ishinomaki.lg.jp/cont/10184000/kaki/index.html をご覧ください。\n" +
        "#PR #石巻市 #牡蠣 #宮城";

    private const string PostWithFindings =
        "【石巻市】牡蠣まつり\u200B開催！ﾃﾞｰﾀはこちら bit.ly/3kaki 旧ページ http://example.jp/kaki\n" +
        "#PR #石巻市 #牡蠣";

    private PostAnalysisEngine _engine = null!;
    private PostAnalysisEngine _lexOnly = null!;
    private Post _clean = null!;
    private Post _withFindings = null!;

    [GlobalSetup]
    public void Setup()
    {
        var options = new ConfigurationResolver([global::PostLint.Rules.Profiles.BuiltInProfiles.Instance], global::PostLint.Rules.BuiltInRules.CreateAnalyzers().SelectMany(static a => a.SupportedDiagnostics))
            .Resolve(null, new ConfigurationOverrides { Profile = "joetsu", Platform = Platform.X }, []);
        _engine = new PostAnalysisEngine(
            [
                new PL2001UrlShortener(), new PL2002InsecureHttpLink(), new PL2003DeniedHost(), new PL2004UntrustedHost(),
                new PL4002InvisibleCharacter(), new PL5001PostTooLong(), new PL5002TooManyHashtags(), new PL5004HalfWidthKatakana(),
            ],
            options, morphology: MecabMorphemeAnalyzerProvider.Shared);
        _lexOnly = new PostAnalysisEngine([], options, morphology: MecabMorphemeAnalyzerProvider.Shared);
        _clean = new Post("clean", CleanPost);
        _withFindings = new Post("findings", PostWithFindings);

        // Warm the per-thread workspace so its buffers have grown before measuring.
        _engine.Analyze(_clean);
        _engine.Analyze(_withFindings);
        _lexOnly.Analyze(_clean);
    }

    /// <summary>The engine with no rule: what lexing the post costs, for comparison.</summary>
    [Benchmark(Baseline = true)]
    public int CleanPostLexOnly() => _lexOnly.Analyze(_clean).Length;

    [Benchmark]
    public int CleanPostAllRules() => _engine.Analyze(_clean).Length;

    [Benchmark]
    public int PostWithFindingsAllRules() => _engine.Analyze(_withFindings).Length;
}
