using System.Collections.Frozen;
using System.Collections.Immutable;
using PostLint.Diagnostics;
using PostLint.Localization;
using PostLint.Model;

namespace PostLint.Configuration;

/// <summary>What the command line or a host application sets on top of the configuration file.</summary>
public sealed record ConfigurationOverrides
{
    /// <summary>Use this profile as the base instead of what the file <c>extends</c> (<c>--profile</c>).</summary>
    public string? Profile { get; init; }

    /// <summary>Every post needs a disclosure (<c>--sponsored</c>).</summary>
    public bool? Sponsored { get; init; }

    /// <summary>The platform every post is for unless its own metadata says otherwise (<c>--platform</c>).</summary>
    public Platform? Platform { get; init; }

    /// <summary>The MeCab dictionary folder, instead of <c>mecab.dicdir</c> and the search (<c>--mecab-dicdir</c>).</summary>
    public string? MecabDicdir { get; init; }

    /// <summary>Where the engine keeps what it can reuse in the next run (<see cref="AnalyzerOptions.CacheDirectory"/>); null: nothing is kept.</summary>
    public string? CacheDirectory { get; init; }

    /// <summary>
    /// Keys of rule-owned sections set for this run, beating every file: the dotted key
    /// (<c>spelling.suggestions</c>) and its value as JSON (<c>false</c>, <c>"none"</c>,
    /// <c>["a"]</c>). <c>postlint audit</c> turns PL5003's suggestions off this way unless asked.
    /// </summary>
    public ImmutableDictionary<string, string> SectionValues { get; init; } = ImmutableDictionary<string, string>.Empty;

    /// <summary>Where the rule pages are published (<c>--docs-url</c>); beats the file's <c>docsUrl</c>.</summary>
    public string? DocsUrl { get; init; }

    /// <summary>Rule ids or prefixes to select (<c>--select</c>): the other rules are off.</summary>
    public ImmutableArray<string> Select { get; init; } = [];

    /// <summary>Rule ids or prefixes to turn off (<c>--ignore</c>).</summary>
    public ImmutableArray<string> Ignore { get; init; } = [];
}

/// <summary>
/// Turns configuration layers into <see cref="AnalyzerOptions"/>. Order: the profiles a layer
/// extends, then the layer itself, then the command line. Severity precedence follows Roslyn: in
/// each layer a rule-id entry beats a category entry, which beats what earlier layers (the
/// profile) said; a category entry does not switch on a rule the profile leaves off — name the
/// rule id for that. Scalars of later layers replace earlier ones; lists add to them.
/// </summary>
public sealed class ConfigurationResolver
{
    /// <summary>The profile used when neither the file nor the command line names one.</summary>
    public const string DefaultProfile = "recommended";

    /// <summary>
    /// Checks a docs base address (absolute http or https) and gives it a trailing slash, so that
    /// <c>PL1001.md</c> can be appended.
    /// </summary>
    public static bool TryNormalizeDocsUrl(string text, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? url)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (Uri.TryCreate(text.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && uri.Host.Length > 0)
        {
            url = uri.AbsoluteUri.EndsWith('/') ? uri.AbsoluteUri : uri.AbsoluteUri + "/";
            return true;
        }

        url = null;
        return false;
    }

    private readonly IReadOnlyList<IProfileProvider> _profiles;
    private readonly FrozenDictionary<string, DiagnosticDescriptor> _descriptors;
    private readonly ImmutableArray<OptionSection> _sections;

    /// <summary>A resolver that knows the given profiles and rules; the engine's PL0001–PL0004 are always known.</summary>
    /// <param name="profiles">Where named profiles come from; the sections they declare are known.</param>
    /// <param name="descriptors">The rules that exist (their ids may be configured).</param>
    public ConfigurationResolver(IEnumerable<IProfileProvider> profiles, IEnumerable<DiagnosticDescriptor> descriptors)
        : this(profiles, descriptors, [])
    {
    }

