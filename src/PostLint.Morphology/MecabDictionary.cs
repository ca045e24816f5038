using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;
using PostLint.Morphemes;

namespace PostLint.Morphology;

/// <summary>
/// A compiled MeCab dictionary (<c>sys.dic</c>, <c>unk.dic</c>, <c>matrix.bin</c>, <c>char.bin</c>
/// and <c>dicrc</c> in one directory), memory-mapped and validated when opened. Immutable after
/// <see cref="Open(string)"/>: one instance serves every thread; each thread tokenizes through its own
/// <see cref="MecabTagger"/> (or the thread-safe <see cref="Tokenize(ReadOnlySpan{char}, int, List{Morpheme})"/> helpers, which keep one
/// tagger per thread).
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1711:Identifiers should not have incorrect suffix", Justification = "A MeCab dictionary is what MeCab calls it; it is not a collection.")]
public sealed unsafe class MecabDictionary : MorphemeAnalyzer, IDisposable
{
    /// <summary>The compiled system dictionary in a dictionary folder (<c>sys.dic</c>).</summary>
    public const string SystemDictionaryFileName = "sys.dic";
    /// <summary>The unknown-word dictionary in a dictionary folder (<c>unk.dic</c>).</summary>
    public const string UnknownDictionaryFileName = "unk.dic";
    /// <summary>The connection-cost matrix in a dictionary folder (<c>matrix.bin</c>).</summary>
    public const string MatrixFileName = "matrix.bin";
    /// <summary>The character categories in a dictionary folder (<c>char.bin</c>).</summary>
    public const string CharPropertyFileName = "char.bin";
    /// <summary>The dictionary's resource file in a dictionary folder (<c>dicrc</c>), which says its feature layout.</summary>
    public const string DicrcFileName = "dicrc";

    /// <summary>Code points with a CharInfo entry in char.bin: U+0000..U+FFFE (U+FFFF has none).</summary>
    internal const int CharInfoCount = 0xFFFF;

    private const int CategoryNameSize = 32;
    private const int MaxCategories = 18;

    /// <summary>Lattice nodes record their lexicon in one byte (0 is sys.dic).</summary>
    private const int MaxUserDictionaries = 254;

    [ThreadStatic]
    private static MecabTagger? t_tagger;

    private readonly MappedFile _sysFile;
    private readonly MappedFile _unkFile;
    private readonly MappedFile _matrixFile;
    private readonly MappedFile _charFile;
    private readonly IReadOnlyList<MappedFile> _userFiles;
    private readonly (int First, int Count)[] _unknownTokens;
    private readonly byte[]? _unknownFeatureBytes;
    private readonly byte* _unknownFeatureOverride;
    private volatile bool _disposed;
    private MorphemeFeatureLayout _featureLayout;
    private string? _cacheIdentity;

    private MecabDictionary(string directory, MappedFile sysFile, MappedFile unkFile, MappedFile matrixFile, MappedFile charFile, IReadOnlyList<MappedFile> userFiles)
    {
        Directory = directory;
        _sysFile = sysFile;
        _unkFile = unkFile;
        _matrixFile = matrixFile;
        _charFile = charFile;
        _userFiles = userFiles;

        SystemLexicon = MecabLexicon.Load(sysFile, MecabLexicon.SystemType);
        UnknownLexicon = MecabLexicon.Load(unkFile, MecabLexicon.UnknownType);
        var lexicons = new MecabLexicon[1 + userFiles.Count];
        lexicons[0] = SystemLexicon;
        for (var i = 0; i < userFiles.Count; i++)
        {
            lexicons[i + 1] = MecabLexicon.Load(userFiles[i], MecabLexicon.UserType);
        }

        Lexicons = lexicons;
        UserDictionaries = userFiles.Select(f => f.Path).ToArray();
        LoadMatrix();
        CategoryNames = LoadCharProperty();
        _unknownTokens = FindUnknownTokens();

        var dicrc = Path.Combine(directory, DicrcFileName);
        Settings = File.Exists(dicrc) ? MecabResourceFile.Load(dicrc) : MecabResourceFile.Empty;
        BosFeature = Settings.Get("bos-feature");
        UnknownFeature = Settings.Get("unk-feature");
        if (!string.IsNullOrEmpty(UnknownFeature))
        {
            // Pinned so that morphemes can point at it like at a feature in the mapped file.
            _unknownFeatureBytes = GC.AllocateArray<byte>(Encoding.UTF8.GetByteCount(UnknownFeature) + 1, pinned: true);
            Encoding.UTF8.GetBytes(UnknownFeature, _unknownFeatureBytes);
            _unknownFeatureOverride = (byte*)Unsafe.AsPointer(ref MemoryMarshal.GetArrayDataReference(_unknownFeatureBytes));
        }

        _featureLayout = SystemLexicon.TokenCount == 0
            ? MorphemeFeatureLayout.Unrecognized
            : MorphemeFeatureLayout.FromFieldCount(CountFields(SystemLexicon.Features + SystemLexicon.Tokens[0].Feature));
        SpaceCharInfo = CharInfos[0x20];
    }

