using System.Collections.Immutable;
using System.Text.Json;
using PostLint.Diagnostics;
using PostLint.Localization;
using PostLint.Syntax;
using PostLint.Model;

namespace PostLint.Configuration;

/// <summary>
/// Reads a <c>postlint.json</c> (or a profile, which has the same shape) into a
/// <see cref="ConfigurationLayer"/>. Every unknown key, unknown rule id and bad value becomes a
/// <see cref="ConfigurationProblem"/> with its line and column; reading goes on so that one run
/// reports all of them. The engine's own keys (<see cref="EngineKeys"/>) are read here; a section
/// owned by rules is checked by its <see cref="OptionSection"/> and kept as written until the
/// layers are merged.
/// </summary>
public sealed class ConfigurationReader
{
    private readonly Func<string, bool> _isKnownRuleId;
    private readonly Dictionary<string, OptionSection> _sections = new(StringComparer.Ordinal);
    private readonly List<string> _knownKeys;
    private readonly List<ConfigurationProblem> _problems = [];
    private readonly List<string> _enabledRules = [];
    private string _path = string.Empty;

    /// <param name="isKnownRuleId">Tells which rule ids exist (the registered analyzers' descriptors).</param>
    public ConfigurationReader(Func<string, bool> isKnownRuleId)
        : this(isKnownRuleId, [])
    {
    }

    /// <param name="isKnownRuleId">Tells which rule ids exist (the registered analyzers' descriptors).</param>
    /// <param name="sections">
    /// The rule-owned sections the file may write besides the engine's keys (those the registered
    /// analyzers and profile providers declare); any other top-level key is PL0002.
    /// </param>
    public ConfigurationReader(Func<string, bool> isKnownRuleId, IEnumerable<OptionSection> sections)
    {
        ArgumentNullException.ThrowIfNull(isKnownRuleId);
        ArgumentNullException.ThrowIfNull(sections);
        _isKnownRuleId = isKnownRuleId;
        foreach (var section in sections)
        {
            // Two declarations of one name: the first wins, as in the resolver.
            _sections.TryAdd(section.Name, section);
        }

        _knownKeys = [.. EngineKeys, .. _sections.Keys];
    }

    /// <summary>The file name of the JSON schema of <c>postlint.json</c> that ships with PostLint.</summary>
    public const string SchemaFileName = "postlint.schema.json";

