using System.Collections.Frozen;
using System.Collections.Immutable;
using PostLint.Diagnostics;
using PostLint.Model;

namespace PostLint.Configuration;

/// <summary>
/// The effective configuration of one engine: the profile and <c>postlint.json</c> layers merged,
/// severities resolved for every rule. Rules read the engine's settings (platform, source tags,
/// business hours…) from its properties and the sections they own (<c>links</c>, <c>privacy</c>,
/// a city's own) with <see cref="Get{T}(OptionSection{T})"/>. Immutable and shared by all threads.
/// </summary>
public sealed class AnalyzerOptions
{
    internal AnalyzerOptions()
    {
    }

    /// <summary>Options with nothing configured: every rule at its default severity, platform X.</summary>
    public static AnalyzerOptions Empty { get; } = new();

    /// <summary>The profile the configuration extends (ishinomaki, joetsu, mine, recommended), if any.</summary>
    public string? Profile { get; init; }

    /// <summary>The guideline the profile encodes, for reports.</summary>
    public string? ProfileTitle { get; init; }

    /// <summary>The platform posts are checked for when the post itself does not say.</summary>
    public Platform Platform { get; init; } = Platform.X;

    /// <summary>Every post is sponsored work and needs a disclosure (PL1004).</summary>
    public bool DisclosureRequired { get; init; }

    /// <summary>The source tags of the disclosure pair, without sign (石巻市).</summary>
    public ImmutableArray<string> SourceTags { get; init; } = [];

    /// <summary>Variants of the source tag people write by mistake (石巻, いしのまき, Ishinomaki).</summary>
    public ImmutableArray<string> SourceTagVariants { get; init; } = [];

    /// <summary>
    /// Where the rule pages are published (<c>docsUrl</c> or <c>--docs-url</c>, ending in a slash), or
    /// null: reports then carry no help link, and <c>postlint explain PLxxxx</c> prints the page
    /// shipped with the tool.
    /// </summary>
    public string? DocsUrl { get; init; }

    /// <summary>The help link of a rule: its own absolute link, else <see cref="DocsUrl"/> + <c>PL1001.md</c>, else null.</summary>
    public string? GetHelpUri(DiagnosticDescriptor descriptor)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        if (Uri.TryCreate(descriptor.HelpLinkUri, UriKind.Absolute, out var own) && own.Scheme is "http" or "https")
        {
            return descriptor.HelpLinkUri;
        }