    /// <summary>A resolver that also accepts the given rule-owned sections of <c>postlint.json</c>.</summary>
    /// <param name="profiles">Where named profiles come from; the sections they declare are known.</param>
    /// <param name="descriptors">The rules that exist (their ids may be configured).</param>
    /// <param name="sections">
    /// The rule-owned sections the configuration may write (the analyzers' <c>OptionSections</c>),
    /// besides those the profile providers declare.
    /// </param>
    public ConfigurationResolver(IEnumerable<IProfileProvider> profiles, IEnumerable<DiagnosticDescriptor> descriptors, IEnumerable<OptionSection> sections)
    {
        ArgumentNullException.ThrowIfNull(profiles);
        ArgumentNullException.ThrowIfNull(descriptors);
        ArgumentNullException.ThrowIfNull(sections);
        _profiles = [.. profiles];
        // The engine's own diagnostics (PL0001-PL0003) can be configured like any rule.
        _descriptors = EngineDiagnostics.All.Concat(descriptors).DistinctBy(static d => d.Id).ToFrozenDictionary(static d => d.Id, StringComparer.OrdinalIgnoreCase);
        // One section per name: rules that share a section reference one declaration.
        _sections = [.. sections.Concat(_profiles.SelectMany(static p => p.OptionSections)).DistinctBy(static s => s.Name, StringComparer.Ordinal)];
    }

    /// <summary>The rule-owned sections this resolver reads (one per name).</summary>
    public ImmutableArray<OptionSection> Sections => _sections;

    /// <summary>Every profile name the providers know, without duplicates.</summary>
    public IEnumerable<string> ProfileNames => _profiles.SelectMany(static p => p.ProfileNames).Distinct(StringComparer.OrdinalIgnoreCase);

    /// <summary>True when configuration may name rule <paramref name="id"/> (ignoring case).</summary>
    public bool IsKnownRuleId(string id) => _descriptors.ContainsKey(id);

    /// <summary>Reads a configuration file and resolves it; problems are PL0002.</summary>
    public AnalyzerOptions ResolveFile(string? path, ConfigurationOverrides overrides, out IReadOnlyList<ConfigurationProblem> problems)
    {
        var collected = new List<ConfigurationProblem>();
        ConfigurationLayer? layer = null;
        if (path is not null)
        {
            layer = ReadFile(path, collected);
        }

        var options = Resolve(layer, overrides, collected);
        problems = collected;
        return options;
    }

    /// <summary>Resolves an already-read layer (null: the profile alone).</summary>
    public AnalyzerOptions Resolve(ConfigurationLayer? layer, ConfigurationOverrides overrides, List<ConfigurationProblem> problems) =>
        Plan(layer, overrides, problems).Options;

    /// <summary>Reads a configuration file and keeps what each draft needs: its per-path overrides and the command line.</summary>
    public ConfigurationPlan PlanFile(string? path, ConfigurationOverrides overrides, out IReadOnlyList<ConfigurationProblem> problems)
    {
        var collected = new List<ConfigurationProblem>();
        var layer = path is null ? null : ReadFile(path, collected);
        var plan = Plan(layer, overrides, collected);
        problems = collected;
        return plan;
    }

    /// <summary>
    /// Resolves an already-read layer as <c>Resolve</c> does, and keeps the layers, so that a
    /// draft's per-path <c>overrides</c> and front matter can be put between the file and the
    /// command line (<see cref="ConfigurationPlan.For"/>).
    /// </summary>
    public ConfigurationPlan Plan(ConfigurationLayer? layer, ConfigurationOverrides overrides, List<ConfigurationProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(overrides);
        ArgumentNullException.ThrowIfNull(problems);
        var ordered = new List<ConfigurationLayer>();
        var visiting = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        if (overrides.Profile is not null)
        {
            AddProfile(new PositionedValue<string>(overrides.Profile, 0, 0), "command line", ordered, visiting, problems);
            if (layer is not null)
            {
                // --profile replaces what the file extends; the file's own settings still apply.
                ordered.Add(layer);
            }
        }
        else if (layer is not null)
        {
            if (layer.Extends.IsEmpty)
            {
                AddProfile(new PositionedValue<string>(DefaultProfile, 0, 0), layer.Origin, ordered, visiting, problems);
                ordered.Add(layer);
            }
            else
            {
                AddWithBases(layer, ordered, visiting, problems);
            }
        }
        else
        {
            AddProfile(new PositionedValue<string>(DefaultProfile, 0, 0), "default", ordered, visiting, problems);
        }

        var commandLine = new ConfigurationLayer
        {
            Origin = "command line",
            DisclosureRequired = overrides.Sponsored == true ? true : null,
            Platform = overrides.Platform,
            MecabDicdir = overrides.MecabDicdir,
            CacheDirectory = overrides.CacheDirectory,
            SectionJson = CommandLineSections(overrides.SectionValues),
            DocsUrl = overrides.DocsUrl,
            Select = overrides.Select,
            Ignore = overrides.Ignore,
        };

        return new ConfigurationPlan(this, [.. ordered], commandLine, [.. ordered.SelectMany(static l => l.Overrides)]);
    }

