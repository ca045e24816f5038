using System.Collections.Immutable;
using PostLint.Configuration;
using PostLint.Diagnostics;
using PostLint.Lexicons;
using PostLint.Localization;
using PostLint.Syntax;
using PostLint.Model;
using PostLint.Morphemes;

namespace PostLint.Analysis;

/// <summary>
/// Runs analyzers over posts. Built once per configuration, then used from any number of threads:
/// each thread lexes into its own reused workspace, analyzers run in registration order, and the
/// findings come back sorted by position. Analyzers whose rules are all off are never initialized,
/// so they cost nothing.
/// </summary>
public sealed class PostAnalysisEngine
{
    /// <summary>How many times <see cref="Fix"/> re-analyses a post before it stops (fixes can enable other fixes).</summary>
    public const int DefaultMaxFixPasses = 10;

    [ThreadStatic]
    private static PostAnalysisState? t_state;

    private readonly (AnalyzerRegistration Registration, Action<PostAnalysisContext> Action)[] _postActions;
    private readonly (AnalyzerRegistration Registration, Action<LineAnalysisContext> Action)[] _lineActions;
    private readonly (AnalyzerRegistration Registration, Action<SyntaxAnalysisContext> Action)[][] _syntaxActions;
    private readonly (AnalyzerRegistration Registration, Action<MorphemeAnalysisContext> Action)[] _morphemeActions;
    private readonly (AnalyzerRegistration Registration, Action<AccountAnalysisContext> Action)[] _accountActions;
    private readonly MorphemeAnalyzer? _dictionary;
    private readonly LexiconMatcher? _lexicon;
    private readonly (AnalyzerRegistration Registration, Action<LexiconMatchContext> Action)[][] _lexiconRoutes = [];

