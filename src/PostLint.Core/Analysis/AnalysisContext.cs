using PostLint.Configuration;
using PostLint.Diagnostics;
using PostLint.Lexicons;
using PostLint.Localization;
using PostLint.Syntax;

namespace PostLint.Analysis;

/// <summary>
/// What an analyzer's <see cref="PostAnalyzer.Initialize"/> receives: the engine's options and the
/// registration methods. Register only what the rule needs (a hashtag rule registers for
/// <see cref="SyntaxKind.Hashtag"/>, not the whole post): the engine calls nothing else.
/// </summary>
public sealed class AnalysisContext
{
    private readonly List<Action<PostAnalysisContext>> _postActions = [];
    private readonly List<Action<LineAnalysisContext>> _lineActions = [];
    private readonly List<(SyntaxKind Kind, Action<SyntaxAnalysisContext> Action)> _syntaxActions = [];
    private readonly List<LocalizedMessage> _notices = [];
    private readonly List<Diagnostic> _runDiagnostics = [];
    private readonly List<Action<MorphemeAnalysisContext>> _morphemeActions = [];
    private readonly List<Action<LexiconMatchContext>> _lexiconActions = [];
    private readonly List<Lexicon> _lexicons = [];
    private readonly List<Action<AccountAnalysisContext>> _accountActions = [];

    internal AnalysisContext(PostAnalyzer analyzer, AnalyzerOptions options)
    {
        Analyzer = analyzer;
        Options = options;
    }

    /// <summary>The effective configuration of the engine being built.</summary>
    public AnalyzerOptions Options { get; }

    internal PostAnalyzer Analyzer { get; }

    internal IReadOnlyList<Action<PostAnalysisContext>> PostActions => _postActions;

    internal IReadOnlyList<Action<LineAnalysisContext>> LineActions => _lineActions;

    internal IReadOnlyList<(SyntaxKind Kind, Action<SyntaxAnalysisContext> Action)> SyntaxActions => _syntaxActions;

    internal IReadOnlyList<LocalizedMessage> Notices => _notices;

    internal IReadOnlyList<Diagnostic> RunDiagnostics => _runDiagnostics;

    internal IReadOnlyList<Action<MorphemeAnalysisContext>> MorphemeActions => _morphemeActions;

    internal IReadOnlyList<Action<LexiconMatchContext>> LexiconActions => _lexiconActions;

    internal IReadOnlyList<Lexicon> Lexicons => _lexicons;
    internal IReadOnlyList<Action<AccountAnalysisContext>> AccountActions => _accountActions;

