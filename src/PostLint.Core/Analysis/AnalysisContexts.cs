using PostLint.Configuration;
using PostLint.Diagnostics;
using PostLint.Lexicons;
using PostLint.Morphemes;
using PostLint.Syntax;
using PostLint.Text;
using PostLint.Model;

namespace PostLint.Analysis;

/// <summary>What a post action receives: the post, its text and syntax, the options, and a way to report.</summary>
public readonly struct PostAnalysisContext
{
    private readonly PostAnalysisState _state;
    private readonly AnalyzerRegistration _registration;

    internal PostAnalysisContext(PostAnalysisState state, AnalyzerRegistration registration)
    {
        _state = state;
        _registration = registration;
    }

    /// <summary>The post being analysed, with its id and metadata (platform, time, sponsorship).</summary>
    public Post Post => _state.Post;

    /// <summary>The post's text; every <see cref="TextSpan"/> a rule reports is a UTF-16 offset into it.</summary>
    public PostText Text => _state.Text;

    /// <summary>The post's tokens (hashtags, mentions, URLs, disclosure marks …), lexed once and shared by every rule.</summary>
    public PostSyntax Syntax => _state.Syntax;

    /// <summary>The resolved configuration the engine was built with (profile, rule settings, lists).</summary>
    public AnalyzerOptions Options => _registration.Options;

    /// <summary>Signalled when the caller gives up on the analysis; long-running actions should check it.</summary>
    public CancellationToken CancellationToken => _state.CancellationToken;

    /// <summary>The platform the post is for: its own metadata, else the configuration.</summary>
    public Platform Platform => _state.Post.Platform ?? _registration.Options.Platform;

    /// <summary>True when the post needs a sponsorship disclosure (post metadata, <c>--sponsored</c> or <c>disclosure.required</c>).</summary>
    public bool IsSponsored => _state.Post.Sponsored == true || _registration.Options.DisclosureRequired;

    /// <summary>
    /// True when a MeCab dictionary is loaded for this engine (some enabled rule registered a
    /// morpheme action and the dictionary was found); rules match surface forms otherwise.
    /// </summary>
    public bool HasMorphology => _state.Dictionary is not null;

    /// <summary>The morphemes of the post's text runs (empty without morphology); tokenized once, on first use.</summary>
    public ReadOnlySpan<Morpheme> Morphemes => _state.Morphemes;

    /// <summary>The post's sentences (a sentence ends at 。！？ or a blank line, not at a hashtag or a single line break); found once per post.</summary>
    public ReadOnlySpan<TextSpan> Sentences => _state.Sentences;

    /// <summary>
    /// The value <paramref name="provider"/> computes from this post: computed by the first rule
    /// that asks and shared with every other rule during this post's analysis.
    /// </summary>
    public TValue GetValue<TValue>(PostValueProvider<TValue> provider) => _state.GetValue(provider);

    /// <summary>
    /// Roslyn's spelling of <see cref="GetValue{TValue}"/>: gets the value <paramref name="provider"/>
    /// computes from this post. Returns false only for a context that belongs to no analysis (the default value).
    /// </summary>
    public bool TryGetValue<TValue>(PostValueProvider<TValue> provider, out TValue value)
    {
        if (_state is null)
        {
            value = default!;
            return false;
        }

        value = _state.GetValue(provider);
        return true;
    }

    /// <summary>Reports a finding. The engine applies the configured severity and references and drops findings of rules that are off or not this analyzer's.</summary>
    public void ReportDiagnostic(Diagnostic diagnostic) => _state.Report(_registration, diagnostic);
}