    /// <summary>The command line's section keys as one JSON object per section, as a file would write them.</summary>
    private static ImmutableDictionary<string, PositionedJson> CommandLineSections(ImmutableDictionary<string, string> values)
    {
        var sections = ImmutableDictionary.CreateBuilder<string, PositionedJson>(StringComparer.Ordinal);
        foreach (var group in values.GroupBy(static v => v.Key.Split('.', 2)[0], StringComparer.Ordinal))
        {
            var members = ImmutableArray.CreateBuilder<PositionedJsonMember>();
            foreach (var (key, value) in group.OrderBy(static v => v.Key, StringComparer.Ordinal))
            {
                var dot = key.IndexOf('.', StringComparison.Ordinal);
                if (dot <= 0 || dot == key.Length - 1)
                {
                    throw new ArgumentException($"'{key}' is not a dotted section key (section.key)", nameof(values));
                }

                members.Add(new PositionedJsonMember(key[(dot + 1)..], 0, 0, PositionedJson.Parse(System.Text.Encoding.UTF8.GetBytes(value))));
            }

            sections[group.Key] = PositionedJson.ObjectOf(0, 0, members.ToImmutable());
        }

        return sections.ToImmutable();
    }

    private void AddWithBases(ConfigurationLayer layer, List<ConfigurationLayer> ordered, HashSet<string> visiting, List<ConfigurationProblem> problems)
    {
        if (!visiting.Add(layer.Origin))
        {
            problems.Add(new ConfigurationProblem(LocalizedMessage.Of("config.extends.cycle", layer.Origin), layer.Origin));
            return;
        }

        foreach (var baseName in layer.Extends)
        {
            if (LooksLikePath(baseName.Value))
            {
                var full = Path.GetFullPath(Path.Combine(layer.BaseDirectory ?? Directory.GetCurrentDirectory(), baseName.Value));
                if (!File.Exists(full))
                {
                    problems.Add(new ConfigurationProblem(LocalizedMessage.Of("config.extends.missing", baseName.Value, full), layer.Origin, baseName.Line, baseName.Column));
                    continue;
                }

                try
                {
                    IO.BoundedFile.Check(full, IO.BoundedFile.MaxConfigurationBytes, LocalizedMessage.Of("file.what.extended"));
                }
                catch (IO.FileRefusedException e)
                {
                    problems.Add(new ConfigurationProblem(IO.BoundedFile.ReasonOf(e), layer.Origin, baseName.Line, baseName.Column));
                    continue;
                }

                var baseLayer = ReadFile(full, problems);
                if (baseLayer is not null)
                {
                    AddWithBases(baseLayer, ordered, visiting, problems);
                }
            }
            else
            {
                AddProfile(baseName, layer.Origin, ordered, visiting, problems);
            }
        }

        ordered.Add(layer);
        visiting.Remove(layer.Origin);
    }

    private void AddProfile(PositionedValue<string> name, string origin, List<ConfigurationLayer> ordered, HashSet<string> visiting, List<ConfigurationProblem> problems)
    {
        foreach (var provider in _profiles)
        {
            if (provider.TryGetProfile(name.Value, out var json))
            {
                var reader = new ConfigurationReader(IsKnownRuleId, _sections);
                var layer = reader.Read(json.Span, "profile:" + name.Value.ToLowerInvariant(), out var profileProblems);
                problems.AddRange(profileProblems);
                AddWithBases(layer with { BaseDirectory = null, Name = layer.Name ?? name.Value.ToLowerInvariant() }, ordered, visiting, problems);
                return;
            }
        }

        var known = string.Join(", ", ProfileNames);
        problems.Add(new ConfigurationProblem(
            known.Length == 0
                ? LocalizedMessage.Of("config.unknownProfile.none", name.Value)
                : LocalizedMessage.Of("config.unknownProfile", name.Value, known),
            origin,
            name.Line,
            name.Column));
    }