    /// <summary>
    /// Builds the engine: initializes the enabled analyzers and compiles their lexicons with the
    /// user's (<see cref="AnalyzerOptions.Lexicons"/>).
    /// </summary>
    /// <param name="analyzers">The rules; those whose ids are all off under <paramref name="options"/> are not initialized.</param>
    /// <param name="options">The resolved configuration; null for <see cref="AnalyzerOptions.Empty"/>.</param>
    /// <param name="morphology">
    /// Opens the morphological analyzer when an enabled rule asks for morphemes or lexicon matches
    /// (PostLint.Morphology's <c>MecabMorphemeAnalyzerProvider.Shared</c>). Null: no morphology —
    /// morpheme actions do not run, lexicons match on the surface, and PL0003 says why.
    /// </param>
    /// <exception cref="ConfigurationException">A user lexicon cannot be read, names an unknown rule, or fails one of its own examples (PL0002, with file and line).</exception>
    public PostAnalysisEngine(IEnumerable<PostAnalyzer> analyzers, AnalyzerOptions? options = null, MorphemeAnalyzerProvider? morphology = null)
    {
        ArgumentNullException.ThrowIfNull(analyzers);
        Options = options ?? AnalyzerOptions.Empty;
        Analyzers = [.. analyzers];
        SupportedDiagnostics = [.. Analyzers.SelectMany(static a => a.SupportedDiagnostics).DistinctBy(static d => d.Id).OrderBy(static d => d.Id, StringComparer.Ordinal)];

        var duplicate = Analyzers.SelectMany(static a => a.SupportedDiagnostics.Select(d => (a, d)))
            .GroupBy(static x => x.d.Id)
            .FirstOrDefault(static g => g.Select(static x => x.a).Distinct().Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException($"Rule id {duplicate.Key} is declared by more than one analyzer: {string.Join(", ", duplicate.Select(static x => x.a))}.", nameof(analyzers));
        }

        var postActions = new List<(AnalyzerRegistration, Action<PostAnalysisContext>)>();
        var lineActions = new List<(AnalyzerRegistration, Action<LineAnalysisContext>)>();
        var morphemeActions = new List<(AnalyzerRegistration, Action<MorphemeAnalysisContext>)>();
        var accountActions = new List<(AnalyzerRegistration, Action<AccountAnalysisContext>)>();
        var syntaxActions = Enum.GetValues<SyntaxKind>().Select(static _ => new List<(AnalyzerRegistration, Action<SyntaxAnalysisContext>)>()).ToArray();
        var lexiconActions = new List<(AnalyzerRegistration Registration, Action<LexiconMatchContext> Action)>();
        var lexicons = new List<Lexicon>();
        var enabled = ImmutableArray.CreateBuilder<PostAnalyzer>();
        var notices = ImmutableArray.CreateBuilder<LocalizedMessage>();
        var reportedRunDiagnostics = new List<Diagnostic>();
        foreach (var analyzer in Analyzers)
        {
            var registration = new AnalyzerRegistration(analyzer, Options);
            if (!registration.IsEnabled)
            {
                continue;
            }

            enabled.Add(analyzer);
            var context = new AnalysisContext(analyzer, Options);
            analyzer.Initialize(context);
            notices.AddRange(context.Notices);
            reportedRunDiagnostics.AddRange(context.RunDiagnostics);
            postActions.AddRange(context.PostActions.Select(a => (registration, a)));
            lineActions.AddRange(context.LineActions.Select(a => (registration, a)));
            morphemeActions.AddRange(context.MorphemeActions.Select(a => (registration, a)));
            lexiconActions.AddRange(context.LexiconActions.Select(a => (registration, a)));
            lexicons.AddRange(context.Lexicons);
            accountActions.AddRange(context.AccountActions.Select(a => (registration, a)));
            foreach (var (kind, action) in context.SyntaxActions)
            {
                syntaxActions[(int)kind].Add((registration, action));
            }
        }

        EnabledAnalyzers = enabled.ToImmutable();
        Notices = notices.ToImmutable();
        _postActions = [.. postActions];
        _lineActions = [.. lineActions];
        _syntaxActions = [.. syntaxActions.Select(static l => l.ToArray())];
        _morphemeActions = [.. morphemeActions];
        _accountActions = [.. accountActions];

        // Morphology is set up only when an enabled rule asked for morphemes.
        var runDiagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        if (_morphemeActions.Length > 0 || lexiconActions.Count > 0)
        {
            LocalizedMessage? problem = null;
            var dictionary = morphology?.Open(Options.MecabDicdir, out problem);
            if (morphology is null)
            {
                problem = LocalizedMessage.Of(AnalyzerOptions.IsNoDictionary(Options.MecabDicdir) ? "mecab.off" : "mecab.noAnalyzer");
            }

            _dictionary = dictionary;
            Morphology = morphology;
            if (dictionary is null && Options.GetEffectiveSeverity(EngineDiagnostics.DictionaryNotFound) is { } severity)
            {
                runDiagnostics.Add(Diagnostic.Create(EngineDiagnostics.DictionaryNotFound, DiagnosticLocation.None, problem)
                    .WithSeverity(severity));
            }
        }

        foreach (var reported in reportedRunDiagnostics)
        {
            if (!runDiagnostics.Any(d => d.Id == reported.Id) && Options.GetEffectiveSeverity(reported.Descriptor) is { } reportedSeverity)
            {
                runDiagnostics.Add(reported.WithSeverity(reportedSeverity));
            }
        }

        RunDiagnostics = runDiagnostics.ToImmutable();
        if (lexiconActions.Count > 0)
        {
            (_lexicon, _lexiconRoutes) = BuildLexicon(lexicons, lexiconActions);
        }
    }

