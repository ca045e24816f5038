using System.Globalization;
using System.Text;

namespace PostLint.Spelling;

/// <summary>Everything read from an <c>.aff</c> file, before the dictionary is frozen.</summary>
internal sealed class AffixFileData
{
    private static readonly HashSet<string> UnsupportedDirectives = new(StringComparer.Ordinal)
    {
        "COMPOUNDFLAG", "COMPOUNDBEGIN", "COMPOUNDMIDDLE", "COMPOUNDEND", "COMPOUNDLAST", "COMPOUNDFIRST",
        "COMPOUNDWORDMAX", "COMPOUNDROOT", "COMPOUNDFORBIDFLAG", "COMPOUNDSYLLABLE", "COMPOUNDMORESUFFIXES",
        "CHECKCOMPOUNDDUP", "CHECKCOMPOUNDREP", "CHECKCOMPOUNDCASE", "CHECKCOMPOUNDTRIPLE", "CHECKCOMPOUNDPATTERN",
        "SIMPLIFIEDTRIPLE", "FORCEUCASE", "SYLLABLENUM", "CHECKSHARPS", "COMPLEXPREFIXES", "IGNORE", "PHONE",
    };

    public Encoding Encoding { get; set; } = Encoding.Latin1;

    public bool IsUtf8 { get; set; }

    public string EncodingName { get; set; } = "ISO8859-1";

    public HunspellFlagMode FlagMode { get; set; } = HunspellFlagMode.SingleCharacter;

    public string Language { get; set; } = string.Empty;

    public string TryChars { get; set; } = string.Empty;

    public string KeyString { get; set; } = "qwertyuiop|asdfghjkl|zxcvbnm";

    public string WordChars { get; set; } = string.Empty;

    public ushort NoSuggest { get; set; }

    public ushort KeepCase { get; set; }

    public ushort ForbiddenWord { get; set; }

    public ushort NeedAffix { get; set; }

    public ushort OnlyInCompound { get; set; }

    public ushort Circumfix { get; set; }

    public ushort Warn { get; set; }

    public ushort Substandard { get; set; }

    public ushort NoNgramSuggest { get; set; }

    public ushort CompoundPermit { get; set; }

    public bool ForbidWarn { get; set; }

    public bool FullStrip { get; set; }

    public bool NoSplitSuggestions { get; set; }

    public bool OnlyMaxDiff { get; set; }

    public int CompoundMin { get; set; } = 3;

    public int MaxNgramSuggestions { get; set; } = 4;

    public int MaxDiff { get; set; } = -1;

    public List<CompoundRule> CompoundRules { get; } = [];

    public List<(string, string)> InputConversions { get; } = [];

    public List<(string, string)> OutputConversions { get; } = [];

    public List<(string, string)> Replacements { get; } = [];

    public List<string> MapSets { get; } = [];

    public List<string>? BreakPatterns { get; set; }

    public List<ushort[]> FlagAliases { get; } = [];

    public List<AffixEntry> Affixes { get; } = [];

    public SortedSet<string> IgnoredDirectives { get; } = new(StringComparer.Ordinal);

    public static AffixFileData Read(byte[] bytes, string path)
    {
        var data = new AffixFileData();
        var start = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        data.ChooseEncoding(bytes.AsSpan(start), path);
        var text = data.Encoding.GetString(bytes, start, bytes.Length - start);
        var lines = text.Split('\n');
        data.ChooseFlagMode(lines, path);
        data.Parse(lines, path);
        return data;
    }

