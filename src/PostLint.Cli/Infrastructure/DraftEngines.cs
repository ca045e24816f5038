using System.Collections.Immutable;
using PostLint.Analysis;
using PostLint.Cli.Localization;
using PostLint.Diagnostics;
using PostLint.Input;
using PostLint.Localization;

namespace PostLint.Cli.Infrastructure;

/// <summary>
/// Gives each draft of a check run its engine: the front matter is read and taken off, then the
/// engine of the draft's effective configuration (per-path <c>overrides</c>, front matter, command
/// line) is taken from <see cref="PostAnalysisEngines"/>, which builds one per configuration. An
/// engine built for a draft reports its once-per-run findings (PL0003) and notices once.
/// </summary>
internal sealed class DraftEngines
{
    private readonly PostAnalysisEngine _default;
    private readonly PostAnalysisEngines _engines;
    private readonly HashSet<string> _knownRuleIds;
    private readonly HashSet<PostAnalysisEngine> _seen = new(ReferenceEqualityComparer.Instance);
    private readonly HashSet<string> _runDiagnosticIds;
    private readonly HashSet<PostLint.Localization.LocalizedMessage> _notices;

    private readonly CliText _text;

    public DraftEngines(PostAnalysisEngine defaultEngine, PostAnalysisEngines engines, CliText? text = null)
    {
        _text = text ?? CliText.Japanese;
        _default = defaultEngine;
        _engines = engines;
        _knownRuleIds = EngineDiagnostics.All.Concat(defaultEngine.SupportedDiagnostics).Select(static d => d.Id).ToHashSet(StringComparer.OrdinalIgnoreCase);
        _seen.Add(defaultEngine);
        _runDiagnosticIds = defaultEngine.RunDiagnostics.Select(static d => d.Id).ToHashSet(StringComparer.Ordinal);
        _notices = [.. defaultEngine.Notices];
    }

    /// <summary>
    /// The draft without its front matter and the engine to check it with. Front matter wins over
    /// postlint.json and its overrides; the command line wins over it.
    /// </summary>
    /// <param name="file">The draft's path as given, or <c>-</c> for standard input (no path: no override applies).</param>
    /// <param name="runResults">Where a newly built engine's once-per-run findings go.</param>
    /// <param name="error">Where its notices go.</param>
    /// <exception cref="FrontMatterException">The draft's front matter is not valid (PL0002 at its line and column).</exception>
    /// <exception cref="Configuration.ConfigurationException">The draft's configuration cannot be used.</exception>
    public (DraftFile Draft, PostAnalysisEngine Engine) For(DraftFile draft, string file, List<PostResult> runResults, TextWriter error)
    {
        draft = draft.WithFrontMatter(_knownRuleIds.Contains, _default.Options.Get(PostLint.Rules.Operations.OperationsOptions.Section).TimeZone);
        var engine = _engines.For(file == "-" ? null : file, draft.FrontMatter?.ToLayer(file + " (front matter)"));
        if (_seen.Add(engine))
        {
            var once = engine.RunDiagnostics.Where(d => _runDiagnosticIds.Add(d.Id)).Select(d => d.WithArgumentsIn(Messages.For(_text.Language))).ToImmutableArray();
            if (!once.IsEmpty)
            {
                runResults.Add(PostResult.ForRun(once));
            }

            foreach (var notice in engine.Notices.Where(_notices.Add))
            {
                error.WriteLine(_text.Format("notice", notice.Render(Messages.For(_text.Language))));
            }
        }

        return (draft, engine);
    }
}