    private ConfigurationLayer? ReadFile(string path, List<ConfigurationProblem> problems)
    {
        byte[] bytes;
        try
        {
            // A regular file of at most 1 MB, checked before it is opened: a named pipe or a device
            // named as postlint.json or in 'extends' must not block the run or fill the memory.
            bytes = IO.BoundedFile.ReadAllBytes(path, IO.BoundedFile.MaxConfigurationBytes, LocalizedMessage.Of("file.what.configuration"));
        }
        catch (IO.FileRefusedException e)
        {
            problems.Add(new ConfigurationProblem(IO.BoundedFile.ReasonOf(e), path));
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            problems.Add(new ConfigurationProblem(LocalizedMessage.Of("config.cannotRead", e.Message), path));
            return null;
        }

        var reader = new ConfigurationReader(IsKnownRuleId, _sections);
        var layer = reader.Read(bytes, path, out var fileProblems);
        problems.AddRange(fileProblems);
        foreach (var lexicon in layer.Lexicons)
        {
            var full = Path.GetFullPath(Path.Combine(layer.BaseDirectory ?? Directory.GetCurrentDirectory(), lexicon));
            var kind = IO.FileKinds.Of(full);
            if (kind == IO.FileKind.Missing)
            {
                problems.Add(new ConfigurationProblem(LocalizedMessage.Of("config.lexicon.missing", lexicon, full), path));
            }
            else if (kind != IO.FileKind.Regular)
            {
                problems.Add(new ConfigurationProblem(LocalizedMessage.Of("config.lexicon.notRegular", lexicon, full, IO.FileKinds.DescribeText(kind)), path));
            }
            else if (new FileInfo(full).Length is var length && length > IO.BoundedFile.MaxConfigurationBytes)
            {
                problems.Add(new ConfigurationProblem(LocalizedMessage.Of("config.lexicon.tooLarge", lexicon, full, IO.InputLimits.DescribeBytes(length), IO.InputLimits.DescribeBytes(IO.BoundedFile.MaxConfigurationBytes)), path));
            }
        }

        return layer;
    }

    private static bool LooksLikePath(string value) =>
        value.EndsWith(".json", StringComparison.OrdinalIgnoreCase) || value.Contains('/', StringComparison.Ordinal) || value.Contains('\\', StringComparison.Ordinal);