    /// <summary>
    /// Compiles the entries of enabled rules that have a lexicon action into one matcher, and the
    /// route of each entry to those actions. The user's lexicons are read and their examples run
    /// first; any problem stops the build.
    /// </summary>
    private (LexiconMatcher, (AnalyzerRegistration, Action<LexiconMatchContext>)[][]) BuildLexicon(
        List<Lexicon> lexicons, List<(AnalyzerRegistration Registration, Action<LexiconMatchContext> Action)> actions)
    {
        var problems = new List<ConfigurationProblem>();
        var knownIds = SupportedDiagnostics.Select(static d => d.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var path in Options.Lexicons)
        {
            if (LexiconReader.ReadFile(path, problems, knownIds.Contains) is not { } lexicon)
            {
                continue;
            }

            foreach (var failure in LexiconMatcher.Build(lexicon.Entries, _dictionary).RunSelfTests())
            {
                problems.Add(new ConfigurationProblem(_dictionary is null ? LocalizedMessage.Of("lexicon.selfTest.surface", failure.Text) : failure.Text, path, failure.Entry.Line, 1));
            }

            lexicons.Add(lexicon);
        }

        if (problems.Count > 0)
        {
            throw new ConfigurationException(problems);
        }

        var entries = new List<LexiconEntry>();
        var routes = new List<(AnalyzerRegistration, Action<LexiconMatchContext>)[]>();
        foreach (var entry in lexicons.SelectMany(static l => l.Entries))
        {
            var route = actions
                .Where(a => a.Registration.Settings.Any(s => s.Key.Id == entry.RuleId && s.Value.Severity is not null))
                .ToArray();
            if (route.Length > 0)
            {
                entries.Add(entry);
                routes.Add(route);
            }
        }

        return (LexiconMatcher.Build(entries, _dictionary, Options.CacheDirectory), [.. routes]);
    }

    /// <summary>
    /// Diagnostics about the whole run rather than a post, reported once: PL0003 when rules asked
    /// for morphemes or lexicon matches and no MeCab dictionary was found, PL0004 when the
    /// spelling rule found no Hunspell dictionary (<see cref="AnalysisContext.ReportRunDiagnostic"/>).
    /// </summary>
    public ImmutableArray<Diagnostic> RunDiagnostics { get; }

    /// <summary>The compiled lexicon entries of the enabled rules, or null when no enabled rule matches words.</summary>
    public LexiconMatcher? Lexicon => _lexicon;
    /// <summary>True when an enabled rule needs an account's history (PL6002…): audits then run an <see cref="AccountAudit"/>.</summary>
    public bool HasAccountActions => _accountActions.Length > 0;

    /// <summary>
    /// A fresh account history for one audit run: feed it every post of the run in input order
    /// (<see cref="AccountAudit.Observe"/>). Not thread-safe; null when no enabled rule needs it.
    /// </summary>
    public AccountAudit? CreateAccountAudit() => _accountActions.Length == 0 ? null : new AccountAudit(_accountActions);

    /// <summary>True when a morphological analyzer (a MeCab dictionary) is open for the rules that asked for morphemes.</summary>
    public bool HasMorphology => _dictionary is not null;

    /// <summary>The provider of morphological analyzers this engine was given (null: none), for engines built later with other options.</summary>
    public MorphemeAnalyzerProvider? Morphology { get; }

    /// <summary>The resolved configuration every analyzer of this engine was initialized with.</summary>
    public AnalyzerOptions Options { get; }

    /// <summary>Every analyzer given to the engine.</summary>
    public ImmutableArray<PostAnalyzer> Analyzers { get; }

    /// <summary>The analyzers with at least one rule on under the options; only these run.</summary>
    public ImmutableArray<PostAnalyzer> EnabledAnalyzers { get; }

    /// <summary>
    /// What analyzers said about this run once (for example: a dictionary was not found, so a rule
    /// is off), as message ids with arguments: render each in the display language.
    /// </summary>
    public ImmutableArray<LocalizedMessage> Notices { get; }