    /// <summary>The dictionary directory (<c>dicdir</c>).</summary>
    public string Directory { get; }

    /// <summary>Charset recorded in sys.dic (always UTF-8: other charsets are refused).</summary>
    public string Charset => SystemLexicon.Charset;

    /// <summary>Number of words in sys.dic.</summary>
    public int WordCount => SystemLexicon.TokenCount;

    /// <summary>Rows of the connection matrix (right-context ids of left words).</summary>
    public int LeftSize { get; private set; }

    /// <summary>Columns of the connection matrix (left-context ids of right words).</summary>
    public int RightSize { get; private set; }

    /// <summary>Character categories of char.bin, in definition order (DEFAULT, SPACE, KANJI, …).</summary>
    public override IReadOnlyList<string> CategoryNames { get; }

    /// <summary>Where this dictionary keeps part of speech, base form and reading.</summary>
    public override MorphemeFeatureLayout FeatureLayout => _featureLayout;

    /// <summary>The dicrc <c>bos-feature</c> (feature of BOS/EOS), or null when dicrc has none.</summary>
    public string? BosFeature { get; }

    /// <summary>The dicrc <c>unk-feature</c>: when set, it replaces the feature of every unknown word.</summary>
    public string? UnknownFeature { get; }

    internal MecabResourceFile Settings { get; }

    /// <summary>
    /// The dictionary's files (path, size and modification time of each, dicrc and the user
    /// dictionaries included), its feature layout and this assembly's build (version and commit): a rebuilt or
    /// replaced dictionary, another layout or another tokenizer gives another identity.
    /// </summary>
    public override string CacheIdentity => _cacheIdentity ??= ComputeCacheIdentity();

