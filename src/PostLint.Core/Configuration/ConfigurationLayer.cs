using System.Collections.Immutable;
using PostLint.Diagnostics;
using PostLint.Model;

namespace PostLint.Configuration;

/// <summary>
/// One layer of configuration as written in a file (a profile, a <c>postlint.json</c>, the
/// command line): every value is optional. Layers are merged by <see cref="ConfigurationResolver"/>:
/// scalar values of a later layer replace earlier ones; lists add to them.
/// </summary>
public sealed record ConfigurationLayer
{
    /// <summary>Where the layer was read from (a file path, <c>profile:ishinomaki</c>, <c>command line</c>).</summary>
    public string Origin { get; init; } = "configuration";

    /// <summary>The folder relative paths in this layer are resolved against.</summary>
    public string? BaseDirectory { get; init; }

    /// <summary>Profiles or files this layer builds on, in order.</summary>
    public ImmutableArray<PositionedValue<string>> Extends { get; init; } = [];

    /// <summary><c>name</c>: the configuration's or profile's name, for <c>--print-config</c>; null when not set.</summary>
    public string? Name { get; init; }

    /// <summary><c>title</c>: a human-readable title (a profile's city and guideline); null when not set.</summary>
    public string? Title { get; init; }

    /// <summary><c>platform</c>: the platform posts are for unless their metadata says otherwise; null when this layer does not set it.</summary>
    public Platform? Platform { get; init; }

    /// <summary><c>disclosure.required</c>: every post needs a sponsorship disclosure (as <c>--sponsored</c>); null when this layer does not set it.</summary>
    public bool? DisclosureRequired { get; init; }

    /// <summary><c>disclosure.sourceTags</c>: the hashtags that name the city as the source (<c>#石巻市</c>), without their sign; added to earlier layers'.</summary>
    public ImmutableArray<string> SourceTags { get; init; } = [];

    /// <summary><c>disclosure.sourceTagVariants</c>: spellings of a source tag that PL1009 asks to replace with the canonical one.</summary>
    public ImmutableArray<string> SourceTagVariants { get; init; } = [];

    /// <summary>Where the rule pages are published (<c>docsUrl</c>, <c>--docs-url</c>), ending in a slash.</summary>
    public string? DocsUrl { get; init; }

    /// <summary><c>rules</c>: severities by rule id (ignoring case); a later layer's entry replaces an earlier one's.</summary>
    public ImmutableDictionary<string, ReportSeverity> Rules { get; init; } = ImmutableDictionary<string, ReportSeverity>.Empty;

    /// <summary><c>categories</c>: severities by category name (<see cref="Diagnostics.DiagnosticCategory"/>); a rule's own entry wins.</summary>
    public ImmutableDictionary<string, ReportSeverity> Categories { get; init; } = ImmutableDictionary<string, ReportSeverity>.Empty;

    /// <summary><c>references</c>: the guideline clauses to show with each rule's findings, by rule id, instead of the descriptor's.</summary>
    public ImmutableDictionary<string, ImmutableArray<string>> References { get; init; } = ImmutableDictionary<string, ImmutableArray<string>>.Empty;

    /// <summary><c>lexicons</c>: lexicon files for the content rules, relative to <see cref="BaseDirectory"/>.</summary>
    public ImmutableArray<string> Lexicons { get; init; } = [];

    /// <summary><c>words</c>: words the spelling rule accepts (place names, the city's own words).</summary>
    public ImmutableArray<string> Words { get; init; } = [];

    /// <summary>
    /// Per-path settings (<c>overrides</c>), applied in order after every layer to the drafts whose
    /// path matches: a later entry wins over an earlier one.
    /// </summary>
    public ImmutableArray<PathOverride> Overrides { get; init; } = [];

    /// <summary><c>mecab.dicdir</c>: the MeCab dictionary folder, relative to <see cref="BaseDirectory"/>; null to search for one.</summary>
    public string? MecabDicdir { get; init; }

    /// <summary>The cache folder of the run (command line only: no configuration file sets it).</summary>
    internal string? CacheDirectory { get; init; }

    /// <summary>
    /// Rule ids or id prefixes (<c>PL3</c>) this layer selects (<c>--select</c>): every other rule is
    /// off, and a selected rule that was off comes on at its default severity. Empty: no selection.
    /// </summary>
    public ImmutableArray<string> Select { get; init; } = [];

    /// <summary>Rule ids or id prefixes this layer turns off (<c>--ignore</c>); a longer selector beats a shorter one.</summary>
    public ImmutableArray<string> Ignore { get; init; } = [];

    /// <summary>
    /// The rule-owned sections this layer writes (<see cref="OptionSection"/>), by name, as written:
    /// they are read into typed values when the layers are merged.
    /// </summary>
    internal ImmutableDictionary<string, PositionedJson> SectionJson { get; init; } = ImmutableDictionary<string, PositionedJson>.Empty;

    /// <summary>The names of the rule-owned sections this layer writes.</summary>
    public IEnumerable<string> SectionNames => SectionJson.Keys;

    /// <summary>
    /// This layer with a rule-owned section set from JSON (<c>{ "renamedDepartments": { … } }</c>),
    /// for configurations built in code; a section already set is replaced. The JSON is read when
    /// the layers are merged, for the sections the resolver knows; problems in it are dropped there,
    /// so check a configuration a user wrote with <see cref="ConfigurationReader"/> instead.
    /// </summary>
    /// <exception cref="System.Text.Json.JsonException">The text is not JSON.</exception>
    public ConfigurationLayer WithSection(string name, string json)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(json);
        return this with { SectionJson = SectionJson.SetItem(name, PositionedJson.Parse(System.Text.Encoding.UTF8.GetBytes(json)).WithBaseDirectory(BaseDirectory)) };
    }

    /// <summary>True when this layer writes <paramref name="key"/> of the rule-owned section <paramref name="section"/>.</summary>
    public bool SetsSectionKey(string section, string key) =>
        SectionJson.TryGetValue(section, out var json) && json.Members.Any(m => m.Name == key);

    /// <summary>
    /// The line each key was written on, by its dotted path (<c>platform</c>, <c>disclosure.required</c>,
    /// <c>rules.PL1001</c>), so that <c>--print-config</c> can say where a value came from.
    /// </summary>
    public ImmutableDictionary<string, int> KeyLines { get; init; } = ImmutableDictionary<string, int>.Empty;
}

/// <summary>A day of the year without a year (12月29日), for closures that come back every year.</summary>
/// <param name="Month">The month, 1 to 12.</param>
/// <param name="Day">The day of the month, 1 to 31.</param>
public readonly record struct AnnualDate(int Month, int Day)
{
    /// <summary>True when <paramref name="date"/> falls on this day of the year, whatever its year.</summary>
    public bool Matches(DateOnly date) => date.Month == Month && date.Day == Day;

    /// <summary>The day as configuration writes it (<c>12-29</c>).</summary>
    public override string ToString() => $"{Month:00}-{Day:00}";
}

/// <summary>A value with the position it was written at, for error messages.</summary>
/// <param name="Value">The value as read.</param>
/// <param name="Line">The 1-based line it was written on, or 0 when it comes from no file.</param>
/// <param name="Column">The 1-based column, or 0 when it comes from no file.</param>
public readonly record struct PositionedValue<T>(T Value, int Line, int Column);
