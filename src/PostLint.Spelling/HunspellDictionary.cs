using System.Collections.Frozen;

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
    private readonly int[] _entryStems;
    private readonly int[] _nextHomonym;
    private readonly int[] _firstEntryOfStem;
    private readonly StemTable _stems;
    private readonly AffixIndex _prefixes;
    private readonly AffixIndex _suffixes;
    private readonly bool[] _isContinuationClass = new bool[65536];
    private readonly bool _haveContinuationClasses;
    private readonly CompoundRule[] _compoundRules;
    private readonly bool[] _isCompoundRuleFlag = new bool[65536];
    private readonly FrozenSet<char> _compoundFirstChars;
    private readonly bool _hasWordPairs;
    private readonly string[] _breakPatterns;
    private readonly ConversionTable? _inputConversion;
    private readonly ConversionTable? _outputConversion;
    private readonly Casing _casing;
    private readonly int _declaredWordCount;
    private readonly Lazy<int[]> _ngramWalkOrder;

    private HunspellDictionary(AffixFileData aff, StemTableBuilder stems, string affixPath, string dictionaryPath)
    {
        _aff = aff;
        AffixPath = affixPath;
        DictionaryPath = dictionaryPath;
        _casing = new Casing(aff.Language);

        _entries = [.. stems.Entries];
        _entryStems = [.. stems.EntryStems];
        _nextHomonym = [.. stems.Next];
        _firstEntryOfStem = [.. stems.FirstEntries];
        _stems = stems.Stems;

        _prefixes = new AffixIndex(aff.Affixes, prefixes: true);
        _suffixes = new AffixIndex(aff.Affixes, prefixes: false);
        foreach (var affix in aff.Affixes)
        {
            foreach (var flag in affix.Continuation)
            {
                _isContinuationClass[flag] = true;
                _haveContinuationClasses = true;
            }
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
            var word = EntryStem(i);
            if (_compoundRules.Length > 0 && word.Length > 0)
            {
                foreach (var flag in _entries[i].Flags)
                {
                    if (_isCompoundRuleFlag[flag])
                    {
                        firstChars.Add(word[0]);
                        break;
                    }
                }
            }

            _hasWordPairs |= word.Contains(' ');
        }

        _compoundFirstChars = firstChars.ToFrozenSet();
        _breakPatterns = aff.BreakPatterns is { } patterns ? [.. patterns] : ["-", "^-", "-$"];
        _inputConversion = ConversionTable.Create(aff.InputConversions);
        _outputConversion = ConversionTable.Create(aff.OutputConversions);
        _replacements = BuildReplacements(aff.Replacements);
        _tryChars = aff.TryChars;
        _keyString = aff.KeyString;
        _mapSets = BuildMapSets(aff.MapSets);
        _declaredWordCount = stems.DeclaredCount;
        _ngramWalkOrder = new Lazy<int[]>(ComputeNgramWalkOrder, LazyThreadSafetyMode.ExecutionAndPublication);
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
    public int StemCount => _stems.Count;

    /// <summary>
    /// Directives present in the <c>.aff</c> file that this reader does not implement (for example
    /// <c>COMPOUNDFLAG</c>); verdicts may differ from libhunspell for words they would affect.
    /// </summary>
    public IReadOnlyCollection<string> IgnoredDirectives => _aff.IgnoredDirectives;

    /// <summary>Loads a dictionary from its two files.</summary>
    /// <exception cref="HunspellFormatException">A file is malformed (the message names file and line).</exception>
    /// <exception cref="IO.FileRefusedException">A file is not a regular file or is over <see cref="IO.BoundedFile.MaxSpellingDictionaryBytes"/>.</exception>
    public static HunspellDictionary Load(string affixPath, string dictionaryPath)
    {
        ArgumentNullException.ThrowIfNull(affixPath);
        ArgumentNullException.ThrowIfNull(dictionaryPath);
        // Both files are checked before either is read: a .dic that is a named pipe or /dev/zero
        // is refused at once, and the two are read into memory only within their limit.
        IO.BoundedFile.Check(affixPath, IO.BoundedFile.MaxSpellingDictionaryBytes, PostLint.Localization.LocalizedMessage.Of("file.what.hunspellAffix"));
        IO.BoundedFile.Check(dictionaryPath, IO.BoundedFile.MaxSpellingDictionaryBytes, PostLint.Localization.LocalizedMessage.Of("file.what.hunspellDictionary"));
        return Load(
            IO.BoundedFile.ReadAllBytes(affixPath, IO.BoundedFile.MaxSpellingDictionaryBytes, PostLint.Localization.LocalizedMessage.Of("file.what.hunspellAffix")),
            IO.BoundedFile.ReadAllBytes(dictionaryPath, IO.BoundedFile.MaxSpellingDictionaryBytes, PostLint.Localization.LocalizedMessage.Of("file.what.hunspellDictionary")),
            affixPath,
            dictionaryPath);
    }

    /// <summary>Loads a dictionary from the bytes of its two files; the names are used in error messages.</summary>
    public static HunspellDictionary Load(byte[] affixBytes, byte[] dictionaryBytes, string affixName = "<aff>", string dictionaryName = "<dic>")
    {
        ArgumentNullException.ThrowIfNull(affixBytes);
        ArgumentNullException.ThrowIfNull(dictionaryBytes);
        var aff = AffixFileData.Read(affixBytes, affixName);
        var stems = ReadDictionary(aff, dictionaryBytes, dictionaryName);
        return new HunspellDictionary(aff, stems, affixName, dictionaryName);
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

    /// <summary>
    /// A copy of this dictionary that also accepts <paramref name="words"/> (a profile's or user's
    /// word list: plain words without flags, for example place names such as Ishinomaki). The
    /// usual case rules apply: <c>Ishinomaki</c> also accepts <c>ISHINOMAKI</c>, a lowercase word
    /// also its Initcap and all-caps forms. This dictionary is not changed.
    /// </summary>
    public HunspellDictionary WithWords(IEnumerable<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var extra = words.Where(w => !string.IsNullOrWhiteSpace(w)).Select(w => w.Trim()).ToList();
        var stems = new StemTableBuilder(_entries.Length + extra.Count, _entries.Length * 8) { DeclaredCount = _declaredWordCount };
        for (var e = 0; e < _entries.Length; e++)
        {
            stems.Add(EntryStem(e), _entries[e].Flags, _entries[e].IsHiddenTwin, _entries[e].IsInitCap);
        }

        foreach (var word in extra)
        {
            AddStem(_aff, _casing, stems, word, FlagSet.Empty);
        }

        return new HunspellDictionary(_aff, stems, AffixPath, DictionaryPath);
    }

    private ReadOnlySpan<char> EntryStem(int entry) => _stems[_entryStems[entry]];

    private static StemTableBuilder ReadDictionary(AffixFileData aff, byte[] bytes, string path)
    {
        var start = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        var text = aff.Encoding.GetString(bytes, start, bytes.Length - start);
        var casing = new Casing(aff.Language);
        var lineNumber = 0;
        var position = 0;
        StemTableBuilder? stems = null;
        var flagCache = new Dictionary<string, ushort[]>(StringComparer.Ordinal);
        var flagLookup = flagCache.GetAlternateLookup<ReadOnlySpan<char>>();
        while (position < text.Length)
        {
            var rest = text.AsSpan(position);
            var newline = rest.IndexOf('\n');
            var line = newline < 0 ? rest : rest[..newline];
            position += newline < 0 ? rest.Length : newline + 1;
            lineNumber++;
            if (line.Length > 0 && line[^1] == '\r')
            {
                line = line[..^1];
            }

            if (stems is null)
            {
                var trimmed = line.Trim();
                if (!int.TryParse(trimmed, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var count) || count <= 0)
                {
                    throw new HunspellFormatException(path, lineNumber, $"the first line must be the (approximate) number of words, not '{trimmed.ToString()}'");
                }

                // The count is only a hint: room is made for no more stems than the file has lines
                // (found by fuzzing: a 30-byte .dic declaring 250 million words reserved 4 M entries).
                var lines = text.AsSpan().Count('\n') + 1;
                stems = new StemTableBuilder(Math.Min(Math.Min(count, 1 << 22), lines), text.Length) { DeclaredCount = count };
                continue;
            }

            if (line.IsEmpty)
            {
                continue;
            }

            AddDictionaryLine(aff, casing, stems, flagLookup, line, path, lineNumber);
        }

        return stems ?? throw new HunspellFormatException(path, 0, "the file is empty (the first line must be the number of words)");
    }

    private static void AddDictionaryLine(AffixFileData aff, Casing casing, StemTableBuilder stems, Dictionary<string, ushort[]>.AlternateLookup<ReadOnlySpan<char>> flagCache, ReadOnlySpan<char> line, string path, int lineNumber)
    {
        // Morphological fields start at a tab, or at a space before a "xx:" field.
        var entry = line;
        if (line.IndexOfAny(':', '\t') >= 0)
        {
            var morph = -1;
            for (var colon = line.IndexOf(':'); colon >= 0;)
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

                var next = line[(colon + 1)..].IndexOf(':');
                colon = next < 0 ? -1 : colon + 1 + next;
            }

            var tab = line.IndexOf('\t');
            if (tab >= 0 && (morph < 0 || tab < morph))
            {
                morph = tab + 1;
            }

            if (morph >= 0)
            {
                entry = line[..(morph - 1)];
            }
        }

        // A slash at the very start is part of the word; "\/" is a slash inside the word.
        var slash = entry.Length > 1 ? entry[1..].IndexOf('/') : -1;
        slash = slash < 0 ? -1 : slash + 1;
        if (slash > 0 && entry[slash - 1] == '\\')
        {
            var s = entry.ToString();
            while (slash > 0 && s[slash - 1] == '\\')
            {
                s = s.Remove(slash - 1, 1);
                slash = s.IndexOf('/', slash);
            }

            entry = s;
        }

        var word = entry;
        var flags = FlagSet.Empty;
        if (slash > 0 && slash != entry.Length)
        {
            var flagText = entry[(slash + 1)..];
            if (!flagCache.TryGetValue(flagText, out flags!))
            {
                var key = flagText.ToString();
                flags = aff.DecodeFlags(key, path, lineNumber);
                flagCache[key] = flags;
            }

            word = entry[..slash];
        }

        AddStem(aff, casing, stems, word, flags);
    }

    private static void AddStem(AffixFileData aff, Casing casing, StemTableBuilder stems, ReadOnlySpan<char> word, ushort[] flags)
    {
        var caseType = word.IsEmpty ? CaseType.NoCap : casing.GetCaseType(word);
        stems.Add(word, flags, hiddenTwin: false, caseType == CaseType.InitCap);

        // Mixed-case and flagged all-caps entries get an Initcap twin that only all-caps input may use
        // (OpenOffice.org -> OPENOFFICE.ORG, CIA's -> CIA'S).
        if ((caseType is CaseType.HuhCap or CaseType.HuhInitCap || (caseType == CaseType.AllCap && flags.Length > 0)) && !FlagSet.Contains(flags, aff.ForbiddenWord))
        {
            Span<char> twin = word.Length <= 256 ? stackalloc char[word.Length] : new char[word.Length];
            casing.ToLower(word, twin);
            twin[0] = casing.ToUpper(twin[0]);
            stems.Add(twin, flags, hiddenTwin: true, isInitCap: true);
        }
    }

}
