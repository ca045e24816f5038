using System.Collections.Immutable;
using PostLint.Configuration;
using PostLint.Diagnostics;
using PostLint.Lexicons;
using PostLint.Morphemes;
using PostLint.Syntax;
using PostLint.Text;
using PostLint.Model;

namespace PostLint.Analysis;

/// <summary>One analyzer's place in an engine: its options and the severity of each of its rules.</summary>
internal sealed class AnalyzerRegistration
{
    public AnalyzerRegistration(PostAnalyzer analyzer, AnalyzerOptions options)
    {
        Analyzer = analyzer;
        Options = options;
        var settings = new Dictionary<DiagnosticDescriptor, (DiagnosticSeverity?, ImmutableArray<string>)>(ReferenceEqualityComparer.Instance as IEqualityComparer<DiagnosticDescriptor>);
        foreach (var descriptor in analyzer.SupportedDiagnostics)
        {
            settings[descriptor] = (options.GetEffectiveSeverity(descriptor), options.GetReferences(descriptor));
        }

        Settings = settings;
        IsEnabled = settings.Values.Any(static s => s.Item1 is not null);
    }

    public PostAnalyzer Analyzer { get; }

    public AnalyzerOptions Options { get; }

    public bool IsEnabled { get; }

    public IReadOnlyDictionary<DiagnosticDescriptor, (DiagnosticSeverity? Severity, ImmutableArray<string> References)> Settings { get; }
}

/// <summary>
/// The per-thread workspace of the engine: the post being analysed, its reused text and syntax,
/// and the diagnostics found so far. Reusing it is what keeps analysis free of allocations
/// beyond the findings themselves.
/// </summary>
internal sealed class PostAnalysisState
{
    private readonly List<Diagnostic> _diagnostics = [];
    private readonly List<Morpheme> _morphemes = [];
    private readonly List<TextSpan> _sentences = [];
    private readonly PostValueSlots _values = new();
    private readonly List<LexiconMatch> _lexiconMatches = [];
    private readonly List<int> _morphemeKeys = [];
    private Post _post = new(string.Empty, string.Empty);
    private MorphemeAnalyzer? _dictionary;
    private bool _morphemesReady;
    private bool _sentencesReady;

    public PostAnalysisState()
    {
        Text = new PostText(string.Empty);
        Syntax = PostSyntax.Parse(Text);
    }

    public bool InUse { get; set; }

    public Post Post => _post;

    public PostText Text { get; }

    public PostSyntax Syntax { get; }

    public CancellationToken CancellationToken { get; private set; }

    public List<Diagnostic> Diagnostics => _diagnostics;

    /// <summary>The dictionary of the engine analysing this post, when its rules asked for morphemes and one was found.</summary>
    public MorphemeAnalyzer? Dictionary => _dictionary;

    /// <summary>
    /// The morphemes of the post's words (<see cref="PostMorphology.Tokenize"/>: text runs and the
    /// words of hashtags and 【…】 marks), tokenized on first use (once per post).
    /// </summary>
    public ReadOnlySpan<Morpheme> Morphemes
    {
        get
        {
            if (!_morphemesReady)
            {
                Tokenize();
            }

            return System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_morphemes);
        }
    }

    /// <summary>
    /// Runs <paramref name="matcher"/> over the post once and returns the matches that pass their
    /// context checks (cancelling words in the same sentence), in text order.
    /// </summary>
    public ReadOnlySpan<LexiconMatch> FindLexiconMatches(LexiconMatcher matcher)
    {
        _lexiconMatches.Clear();
        matcher.FindMatches(Text, Syntax, matcher.UsesMorphology ? Morphemes : default, _morphemeKeys, _lexiconMatches);
        if (_lexiconMatches.Count > 0)
        {
            matcher.RemoveCancelled(Text.AsSpan(), Sentences, _lexiconMatches);
        }

        return System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_lexiconMatches);
    }

    /// <summary>The post's sentences (<see cref="SentenceSplitter"/>), found on first use (once per post).</summary>
    public ReadOnlySpan<TextSpan> Sentences
    {
        get
        {
            if (!_sentencesReady)
            {
                _sentencesReady = true;
                _sentences.Clear();
                SentenceSplitter.Split(Syntax, _sentences);
            }

            return System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_sentences);
        }
    }

    /// <summary>The shared value of <paramref name="provider"/> for this post, computed on first use.</summary>
    public TValue GetValue<TValue>(PostValueProvider<TValue> provider)
    {
        ArgumentNullException.ThrowIfNull(provider);
        var slot = _values.Get(provider);
        if (slot.HasValue)
        {
            return slot.Value!;
        }

        if (slot.Computing)
        {
            throw new InvalidOperationException($"The shared value of {typeof(TValue).Name} is computed from itself.");
        }

        slot.Computing = true;
        try
        {
            slot.Value = provider.Compute(new PostValueContext(this), slot.Value);
            slot.HasValue = true;
            return slot.Value!;
        }
        finally
        {
            slot.Computing = false;
        }
    }

    private void Tokenize()
    {
        _morphemesReady = true;
        _morphemes.Clear();
        if (_dictionary is not null)
        {
            PostMorphology.Tokenize(Syntax, _dictionary, _morphemes);
        }
    }

    public void Begin(object engine, Post post, MorphemeAnalyzer? dictionary, CancellationToken cancellationToken)
    {
        _values.Begin(engine);
        _post = post;
        _dictionary = dictionary;
        _morphemesReady = false;
        _morphemes.Clear();
        _sentencesReady = false;
        _sentences.Clear();
        CancellationToken = cancellationToken;
        _diagnostics.Clear();
        Text.Reset(post.Text);
        Syntax.Reset(Text);
    }

    public void End()
    {
        // Drop references to the post so that a long-lived thread does not keep it alive.
        _post = EmptyPost;
        _diagnostics.Clear();
        _morphemes.Clear();
        _sentences.Clear();
        _lexiconMatches.Clear();
        _values.End();
        _dictionary = null;
        Text.Reset(string.Empty);
        Syntax.Reset(Text);
    }

    private static readonly Post EmptyPost = new(string.Empty, string.Empty);

    public void Report(AnalyzerRegistration registration, Diagnostic diagnostic)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        if (!registration.Settings.TryGetValue(diagnostic.Descriptor, out var setting))
        {
            throw new InvalidOperationException(
                $"{registration.Analyzer} reported {diagnostic.Id}, which is not among its SupportedDiagnostics.");
        }

        if (diagnostic.Span.End > Text.Length)
        {
            throw new InvalidOperationException(
                $"{registration.Analyzer} reported {diagnostic.Id} at {diagnostic.Span}, outside the post (length {Text.Length}).");
        }

        if (setting.Severity is { } severity)
        {
            _diagnostics.Add(diagnostic.WithSeverityAndReferences(diagnostic.AdjustSeverity(severity), setting.References));
        }
    }
}