    /// <summary>Splits a line into fields separated by spaces and tabs.</summary>
    public static string[] Fields(string line) => line.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);

    public ushort[] DecodeFlags(string text, string path, int lineNumber)
    {
        if (text.Length == 0)
        {
            return FlagSet.Empty;
        }

        if (FlagAliases.Count > 0)
        {
            if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var index) || index < 1 || index > FlagAliases.Count)
            {
                throw new HunspellFormatException(path, lineNumber, $"flag alias '{text}' is not a number between 1 and {FlagAliases.Count} (AF)");
            }

            return FlagAliases[index - 1];
        }

        return DecodeFlagVector(text, path, lineNumber);
    }

    public ushort[] DecodeFlagVector(string text, string path, int lineNumber)
    {
        var flags = new List<ushort>(text.Length);
        switch (FlagMode)
        {
            case HunspellFlagMode.SingleCharacter:
                foreach (var b in Encoding.GetBytes(text))
                {
                    flags.Add(b);
                }

                break;
            case HunspellFlagMode.TwoCharacters:
                var bytes = Encoding.GetBytes(text);
                if (bytes.Length % 2 != 0)
                {
                    throw new HunspellFormatException(path, lineNumber, $"flag vector '{text}' has an odd length (FLAG long needs two characters per flag)");
                }

                for (var i = 0; i < bytes.Length; i += 2)
                {
                    flags.Add((ushort)((bytes[i] << 8) | bytes[i + 1]));
                }

                break;
            case HunspellFlagMode.Numeric:
                foreach (var part in text.Split(','))
                {
                    if (!int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number < 1 || number > 65509)
                    {
                        throw new HunspellFormatException(path, lineNumber, $"flag '{part}' in '{text}' is not a number between 1 and 65509 (FLAG num)");
                    }

                    flags.Add((ushort)number);
                }

                break;
            default:
                foreach (var c in text)
                {
                    flags.Add(c);
                }

                break;
        }

        return FlagSet.Normalize(flags);
    }

    public ushort DecodeSingleFlag(string text, string path, int lineNumber)
    {
        if (FlagMode == HunspellFlagMode.Numeric && text.Contains(','))
        {
            throw new HunspellFormatException(path, lineNumber, $"'{text}' must be a single flag");
        }

        switch (FlagMode)
        {
            case HunspellFlagMode.SingleCharacter:
                return Encoding.GetBytes(text)[0];
            case HunspellFlagMode.TwoCharacters:
                var bytes = Encoding.GetBytes(text);
                if (bytes.Length < 2)
                {
                    throw new HunspellFormatException(path, lineNumber, $"flag '{text}' is too short (FLAG long needs two characters)");
                }

                return (ushort)((bytes[0] << 8) | bytes[1]);
            case HunspellFlagMode.Numeric:
                return DecodeFlagVector(text, path, lineNumber)[0];
            default:
                return text[0];
        }
    }

    private static Encoding ResolveEncoding(string name, out bool isUtf8)
    {
        isUtf8 = false;
        var upper = name.ToUpperInvariant();
        if (upper is "UTF-8" or "UTF8")
        {
            isUtf8 = true;
            return new UTF8Encoding(false, false);
        }

        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        string? dotnetName = upper switch
        {
            "ISO8859-1" or "ISO-8859-1" => "iso-8859-1",
            "ISO8859-2" or "ISO-8859-2" => "iso-8859-2",
            "ISO8859-3" or "ISO-8859-3" => "iso-8859-3",
            "ISO8859-4" or "ISO-8859-4" => "iso-8859-4",
            "ISO8859-5" or "ISO-8859-5" => "iso-8859-5",
            "ISO8859-6" or "ISO-8859-6" => "iso-8859-6",
            "ISO8859-7" or "ISO-8859-7" => "iso-8859-7",
            "ISO8859-8" or "ISO-8859-8" => "iso-8859-8",
            "ISO8859-9" or "ISO-8859-9" => "iso-8859-9",
            "ISO8859-13" or "ISO-8859-13" => "iso-8859-13",
            "ISO8859-15" or "ISO-8859-15" => "iso-8859-15",
            "KOI8-R" => "koi8-r",
            "KOI8-U" => "koi8-u",
            "MICROSOFT-CP1251" or "CP1251" or "WINDOWS-1251" => "windows-1251",
            "TIS620" or "TIS-620" or "TIS620-2533" => "windows-874",
            "ISCII-DEVANAGARI" => "x-iscii-de",
            _ => null,
        };
        return dotnetName is null ? null! : Encoding.GetEncoding(dotnetName);
    }

    private void ChooseEncoding(ReadOnlySpan<byte> bytes, string path)
    {
        var lineNumber = 0;
        foreach (var raw in Encoding.Latin1.GetString(bytes).Split('\n'))
        {
            lineNumber++;
            var fields = Fields(raw.TrimEnd('\r'));
            if (fields.Length > 0 && fields[0] == "SET")
            {
                if (fields.Length < 2)
                {
                    throw new HunspellFormatException(path, lineNumber, "SET needs an encoding name");
                }

                var encoding = ResolveEncoding(fields[1], out var isUtf8);
                if (encoding is null)
                {
                    throw new HunspellFormatException(path, lineNumber, $"unknown encoding '{fields[1]}' (SET)");
                }

                Encoding = encoding;
                IsUtf8 = isUtf8;
                EncodingName = fields[1];
                return;
            }
        }
    }

    private void ChooseFlagMode(string[] lines, string path)
    {
        for (var i = 0; i < lines.Length; i++)
        {
            var fields = Fields(lines[i].TrimEnd('\r'));
            if (fields.Length > 0 && fields[0] == "FLAG")
            {
                FlagMode = fields.Length < 2 ? throw new HunspellFormatException(path, i + 1, "FLAG needs a value (long, num or UTF-8)") : fields[1] switch
                {
                    "long" => HunspellFlagMode.TwoCharacters,
                    "num" => HunspellFlagMode.Numeric,
                    "UTF-8" or "UTF8" or "utf-8" or "utf8" => HunspellFlagMode.Utf8,
                    _ => throw new HunspellFormatException(path, i + 1, $"unknown flag type '{fields[1]}' (FLAG takes long, num or UTF-8)"),
                };
                return;
            }
        }
    }

    private void Parse(string[] lines, string path)
    {
        var affixOrder = 0;
        var affixFlagsSeen = new Dictionary<ushort, bool>();
        for (var i = 0; i < lines.Length; i++)
        {
            var lineNumber = i + 1;
            var fields = Fields(lines[i].TrimEnd('\r'));
            if (fields.Length == 0)
            {
                continue;
            }

            var keyword = fields[0];
            switch (keyword)
            {
                case "SET":
                case "FLAG":
                case "AM":
                    if (keyword == "AM")
                    {
                        i = SkipTable(lines, i, fields, path);
                    }

                    break;
                case "LANG":
                    Language = Argument(fields, path, lineNumber);
                    break;
                case "TRY":
                    TryChars = Argument(fields, path, lineNumber);
                    break;
                case "KEY":
                    KeyString = Argument(fields, path, lineNumber);
                    break;
                case "WORDCHARS":
                    WordChars = Argument(fields, path, lineNumber);
                    break;
                case "NOSUGGEST":
                    NoSuggest = Flag(fields, path, lineNumber);
                    break;
                case "KEEPCASE":
                    KeepCase = Flag(fields, path, lineNumber);
                    break;
                case "FORBIDDENWORD":
                    ForbiddenWord = Flag(fields, path, lineNumber);
                    break;
                case "NEEDAFFIX":
                case "PSEUDOROOT":
                    NeedAffix = Flag(fields, path, lineNumber);
                    break;
                case "ONLYINCOMPOUND":
                    OnlyInCompound = Flag(fields, path, lineNumber);
                    break;
                case "CIRCUMFIX":
                    Circumfix = Flag(fields, path, lineNumber);
                    break;
                case "WARN":
                    Warn = Flag(fields, path, lineNumber);
                    break;
                case "SUBSTANDARD":
                    Substandard = Flag(fields, path, lineNumber);
                    break;
                case "NONGRAMSUGGEST":
                    NoNgramSuggest = Flag(fields, path, lineNumber);
                    break;
                case "COMPOUNDPERMITFLAG":
                    CompoundPermit = Flag(fields, path, lineNumber);
                    break;
                case "FORBIDWARN":
                    ForbidWarn = true;
                    break;
                case "FULLSTRIP":
                    FullStrip = true;
                    break;
                case "NOSPLITSUGS":
                    NoSplitSuggestions = true;
                    break;
                case "ONLYMAXDIFF":
                    OnlyMaxDiff = true;
                    break;
                case "COMPOUNDMIN":
                    CompoundMin = Math.Max(1, Number(fields, path, lineNumber));
                    break;
                case "MAXNGRAMSUGS":
                    MaxNgramSuggestions = Number(fields, path, lineNumber);
                    break;
                case "MAXDIFF":
                    MaxDiff = Number(fields, path, lineNumber);
                    break;
                case "COMPOUNDRULE":
                    i = ReadTable(lines, i, fields, path, (f, n) => CompoundRules.Add(ParseCompoundRule(f[1], path, n)), 2);
                    break;
                case "ICONV":
                    i = ReadTable(lines, i, fields, path, (f, _) => InputConversions.Add((f[1], f[2])), 3);
                    break;
                case "OCONV":
                    i = ReadTable(lines, i, fields, path, (f, _) => OutputConversions.Add((f[1], f[2])), 3);
                    break;
                case "REP":
                    i = ReadTable(lines, i, fields, path, (f, _) => Replacements.Add((f[1], f[2])), 3);
                    break;
                case "MAP":
                    i = ReadTable(lines, i, fields, path, (f, _) => MapSets.Add(f[1]), 2);
                    break;
                case "BREAK":
                    BreakPatterns = [];
                    i = ReadTable(lines, i, fields, path, (f, _) => BreakPatterns.Add(f[1]), 2);
                    break;
                case "AF":
                    i = ReadTable(lines, i, fields, path, (f, n) => FlagAliases.Add(DecodeFlagVector(f[1], path, n)), 2);
                    break;
                case "PFX":
                case "SFX":
                    i = ReadAffixClass(lines, i, fields, path, ref affixOrder, affixFlagsSeen);
                    break;
                default:
                    if (UnsupportedDirectives.Contains(keyword))
                    {
                        IgnoredDirectives.Add(keyword);
                    }

                    break;
            }
        }
    }

    private static string Argument(string[] fields, string path, int lineNumber)
        => fields.Length >= 2 ? fields[1] : throw new HunspellFormatException(path, lineNumber, $"{fields[0]} needs a value");

    private static int Number(string[] fields, string path, int lineNumber)
    {
        var text = Argument(fields, path, lineNumber);
        return int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new HunspellFormatException(path, lineNumber, $"{fields[0]} needs a number, not '{text}'");
    }

    private ushort Flag(string[] fields, string path, int lineNumber) => DecodeSingleFlag(Argument(fields, path, lineNumber), path, lineNumber);

    private static int SkipTable(string[] lines, int headerIndex, string[] header, string path)
        => ReadTable(lines, headerIndex, header, path, (_, _) => { }, 1);

    /// <summary>Reads a "KEYWORD count" header and its count lines, each starting with KEYWORD and with at least <paramref name="minFields"/> fields.</summary>
    private static int ReadTable(string[] lines, int headerIndex, string[] header, string path, Action<string[], int> add, int minFields)
    {
        var count = Number(header, path, headerIndex + 1);
        if (count < 0)
        {
            throw new HunspellFormatException(path, headerIndex + 1, $"{header[0]} count must not be negative");
        }

        var i = headerIndex;
        for (var k = 0; k < count; k++)
        {
            i++;
            while (i < lines.Length && Fields(lines[i].TrimEnd('\r')).Length == 0)
            {
                i++;
            }

            if (i >= lines.Length)
            {
                throw new HunspellFormatException(path, headerIndex + 1, $"{header[0]} announces {count} lines but the file ends after {k}");
            }

            var fields = Fields(lines[i].TrimEnd('\r'));
            if (fields[0] != header[0])
            {
                throw new HunspellFormatException(path, i + 1, $"expected line {k + 1} of {count} of the {header[0]} table, found '{fields[0]}'");
            }

            if (fields.Length < minFields)
            {
                throw new HunspellFormatException(path, i + 1, $"{header[0]} line needs {minFields - 1} value(s)");
            }

            add(fields, i + 1);
        }

        return i;
    }

    private CompoundRule ParseCompoundRule(string text, string path, int lineNumber)
    {
        var flags = new List<ushort>();
        var quantifiers = new List<char>();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '*' or '?')
            {
                if (flags.Count == 0 || quantifiers[^1] != '\0')
                {
                    throw new HunspellFormatException(path, lineNumber, $"COMPOUNDRULE '{text}': '{c}' must follow a flag");
                }

                quantifiers[^1] = c;
                continue;
            }

            string flagText;
            if (FlagMode is HunspellFlagMode.TwoCharacters or HunspellFlagMode.Numeric)
            {
                var close = c == '(' ? text.IndexOf(')', i) : -1;
                if (close < 0)
                {
                    throw new HunspellFormatException(path, lineNumber, $"COMPOUNDRULE '{text}': with FLAG long or num each flag is written in parentheses");
                }

                flagText = text.Substring(i + 1, close - i - 1);
                i = close;
            }
            else
            {
                flagText = c.ToString();
            }

            foreach (var flag in FlagMode == HunspellFlagMode.SingleCharacter ? DecodeFlagVector(flagText, path, lineNumber) : [DecodeSingleFlag(flagText, path, lineNumber)])
            {
                flags.Add(flag);
                quantifiers.Add('\0');
            }
        }

        return new CompoundRule([.. flags], [.. quantifiers]);
    }

    private int ReadAffixClass(string[] lines, int headerIndex, string[] header, string path, ref int order, Dictionary<ushort, bool> seen)
    {
        var lineNumber = headerIndex + 1;
        if (header.Length < 4)
        {
            throw new HunspellFormatException(path, lineNumber, $"{header[0]} header needs a flag, Y or N and a count");
        }

        var isPrefix = header[0] == "PFX";
        var flag = DecodeSingleFlag(header[1], path, lineNumber);
        var cross = header[2] == "Y";
        if (!int.TryParse(header[3], NumberStyles.None, CultureInfo.InvariantCulture, out var count) || count < 1)
        {
            throw new HunspellFormatException(path, lineNumber, $"{header[0]} {header[1]}: '{header[3]}' is not a valid number of rules");
        }

        seen[flag] = isPrefix;
        var i = headerIndex;
        for (var k = 0; k < count; k++)
        {
            i++;
            while (i < lines.Length && Fields(lines[i].TrimEnd('\r')).Length == 0)
            {
                i++;
            }

            if (i >= lines.Length)
            {
                throw new HunspellFormatException(path, lineNumber, $"{header[0]} {header[1]} announces {count} rules but the file ends after {k}");
            }

            var fields = Fields(lines[i].TrimEnd('\r'));
            if (fields[0] != header[0] || fields.Length < 2 || DecodeSingleFlag(fields[1], path, i + 1) != flag)
            {
                throw new HunspellFormatException(path, i + 1, $"expected rule {k + 1} of {count} of {header[0]} {header[1]}");
            }

            if (fields.Length < 4)
            {
                throw new HunspellFormatException(path, i + 1, $"{header[0]} rule needs strip, affix and condition fields");
            }

            var strip = fields[2] == "0" ? string.Empty : fields[2];
            var appendField = fields[3];
            var continuation = FlagSet.Empty;
            var slash = appendField.IndexOf('/', StringComparison.Ordinal);
            if (slash >= 0)
            {
                continuation = DecodeFlags(appendField[(slash + 1)..], path, i + 1);
                appendField = appendField[..slash];
            }

            var append = appendField == "0" ? string.Empty : appendField;
            var conditionText = fields.Length >= 5 ? fields[4] : ".";
            if (!AffixCondition.TryParse(conditionText, out var condition, out var error))
            {
                throw new HunspellFormatException(path, i + 1, error);
            }

            Affixes.Add(new AffixEntry(flag, isPrefix, cross, strip, append, continuation, condition, order++));
        }

        return i;
    }
}
