namespace PostLint.Morphemes;

/// <summary>
/// Where a dictionary keeps the part of speech, the base form and the reading in its CSV
/// feature string. IPADIC and JUMAN order their columns differently, so rules that match on
/// base form + part of speech ask the layout instead of hard-coding field numbers.
/// </summary>
public sealed class MorphemeFeatureLayout
{
    /// <summary>A layout for a dictionary that is neither IPADIC nor JUMAN, given in PostLint.Morphology's <c>MecabDictionaryOptions.FeatureLayout</c>.</summary>
    /// <param name="name">A name for messages and logs.</param>
    /// <param name="partOfSpeechFieldCount">How many leading fields make up the part of speech (at least 1).</param>
    /// <param name="baseFormField">The 0-based field of the base form, or -1 for none.</param>
    /// <param name="readingField">The 0-based field of the reading, or -1 for none.</param>
    public MorphemeFeatureLayout(string name, int partOfSpeechFieldCount, int baseFormField, int readingField)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentOutOfRangeException.ThrowIfLessThan(partOfSpeechFieldCount, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(baseFormField, -1);
        ArgumentOutOfRangeException.ThrowIfLessThan(readingField, -1);
        Name = name;
        PartOfSpeechFieldCount = partOfSpeechFieldCount;
        BaseFormField = baseFormField;
        ReadingField = readingField;
    }

    /// <summary>IPADIC: 品詞,品詞細分類1,品詞細分類2,品詞細分類3,活用型,活用形,原形,読み,発音.</summary>
    public static MorphemeFeatureLayout IpaDic { get; } = new("IPADIC", 4, 6, 7);

    /// <summary>JUMAN (mecab-jumandic): 品詞,品詞細分類,活用型,活用形,原形,読み,意味情報.</summary>
    public static MorphemeFeatureLayout JumanDic { get; } = new("JUMAN", 2, 4, 5);

    /// <summary>
    /// A dictionary whose layout is not recognised: the first field is the part of speech, and
    /// base form and reading are unknown (the base form falls back to the surface).
    /// </summary>
    public static MorphemeFeatureLayout Unrecognized { get; } = new("unrecognized", 1, -1, -1);

    /// <summary>The layout's name (<c>IPADIC</c>, <c>JUMAN</c>, <c>unrecognized</c>), for messages and logs.</summary>
    public string Name { get; }

    /// <summary>How many leading fields make up the part of speech (4 for IPADIC, 2 for JUMAN).</summary>
    public int PartOfSpeechFieldCount { get; }

    /// <summary>The field holding the dictionary (base) form, or -1 when the dictionary has none.</summary>
    public int BaseFormField { get; }

    /// <summary>The field holding the reading, or -1 when the dictionary has none.</summary>
    public int ReadingField { get; }

    /// <summary>
    /// Recognises the layout from the number of fields of the dictionary's word features:
    /// IPADIC words have 9 fields, JUMAN words 7.
    /// </summary>
    public static MorphemeFeatureLayout FromFieldCount(int fieldCount) => fieldCount switch
    {
        9 => IpaDic,
        7 => JumanDic,
        _ => Unrecognized,
    };

    /// <summary>The layout's <see cref="Name"/>.</summary>
    public override string ToString() => Name;
}
