using System.Runtime.InteropServices;
using PostLint.Configuration;
using PostLint.Lexicons;
using PostLint.Morphemes;
using PostLint.Morphology;
using PostLint.Syntax;
using PostLint.Tests;
using PostLint.Text;

namespace PostLint.Core.Tests.Lexicons;

/// <summary>
/// The lexicons' morpheme keys kept between runs (<see cref="LexiconKeyCache"/>): a second build
/// tokenizes nothing and matches exactly as a build without the file; a file that does not fit is
/// ignored and written anew.
/// </summary>
public sealed class LexiconKeyCacheTests : IDisposable
{
    private static readonly Lazy<MecabDictionary> Ipadic = new(() => MecabDictionary.Open(LexiconMatcherTests.Ipadic));

    private static readonly string[] Texts =
    [
        "そんなのバカだ、夏はバカンス",
        "あいつを殺せ。殺菌消毒をしました",
        "この町から出て行け！",
        "〇〇党に投票を。投票をお願いします",
        "市長が辞任するらしい。春らしい陽気です",
        "特殊詐欺に注意。あの人は詐欺師だ",
    ];

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "postlint-keycache-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [MecabFact]
    public void A_second_build_tokenizes_no_spelling_and_finds_the_same_matches()
    {
        var entries = Sample();
        var uncached = LexiconMatcher.Build(entries, Ipadic.Value);

        var first = new CountingAnalyzer(Ipadic.Value);
        var built = LexiconMatcher.Build(entries, first, _folder);
        var spellings = entries.Where(static e => !e.SurfaceOnly).SelectMany(static e => e.Spellings).Distinct(StringComparer.Ordinal).Count();
        Assert.Equal(spellings, first.LexiconTokenizations);
        var file = Assert.Single(Directory.GetFiles(_folder));
        Assert.Matches(@"lexicon-keys-[0-9a-f]{16}\.bin$", file);

        var second = new CountingAnalyzer(Ipadic.Value);
        var reused = LexiconMatcher.Build(entries, second, _folder);
        Assert.Equal(0, second.LexiconTokenizations);
        Assert.Empty(reused.RunSelfTests().Select(static f => f.Message));
        foreach (var text in Texts)
        {
            Assert.Equal(Matches(uncached, Ipadic.Value, text), Matches(reused, Ipadic.Value, text));
        }

        Assert.Equal(["バカ", "殺せ", "出て行け", "に投票を", "らしい", "詐欺"], Texts.SelectMany(t => Matches(reused, Ipadic.Value, t)).Select(static m => m.Text).Distinct());
    }

    [MecabFact]
    public void A_file_cut_short_or_overwritten_is_ignored_and_written_anew()
    {
        var entries = Sample();
        LexiconMatcher.Build(entries, new CountingAnalyzer(Ipadic.Value), _folder);
        var file = Assert.Single(Directory.GetFiles(_folder));
        var whole = File.ReadAllBytes(file);

        foreach (var damaged in new[] { whole[..(whole.Length / 2)], whole[..^1], [.. whole, 0], [.. whole.Select(static (b, i) => i == 6 ? (byte)(b ^ 0x40) : b)], [] })
        {
            File.WriteAllBytes(file, damaged);
            var analyzer = new CountingAnalyzer(Ipadic.Value);
            var matcher = LexiconMatcher.Build(entries, analyzer, _folder);
            Assert.True(analyzer.LexiconTokenizations > 0, "a damaged file must not be trusted");
            Assert.Empty(matcher.RunSelfTests().Select(static f => f.Message));
            Assert.Equal(whole, File.ReadAllBytes(file));
        }
    }

