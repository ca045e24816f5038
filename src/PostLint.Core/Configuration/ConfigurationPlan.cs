using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Text;

namespace PostLint.Configuration;

/// <summary>
/// A resolved configuration that still knows its layers, so that each draft can get its own
/// options: the profile and <c>postlint.json</c> layers, then the <c>overrides</c> entries whose
/// <c>files</c> match the draft (in order: a later entry wins), then the draft's front matter,
/// then the command line. <see cref="For"/> gives the same <see cref="AnalyzerOptions"/> instance
/// for drafts with the same effective settings, so callers can keep one engine per instance.
/// Thread-safe.
/// </summary>
public sealed class ConfigurationPlan
{
    private readonly ConfigurationResolver _resolver;
    private readonly ConcurrentDictionary<string, AnalyzerOptions> _byKey = new(StringComparer.Ordinal);

    internal ConfigurationPlan(ConfigurationResolver resolver, ImmutableArray<ConfigurationLayer> layers, ConfigurationLayer commandLine, ImmutableArray<PathOverride> overrides)
    {
        _resolver = resolver;
        Layers = layers;
        CommandLine = commandLine;
        Overrides = overrides;
        Options = resolver.Merge([.. layers, commandLine]);
        _byKey[string.Empty] = Options;
    }

    /// <summary>The options of a draft that no override matches and that has no front matter.</summary>
    public AnalyzerOptions Options { get; }

    /// <summary>The profile and file layers, in the order they apply.</summary>
    public ImmutableArray<ConfigurationLayer> Layers { get; }

    /// <summary>What the command line sets; it applies last and wins over everything else.</summary>
    public ConfigurationLayer CommandLine { get; }

    /// <summary>Every <c>overrides</c> entry of every layer, in the order they apply.</summary>
    public ImmutableArray<PathOverride> Overrides { get; }

    /// <summary>The overrides entries that apply to a draft path (none for standard input: null).</summary>
    public IEnumerable<PathOverride> Matching(string? path) =>
        path is null ? [] : Overrides.Where(o => o.Matches(path));

    /// <summary>
    /// The options for one draft: <paramref name="path"/> selects the <c>overrides</c> entries,
    /// <paramref name="draftLayer"/> is what the draft's front matter sets (platform, sponsored,
    /// rule severities). Drafts with the same matching entries and the same front matter settings
    /// share one instance.
    /// </summary>
    public AnalyzerOptions For(string? path, ConfigurationLayer? draftLayer = null)
    {
        var key = new StringBuilder();
        var matching = new List<ConfigurationLayer>();
        if (path is not null)
        {
            for (var i = 0; i < Overrides.Length; i++)
            {
                if (Overrides[i].Matches(path))
                {
                    key.Append(i).Append(',');
                    matching.Add(Overrides[i].Settings);
                }
            }
        }

        if (draftLayer is not null)
        {
            key.Append('|').Append(KeyOf(draftLayer));
            matching.Add(draftLayer);
        }

        if (key.Length == 0)
        {
            return Options;
        }

        return _byKey.GetOrAdd(key.ToString(), _ => _resolver.Merge([.. Layers, .. matching, CommandLine]));
    }

    // What a per-draft layer can set, written out: two drafts with the same text here resolve the same.
    private static string KeyOf(ConfigurationLayer layer)
    {
        var key = new StringBuilder();
        key.Append("p=").Append(layer.Platform?.ToString() ?? "-");
        key.Append(";s=").Append(layer.DisclosureRequired switch { true => "1", false => "0", null => "-" });
        key.Append(";r=");
        foreach (var (id, severity) in layer.Rules.OrderBy(static r => r.Key, StringComparer.OrdinalIgnoreCase))
        {
            key.Append(id.ToUpperInvariant()).Append(':').Append(severity).Append(',');
        }

        key.Append(";c=");
        foreach (var (category, severity) in layer.Categories.OrderBy(static r => r.Key, StringComparer.OrdinalIgnoreCase))
        {
            key.Append(category.ToLowerInvariant()).Append(':').Append(severity).Append(',');
        }

        return key.ToString();
    }
}