    /// <summary>Every rule of every analyzer, sorted by id (also the rules that are off).</summary>
    public ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; }

    /// <summary>Analyses one draft text (its id is empty).</summary>
    public ImmutableArray<Diagnostic> Analyze(string text, CancellationToken cancellationToken = default) =>
        Analyze(new Post(string.Empty, text), cancellationToken);

    /// <summary>Analyses one post. Thread-safe.</summary>
    public ImmutableArray<Diagnostic> Analyze(Post post, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(post);
        var state = t_state;
        if (state is null || state.InUse)
        {
            // A nested call (an analyzer analysing another post) gets a workspace of its own.
            state = new PostAnalysisState();
            t_state ??= state;
        }

        state.InUse = true;
        try
        {
            state.Begin(this, post, _dictionary, cancellationToken);
            Run(state);
            if (state.Diagnostics.Count == 0)
            {
                return [];
            }

            state.Diagnostics.Sort(CompareDiagnostics);
            return [.. state.Diagnostics];
        }
        finally
        {
            state.End();
            state.InUse = false;
        }
    }

    private void Run(PostAnalysisState state)
    {
        var cancellationToken = state.CancellationToken;
        foreach (var (registration, action) in _postActions)
        {
            cancellationToken.ThrowIfCancellationRequested();
            Invoke(registration, state, action, new PostAnalysisContext(state, registration));
        }

        var tokens = state.Syntax.Tokens;
        for (var i = 0; i < tokens.Length; i++)
        {
            var actions = _syntaxActions[(int)tokens[i].Kind];
            foreach (var (registration, action) in actions)
            {
                Invoke(registration, state, action, new SyntaxAnalysisContext(state, registration, i));
            }
        }

        if (_morphemeActions.Length > 0 && _dictionary is not null)
        {
            var count = state.Morphemes.Length;
            for (var i = 0; i < count; i++)
            {
                foreach (var (registration, action) in _morphemeActions)
                {
                    Invoke(registration, state, action, new MorphemeAnalysisContext(state, registration, i));
                }
            }
        }

        if (_lexicon is not null)
        {
            foreach (var match in state.FindLexiconMatches(_lexicon))
            {
                foreach (var (registration, action) in _lexiconRoutes[match.EntryIndex])
                {
                    Invoke(registration, state, action, new LexiconMatchContext(state, registration, _lexicon, match));
                }
            }
        }

        if (_lineActions.Length > 0)
        {
            var text = state.Text;
            for (var line = 1; line <= text.LineCount; line++)
            {
                var span = text.GetLineSpan(line);
                foreach (var (registration, action) in _lineActions)
                {
                    Invoke(registration, state, action, new LineAnalysisContext(state, registration, line, span));
                }
            }
        }
    }

    private static void Invoke<TContext>(AnalyzerRegistration registration, PostAnalysisState state, Action<TContext> action, TContext context)
    {
        try
        {
            action(context);
        }
        catch (Exception e) when (e is not OperationCanceledException and not PostAnalyzerException)
        {
            throw new PostAnalyzerException(registration.Analyzer, state.Post.Id, e);
        }
    }

    private static int CompareDiagnostics(Diagnostic a, Diagnostic b)
    {
        var bySpan = a.Span.CompareTo(b.Span);
        return bySpan != 0 ? bySpan : string.CompareOrdinal(a.Id, b.Id);
    }

    /// <summary>
    /// Applies fixes until the post is stable: each pass analyses the text, applies every
    /// non-overlapping fix of the allowed applicability (the first fix of each diagnostic), and
    /// analyses again, at most <paramref name="maxPasses"/> times. Display fixes are never applied.
    /// </summary>
    public FixResult Fix(Post post, bool includeUnsafe = false, int maxPasses = DefaultMaxFixPasses, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(post);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxPasses, 1);
        var current = post;
        var applied = ImmutableArray.CreateBuilder<AppliedFix>();
        var diagnostics = Analyze(current, cancellationToken);
        var passes = 0;
        while (passes < maxPasses)
        {
            var chosen = ChooseFixes(diagnostics, includeUnsafe);
            if (chosen.Count == 0)
            {
                break;
            }

            passes++;
            var edits = chosen.SelectMany(static c => c.Fix.Edits).OrderBy(static e => e.Span).ToArray();
            current = current with { Text = TextEdits.Apply(current.Text, edits) };
            applied.AddRange(chosen.Select(static c => new AppliedFix(c.Diagnostic.Id, c.Fix.Title, c.Fix.Applicability)));
            diagnostics = Analyze(current, cancellationToken);
        }

        return new FixResult(post.Text, current.Text, applied.ToImmutable(), diagnostics, passes);
    }

    private static List<(Diagnostic Diagnostic, CodeFix Fix)> ChooseFixes(ImmutableArray<Diagnostic> diagnostics, bool includeUnsafe)
    {
        var chosen = new List<(Diagnostic, CodeFix)>();
        var taken = new List<TextEdit>();
        foreach (var diagnostic in diagnostics)
        {
            foreach (var fix in diagnostic.Fixes)
            {
                var allowed = fix.Applicability == FixApplicability.Safe || (includeUnsafe && fix.Applicability == FixApplicability.Unsafe);
                if (!allowed || fix.Edits.IsEmpty)
                {
                    continue;
                }

                if (fix.Edits.All(edit => !taken.Any(other => Conflicts(edit, other))))
                {
                    chosen.Add((diagnostic, fix));
                    taken.AddRange(fix.Edits);
                }

                // Only the first applicable fix of a diagnostic is a candidate.
                break;
            }
        }

        return chosen;
    }

    /// <summary>Edits conflict when they overlap or insert at the same place (their order would be arbitrary).</summary>
    private static bool Conflicts(TextEdit a, TextEdit b) =>
        a.Span.OverlapsWith(b.Span) ||
        a.Span.Start == b.Span.Start ||
        (a.Span.IsEmpty && b.Span.Contains(a.Span.Start)) ||
        (b.Span.IsEmpty && a.Span.Contains(b.Span.Start));
}

