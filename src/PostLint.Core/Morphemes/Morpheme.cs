using System.Runtime.InteropServices;
using System.Text;
using PostLint.Text;

namespace PostLint.Morphemes;

/// <summary>
/// One word of MeCab's best path. Creating it allocates nothing: the feature stays in the mapped
/// dictionary until a <c>Get…</c> method turns part of it into a string. Methods that need the
/// surface take the post text the <see cref="Span"/> points into. Valid while its
/// <see cref="MorphemeAnalyzer"/> is open. Analyzers create them; rules read them through the
/// analysis contexts (<c>Morphemes</c>).
/// </summary>
public readonly unsafe struct Morpheme : IEquatable<Morpheme>
{
    private readonly MorphemeAnalyzer _dictionary;
    private readonly byte* _feature;

    /// <summary>A morpheme of <paramref name="analyzer"/>'s output (for <see cref="MorphemeAnalyzer"/> implementations).</summary>
    /// <param name="analyzer">The analyzer that keeps <paramref name="feature"/> in memory.</param>
    /// <param name="feature">The NUL-terminated UTF-8 feature string (CSV), valid while the analyzer is open; its address identifies the feature.</param>
    /// <param name="span">The surface's UTF-16 span in the post.</param>
    /// <param name="utf8Start">Byte offset of the surface in the UTF-8 form of the tokenized run.</param>
    /// <param name="utf8Length">Byte length of the surface.</param>
    /// <param name="leftId">Left-context id.</param>
    /// <param name="rightId">Right-context id.</param>
    /// <param name="posId">Part-of-speech id.</param>
    /// <param name="wordCost">Word cost.</param>
    /// <param name="cost">Cumulative path cost up to and including this word.</param>
    /// <param name="isUnknown">True for a word from unknown-word processing.</param>
    /// <param name="characterCategory">Index of the first character's category in <see cref="MorphemeAnalyzer.CategoryNames"/>.</param>
    public Morpheme(MorphemeAnalyzer analyzer, byte* feature, TextSpan span, int utf8Start, int utf8Length, ushort leftId, ushort rightId, ushort posId, short wordCost, long cost, bool isUnknown, byte characterCategory)
    {
        _dictionary = analyzer;
        _feature = feature;
        Span = span;
        Utf8Start = utf8Start;
        Utf8Length = utf8Length;
        LeftId = leftId;
        RightId = rightId;
        PosId = posId;
        WordCost = wordCost;
        Cost = cost;
        IsUnknown = isUnknown;
        CharacterCategory = characterCategory;
    }

    /// <summary>UTF-16 span of the surface in the post.</summary>
    public TextSpan Span { get; }

    /// <summary>Byte offset of the surface in the UTF-8 form of the tokenized run (MeCab's <c>%ps</c>).</summary>
    public int Utf8Start { get; }

    /// <summary>Byte length of the surface (MeCab's <c>%pe</c> − <c>%ps</c>).</summary>
    public int Utf8Length { get; }

    /// <summary>Left-context id (<c>%phl</c>).</summary>
    public ushort LeftId { get; }

    /// <summary>Right-context id (<c>%phr</c>).</summary>
    public ushort RightId { get; }

    /// <summary>Part-of-speech id from the dictionary's pos-id.def.</summary>
    public ushort PosId { get; }

    /// <summary>Word cost (<c>%pw</c>).</summary>
    public short WordCost { get; }

    /// <summary>Cumulative path cost up to and including this word (<c>%pc</c>).</summary>
    public long Cost { get; }

    /// <summary>True when the word is not in sys.dic and came from unknown-word processing (<c>%s</c> = 1).</summary>
    public bool IsUnknown { get; }

    /// <summary>Index of the first character's default category in <see cref="MorphemeAnalyzer.CategoryNames"/>.</summary>
    public int CharacterCategory { get; }

    /// <summary>Where the feature string is mapped: the same address is the same feature (a cache key), 0 for none.</summary>
    internal nint FeatureAddress => (nint)_feature;

    /// <summary>The analyzer this morpheme came from.</summary>
    public MorphemeAnalyzer Analyzer => _dictionary;

    /// <summary>The feature string (CSV) in UTF-8, pointing into the mapped dictionary.</summary>
    public ReadOnlySpan<byte> FeatureUtf8
    {
        get
        {
            if (_dictionary is null)
            {
                return default;
            }

            _dictionary.ThrowIfDisposed();
            return MemoryMarshal.CreateReadOnlySpanFromNullTerminated(_feature);
        }
    }

    /// <summary>The whole feature string, e.g. <c>動詞,自立,*,*,五段・サ行,命令ｅ,殺す,コロセ,コロセ</c>.</summary>
    public string GetFeature() => Encoding.UTF8.GetString(FeatureUtf8);

    /// <summary>Number of CSV fields in the feature.</summary>
    public int FeatureFieldCount => FeatureFields.Count(FeatureUtf8);

    /// <summary>CSV field <paramref name="index"/> of the feature (quotes removed), or empty when it does not exist.</summary>
    public ReadOnlySpan<byte> GetFeatureFieldUtf8(int index) => FeatureFields.Get(FeatureUtf8, index);

    /// <summary>CSV field <paramref name="index"/> of the feature as a string, or null when it does not exist.</summary>
    public string? GetFeatureField(int index) => FeatureFields.TryGet(FeatureUtf8, index, out var field) ? Encoding.UTF8.GetString(field) : null;

    /// <summary>
    /// The part-of-speech fields as stored, joined by commas: the first 4 fields for IPADIC
    /// (<c>名詞,固有名詞,地域,一般</c>), the first 2 for JUMAN (<c>名詞,地名</c>).
    /// </summary>
    public ReadOnlySpan<byte> PartOfSpeechUtf8 => FeatureFields.Prefix(FeatureUtf8, _dictionary?.FeatureLayout.PartOfSpeechFieldCount ?? 0);

    /// <summary>The part-of-speech fields as a string (<c>名詞,固有名詞,地域,一般</c>); allocates, unlike <see cref="PartOfSpeechMatches"/>.</summary>
    public string GetPartOfSpeech() => Encoding.UTF8.GetString(PartOfSpeechUtf8);

    /// <summary>
    /// True when <paramref name="pattern"/> names this part of speech or a coarser one: it is
    /// compared field by field, so <c>動詞</c> and <c>動詞,自立</c> match <c>動詞,自立,*,*</c>,
    /// but <c>動</c> does not. A <c>*</c> in the pattern matches any field. Allocates nothing.
    /// </summary>
    public bool PartOfSpeechMatches(ReadOnlySpan<char> pattern) => FeatureFields.MatchesFieldPrefix(PartOfSpeechUtf8, pattern);

    /// <summary>The dictionary form field as stored, or empty when the dictionary gives none (<c>*</c>, unknown words).</summary>
    public ReadOnlySpan<byte> BaseFormUtf8 => StoredField(_dictionary?.FeatureLayout.BaseFormField ?? -1);

    /// <summary>The reading field, or empty when the dictionary gives none.</summary>
    public ReadOnlySpan<byte> ReadingUtf8 => StoredField(_dictionary?.FeatureLayout.ReadingField ?? -1);

    /// <summary>The surface: the morpheme's characters in <paramref name="postText"/>.</summary>
    public ReadOnlySpan<char> GetSurface(ReadOnlySpan<char> postText) => postText.Slice(Span.Start, Span.Length);

    /// <summary>The dictionary form (IPADIC field 6, JUMAN field 4); the surface when the dictionary gives none.</summary>
    public string GetBaseForm(ReadOnlySpan<char> postText)
    {
        var stored = BaseFormUtf8;
        return stored.IsEmpty ? new string(GetSurface(postText)) : Encoding.UTF8.GetString(stored);
    }

    /// <summary>Compares the base form (or the surface, when there is none) with <paramref name="value"/> without allocating.</summary>
    public bool BaseFormEquals(ReadOnlySpan<char> value, ReadOnlySpan<char> postText)
    {
        var stored = BaseFormUtf8;
        return stored.IsEmpty ? GetSurface(postText).SequenceEqual(value) : FeatureFields.Utf8EqualsUtf16(stored, value);
    }

    /// <summary>Compares the base form (or the surface, when there is none) with UTF-8 <paramref name="valueUtf8"/> without allocating.</summary>
    public bool BaseFormEquals(ReadOnlySpan<byte> valueUtf8, ReadOnlySpan<char> postText)
    {
        var stored = BaseFormUtf8;
        return stored.IsEmpty ? FeatureFields.Utf8EqualsUtf16(valueUtf8, GetSurface(postText)) : stored.SequenceEqual(valueUtf8);
    }

    /// <summary>The reading (IPADIC field 7, JUMAN field 5), or null when the dictionary gives none.</summary>
    public string? GetReading()
    {
        var stored = ReadingUtf8;
        return stored.IsEmpty ? null : Encoding.UTF8.GetString(stored);
    }

    /// <summary>True when both are the same lattice node of the same dictionary at the same span.</summary>
    public bool Equals(Morpheme other) =>
        ReferenceEquals(_dictionary, other._dictionary) && _feature == other._feature && Span == other.Span
        && Utf8Start == other.Utf8Start && Utf8Length == other.Utf8Length && LeftId == other.LeftId && RightId == other.RightId
        && PosId == other.PosId && WordCost == other.WordCost && Cost == other.Cost && IsUnknown == other.IsUnknown;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Morpheme other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Span, (nint)_feature, Cost);

    /// <summary>The span and the feature string, for debugging.</summary>
    public override string ToString() => _dictionary is null ? "(none)" : $"{Span} {GetFeature()}";

    /// <summary>True when both are the same lattice node (see <see cref="Equals(Morpheme)"/>).</summary>
    public static bool operator ==(Morpheme left, Morpheme right) => left.Equals(right);

    /// <summary>True when they are different lattice nodes (see <see cref="Equals(Morpheme)"/>).</summary>
    public static bool operator !=(Morpheme left, Morpheme right) => !left.Equals(right);

    private ReadOnlySpan<byte> StoredField(int index)
    {
        if (index < 0 || !FeatureFields.TryGet(FeatureUtf8, index, out var field) || field.SequenceEqual("*"u8))
        {
            return default;
        }

        return field;
    }
}