    /// <summary>The JSON schema of <c>postlint.json</c> shipped in this assembly (UTF-8), for editors.</summary>
    public static byte[] ReadSchema()
    {
        using var stream = typeof(ConfigurationReader).Assembly.GetManifestResourceStream("PostLint.postlint.schema.json")
            ?? throw new InvalidOperationException("The configuration schema is missing from PostLint.Core.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    /// <summary>
    /// The top-level keys the engine reads itself. Every other top-level key is a section owned by
    /// rules (<see cref="OptionSection"/>), known only when an analyzer or profile provider declares it.
    /// </summary>
    public static IReadOnlyList<string> EngineKeys { get; } =
    [
        "$schema", "extends", "name", "title", "description", "platform", "disclosure", "rules", "categories",
        "references", "lexicons", "words", "mecab", "docsUrl",
        "overrides",
    ];

    /// <summary>
    /// Engine sections whose other keys rules may own (<see cref="OptionSection"/> of the same
    /// name), with the keys the engine reads itself. <c>disclosure.required</c> is a fact about every
    /// post and <c>sourceTags</c> / <c>sourceTagVariants</c> name the city in reports; the disclosure
    /// rules own the vocabulary only they read (<c>extraDisclosureTags</c>, <c>relationTags</c>).
    /// </summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> SharedEngineKeys { get; } =
        new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
        {
            ["disclosure"] = ["required", "sourceTags", "sourceTagVariants"],
        };

    /// <summary>The keys of one entry of <c>overrides</c>.</summary>
    public static IReadOnlyList<string> OverrideKeys { get; } = ["files", "platform", "sponsored", "rules", "categories"];

    /// <summary>Reads one <c>postlint.json</c> (or profile) into a layer, collecting every problem with its position instead of stopping at the first.</summary>
    /// <param name="utf8">The file's bytes, UTF-8.</param>
    /// <param name="path">The file, for problem positions and relative paths.</param>
    /// <param name="problems">Every problem found (PL0002), in file order; empty when the file is valid.</param>
    /// <returns>The layer, with the keys that could be read; check <paramref name="problems"/> before using it.</returns>
    public ConfigurationLayer Read(ReadOnlySpan<byte> utf8, string path, out IReadOnlyList<ConfigurationProblem> problems)
    {
        _problems.Clear();
        _enabledRules.Clear();
        _path = path;
        var layer = new ConfigurationLayer { Origin = path, BaseDirectory = SafeDirectory(path) };
        PositionedJson root;
        try
        {
            root = PositionedJson.Parse(utf8);
        }
        catch (JsonException e)
        {
            _problems.Add(new ConfigurationProblem(LocalizedMessage.Of("config.invalidJson", JsonErrorText.Describe(e.Message)), path, (int)(e.LineNumber ?? 1), (int)(e.BytePositionInLine ?? 1)));
            problems = [.. _problems];
            return layer;
        }

        if (root.Kind != PositionedJsonKind.Object)
        {
            Problem(root, "config.notObject", root.KindText);
            problems = [.. _problems];
            return layer;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var member in root.Members)
        {
            if (!seen.Add(member.Name))
            {
                Problem(member, "config.duplicateKey", member.Name);
            }

            layer = member.Name switch
            {
                "$schema" or "description" => ValidateString(member.Value, layer),
                "extends" => layer with { Extends = ReadExtends(member.Value) },
                "name" => layer with { Name = ExpectString(member.Value) },
                "title" => layer with { Title = ExpectString(member.Value) },
                "platform" => layer with { Platform = ReadPlatform(member.Value) },
                "disclosure" => ReadDisclosure(member.Value, layer),
                "rules" => layer with { Rules = ReadRules(member.Value) },
                "categories" => layer with { Categories = ReadCategories(member.Value) },
                "references" => layer with { References = ReadReferences(member.Value) },
                "lexicons" => layer with { Lexicons = ReadStrings(member.Value) },
                "words" => layer with { Words = ReadStrings(member.Value) },
                "mecab" => ReadMecab(member.Value, layer),
                "docsUrl" => layer with { DocsUrl = ReadDocsUrl(member.Value) },
                "overrides" => layer with { Overrides = ReadOverrides(member.Value, layer.BaseDirectory) },
                _ when _sections.TryGetValue(member.Name, out var section) => ReadSection(section, member.Value, layer),
                _ => Unknown(member, _knownKeys, layer),
            };
        }

        problems = [.. _problems];
        return EnableRules(layer) with { KeyLines = KeyLines(root) };
    }

    // A rule-owned section: checked here, so that its problems carry this file's positions, and
    // kept as written, to be read into its typed value once the layers are merged.
    private ConfigurationLayer ReadSection(OptionSection section, PositionedJson value, ConfigurationLayer layer)
    {
        var read = section.ReadValue(value, _path, _problems.Add);
        _enabledRules.AddRange(section.RulesEnabledBy(read));
        return layer with { SectionJson = layer.SectionJson.SetItem(section.Name, value.WithBaseDirectory(layer.BaseDirectory)) };
    }

    // The line of every key by its dotted path (rules.PL1001), for --print-config; the first of a duplicate key.
    private static ImmutableDictionary<string, int> KeyLines(PositionedJson root)
    {
        var lines = ImmutableDictionary.CreateBuilder<string, int>(StringComparer.OrdinalIgnoreCase);
        void Walk(PositionedJson value, string prefix)
        {
            foreach (var member in value.Members)
            {
                var path = prefix + member.Name;
                lines.TryAdd(path, member.Line);
                if (member.Value.Kind == PositionedJsonKind.Object)
                {
                    Walk(member.Value, path + ".");
                }
            }
        }

        Walk(root, string.Empty);
        return lines.ToImmutable();
    }

    private static string? SafeDirectory(string path)
    {
        try
        {
            return Path.GetDirectoryName(Path.GetFullPath(path));
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private ConfigurationLayer Unknown(PositionedJsonMember member, IReadOnlyList<string> known, ConfigurationLayer layer)
    {
        var hint = Closest(member.Name, known);
        if (hint is null)
        {
            Problem(member, "config.unknownKey.known", member.Name, string.Join(", ", known));
        }
        else
        {
            Problem(member, "config.unknownKey.hint", member.Name, hint);
        }

        return layer;
    }

    private ImmutableArray<PositionedValue<string>> ReadExtends(PositionedJson value)
    {
        if (value.Kind == PositionedJsonKind.String)
        {
            return string.IsNullOrWhiteSpace(value.StringValue)
                ? ProblemAndReturn<ImmutableArray<PositionedValue<string>>>(value, LocalizedMessage.Of("config.extends.empty"), [])
                : [new PositionedValue<string>(value.StringValue.Trim(), value.Line, value.Column)];
        }

        if (value.Kind == PositionedJsonKind.Array)
        {
            var builder = ImmutableArray.CreateBuilder<PositionedValue<string>>();
            foreach (var item in value.Items)
            {
                var text = ExpectString(item);
                if (!string.IsNullOrWhiteSpace(text))
                {
                    builder.Add(new PositionedValue<string>(text.Trim(), item.Line, item.Column));
                }
            }

            return builder.ToImmutable();
        }

        return ProblemAndReturn<ImmutableArray<PositionedValue<string>>>(value, LocalizedMessage.Of("config.extends.kind", value.KindText), []);
    }

    private Platform? ReadPlatform(PositionedJson value)
    {
        var text = ExpectString(value);
        if (text is null)
        {
            return null;
        }

        if (PlatformLimits.TryParsePlatform(text, out var platform))
        {
            return platform;
        }

        Problem(value, "config.unknownPlatform", text, string.Join(", ", PlatformLimits.PlatformNames));
        return null;
    }

    private ConfigurationLayer ReadDisclosure(PositionedJson value, ConfigurationLayer layer)
    {
        if (!ExpectObject(value))
        {
            return layer;
        }

        // The keys the engine reads are read here; the others belong to the rules that declare a
        // disclosure section (the vocabulary of PL1xxx) and are read as that section.
        _sections.TryGetValue("disclosure", out var section);
        var ruleMembers = ImmutableArray.CreateBuilder<PositionedJsonMember>();
        foreach (var member in value.Members)
        {
            if (section is not null && section.Keys.Contains(member.Name, StringComparer.Ordinal))
            {
                ruleMembers.Add(member);
                continue;
            }

            layer = member.Name switch
            {
                "required" => layer with { DisclosureRequired = ExpectBoolean(member.Value) },
                "sourceTags" => layer with { SourceTags = ReadTags(member.Value) },
                "sourceTagVariants" => layer with { SourceTagVariants = ReadTags(member.Value) },
                _ => Unknown(member, [.. SharedEngineKeys["disclosure"], .. section?.Keys ?? []], layer),
            };
        }

        return section is null || ruleMembers.Count == 0
            ? layer
            : ReadSection(section, PositionedJson.ObjectOf(value.Line, value.Column, ruleMembers.ToImmutable()), layer);
    }

    /// <summary>
    /// <c>"overrides": [{ "files": ["instagram/**"], "platform": "instagram", "sponsored": true,
    /// "rules": { "PL2001": "off" } }]</c>: each entry needs <c>files</c> (a glob or a list of
    /// globs relative to this file's folder) and at least one setting.
    /// </summary>
    private ImmutableArray<PathOverride> ReadOverrides(PositionedJson value, string? baseDirectory)
    {
        var builder = ImmutableArray.CreateBuilder<PathOverride>();
        if (value.Kind != PositionedJsonKind.Array)
        {
            Problem(value, "config.overrides.kind", value.KindText);
            return builder.ToImmutable();
        }

        var index = 0;
        foreach (var entry in value.Items)
        {
            index++;
            if (entry.Kind != PositionedJsonKind.Object)
            {
                Problem(entry, "config.overrides.entryKind", entry.KindText);
                continue;
            }

            var settings = new ConfigurationLayer { Origin = $"{_path} overrides[{index - 1}]", BaseDirectory = baseDirectory };
            var files = ImmutableArray<string>.Empty;
            var hasFiles = false;
            var hasSetting = false;
            var problemsBefore = _problems.Count;
            foreach (var member in entry.Members)
            {
                switch (member.Name)
                {
                    case "files":
                        hasFiles = true;
                        files = ReadPatterns(member.Value);
                        break;
                    case "platform":
                        hasSetting = true;
                        settings = settings with { Platform = ReadPlatform(member.Value) };
                        break;
                    case "sponsored":
                        hasSetting = true;
                        settings = settings with { DisclosureRequired = ExpectBoolean(member.Value) };
                        break;
                    case "rules":
                        hasSetting = true;
                        settings = settings with { Rules = ReadRules(member.Value) };
                        break;
                    case "categories":
                        hasSetting = true;
                        settings = settings with { Categories = ReadCategories(member.Value) };
                        break;
                    default:
                        Unknown(member, OverrideKeys, settings);
                        break;
                }
            }

            if (!hasFiles)
            {
                Problem(entry, "config.overrides.noFiles");
            }
            else if (files.IsEmpty && _problems.Count == problemsBefore)
            {
                Problem(entry, "config.overrides.emptyFiles");
            }

            if (!hasSetting && _problems.Count == problemsBefore)
            {
                Problem(entry, "config.overrides.noSetting", string.Join(", ", OverrideKeys.Skip(1)));
            }

            if (_problems.Count == problemsBefore)
            {
                builder.Add(new PathOverride(files, settings, baseDirectory, entry.Line, entry.Column));
            }
        }

        return builder.ToImmutable();
    }

    private ImmutableArray<string> ReadPatterns(PositionedJson value)
    {
        if (value.Kind == PositionedJsonKind.String)
        {
            return PathOverride.Check(value.StringValue!) is { } error
                ? ProblemAndReturn<ImmutableArray<string>>(value, error, [])
                : [value.StringValue!];
        }

        var builder = ImmutableArray.CreateBuilder<string>();
        if (value.Kind != PositionedJsonKind.Array)
        {
            Problem(value, "config.files.kind", value.KindText);
            return builder.ToImmutable();
        }

        foreach (var (text, item) in ReadStringItems(value))
        {
            if (PathOverride.Check(text) is { } error)
            {
                Problem(item, error);
            }
            else
            {
                builder.Add(text);
            }
        }

        return builder.ToImmutable();
    }

    /// <summary>Tags may be written with or without their sign: "#石巻市", "＃石巻市" and "石巻市" are the same.</summary>
    private ImmutableArray<string> ReadTags(PositionedJson value)
    {
        var builder = ImmutableArray.CreateBuilder<string>();
        foreach (var (text, item) in ReadStringItems(value))
        {
            if (TagWord(text) is not { } tag)
            {
                Problem(item, "config.notHashtag", text);
                continue;
            }

            builder.Add(tag);
        }

        return builder.ToImmutable();
    }

    /// <summary>A hashtag word as configured (<c>#石巻市</c>, <c>石巻市</c>) without its sign, or null when it is empty or has a space.</summary>
    internal static string? TagWord(string text)
    {
        var tag = text.TrimStart('#', '＃').Trim();
        return tag.Length == 0 || tag.Any(char.IsWhiteSpace) ? null : tag;
    }

    private ImmutableDictionary<string, ReportSeverity> ReadRules(PositionedJson value)
    {
        var builder = ImmutableDictionary.CreateBuilder<string, ReportSeverity>(StringComparer.OrdinalIgnoreCase);
        if (!ExpectObject(value))
        {
            return builder.ToImmutable();
        }

        foreach (var member in value.Members)
        {
            var id = member.Name.Trim().ToUpperInvariant();
            if (!_isKnownRuleId(id))
            {
                Problem(member, "config.unknownRule", member.Name);
                continue;
            }

            if (ReadSeverity(member.Value) is { } severity)
            {
                builder[id] = severity;
            }
        }

        return builder.ToImmutable();
    }

    private ImmutableDictionary<string, ReportSeverity> ReadCategories(PositionedJson value)
    {
        var builder = ImmutableDictionary.CreateBuilder<string, ReportSeverity>(StringComparer.OrdinalIgnoreCase);
        if (!ExpectObject(value))
        {
            return builder.ToImmutable();
        }

        foreach (var member in value.Members)
        {
            if (!DiagnosticCategory.IsKnown(member.Name))
            {
                Problem(member, "config.unknownCategory", member.Name, string.Join(", ", DiagnosticCategory.All));
                continue;
            }

            if (ReadSeverity(member.Value) is { } severity)
            {
                builder[member.Name.ToLowerInvariant()] = severity;
            }
        }

        return builder.ToImmutable();
    }

    private ReportSeverity? ReadSeverity(PositionedJson value)
    {
        var text = ExpectString(value);
        if (text is null)
        {
            return null;
        }

        if (ReportSeverityExtensions.TryParse(text, out var severity))
        {
            return severity;
        }

        Problem(value, "config.badSeverity", text, string.Join(", ", ReportSeverityExtensions.Names));
        return null;
    }

    private ImmutableDictionary<string, ImmutableArray<string>> ReadReferences(PositionedJson value)
    {
        var builder = ImmutableDictionary.CreateBuilder<string, ImmutableArray<string>>(StringComparer.OrdinalIgnoreCase);
        if (!ExpectObject(value))
        {
            return builder.ToImmutable();
        }

        foreach (var member in value.Members)
        {
            var id = member.Name.Trim().ToUpperInvariant();
            if (!_isKnownRuleId(id))
            {
                Problem(member, "config.references.unknownRule", member.Name);
                continue;
            }

            builder[id] = member.Value.Kind == PositionedJsonKind.String
                ? [member.Value.StringValue!]
                : ReadStrings(member.Value);
        }

        return builder.ToImmutable();
    }

    /// <summary>
    /// Settings switch their rule on when their section says so (<c>operations.replies: false</c>
    /// turns PL6003 on, a list of <c>operations.shareFrom</c> accounts PL6004), at the rule's default
    /// severity — unless the same layer names the rule.
    /// </summary>
    private ConfigurationLayer EnableRules(ConfigurationLayer layer)
    {
        var rules = layer.Rules;
        foreach (var id in _enabledRules)
        {
            if (_isKnownRuleId(id) && !rules.ContainsKey(id))
            {
                rules = rules.SetItem(id, ReportSeverity.Default);
            }
        }

        return rules == layer.Rules ? layer : layer with { Rules = rules };
    }

    private ConfigurationLayer ReadMecab(PositionedJson value, ConfigurationLayer layer)
    {
        if (!ExpectObject(value))
        {
            return layer;
        }

        foreach (var member in value.Members)
        {
            layer = member.Name switch
            {
                "dicdir" => layer with { MecabDicdir = ExpectString(member.Value) },
                _ => Unknown(member, ["dicdir"], layer),
            };
        }

        return layer;
    }

    private ImmutableArray<string> ReadStrings(PositionedJson value) => [.. ReadStringItems(value).Select(static pair => pair.Text)];

    private List<(string Text, PositionedJson Item)> ReadStringItems(PositionedJson value)
    {
        var result = new List<(string, PositionedJson)>();
        if (value.Kind != PositionedJsonKind.Array)
        {
            Problem(value, "config.expectedStrings", value.KindText);
            return result;
        }

        foreach (var item in value.Items)
        {
            var text = ExpectString(item);
            if (text is not null)
            {
                result.Add((text, item));
            }
        }

        return result;
    }

    private string? ExpectString(PositionedJson value)
    {
        if (value.Kind == PositionedJsonKind.String)
        {
            return value.StringValue;
        }

        Problem(value, "config.expectedString", value.KindText);
        return null;
    }

    /// <summary>An absolute http(s) address under which the rule pages (<c>PL1001.md</c>) are published.</summary>
    private string? ReadDocsUrl(PositionedJson value)
    {
        var text = ExpectString(value);
        if (text is null)
        {
            return null;
        }

        if (!ConfigurationResolver.TryNormalizeDocsUrl(text, out var url))
        {
            Problem(value, "config.docsUrl", text);
            return null;
        }

        return url;
    }

    private ConfigurationLayer ValidateString(PositionedJson value, ConfigurationLayer layer)
    {
        ExpectString(value);
        return layer;
    }

    private bool? ExpectBoolean(PositionedJson value)
    {
        if (value.Kind == PositionedJsonKind.Boolean)
        {
            return value.BooleanValue;
        }

        Problem(value, "config.expectedBoolean", value.KindText);
        return null;
    }

    private bool ExpectObject(PositionedJson value)
    {
        if (value.Kind == PositionedJsonKind.Object)
        {
            return true;
        }

        Problem(value, "config.expectedObject", value.KindText);
        return false;
    }

    private T ProblemAndReturn<T>(PositionedJson at, LocalizedMessage message, T result)
    {
        Problem(at, message);
        return result;
    }

    private void Problem(PositionedJson at, LocalizedMessage message) => _problems.Add(new ConfigurationProblem(message, _path, at.Line, at.Column));

    private void Problem(PositionedJson at, string messageId, params object?[] arguments) => Problem(at, LocalizedMessage.Of(messageId, arguments));

    private void Problem(PositionedJsonMember at, string messageId, params object?[] arguments) =>
        _problems.Add(new ConfigurationProblem(LocalizedMessage.Of(messageId, arguments), _path, at.Line, at.Column));

    /// <summary>The known key closest to a misspelt one (edit distance ≤ 2), for "did you mean".</summary>
    /// <param name="name">The key as written.</param>
    /// <param name="known">The keys allowed where it was written.</param>
    /// <returns>The nearest known key, or null when none is within two edits.</returns>
    public static string? Closest(string name, IReadOnlyList<string> known)
    {
        string? best = null;
        var bestDistance = 3;
        foreach (var candidate in known)
        {
            var distance = EditDistance(name.ToLowerInvariant(), candidate.ToLowerInvariant());
            if (distance < bestDistance)
            {
                bestDistance = distance;
                best = candidate;
            }
        }

        return best;
    }

    private static int EditDistance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