        return DocsUrl is null ? null : DocsUrl + descriptor.Id + ".md";
    }

    /// <summary>Lexicon files (absolute paths) for the content rules.</summary>
    public ImmutableArray<string> Lexicons { get; init; } = [];

    /// <summary>Words the spelling rule accepts (place names and the user's words).</summary>
    public ImmutableArray<string> Words { get; init; } = [];

    /// <summary>The MeCab dictionary folder to use (an absolute path, or <c>none</c>), or null to search for one.</summary>
    public string? MecabDicdir { get; init; }

    /// <summary>
    /// A folder where the engine keeps what it derives from the dictionary and can reuse in the
    /// next run (the lexicons' morpheme keys, <c>lexicon-keys-*.bin</c>), or null to keep nothing.
    /// It makes the first post of a short-lived process fast (the CLI sets it); a long-running host
    /// builds its engines once and needs none. Never read from a configuration file.
    /// </summary>
    public string? CacheDirectory { get; init; }

    /// <summary>The value of <c>mecab.dicdir</c> and <c>spelling.dictionary</c> that switches a dictionary off.</summary>
    public const string NoDictionary = "none";

    /// <summary>True when a configured dictionary (<see cref="MecabDicdir"/>, PL5003's <c>spelling.dictionary</c>) is <c>none</c>, in any case: no dictionary, and no search for one.</summary>
    public static bool IsNoDictionary(string? configured) => string.Equals(configured, NoDictionary, StringComparison.OrdinalIgnoreCase);

    /// <summary>The resolved severity of every known rule (never <see cref="ReportSeverity.Default"/>).</summary>
    public FrozenDictionary<string, ReportSeverity> RuleSeverities { get; init; } = FrozenDictionary<string, ReportSeverity>.Empty;

    /// <summary>Guideline references configured per rule id (profiles name the clause of their city).</summary>
    public FrozenDictionary<string, ImmutableArray<string>> References { get; init; } = FrozenDictionary<string, ImmutableArray<string>>.Empty;

    /// <summary>The typed value of every section the resolver knew, read once from the merged layers.</summary>
    internal FrozenDictionary<OptionSection, object> SectionValues { get; init; } = FrozenDictionary<OptionSection, object>.Empty;

    /// <summary>The merged JSON of every section the layers wrote, for <see cref="DescribeSectionKey"/>.</summary>
    internal FrozenDictionary<string, PositionedJson> SectionJson { get; init; } = FrozenDictionary<string, PositionedJson>.Empty;

    /// <summary>
    /// The value of a rule-owned section (profile and file layers merged: lists add, scalars
    /// replace), or its <see cref="OptionSection{T}.Default"/> when no layer writes it or the
    /// resolver was not told about the section. Read it in <see cref="Analysis.PostAnalyzer.Initialize"/>,
    /// once per engine: the value is built when the configuration is resolved, so this is a lookup.
    /// </summary>
    public T Get<T>(OptionSection<T> section)
        where T : notnull
    {
        ArgumentNullException.ThrowIfNull(section);
        return SectionValues.TryGetValue(section, out var value) ? (T)value : section.Default;
    }

    /// <summary>
    /// What the merged configuration writes for one key of a rule-owned section, in short
    /// (<c>a, b</c> for a list, <c>true</c>, a string, <c>k: v</c> pairs), or null when no layer
    /// writes it: for <c>--print-config</c>.
    /// </summary>
    public SectionSetting? DescribeSectionKey(string section, string key)
    {
        ArgumentNullException.ThrowIfNull(section);
        ArgumentNullException.ThrowIfNull(key);
        if (!SectionJson.TryGetValue(section, out var json))
        {
            return null;
        }

        PositionedJson? value = null;
        foreach (var member in json.Members)
        {
            if (member.Name == key)
            {
                value = member.Value;
            }
        }

        return value is null ? null : new SectionSetting(Describe(value), value.Kind is PositionedJsonKind.Array or PositionedJsonKind.Object);
    }

    private static string Describe(PositionedJson value) => value.Kind switch
    {
        PositionedJsonKind.Array => string.Join(", ", value.Items.Select(Describe)),
        PositionedJsonKind.Object => string.Join(", ", value.Members.Select(static m => m.Name + ": " + Describe(m.Value))),
        _ => value.ToString(),
    };

    /// <summary>The configured severity of a rule; rules the configuration never saw keep their descriptor default.</summary>
    public ReportSeverity GetSeverity(DiagnosticDescriptor descriptor)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        if (RuleSeverities.TryGetValue(descriptor.Id, out var severity))
        {
            return severity;
        }

        return descriptor.IsEnabledByDefault ? descriptor.DefaultSeverity.ToReportSeverity() : ReportSeverity.None;
    }

    /// <summary>The severity diagnostics of this rule get, or null when the rule is off.</summary>
    public DiagnosticSeverity? GetEffectiveSeverity(DiagnosticDescriptor descriptor) =>
        GetSeverity(descriptor).ToDiagnosticSeverity(descriptor.DefaultSeverity);

    /// <summary>The guideline clauses shown with the findings of <paramref name="descriptor"/>: the configured <c>references</c>, else the descriptor's.</summary>
    public ImmutableArray<string> GetReferences(DiagnosticDescriptor descriptor)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        return References.TryGetValue(descriptor.Id, out var references) ? references : descriptor.References;
    }
}

/// <summary>What a key of a rule-owned section is set to, in short, and whether layers add to it (a list or an object) rather than replace it.</summary>
public sealed record SectionSetting(string Text, bool IsList);