/// <summary>What a morpheme action receives: one morpheme of the post's text runs, and its neighbours.</summary>
public readonly struct MorphemeAnalysisContext
{
    private readonly PostAnalysisState _state;
    private readonly AnalyzerRegistration _registration;

    internal MorphemeAnalysisContext(PostAnalysisState state, AnalyzerRegistration registration, int index)
    {
        _state = state;
        _registration = registration;
        MorphemeIndex = index;
    }

    /// <summary>The morpheme the action is called for.</summary>
    public Morpheme Morpheme => _state.Morphemes[MorphemeIndex];

    /// <summary>The index of <see cref="Morpheme"/> in <see cref="Morphemes"/>, to look at its neighbours (「殺」+「せ」).</summary>
    public int MorphemeIndex { get; }

    /// <summary>Every morpheme of the post's text runs, in text order.</summary>
    public ReadOnlySpan<Morpheme> Morphemes => _state.Morphemes;

    /// <summary>The surface as written in the post.</summary>
    public ReadOnlySpan<char> Surface => _state.Text.AsSpan(Morpheme.Span);

    /// <summary>The post being analysed, with its id and metadata (platform, time, sponsorship).</summary>
    public Post Post => _state.Post;

    /// <summary>The post's text; every <see cref="TextSpan"/> a rule reports is a UTF-16 offset into it.</summary>
    public PostText Text => _state.Text;

    /// <summary>The post's tokens (hashtags, mentions, URLs, disclosure marks …), lexed once and shared by every rule.</summary>
    public PostSyntax Syntax => _state.Syntax;

    /// <summary>The resolved configuration the engine was built with (profile, rule settings, lists).</summary>
    public AnalyzerOptions Options => _registration.Options;

    /// <summary>Signalled when the caller gives up on the analysis; long-running actions should check it.</summary>
    public CancellationToken CancellationToken => _state.CancellationToken;

    /// <summary>The post's sentences (a sentence ends at 。！？ or a blank line, not at a hashtag or a single line break); found once per post.</summary>
    public ReadOnlySpan<TextSpan> Sentences => _state.Sentences;

    /// <summary>
    /// The value <paramref name="provider"/> computes from this post: computed by the first rule
    /// that asks and shared with every other rule during this post's analysis.
    /// </summary>
    public TValue GetValue<TValue>(PostValueProvider<TValue> provider) => _state.GetValue(provider);

    /// <summary>
    /// Roslyn's spelling of <see cref="GetValue{TValue}"/>: gets the value <paramref name="provider"/>
    /// computes from this post. Returns false only for a context that belongs to no analysis (the default value).
    /// </summary>
    public bool TryGetValue<TValue>(PostValueProvider<TValue> provider, out TValue value)
    {
        if (_state is null)
        {
            value = default!;
            return false;
        }

        value = _state.GetValue(provider);
        return true;
    }

    /// <summary>Reports a finding. The engine applies the configured severity and references and drops findings of rules that are off or not this analyzer's.</summary>
    public void ReportDiagnostic(Diagnostic diagnostic) => _state.Report(_registration, diagnostic);
}