    [MecabFact]
    public void A_changed_lexicon_tokenizes_only_its_new_spellings_and_another_dictionary_keeps_its_own_file()
    {
        LexiconMatcher.Build(Sample(), new CountingAnalyzer(Ipadic.Value), _folder);

        var grown = Sample("ボケ|ぼけ\tmatch=このボケが");
        var analyzer = new CountingAnalyzer(Ipadic.Value);
        var matcher = LexiconMatcher.Build(grown, analyzer, _folder);
        Assert.Equal(2, analyzer.LexiconTokenizations);
        Assert.Empty(matcher.RunSelfTests().Select(static f => f.Message));

        // Another identity (another dictionary, or the same one rebuilt): a file of its own, tokenized from scratch.
        var other = new CountingAnalyzer(Ipadic.Value, identitySuffix: "rebuilt");
        LexiconMatcher.Build(grown, other, _folder);
        Assert.True(other.LexiconTokenizations > 2);
        Assert.Equal(2, Directory.GetFiles(_folder).Length);

        // An analyzer that cannot say what it is keeps nothing.
        var anonymous = new CountingAnalyzer(Ipadic.Value, identitySuffix: null);
        LexiconMatcher.Build(grown, anonymous, _folder);
        Assert.Equal(2, Directory.GetFiles(_folder).Length);
    }

    [MecabFact]
    public void The_identity_of_a_dictionary_names_its_files_and_layout()
    {
        var identity = Ipadic.Value.CacheIdentity;
        Assert.Contains(Path.Combine(LexiconMatcherTests.Ipadic, MecabDictionary.SystemDictionaryFileName), identity, StringComparison.Ordinal);
        Assert.Contains(Path.Combine(LexiconMatcherTests.Ipadic, MecabDictionary.MatrixFileName), identity, StringComparison.Ordinal);
        Assert.Contains("layout IPADIC", identity, StringComparison.Ordinal);

        // The build, commit included, so that a tokenizer changed without a new version number is not trusted with old keys.
        var build = System.Reflection.CustomAttributeExtensions.GetCustomAttribute<System.Reflection.AssemblyInformationalVersionAttribute>(typeof(MecabDictionary).Assembly)!.InformationalVersion;
        Assert.Contains("PostLint.Morphology " + build + "\n", identity, StringComparison.Ordinal);
        Assert.Contains(new FileInfo(Path.Combine(LexiconMatcherTests.Ipadic, MecabDictionary.SystemDictionaryFileName)).Length.ToString(System.Globalization.CultureInfo.InvariantCulture), identity, StringComparison.Ordinal);
        Assert.Same(identity, Ipadic.Value.CacheIdentity);
    }

    private static System.Collections.Immutable.ImmutableArray<LexiconEntry> Sample(string? extraLine = null)
    {
        var problems = new List<ConfigurationProblem>();
        var text = extraLine is null ? LexiconMatcherTests.Sample : LexiconMatcherTests.Sample + "\n" + extraLine + "\n";
        var lexicon = LexiconReader.Read(text, "sample.txt", problems);
        Assert.Empty(problems);
        return lexicon.Entries;
    }

    private static List<(int Start, string Text, string Term)> Matches(LexiconMatcher matcher, MorphemeAnalyzer analyzer, string text)
    {
        var post = new PostText(text);
        var syntax = PostSyntax.Parse(post);
        var morphemes = new List<Morpheme>();
        PostMorphology.Tokenize(syntax, analyzer, morphemes);
        var matches = new List<LexiconMatch>();
        matcher.FindMatches(post, syntax, CollectionsMarshal.AsSpan(morphemes), [], matches);
        var sentences = new List<TextSpan>();
        SentenceSplitter.Split(syntax, sentences);
        matcher.RemoveCancelled(text, CollectionsMarshal.AsSpan(sentences), matches);
        return [.. matches.Select(m => (m.Span.Start, text.Substring(m.Span.Start, m.Span.Length), matcher.Entries[m.EntryIndex].Term))];
    }

    /// <summary>A dictionary that counts what it is asked to tokenize outside the examples' posts.</summary>
    private sealed class CountingAnalyzer(MecabDictionary inner, string? identitySuffix = "") : MorphemeAnalyzer
    {
        public int LexiconTokenizations { get; private set; }

        public override MorphemeFeatureLayout FeatureLayout => inner.FeatureLayout;

        public override IReadOnlyList<string> CategoryNames => inner.CategoryNames;

        public override string? CacheIdentity => identitySuffix is null ? null : inner.CacheIdentity + identitySuffix;

        public override int Tokenize(ReadOnlySpan<char> text, int textOffset, List<Morpheme> output)
        {
            LexiconTokenizations++;
            return inner.Tokenize(text, textOffset, output);
        }

        protected internal override void ThrowIfDisposed() => inner.ThrowIfDisposed();
    }
}