    private string ComputeCacheIdentity()
    {
        var identity = new System.Text.StringBuilder();
        var assembly = typeof(MecabDictionary).Assembly;
        var build = assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyInformationalVersionAttribute), inherit: false) is [System.Reflection.AssemblyInformationalVersionAttribute informational, ..]
            ? informational.InformationalVersion
            : assembly.GetName().Version?.ToString();
        identity.Append("PostLint.Morphology ").Append(build).Append('\n');
        identity.Append("layout ").Append(_featureLayout.Name).Append(' ').Append(_featureLayout.PartOfSpeechFieldCount)
            .Append(' ').Append(_featureLayout.BaseFormField).Append(' ').Append(_featureLayout.ReadingField).Append('\n');
        identity.Append("unk-feature ").Append(UnknownFeature).Append('\n');
        foreach (var path in new[] { _sysFile.Path, _unkFile.Path, _matrixFile.Path, _charFile.Path, Path.Combine(Directory, DicrcFileName) }.Concat(_userFiles.Select(static f => f.Path)))
        {
            var file = new FileInfo(path);
            identity.Append(path).Append(' ')
                .Append(file.Exists ? file.Length : -1).Append(' ')
                .Append(file.Exists ? file.LastWriteTimeUtc.Ticks : 0).Append('\n');
        }

        return identity.ToString();
    }

    internal MecabLexicon SystemLexicon { get; }

    /// <summary>sys.dic, then the user dictionaries: the order words are looked up in.</summary>
    internal IReadOnlyList<MecabLexicon> Lexicons { get; }

    /// <summary>The user dictionaries opened with this dictionary, in lookup order.</summary>
    public IReadOnlyList<string> UserDictionaries { get; }

    internal MecabLexicon UnknownLexicon { get; }

    internal short* Matrix { get; private set; }

    internal uint* CharInfos { get; private set; }

    internal uint SpaceCharInfo { get; }

    internal bool IsDisposed => _disposed;

    /// <summary>MeCab's <c>max-grouping-size</c>: a run longer than this + 1 chars is not grouped.</summary>
    internal static int MaxGroupingSize => 24;

    /// <summary>Opens and validates the dictionary in <paramref name="directory"/>.</summary>
    /// <exception cref="MecabDictionaryException">A file is missing, truncated, corrupt or not UTF-8.</exception>
    public static MecabDictionary Open(string directory) => Open(directory, options: null);

    /// <summary>Opens the dictionary with user dictionaries or an explicit feature layout.</summary>
    /// <exception cref="MecabDictionaryException">A file is missing, truncated, corrupt, not UTF-8, or a user dictionary does not fit sys.dic.</exception>
    public static MecabDictionary Open(string directory, MecabDictionaryOptions? options)
    {
        ArgumentException.ThrowIfNullOrEmpty(directory);
        if (options?.UserDictionaries.Count > MaxUserDictionaries)
        {
            throw new ArgumentException($"at most {MaxUserDictionaries} user dictionaries are supported", nameof(options));
        }

        var fullPath = Path.GetFullPath(directory);
        if (!System.IO.Directory.Exists(fullPath))
        {
            throw new MecabDictionaryException(fullPath, "dictionary directory not found");
        }

        var files = new List<MappedFile>(4);
        try
        {
            var sys = Add(files, Path.Combine(fullPath, SystemDictionaryFileName));
            var unk = Add(files, Path.Combine(fullPath, UnknownDictionaryFileName));
            var matrix = Add(files, Path.Combine(fullPath, MatrixFileName));
            var chars = Add(files, Path.Combine(fullPath, CharPropertyFileName));
            var users = new List<MappedFile>();
            foreach (var user in options?.UserDictionaries ?? [])
            {
                users.Add(Add(files, Path.GetFullPath(user)));
            }

            var dictionary = new MecabDictionary(fullPath, sys, unk, matrix, chars, users);
            if (options?.FeatureLayout is { } layout)
            {
                dictionary._featureLayout = layout;
            }

            return dictionary;
        }
        catch
        {
            foreach (var file in files)
            {
                file.Dispose();
            }

            throw;
        }

        static MappedFile Add(List<MappedFile> files, string path)
        {
            var file = MappedFile.Open(path);
            files.Add(file);
            return file;
        }
    }

    /// <summary>A new tagger (lattice buffers) for this dictionary; use one per thread.</summary>
    public MecabTagger CreateTagger() => new(this);

    /// <summary>
    /// Thread-safe: tokenizes <paramref name="text"/> with this thread's tagger and appends the
    /// morphemes to <paramref name="output"/>. See <see cref="MecabTagger.Tokenize(ReadOnlySpan{char}, int, List{Morpheme})"/>.
    /// </summary>
    public override int Tokenize(ReadOnlySpan<char> text, int textOffset, List<Morpheme> output) => GetThreadTagger().Tokenize(text, textOffset, output);

    /// <summary>Thread-safe byte-level variant: see <see cref="MecabTagger.TokenizeUtf8"/>.</summary>
    public int TokenizeUtf8(ReadOnlySpan<byte> utf8, int textOffset, List<Morpheme> output) => GetThreadTagger().TokenizeUtf8(utf8, textOffset, output);

    /// <summary>Unmaps the dictionary files. Call it only when no thread tokenizes with this instance any more; further use throws <see cref="ObjectDisposedException"/>.</summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        _sysFile.Dispose();
        _unkFile.Dispose();
        _matrixFile.Dispose();
        _charFile.Dispose();
        foreach (var file in _userFiles)
        {
            file.Dispose();
        }
    }

    /// <summary>The folder, feature layout and word count, for logs and messages.</summary>
    public override string ToString() => $"MeCab dictionary {Directory} ({FeatureLayout}, {WordCount} words)";

    /// <inheritdoc/>
    protected override void ThrowIfDisposed() => EnsureOpen();

    internal void EnsureOpen() => ObjectDisposedException.ThrowIf(_disposed, this);

    /// <summary>The unk.dic tokens proposed for an unknown word of character category <paramref name="category"/>.</summary>
    internal (int First, int Count) UnknownTokensOf(int category) => _unknownTokens[category];

    /// <summary>Pointer to the NUL-terminated feature of a known token of lexicon <paramref name="lexicon"/> (0 = sys.dic).</summary>
    internal byte* WordFeature(int lexicon, uint offset) => Lexicons[lexicon].Features + offset;

    /// <summary>Pointer to the NUL-terminated feature of an unknown-word token, or the dicrc override.</summary>
    internal byte* UnknownFeatureOf(uint offset) => _unknownFeatureOverride != null ? _unknownFeatureOverride : UnknownLexicon.Features + offset;

    private MecabTagger GetThreadTagger()
    {
        ThrowIfDisposed();
        var tagger = t_tagger;
        if (tagger is null || !ReferenceEquals(tagger.Dictionary, this))
        {
            tagger = new MecabTagger(this);
            t_tagger = tagger;
        }

        return tagger;
    }

    private void LoadMatrix()
    {
        var path = _matrixFile.Path;
        var length = _matrixFile.Length;
        if (length < 4)
        {
            throw new MecabDictionaryException(path, $"truncated: {length} bytes, but the matrix header alone is 4 bytes");
        }

        var p = _matrixFile.Pointer;
        int lsize = p[0] | (p[1] << 8);
        int rsize = p[2] | (p[3] << 8);
        var expected = 4L + (2L * lsize * rsize);
        if (lsize == 0 || rsize == 0)
        {
            throw new MecabDictionaryException(path, $"connection matrix is {lsize}x{rsize}; both sizes must be at least 1");
        }

        if (expected != length)
        {
            throw new MecabDictionaryException(path, $"a {lsize}x{rsize} connection matrix needs {expected} bytes but the file has {length} (truncated or not a matrix.bin)");
        }

        foreach (var lexicon in Lexicons.Append(UnknownLexicon))
        {
            if (lexicon.LeftSize != lsize || lexicon.RightSize != rsize)
            {
                throw new MecabDictionaryException(lexicon.Path, $"context sizes {lexicon.LeftSize}x{lexicon.RightSize} do not match the {lsize}x{rsize} connection matrix in {path}");
            }
        }

        LeftSize = lsize;
        RightSize = rsize;
        Matrix = (short*)(p + 4);
    }

    private string[] LoadCharProperty()
    {
        var path = _charFile.Path;
        var length = _charFile.Length;
        if (length < 4)
        {
            throw new MecabDictionaryException(path, $"truncated: {length} bytes, but the category count alone is 4 bytes");
        }

        var p = _charFile.Pointer;
        long count = System.Buffers.Binary.BinaryPrimitives.ReadUInt32LittleEndian(new ReadOnlySpan<byte>(p, 4));
        if (count < 1 || count > MaxCategories)
        {
            throw new MecabDictionaryException(path, $"{count} character categories; a char.bin has 1 to {MaxCategories}");
        }

        var expected = 4 + (CategoryNameSize * count) + (4L * CharInfoCount);
        if (expected != length)
        {
            throw new MecabDictionaryException(path, $"{count} categories need a {expected}-byte char.bin but the file has {length} bytes (truncated or not a char.bin)");
        }

        var names = new string[count];
        for (var i = 0; i < count; i++)
        {
            var raw = new ReadOnlySpan<byte>(p + 4 + (CategoryNameSize * i), CategoryNameSize);
            var nul = raw.IndexOf((byte)0);
            if (nul <= 0 || !System.Text.Ascii.IsValid(raw[..nul]))
            {
                throw new MecabDictionaryException(path, $"character category {i} has no valid ASCII name");
            }

            names[i] = Encoding.ASCII.GetString(raw[..nul]);
        }

        var infos = (uint*)(p + 4 + (CategoryNameSize * count));
        for (var code = 0; code < CharInfoCount; code++)
        {
            var info = infos[code];
            if (CharInfo.DefaultType(info) >= count)
            {
                throw new MecabDictionaryException(path, $"U+{code:X4} has default category {CharInfo.DefaultType(info)}, but only {count} categories are defined");
            }
        }

        CharInfos = infos;
        return names;
    }

    private (int First, int Count)[] FindUnknownTokens()
    {
        var result = new (int First, int Count)[CategoryNames.Count];
        for (var i = 0; i < result.Length; i++)
        {
            var value = UnknownLexicon.ExactMatchSearch(Encoding.ASCII.GetBytes(CategoryNames[i]));
            if (value < 0)
            {
                throw new MecabDictionaryException(UnknownLexicon.Path, $"no unknown-word entry for character category {CategoryNames[i]} of {_charFile.Path}");
            }

            UnknownLexicon.CheckValue(value);
            result[i] = (value >> 8, value & 0xFF);
        }

        return result;
    }

    private static int CountFields(byte* feature)
    {
        var span = MemoryMarshal.CreateReadOnlySpanFromNullTerminated(feature);
        return span.Count((byte)',') + 1;
    }
}
