using System.Runtime.InteropServices;
using System.Text;
using BenchmarkDotNet.Attributes;
using PostLint.Spelling;

namespace PostLint.Benchmarks;

/// <summary>
/// PostLint's managed Hunspell reader against libhunspell 1.7 (the library of the <c>hunspell</c>
/// command, called in-process through its C API) on Debian's en_US: dictionary load, checks of a
/// fixed word list (dictionary stems, affixed forms, misspellings and licence prose), allocations
/// per check, and one suggestion. Needs <c>hunspell-en-us</c> and <c>libhunspell-1.7-0</c>.
/// </summary>
[MemoryDiagnoser]
public partial class SpellBenchmarks
{
    private const string Base = "/usr/share/hunspell/en_US";
    private const int WordCount = 20_000;

    private byte[] _aff = [];
    private byte[] _dic = [];
    private string[] _words = [];
    private byte[][] _utf8Words = [];
    private HunspellDictionary _dictionary = null!;
    private IntPtr _hunspell;
    private SpellingTokenizer _tokenizer = null!;
    private readonly List<SpellingWord> _tokens = [];

    [GlobalSetup]
    public void Setup()
    {
        _aff = File.ReadAllBytes(Base + ".aff");
        _dic = File.ReadAllBytes(Base + ".dic");
        _dictionary = HunspellDictionary.Load(_aff, _dic);
        _tokenizer = SpellingTokenizer.For(_dictionary);
        var words = new List<string>();
        var stems = File.ReadLines(Base + ".dic").Skip(1).Select(l => l.Split('/')[0]).ToList();
        for (var i = 0; words.Count < WordCount / 2; i += 7)
        {
            var stem = stems[i % stems.Count];
            words.Add((i % 3) switch { 0 => stem, 1 => stem + "s", _ => stem.Length > 3 ? stem.Remove(2, 1) : stem + "x" });
        }

        var prose = Directory.GetFiles("/usr/share/common-licenses").Order(StringComparer.Ordinal)
            .SelectMany(f => File.ReadAllText(f).Split([' ', '\n', '\t', '(', ')', ',', '.', ';', ':', '"'], StringSplitOptions.RemoveEmptyEntries));
        words.AddRange(prose.Take(WordCount - words.Count));
        _words = [.. words];
        _utf8Words = [.. _words.Select(w => Encoding.UTF8.GetBytes(w + "\0"))];
        _hunspell = Native.Create(Base + ".aff", Base + ".dic");
    }

    [GlobalCleanup]
    public void Cleanup() => Native.Destroy(_hunspell);

    [Benchmark(Description = "load: PostLint")]
    public HunspellDictionary LoadManaged() => HunspellDictionary.Load(_aff, _dic);

    [Benchmark(Description = "load: libhunspell")]
    public void LoadLibhunspell() => Native.Destroy(Native.Create(Base + ".aff", Base + ".dic"));

    [Benchmark(Description = "check 20k words: PostLint", OperationsPerInvoke = WordCount)]
    public int CheckManaged()
    {
        var correct = 0;
        foreach (var word in _words)
        {
            correct += _dictionary.Check(word) ? 1 : 0;
        }

        return correct;
    }

    [Benchmark(Description = "check 20k words: libhunspell", OperationsPerInvoke = WordCount)]
    public int CheckLibhunspell()
    {
        var correct = 0;
        foreach (var word in _utf8Words)
        {
            correct += Native.Spell(_hunspell, word);
        }

        return correct;
    }

    [Benchmark(Description = "check one correct word (allocations)")]
    public bool CheckCorrect() => _dictionary.Check("Municipalities");

    [Benchmark(Description = "check one misspelt word (allocations)")]
    public bool CheckMisspelt() => _dictionary.Check("Ishinomakii");

    [Benchmark(Description = "tokenize a post")]
    public int TokenizePost()
    {
        _tokens.Clear();
        _tokenizer.Tokenize("Welcome to Ishinomaki! Enjoy the fresh seafood at the port 🐟 #石巻市 #PR https://www.city.ishinomaki.lg.jp/", _tokens, []);
        return _tokens.Count;
    }

    [Benchmark(Description = "suggest 'recieve': PostLint")]
    public int SuggestManaged() => _dictionary.Suggest("recieve").Count;

    [Benchmark(Description = "suggest 'recieve': libhunspell")]
    public int SuggestLibhunspell()
    {
        var n = Native.Suggest(_hunspell, out var list, "recieve\0"u8.ToArray());
        Native.FreeList(_hunspell, ref list, n);
        return n;
    }

    private static partial class Native
    {
        private const string Library = "libhunspell-1.7.so.0";

        [LibraryImport(Library, EntryPoint = "Hunspell_create", StringMarshalling = StringMarshalling.Utf8)]
        public static partial IntPtr Create(string affPath, string dicPath);

        [LibraryImport(Library, EntryPoint = "Hunspell_destroy")]
        public static partial void Destroy(IntPtr handle);

        [LibraryImport(Library, EntryPoint = "Hunspell_spell")]
        public static partial int Spell(IntPtr handle, byte[] word);

        [LibraryImport(Library, EntryPoint = "Hunspell_suggest")]
        public static partial int Suggest(IntPtr handle, out IntPtr list, byte[] word);

        [LibraryImport(Library, EntryPoint = "Hunspell_free_list")]
        public static partial void FreeList(IntPtr handle, ref IntPtr list, int count);
    }
}