    /// <summary>
    /// Tells the user something about this run once, not per post — typically that a rule is
    /// off because what it needs (a dictionary) is not installed. The CLI prints notices on
    /// standard error; hosts read <see cref="PostAnalysisEngine.Notices"/>.
    /// </summary>
    public void ReportNotice(string message)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(message);
        ReportNotice(LocalizedMessage.Verbatim(message));
    }

    /// <summary>
    /// The same, as a message id with arguments, so that each host shows it in its display
    /// language (Japanese by default, English with <c>--lang en</c>).
    /// </summary>
    public void ReportNotice(LocalizedMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        _notices.Add(LocalizedMessage.Of("notice.fromAnalyzer", Analyzer.ToString(), message));
    }

    /// <summary>
    /// Reports one of the engine's own diagnostics (<see cref="EngineDiagnostics"/>) about the
    /// whole run, once: PL0004 when the spelling rule finds no dictionary, as the engine reports
    /// PL0003 for MeCab. It joins <see cref="PostAnalysisEngine.RunDiagnostics"/> with the
    /// configured severity (not at all when that is off); a second one with the same id is dropped.
    /// </summary>
    /// <exception cref="ArgumentException">The diagnostic is not an engine diagnostic, or has a location in a post.</exception>
    public void ReportRunDiagnostic(Diagnostic diagnostic)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        if (!EngineDiagnostics.All.Any(d => d.Id == diagnostic.Id))
        {
            throw new ArgumentException($"{diagnostic.Id} is not an engine diagnostic (PL0xxx); rules report findings in posts.", nameof(diagnostic));
        }

        if (diagnostic.Location.Kind == DiagnosticLocationKind.Post)
        {
            throw new ArgumentException("A run diagnostic has no location in a post.", nameof(diagnostic));
        }

        _runDiagnostics.Add(diagnostic);
    }

    /// <summary>Runs <paramref name="action"/> once per post.</summary>
    public void RegisterPostAction(Action<PostAnalysisContext> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        _postActions.Add(action);
    }

    /// <summary>Runs <paramref name="action"/> for every token of the given kinds, in text order.</summary>
    public void RegisterSyntaxAction(Action<SyntaxAnalysisContext> action, params ReadOnlySpan<SyntaxKind> kinds)
    {
        ArgumentNullException.ThrowIfNull(action);
        if (kinds.IsEmpty)
        {
            throw new ArgumentException("Name at least one syntax kind; otherwise the action would never run.", nameof(kinds));
        }

        foreach (var kind in kinds)
        {
            _syntaxActions.Add((kind, action));
        }
    }

    /// <summary>Runs <paramref name="action"/> for every line of the post.</summary>
    public void RegisterLineAction(Action<LineAnalysisContext> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        _lineActions.Add(action);
    }

    /// <summary>
    /// Runs <paramref name="action"/> for every morpheme of the post's text runs (the text between
    /// hashtags, mentions, URLs, emoji and line breaks, which the post syntax already knows).
    /// The engine tokenizes a post only when an enabled rule registered here, and only once. When
    /// no MeCab dictionary is found the engine reports PL0003 once per run and these actions do
    /// not run: such rules also register a post action that matches surface forms when
    /// <see cref="PostAnalysisContext.HasMorphology"/> is false.
    /// </summary>
    public void RegisterMorphemeAction(Action<MorphemeAnalysisContext> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        _morphemeActions.Add(action);
    }

    /// <summary>
    /// Adds a lexicon (a data file of words) to the engine's matcher. Its entries go to the rules
    /// they name: to this analyzer's lexicon action for its own rule ids. The user's lexicons
    /// (<c>lexicons</c> in postlint.json) are added by the engine itself.
    /// </summary>
    public void AddLexicon(Lexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        _lexicons.Add(lexicon);
    }

    /// <summary>
    /// Runs <paramref name="action"/> for every match of a lexicon entry owned by one of this
    /// analyzer's rules (<see cref="LexiconEntry.RuleId"/>), in text order. At engine build every
    /// enabled rule's lexicons, built-in and the user's, compile into one
    /// <see cref="LexiconMatcher"/> that runs once per post, on morphemes when a MeCab dictionary is
    /// found and on surface forms otherwise (then PL0003 is reported once per run). A match reaches
    /// the action only after the entry's checks: part of speech, allowed compounds and cancelling
    /// words in the same sentence.
    /// </summary>
    public void RegisterLexiconAction(Action<LexiconMatchContext> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        _lexiconActions.Add(action);
    }

    /// <summary>
    /// Runs <paramref name="action"/> for every post of an account, in the order an audit reads
    /// them, with what the audit remembers of the account (<see cref="AccountAnalysisContext.PreviousPost"/>,
    /// <see cref="AccountAnalysisContext.IsOwnPost"/>). Account actions run only in
    /// <see cref="AccountAudit"/> (the <c>audit</c> verb), one post at a time; <see cref="PostAnalysisEngine.Analyze(Model.Post, CancellationToken)"/>
    /// — a single draft, <c>check</c> — does not run them, since one post has no history.
    /// </summary>
    public void RegisterAccountAction(Action<AccountAnalysisContext> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        _accountActions.Add(action);
    }
}
