using System.Collections.Frozen;
using System.Text;

namespace PostLint.Spelling;

/// <summary>
/// A loaded Hunspell dictionary (<c>.aff</c> + <c>.dic</c>) that checks words with the same
/// verdicts as libhunspell 1.7 and suggests corrections. Immutable after loading; <see cref="Check"/>
/// and <see cref="Suggest(string)"/> may be called from many threads at once, and <see cref="Check"/>
/// allocates nothing for ordinary words.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1711:Identifiers should not have incorrect suffix", Justification = "A Hunspell dictionary is the domain term for an .aff/.dic pair.")]
public sealed partial class HunspellDictionary
{
    private const int MaxWordUtf8Bytes = 300;
    private const int MaxWordBytes = 100;
    private const int MaxCompoundWords = 100;
    private const int MaxBreaks = 10;

    private readonly AffixFileData _aff;
    private readonly WordEntry[] _entries;
    private readonly string[] _entryWords;
    private readonly FrozenDictionary<string, EntryRange> _roots;
    private readonly FrozenDictionary<string, EntryRange>.AlternateLookup<ReadOnlySpan<char>> _rootLookup;
    private readonly AffixIndex _prefixes;
    private readonly AffixIndex _suffixes;
    private readonly bool[] _isContinuationClass = new bool[65536];
    private readonly bool _haveContinuationClasses;
    private readonly int _maxStripLength;
    private readonly CompoundRule[] _compoundRules;
    private readonly bool[] _isCompoundRuleFlag = new bool[65536];
    private readonly FrozenSet<char> _compoundFirstChars;
    private readonly bool _hasWordPairs;
    private readonly string[] _breakPatterns;
    private readonly ConversionTable? _inputConversion;
    private readonly ConversionTable? _outputConversion;
    private readonly Casing _casing;

    private HunspellDictionary(AffixFileData aff, Dictionary<string, List<WordEntry>> words, string affixPath, string dictionaryPath)
    {
        _aff = aff;
        AffixPath = affixPath;
        DictionaryPath = dictionaryPath;
        _casing = new Casing(aff.Language);

        var entries = new List<WordEntry>();
        var entryWords = new List<string>();
        var ranges = new Dictionary<string, EntryRange>(words.Count, StringComparer.Ordinal);
        foreach (var (word, homonyms) in words)
        {
            ranges[word] = new EntryRange(entries.Count, homonyms.Count);
            foreach (var homonym in homonyms)
            {
                entries.Add(homonym);
                entryWords.Add(word);
            }
        }

        _entries = [.. entries];
        _entryWords = [.. entryWords];
        _roots = ranges.ToFrozenDictionary(StringComparer.Ordinal);
        _rootLookup = _roots.GetAlternateLookup<ReadOnlySpan<char>>();

        _prefixes = new AffixIndex(aff.Affixes, prefixes: true);
        _suffixes = new AffixIndex(aff.Affixes, prefixes: false);
        foreach (var affix in aff.Affixes)
        {
            foreach (var flag in affix.Continuation)
            {
                _isContinuationClass[flag] = true;
                _haveContinuationClasses = true;
            }

            _maxStripLength = Math.Max(_maxStripLength, affix.Strip.Length);
        }

        _compoundRules = [.. aff.CompoundRules];
        foreach (var rule in _compoundRules)
        {
            foreach (var flag in rule.Flags)
            {
                _isCompoundRuleFlag[flag] = true;
            }
        }

        var firstChars = new HashSet<char>();
        for (var i = 0; i < _entries.Length; i++)
        {
            if (_entryWords[i].Length > 0 && _entries[i].Flags.Any(f => _isCompoundRuleFlag[f]))
            {
                firstChars.Add(_entryWords[i][0]);
            }

            _hasWordPairs |= _entryWords[i].Contains(' ', StringComparison.Ordinal);
        }

        _compoundFirstChars = firstChars.ToFrozenSet();
        _breakPatterns = aff.BreakPatterns is { } patterns ? [.. patterns] : ["-", "^-", "-$"];
        _inputConversion = ConversionTable.Create(aff.InputConversions);
        _outputConversion = ConversionTable.Create(aff.OutputConversions);
        _replacements = BuildReplacements(aff.Replacements);
        _tryChars = aff.TryChars;
        _keyString = aff.KeyString;
    }

    /// <summary>The <c>.aff</c> file this dictionary was loaded from.</summary>
    public string AffixPath { get; }

    /// <summary>The <c>.dic</c> file this dictionary was loaded from.</summary>
    public string DictionaryPath { get; }

    /// <summary>The encoding named by <c>SET</c> (ISO8859-1 when absent).</summary>
    public string EncodingName => _aff.EncodingName;

    /// <summary>The flag syntax named by <c>FLAG</c>.</summary>
    public HunspellFlagMode FlagMode => _aff.FlagMode;

    /// <summary>Extra word characters of the <c>WORDCHARS</c> directive, for tokenizers.</summary>
    public string WordCharacters => _aff.WordChars;

    /// <summary>The number of distinct stems (hidden capitalized twins included).</summary>
    public int StemCount => _roots.Count;

    /// <summary>
    /// Directives present in the <c>.aff</c> file that this reader does not implement (for example
    /// <c>COMPOUNDFLAG</c>); verdicts may differ from libhunspell for words they would affect.
    /// </summary>
    public IReadOnlyCollection<string> IgnoredDirectives => _aff.IgnoredDirectives;

    /// <summary>Loads a dictionary from its two files.</summary>
    /// <exception cref="HunspellFormatException">A file is malformed (the message names file and line).</exception>
    public static HunspellDictionary Load(string affixPath, string dictionaryPath)
    {
        ArgumentNullException.ThrowIfNull(affixPath);
        ArgumentNullException.ThrowIfNull(dictionaryPath);
        return Load(File.ReadAllBytes(affixPath), File.ReadAllBytes(dictionaryPath), affixPath, dictionaryPath);
    }

