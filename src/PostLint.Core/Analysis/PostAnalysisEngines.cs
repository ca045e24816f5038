using System.Collections.Concurrent;
using PostLint.Configuration;
using PostLint.Morphemes;

namespace PostLint.Analysis;

/// <summary>
/// The engines of a run whose drafts do not all share one configuration (per-path
/// <c>overrides</c>, front matter): one engine per distinct effective configuration, built the
/// first time a draft needs it and reused for every later draft with the same settings, so a
/// folder of a thousand drafts in three configurations builds three engines. Thread-safe.
/// </summary>
public sealed class PostAnalysisEngines
{
    private readonly IReadOnlyList<PostAnalyzer> _analyzers;
    private readonly MorphemeAnalyzerProvider? _morphology;
    private readonly ConcurrentDictionary<AnalyzerOptions, Lazy<PostAnalysisEngine>> _engines = new(ReferenceEqualityComparer.Instance);

    /// <summary>The engines of a run over <paramref name="analyzers"/> and the configuration plan of its drafts.</summary>
    /// <param name="analyzers">Every analyzer of the run; each engine initializes them with its own options.</param>
    /// <param name="plan">The resolved configuration and its per-path overrides.</param>
    /// <param name="defaultEngine">An engine already built for <c>plan.Options</c>, to reuse; null to build one.</param>
    /// <param name="morphology">The morphological analyzers of every engine (see <see cref="PostAnalysisEngine(IEnumerable{PostAnalyzer}, AnalyzerOptions?, MorphemeAnalyzerProvider?)"/>); null: <paramref name="defaultEngine"/>'s, or none.</param>
    public PostAnalysisEngines(IEnumerable<PostAnalyzer> analyzers, ConfigurationPlan plan, PostAnalysisEngine? defaultEngine = null, MorphemeAnalyzerProvider? morphology = null)
    {
        ArgumentNullException.ThrowIfNull(analyzers);
        ArgumentNullException.ThrowIfNull(plan);
        _analyzers = [.. analyzers];
        Plan = plan;
        _morphology = morphology ?? defaultEngine?.Morphology;
        Default = defaultEngine ?? new PostAnalysisEngine(_analyzers, plan.Options, _morphology);
        _engines[Default.Options] = new Lazy<PostAnalysisEngine>(Default);
    }

    /// <summary>The configuration plan the engines are built from.</summary>
    public ConfigurationPlan Plan { get; }

    /// <summary>The engine of drafts that no override matches and that have no front matter settings.</summary>
    public PostAnalysisEngine Default { get; }

    /// <summary>How many distinct engines have been built so far.</summary>
    public int Count => _engines.Count;

    /// <summary>
    /// The engine for one draft (<paramref name="path"/> null for standard input).
    /// </summary>
    /// <exception cref="ConfigurationException">The draft's configuration cannot be used (PL0002).</exception>
    public PostAnalysisEngine For(string? path, ConfigurationLayer? draftLayer = null)
    {
        var options = Plan.For(path, draftLayer);
        var lazy = _engines.GetOrAdd(options, o => new Lazy<PostAnalysisEngine>(() => new PostAnalysisEngine(_analyzers, o, _morphology)));
        try
        {
            return lazy.Value;
        }
        catch (ConfigurationException)
        {
            // Not cached as broken: the same exception would come back, but Lazy would keep it forever.
            _engines.TryRemove(new KeyValuePair<AnalyzerOptions, Lazy<PostAnalysisEngine>>(options, lazy));
            throw;
        }
    }
}