/// <summary>What a syntax action receives: one token of a kind the rule registered for.</summary>
public readonly struct SyntaxAnalysisContext
{
    private readonly PostAnalysisState _state;
    private readonly AnalyzerRegistration _registration;

    internal SyntaxAnalysisContext(PostAnalysisState state, AnalyzerRegistration registration, int tokenIndex)
    {
        _state = state;
        _registration = registration;
        TokenIndex = tokenIndex;
    }

    /// <summary>The token the action is called for.</summary>
    public SyntaxToken Token => _state.Syntax.Tokens[TokenIndex];

    /// <summary>The index of <see cref="Token"/> in <see cref="PostSyntax.Tokens"/>, to look at its neighbours.</summary>
    public int TokenIndex { get; }

    /// <summary>The post being analysed, with its id and metadata (platform, time, sponsorship).</summary>
    public Post Post => _state.Post;

    /// <summary>The post's text; every <see cref="TextSpan"/> a rule reports is a UTF-16 offset into it.</summary>
    public PostText Text => _state.Text;

    /// <summary>The post's tokens (hashtags, mentions, URLs, disclosure marks …), lexed once and shared by every rule.</summary>
    public PostSyntax Syntax => _state.Syntax;

    /// <summary>The resolved configuration the engine was built with (profile, rule settings, lists).</summary>
    public AnalyzerOptions Options => _registration.Options;

    /// <summary>Signalled when the caller gives up on the analysis; long-running actions should check it.</summary>
    public CancellationToken CancellationToken => _state.CancellationToken;

    /// <summary>The platform the post is for: its own metadata, else the configuration.</summary>
    public Platform Platform => _state.Post.Platform ?? _registration.Options.Platform;

    /// <summary>True when the post needs a sponsorship disclosure (post metadata, <c>--sponsored</c> or <c>disclosure.required</c>).</summary>
    public bool IsSponsored => _state.Post.Sponsored == true || _registration.Options.DisclosureRequired;

    /// <summary>The text of the whole token.</summary>
    public ReadOnlySpan<char> TokenText => _state.Text.AsSpan(Token.Span);

    /// <summary>The token's value (a hashtag without its sign, a URL's host…).</summary>
    public ReadOnlySpan<char> ValueText => _state.Text.AsSpan(Token.ValueSpan);

    /// <summary>The post's sentences (a sentence ends at 。！？ or a blank line, not at a hashtag or a single line break); found once per post.</summary>
    public ReadOnlySpan<TextSpan> Sentences => _state.Sentences;

    /// <summary>
    /// The value <paramref name="provider"/> computes from this post: computed by the first rule
    /// that asks and shared with every other rule during this post's analysis.
    /// </summary>
    public TValue GetValue<TValue>(PostValueProvider<TValue> provider) => _state.GetValue(provider);

    /// <summary>
    /// Roslyn's spelling of <see cref="GetValue{TValue}"/>: gets the value <paramref name="provider"/>
    /// computes from this post. Returns false only for a context that belongs to no analysis (the default value).
    /// </summary>
    public bool TryGetValue<TValue>(PostValueProvider<TValue> provider, out TValue value)
    {
        if (_state is null)
        {
            value = default!;
            return false;
        }

        value = _state.GetValue(provider);
        return true;
    }

    /// <summary>Reports a finding. The engine applies the configured severity and references and drops findings of rules that are off or not this analyzer's.</summary>
    public void ReportDiagnostic(Diagnostic diagnostic) => _state.Report(_registration, diagnostic);
}

/// <summary>What a line action receives: one line of the post, without its line break.</summary>
public readonly struct LineAnalysisContext
{
    private readonly PostAnalysisState _state;
    private readonly AnalyzerRegistration _registration;

    internal LineAnalysisContext(PostAnalysisState state, AnalyzerRegistration registration, int line, TextSpan span)
    {
        _state = state;
        _registration = registration;
        Line = line;
        Span = span;
    }

    /// <summary>The 1-based line number.</summary>
    public int Line { get; }

    /// <summary>The line's span in the post, without its line break.</summary>
    public TextSpan Span { get; }

    /// <summary>The text of the line, without its line break.</summary>
    public ReadOnlySpan<char> LineText => _state.Text.AsSpan(Span);

    /// <summary>The post being analysed, with its id and metadata (platform, time, sponsorship).</summary>
    public Post Post => _state.Post;

    /// <summary>The post's text; every <see cref="TextSpan"/> a rule reports is a UTF-16 offset into it.</summary>
    public PostText Text => _state.Text;

    /// <summary>The post's tokens (hashtags, mentions, URLs, disclosure marks …), lexed once and shared by every rule.</summary>
    public PostSyntax Syntax => _state.Syntax;

    /// <summary>The resolved configuration the engine was built with (profile, rule settings, lists).</summary>
    public AnalyzerOptions Options => _registration.Options;

    /// <summary>Signalled when the caller gives up on the analysis; long-running actions should check it.</summary>
    public CancellationToken CancellationToken => _state.CancellationToken;

    /// <summary>The platform the post is for: its own metadata, else the configuration.</summary>
    public Platform Platform => _state.Post.Platform ?? _registration.Options.Platform;

    /// <summary>The post's sentences (a sentence ends at 。！？ or a blank line, not at a hashtag or a single line break); found once per post.</summary>
    public ReadOnlySpan<TextSpan> Sentences => _state.Sentences;

    /// <summary>
    /// The value <paramref name="provider"/> computes from this post: computed by the first rule
    /// that asks and shared with every other rule during this post's analysis.
    /// </summary>
    public TValue GetValue<TValue>(PostValueProvider<TValue> provider) => _state.GetValue(provider);

    /// <summary>
    /// Roslyn's spelling of <see cref="GetValue{TValue}"/>: gets the value <paramref name="provider"/>
    /// computes from this post. Returns false only for a context that belongs to no analysis (the default value).
    /// </summary>
    public bool TryGetValue<TValue>(PostValueProvider<TValue> provider, out TValue value)
    {
        if (_state is null)
        {
            value = default!;
            return false;
        }

        value = _state.GetValue(provider);
        return true;
    }

    /// <summary>Reports a finding. The engine applies the configured severity and references and drops findings of rules that are off or not this analyzer's.</summary>
    public void ReportDiagnostic(Diagnostic diagnostic) => _state.Report(_registration, diagnostic);
}

