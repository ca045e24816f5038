using System.Collections.Immutable;
using PostLint.Configuration;
using PostLint.Localization;

namespace PostLint.Lexicons;

/// <summary>
/// Reads the lexicon format: <c>@key value</c> header lines, then one entry per line — its
/// spellings separated by <c>|</c>, then tab-separated <c>field=value</c> pairs whose values are
/// also separated by <c>|</c>. <c>#</c> starts a comment line. Every problem is reported with its
/// line, and reading goes on so that one run shows them all.
/// </summary>
public static class LexiconReader
{
    private static readonly string[] Fields = ["rule", "pos", "cancel", "allow", "with", "and", "keep", "after", "afterpos", "form", "at", "quoted", "match", "nomatch", "note"];

    /// <summary>Reads a lexicon from text; <paramref name="problems"/> receives what is wrong (PL0002), with <paramref name="path"/> and line.</summary>
    public static Lexicon Read(string text, string path, List<ConfigurationProblem> problems, Func<string, bool>? isKnownRuleId = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(problems);
        string? name = null, version = null, defaultRule = null;
        var quotedIsMention = false;
        var sources = ImmutableArray.CreateBuilder<string>();
        var fileCancel = ImmutableArray.CreateBuilder<string>();
        var fileKeep = ImmutableArray.CreateBuilder<string>();
        var lists = new Dictionary<string, ImmutableArray<string>>(StringComparer.Ordinal);
        var entries = ImmutableArray.CreateBuilder<LexiconEntry>();
        var lineNumber = 0;
        foreach (var rawLine in text.Split('\n'))
        {
            lineNumber++;
            var line = rawLine.TrimEnd('\r');
            if (lineNumber == 1)
            {
                line = line.TrimStart('\uFEFF');
            }

            if (line.Trim().Length == 0 || line.TrimStart().StartsWith('#'))
            {
                continue;
            }

            if (line.StartsWith('@'))
            {
                var space = line.IndexOfAny([' ', '\t']);
                var key = space < 0 ? line[1..] : line[1..space];
                var value = space < 0 ? string.Empty : line[(space + 1)..].Trim();
                if (value.Length == 0)
                {
                    problems.Add(new ConfigurationProblem(LocalizedMessage.Of("lexicon.header.noValue", key), path, lineNumber, 1));
                    continue;
                }

                switch (key)
                {
                    case "name": name = value; break;
                    case "version": version = value; break;
                    case "source": sources.Add(value); break;
                    case "rule":
                        defaultRule = value;
                        CheckRule(value, isKnownRuleId, path, lineNumber, problems);
                        break;
                    case "cancel": fileCancel.AddRange(Expand(SplitValues(value), lists, path, lineNumber, 1, problems)); break;
                    case "keep": fileKeep.AddRange(Expand(SplitValues(value), lists, path, lineNumber, 1, problems)); break;
                    case "words": ReadWords(value, lists, path, lineNumber, problems); break;
                    case "quoted":
                        quotedIsMention = ReadQuoted(value, path, lineNumber, problems) ?? quotedIsMention;
                        break;
                    default:
                        problems.Add(new ConfigurationProblem(LocalizedMessage.Of("lexicon.header.unknown", key), path, lineNumber, 1));
                        break;
                }

                continue;
            }

            if (ReadEntry(line, lineNumber, path, defaultRule, fileCancel, fileKeep, lists, quotedIsMention, isKnownRuleId, problems) is { } entry)
            {
                entries.Add(entry);
            }
        }

        if (name is null)
        {
            problems.Add(new ConfigurationProblem(LocalizedMessage.Of("lexicon.noName"), path, 1, 1));
        }

        if (version is null)
        {
            problems.Add(new ConfigurationProblem(LocalizedMessage.Of("lexicon.noVersion"), path, 1, 1));
        }

        if (sources.Count == 0)
        {
            problems.Add(new ConfigurationProblem(LocalizedMessage.Of("lexicon.noSource"), path, 1, 1));
        }

        return new Lexicon
        {
            Name = name ?? System.IO.Path.GetFileNameWithoutExtension(path),
            Version = version ?? string.Empty,
            Sources = sources.ToImmutable(),
            Path = path,
            Entries = entries.ToImmutable(),
        };
    }