    /// <summary>
    /// Merges the given layers exactly, in order, without loading any profile or following
    /// <c>extends</c> (for hosts and tests that build their configuration in code).
    /// </summary>
    public AnalyzerOptions Merge(IEnumerable<ConfigurationLayer> layers)
    {
        ArgumentNullException.ThrowIfNull(layers);
        var severities = new Dictionary<string, ReportSeverity>(StringComparer.OrdinalIgnoreCase);
        foreach (var descriptor in _descriptors.Values)
        {
            severities[descriptor.Id] = descriptor.IsEnabledByDefault ? descriptor.DefaultSeverity.ToReportSeverity() : ReportSeverity.None;
        }

        var references = new Dictionary<string, ImmutableArray<string>>(StringComparer.OrdinalIgnoreCase);
        string? profile = null;
        string? title = null;
        string? docsUrl = null;
        Platform platform = Platform.X;
        var required = false;
        var sourceTags = new List<string>();
        var variants = new List<string>();
        var lexicons = new List<string>();
        var words = new List<string>();
        string? dicdir = null;
        string? cacheDirectory = null;
        var sectionJson = new Dictionary<string, PositionedJson>(StringComparer.Ordinal);

        foreach (var layer in layers)
        {
            foreach (var (name, json) in layer.SectionJson)
            {
                sectionJson[name] = sectionJson.TryGetValue(name, out var earlier) ? PositionedJson.Merge(earlier, json) : json;
            }

            if (layer.Origin.StartsWith("profile:", StringComparison.Ordinal))
            {
                profile = layer.Name;
                title = layer.Title ?? title;
            }

            ApplySeverities(layer, severities);
            foreach (var (id, refs) in layer.References)
            {
                references[id] = refs;
            }

            platform = layer.Platform ?? platform;
            cacheDirectory = layer.CacheDirectory ?? cacheDirectory;
            docsUrl = layer.DocsUrl ?? docsUrl;
            required = layer.DisclosureRequired ?? required;
            AddDistinct(sourceTags, layer.SourceTags);
            AddDistinct(variants, layer.SourceTagVariants);
            AddDistinct(lexicons, layer.Lexicons.Select(l => Path.GetFullPath(Path.Combine(layer.BaseDirectory ?? Directory.GetCurrentDirectory(), l))));
            AddDistinct(words, layer.Words);

            // "none" switches a dictionary off; it is not a path next to the configuration file.
            dicdir = layer.MecabDicdir is null ? dicdir : AnalyzerOptions.IsNoDictionary(layer.MecabDicdir) ? layer.MecabDicdir : ResolvePath(layer, layer.MecabDicdir);
        }

        return new AnalyzerOptions
        {
            Profile = profile,
            ProfileTitle = title,
            DocsUrl = docsUrl,
            Platform = platform,
            DisclosureRequired = required,
            SourceTags = [.. sourceTags],
            SourceTagVariants = [.. variants],
            Lexicons = [.. lexicons],
            Words = [.. words],
            MecabDicdir = dicdir,
            CacheDirectory = cacheDirectory,
            RuleSeverities = severities.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase),
            References = references.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase),
            SectionValues = ReadSections(sectionJson),
            SectionJson = sectionJson.ToFrozenDictionary(StringComparer.Ordinal),
        };
    }

    // Each known section read once from its merged JSON: problems were reported per file when the
    // layers were read, with their positions; here bad values are left out as they were there.
    private FrozenDictionary<OptionSection, object> ReadSections(Dictionary<string, PositionedJson> sectionJson)
    {
        var values = new Dictionary<OptionSection, object>(_sections.Length);
        foreach (var section in _sections)
        {
            values[section] = sectionJson.TryGetValue(section.Name, out var json)
                ? section.ReadValue(json, null, null)
                : section.DefaultValue;
        }

        return values.ToFrozenDictionary();
    }

    private void ApplySeverities(ConfigurationLayer layer, Dictionary<string, ReportSeverity> severities)
    {
        if (!layer.Categories.IsEmpty)
        {
            foreach (var descriptor in _descriptors.Values)
            {
                if (layer.Rules.ContainsKey(descriptor.Id) ||
                    !layer.Categories.TryGetValue(descriptor.Category, out var categorySeverity))
                {
                    continue;
                }

                // Bulk settings change the level of rules that are on; they never switch a rule on.
                var current = severities[descriptor.Id];
                if (current != ReportSeverity.None || categorySeverity == ReportSeverity.None)
                {
                    severities[descriptor.Id] = Resolve(categorySeverity, descriptor);
                }
            }
        }

        foreach (var (id, severity) in layer.Rules)
        {
            if (_descriptors.TryGetValue(id, out var descriptor))
            {
                severities[descriptor.Id] = Resolve(severity, descriptor);
            }
        }

        if (layer.Select.IsEmpty && layer.Ignore.IsEmpty)
        {
            return;
        }

        foreach (var descriptor in _descriptors.Values)
        {
            switch (RuleSelection.Decide(descriptor.Id, layer.Select, layer.Ignore))
            {
                case RuleSelection.Decision.Off:
                    severities[descriptor.Id] = ReportSeverity.None;
                    break;
                case RuleSelection.Decision.On when severities[descriptor.Id] == ReportSeverity.None:
                    // Selecting a rule by name switches it on, as Ruff's --select does.
                    severities[descriptor.Id] = descriptor.DefaultSeverity.ToReportSeverity();
                    break;
            }
        }
    }

    // "default" means the rule's own default severity.
    private static ReportSeverity Resolve(ReportSeverity severity, DiagnosticDescriptor descriptor) =>
        severity == ReportSeverity.Default ? descriptor.DefaultSeverity.ToReportSeverity() : severity;

    private static string ResolvePath(ConfigurationLayer layer, string path) =>
        layer.BaseDirectory is null ? path : Path.GetFullPath(Path.Combine(layer.BaseDirectory, path));

    private static void AddDistinct<T>(List<T> target, IEnumerable<T> items)
    {
        foreach (var item in items)
        {
            if (!target.Contains(item))
            {
                target.Add(item);
            }
        }
    }
}

/// <summary>Finds <c>postlint.json</c> by walking up from a folder.</summary>
public static class ConfigurationFileLocator
{
    /// <summary>The configuration file's name, <c>postlint.json</c>.</summary>
    public const string FileName = "postlint.json";

    /// <summary>The nearest <c>postlint.json</c> in <paramref name="startDirectory"/> or a folder above it, or null when there is none.</summary>
    public static string? Find(string startDirectory)
    {
        for (var dir = new DirectoryInfo(startDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, FileName);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