/// <summary>What a lexicon action receives: one match of an entry owned by the analyzer's rules.</summary>
public readonly struct LexiconMatchContext
{
    private readonly PostAnalysisState _state;
    private readonly AnalyzerRegistration _registration;
    private readonly LexiconMatcher _matcher;

    internal LexiconMatchContext(PostAnalysisState state, AnalyzerRegistration registration, LexiconMatcher matcher, LexiconMatch match)
    {
        _state = state;
        _registration = registration;
        _matcher = matcher;
        Match = match;
    }

    /// <summary>The match: the entry's index, its span and the morphemes it covers.</summary>
    public LexiconMatch Match { get; }

    /// <summary>The entry that matched.</summary>
    public LexiconEntry Entry => _matcher.Entries[Match.EntryIndex];

    /// <summary>Where the entry matched.</summary>
    public TextSpan Span => Match.Span;

    /// <summary>The matched text as written in the post.</summary>
    public ReadOnlySpan<char> MatchedText => _state.Text.AsSpan(Match.Span);

    /// <summary>True when the match was found on morphemes; false on surface forms (no dictionary).</summary>
    public bool HasMorphology => _matcher.UsesMorphology;

    /// <summary>The post's morphemes (empty without morphology); the match covers <see cref="LexiconMatch.MorphemeCount"/> of them from <see cref="LexiconMatch.MorphemeStart"/>.</summary>
    public ReadOnlySpan<Morpheme> Morphemes => _state.Morphemes;

    /// <summary>The sentence the match starts in.</summary>
    public TextSpan Sentence
    {
        get
        {
            var sentences = _state.Sentences;
            var low = 0;
            var high = sentences.Length - 1;
            var position = Match.Span.Start;
            while (low <= high)
            {
                var mid = (low + high) >>> 1;
                if (sentences[mid].End <= position)
                {
                    low = mid + 1;
                }
                else if (sentences[mid].Start > position)
                {
                    high = mid - 1;
                }
                else
                {
                    return sentences[mid];
                }
            }

            return new TextSpan(0, _state.Text.Length);
        }
    }

    /// <summary>The post's sentences (a sentence ends at 。！？ or a blank line, not at a hashtag or a single line break); found once per post.</summary>
    public ReadOnlySpan<TextSpan> Sentences => _state.Sentences;

    /// <summary>The post being analysed, with its id and metadata (platform, time, sponsorship).</summary>
    public Post Post => _state.Post;

    /// <summary>The post's text; every <see cref="TextSpan"/> a rule reports is a UTF-16 offset into it.</summary>
    public PostText Text => _state.Text;

    /// <summary>The post's tokens (hashtags, mentions, URLs, disclosure marks …), lexed once and shared by every rule.</summary>
    public PostSyntax Syntax => _state.Syntax;

    /// <summary>The resolved configuration the engine was built with (profile, rule settings, lists).</summary>
    public AnalyzerOptions Options => _registration.Options;

    /// <summary>Signalled when the caller gives up on the analysis; long-running actions should check it.</summary>
    public CancellationToken CancellationToken => _state.CancellationToken;

    /// <summary>The value <paramref name="provider"/> computes from this post, shared with every rule that asks.</summary>
    public TValue GetValue<TValue>(PostValueProvider<TValue> provider) => _state.GetValue(provider);

    /// <summary>Reports a finding. The engine applies the configured severity and references and drops findings of rules that are off or not this analyzer's.</summary>
    public void ReportDiagnostic(Diagnostic diagnostic) => _state.Report(_registration, diagnostic);
}