    /// <summary>Reads a lexicon file; an unreadable file is one problem.</summary>
    public static Lexicon? ReadFile(string path, List<ConfigurationProblem> problems, Func<string, bool>? isKnownRuleId = null)
    {
        ArgumentNullException.ThrowIfNull(problems);
        string text;
        try
        {
            // A lexicon is configuration: a regular file of at most 1 MB, checked before it is opened.
            var bytes = IO.BoundedFile.ReadAllBytes(path, IO.BoundedFile.MaxConfigurationBytes, LocalizedMessage.Of("file.what.lexicon"));
            text = new StreamReader(new MemoryStream(bytes), System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true).ReadToEnd();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            problems.Add(new ConfigurationProblem(LocalizedMessage.Of("lexicon.unreadable", IO.BoundedFile.ReasonOf(e)), path));
            return null;
        }

        return Read(text, path, problems, isKnownRuleId);
    }

    private static LexiconEntry? ReadEntry(string line, int lineNumber, string path, string? defaultRule, ImmutableArray<string>.Builder fileCancel, ImmutableArray<string>.Builder fileKeep, Dictionary<string, ImmutableArray<string>> lists, bool quotedIsMention, Func<string, bool>? isKnownRuleId, List<ConfigurationProblem> problems)
    {
        var columns = line.Split('\t');
        var spellings = SplitValues(columns[0]);
        if (spellings.IsEmpty)
        {
            problems.Add(new ConfigurationProblem(LocalizedMessage.Of("lexicon.entry.noSpelling"), path, lineNumber, 1));
            return null;
        }

        var values = new Dictionary<string, ImmutableArray<string>>(StringComparer.Ordinal);
        var column = columns[0].Length + 2;
        foreach (var field in columns.AsSpan(1))
        {
            var equals = field.IndexOf('=', StringComparison.Ordinal);
            var key = equals < 0 ? field.Trim() : field[..equals].Trim();
            if (key.Length == 0 && equals < 0)
            {
                column += field.Length + 1;
                continue;
            }

            if (equals < 0 || !Fields.Contains(key))
            {
                problems.Add(new ConfigurationProblem(LocalizedMessage.Of("lexicon.entry.unknownField", field, string.Join(", ", Fields.Select(static f => f + "="))), path, lineNumber, column));
            }
            else
            {
                // Examples are posts, where a $ is text; in the other fields $name is a list of @words.
                var parsed = key is "match" or "nomatch"
                    ? SplitValues(field[(equals + 1)..])
                    : Expand(SplitValues(field[(equals + 1)..]), lists, path, lineNumber, column, problems);
                values[key] = values.TryGetValue(key, out var earlier) ? earlier.AddRange(parsed) : parsed;
            }

            column += field.Length + 1;
        }

        var rule = values.TryGetValue("rule", out var rules) && rules.Length > 0 ? rules[0] : defaultRule;
        if (rule is null)
        {
            problems.Add(new ConfigurationProblem(LocalizedMessage.Of("lexicon.entry.noRule"), path, lineNumber, 1));
            return null;
        }

        if (values.ContainsKey("rule"))
        {
            CheckRule(rule, isKnownRuleId, path, lineNumber, problems);
        }

        var form = Get(values, "form");
        if (form.Any(static f => f != "surface"))
        {
            problems.Add(new ConfigurationProblem(LocalizedMessage.Of("lexicon.entry.form", string.Join("|", form)), path, lineNumber, 1));
        }

        var at = Get(values, "at");
        if (at.Any(static a => a != "end"))
        {
            problems.Add(new ConfigurationProblem(LocalizedMessage.Of("lexicon.entry.at", string.Join("|", at)), path, lineNumber, 1));
        }

        var quoted = Get(values, "quoted");
        if (quoted.Length > 0)
        {
            quotedIsMention = ReadQuoted(string.Join("|", quoted), path, lineNumber, problems) ?? quotedIsMention;
        }

        var mustMatch = Get(values, "match");
        if (mustMatch.IsEmpty)
        {
            problems.Add(new ConfigurationProblem(LocalizedMessage.Of("lexicon.entry.noExample", spellings[0]), path, lineNumber, 1));
        }

        return new LexiconEntry
        {
            Line = lineNumber,
            RuleId = rule,
            Spellings = spellings,
            PartsOfSpeech = Get(values, "pos"),
            SurfaceOnly = form.Contains("surface"),
            SentenceFinal = at.Contains("end"),
            QuotedIsMention = quotedIsMention,
            CancelWords = [.. fileCancel, .. Get(values, "cancel")],
            AllowedCompounds = Get(values, "allow"),
            RequiredWords = Get(values, "with"),
            AlsoRequiredWords = Get(values, "and"),
            KeepWords = [.. fileKeep, .. Get(values, "keep")],
            After = Get(values, "after"),
            AfterPartsOfSpeech = Get(values, "afterpos"),
            MustMatch = mustMatch,
            MustNotMatch = Get(values, "nomatch"),
            LexiconPath = path,
        };
    }