    /// <summary>Loads a dictionary from the bytes of its two files; the names are used in error messages.</summary>
    public static HunspellDictionary Load(byte[] affixBytes, byte[] dictionaryBytes, string affixName = "<aff>", string dictionaryName = "<dic>")
    {
        ArgumentNullException.ThrowIfNull(affixBytes);
        ArgumentNullException.ThrowIfNull(dictionaryBytes);
        var aff = AffixFileData.Read(affixBytes, affixName);
        var words = ReadDictionary(aff, dictionaryBytes, dictionaryName);
        return new HunspellDictionary(aff, words, affixName, dictionaryName);
    }

    /// <summary>Loads from streams (read to the end).</summary>
    public static HunspellDictionary Load(Stream affix, Stream dictionary, string affixName = "<aff>", string dictionaryName = "<dic>")
    {
        ArgumentNullException.ThrowIfNull(affix);
        ArgumentNullException.ThrowIfNull(dictionary);
        using var a = new MemoryStream();
        affix.CopyTo(a);
        using var d = new MemoryStream();
        dictionary.CopyTo(d);
        return Load(a.ToArray(), d.ToArray(), affixName, dictionaryName);
    }

    private static Dictionary<string, List<WordEntry>> ReadDictionary(AffixFileData aff, byte[] bytes, string path)
    {
        var start = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        var text = aff.Encoding.GetString(bytes, start, bytes.Length - start);
        var casing = new Casing(aff.Language);
        var words = new Dictionary<string, List<WordEntry>>(StringComparer.Ordinal);
        var lineNumber = 0;
        var position = 0;
        var sawCount = false;
        while (position < text.Length)
        {
            var newline = text.IndexOf('\n', position);
            var end = newline < 0 ? text.Length : newline;
            var line = text.AsSpan(position, end - position);
            position = end + 1;
            lineNumber++;
            if (line.Length > 0 && line[^1] == '\r')
            {
                line = line[..^1];
            }

            if (!sawCount)
            {
                var trimmed = line.Trim();
                if (!int.TryParse(trimmed, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var count) || count <= 0)
                {
                    throw new HunspellFormatException(path, lineNumber, $"the first line must be the (approximate) number of words, not '{trimmed.ToString()}'");
                }

                sawCount = true;
                continue;
            }

            if (line.IsEmpty)
            {
                continue;
            }

            AddDictionaryLine(aff, casing, words, line.ToString(), path, lineNumber);
        }

        if (!sawCount)
        {
            throw new HunspellFormatException(path, 0, "the file is empty (the first line must be the number of words)");
        }

        return words;
    }

    private static void AddDictionaryLine(AffixFileData aff, Casing casing, Dictionary<string, List<WordEntry>> words, string line, string path, int lineNumber)
    {
        // Morphological fields start at a tab, or at a space before a "xx:" field.
        var morph = -1;
        for (var colon = line.IndexOf(':', StringComparison.Ordinal); colon >= 0; colon = line.IndexOf(':', colon + 1))
        {
            if (colon > 3 && (line[colon - 3] == ' ' || line[colon - 3] == '\t'))
            {
                var cut = colon - 3;
                while (cut > 0 && (line[cut - 1] == ' ' || line[cut - 1] == '\t'))
                {
                    cut--;
                }

                morph = cut == 0 ? -1 : cut + 1;
                break;
            }
        }

        var tab = line.IndexOf('\t', StringComparison.Ordinal);
        if (tab >= 0 && (morph < 0 || tab < morph))
        {
            morph = tab + 1;
        }

        var entry = morph >= 0 ? line[..(morph - 1)] : line;

        // "\/" is a slash inside the word; a slash at the very start is part of the word.
        var slash = entry.IndexOf('/', 1);
        while (slash > 0 && entry[slash - 1] == '\\')
        {
            entry = entry.Remove(slash - 1, 1);
            slash = entry.IndexOf('/', slash);
        }

        var word = entry;
        var flags = FlagSet.Empty;
        if (slash > 0 && slash != entry.Length)
        {
            flags = aff.DecodeFlags(entry[(slash + 1)..], path, lineNumber);
            word = entry[..slash];
        }

        var caseType = word.Length == 0 ? CaseType.NoCap : casing.GetCaseType(word);
        AddWord(words, word, flags, hiddenTwin: false, caseType == CaseType.InitCap);

        // Mixed-case and flagged all-caps entries get an Initcap twin that only all-caps input may use
        // (OpenOffice.org -> OPENOFFICE.ORG, CIA's -> CIA'S).
        if ((caseType is CaseType.HuhCap or CaseType.HuhInitCap || (caseType == CaseType.AllCap && flags.Length > 0)) && !FlagSet.Contains(flags, aff.ForbiddenWord))
        {
            var twin = casing.ToInitCap(casing.ToLower(word));
            AddWord(words, twin, flags, hiddenTwin: true, isInitCap: true);
        }
    }

    private static void AddWord(Dictionary<string, List<WordEntry>> words, string word, ushort[] flags, bool hiddenTwin, bool isInitCap)
    {
        if (!words.TryGetValue(word, out var homonyms))
        {
            words[word] = [new WordEntry(flags, hiddenTwin, isInitCap)];
            return;
        }

        if (hiddenTwin)
        {
            return;
        }

        if (homonyms[^1].IsHiddenTwin)
        {
            homonyms[^1] = new WordEntry(flags, false, homonyms[^1].IsInitCap);
            return;
        }

        homonyms.Add(new WordEntry(flags, false, isInitCap));
    }

    private readonly record struct EntryRange(int Start, int Count);
}
