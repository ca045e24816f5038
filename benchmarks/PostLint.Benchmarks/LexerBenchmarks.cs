using BenchmarkDotNet.Attributes;
using PostLint.Syntax;
using PostLint.Text;

namespace PostLint.Benchmarks;

/// <summary>
/// Lexing one typical Japanese municipal post (hashtags, a URL, emoji, a mention, a 【PR】 mark):
/// through the engine's reuse path (<see cref="PostSyntax"/> reset per post: no allocation) and
/// through <see cref="PostSyntax.Parse(PostText)"/>; plus the X weighted length of the same post.
/// Run: <c>dotnet run -c Release --project benchmarks/PostLint.Benchmarks -- --filter *LexerBenchmarks*</c>.
/// </summary>
[MemoryDiagnoser]
public class LexerBenchmarks
{
    private const string Post =
        "【PR】#PR #石巻市\n" +
        "石巻の牡蠣🦪が今年も旬を迎えました！🎉 市内の飲食店では、殻付きの焼き牡蠣やカキフライなど、" +
        "さまざまな料理を楽しめます。詳しくは市のホームページ https://www.city.ishinomaki.lg.jp/cont/10181000/kaki/index.html をご覧ください。" +
        "お問い合わせは @ishinomaki_city まで👨‍👩‍👧 #石巻 #牡蠣 #宮城";

    private readonly PostText _text = new(Post);
    private readonly PostSyntax _reused = new();

    [Benchmark(Baseline = true, Description = "Reset (reused PostSyntax)")]
    public int Reset()
    {
        _reused.Reset(_text);
        return _reused.Tokens.Length;
    }

    [Benchmark(Description = "Parse (new PostSyntax)")]
    public int Parse() => PostSyntax.Parse(_text).Tokens.Length;

    [Benchmark(Description = "WeightedLength v3")]
    public int Weighted() => WeightedLength.Compute(Post).WeightedLength;
}