    /// <summary><c>mention</c> or <c>use</c> (of <c>@quoted</c> and <c>quoted=</c>); anything else is a problem and null.</summary>
    private static bool? ReadQuoted(string value, string path, int line, List<ConfigurationProblem> problems)
    {
        switch (value)
        {
            case "mention": return true;
            case "use": return false;
            default:
                problems.Add(new ConfigurationProblem(LocalizedMessage.Of("lexicon.quoted", value), path, line, 1));
                return null;
        }
    }

    private static void CheckRule(string rule, Func<string, bool>? isKnownRuleId, string path, int line, List<ConfigurationProblem> problems)
    {
        if (isKnownRuleId is not null && !isKnownRuleId(rule))
        {
            problems.Add(new ConfigurationProblem(LocalizedMessage.Of("lexicon.unknownRule", rule), path, line, 1));
        }
    }

    private static ImmutableArray<string> Get(Dictionary<string, ImmutableArray<string>> values, string key) =>
        values.TryGetValue(key, out var value) ? value : [];

    /// <summary>
    /// <c>@words name a|b|c</c>: a list of words an entry's fields name as <c>$name</c>, so that a
    /// long list shared by several entries (the exclusion wording beside each group of people) is
    /// written once. A name is ASCII letters and digits, starting with a letter, defined once.
    /// </summary>
    private static void ReadWords(string value, Dictionary<string, ImmutableArray<string>> lists, string path, int line, List<ConfigurationProblem> problems)
    {
        var space = value.IndexOfAny([' ', '\t']);
        var name = space < 0 ? value : value[..space];
        var words = space < 0 ? [] : Expand(SplitValues(value[(space + 1)..]), lists, path, line, 1, problems);
        if (name.Length == 0 || !char.IsAsciiLetter(name[0]) || !name.All(char.IsAsciiLetterOrDigit) || words.IsEmpty)
        {
            problems.Add(new ConfigurationProblem(LocalizedMessage.Of("lexicon.words.invalid", value), path, line, 1));
        }
        else if (!lists.TryAdd(name, words))
        {
            problems.Add(new ConfigurationProblem(LocalizedMessage.Of("lexicon.words.duplicate", name), path, line, 1));
        }
    }

    /// <summary>The values with every <c>$name</c> replaced by the words of <c>@words name</c>; an unknown name is a problem.</summary>
    private static ImmutableArray<string> Expand(ImmutableArray<string> values, Dictionary<string, ImmutableArray<string>> lists, string path, int line, int column, List<ConfigurationProblem> problems)
    {
        if (!values.Any(static v => v.StartsWith('$')))
        {
            return values;
        }

        var expanded = ImmutableArray.CreateBuilder<string>(values.Length);
        foreach (var value in values)
        {
            if (!value.StartsWith('$'))
            {
                expanded.Add(value);
            }
            else if (lists.TryGetValue(value[1..], out var words))
            {
                expanded.AddRange(words);
            }
            else
            {
                problems.Add(new ConfigurationProblem(LocalizedMessage.Of("lexicon.words.unknown", value[1..]), path, line, column));
            }
        }

        return expanded.ToImmutable();
    }

    private static ImmutableArray<string> SplitValues(string value) =>
        [.. value.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)];
}