/// <summary>A fix that <see cref="PostAnalysisEngine.Fix"/> applied.</summary>
/// <param name="RuleId">The rule whose fix was applied.</param>
/// <param name="Title">The fix's title, as people read it.</param>
/// <param name="Applicability">Whether it was a safe or an unsafe fix.</param>
public sealed record AppliedFix(string RuleId, string Title, FixApplicability Applicability);

/// <summary>The outcome of fixing a post: the text before and after, what was applied, and what remains.</summary>
/// <param name="OriginalText">The post before fixing.</param>
/// <param name="FixedText">The post after every applied fix (equal to <paramref name="OriginalText"/> when nothing applied).</param>
/// <param name="Applied">The fixes applied, in the order applied.</param>
/// <param name="Remaining">The findings of the fixed text, with the fixes that were not applied.</param>
/// <param name="Passes">How many analyse-and-fix passes ran until the text stopped changing.</param>
public sealed record FixResult(string OriginalText, string FixedText, ImmutableArray<AppliedFix> Applied, ImmutableArray<Diagnostic> Remaining, int Passes)
{
    /// <summary>True when at least one fix changed the text.</summary>
    public bool Changed => !string.Equals(OriginalText, FixedText, StringComparison.Ordinal);
}

/// <summary>An analyzer threw while analysing a post: names both, keeps the original exception.</summary>
public sealed class PostAnalyzerException : Exception
{
    /// <summary>Wraps the exception <paramref name="analyzer"/> threw on the post with id <paramref name="postId"/>.</summary>
    public PostAnalyzerException(PostAnalyzer analyzer, string postId, Exception innerException)
        : base($"{analyzer} failed on post '{postId}': {innerException?.Message}", innerException)
    {
        AnalyzerName = analyzer?.ToString() ?? string.Empty;
        PostId = postId;
    }

    /// <summary>An exception that names no analyzer or post (for serializers and tests).</summary>
    public PostAnalyzerException()
    {
        AnalyzerName = string.Empty;
        PostId = string.Empty;
    }

    /// <summary>An exception with a message but no analyzer or post.</summary>
    public PostAnalyzerException(string message)
        : base(message)
    {
        AnalyzerName = string.Empty;
        PostId = string.Empty;
    }

    /// <summary>An exception with a message and a cause but no analyzer or post.</summary>
    public PostAnalyzerException(string message, Exception innerException)
        : base(message, innerException)
    {
        AnalyzerName = string.Empty;
        PostId = string.Empty;
    }

    /// <summary>The failing analyzer (its type name), or empty.</summary>
    public string AnalyzerName { get; }

    /// <summary>The id of the post it failed on, or empty.</summary>
    public string PostId { get; }
}
