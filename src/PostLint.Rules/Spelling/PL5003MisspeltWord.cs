using System.Collections.Concurrent;
using System.Collections.Immutable;
using PostLint.Analysis;
using PostLint.Diagnostics;
using PostLint.Localization;
using PostLint.Rules.Infrastructure;
using PostLint.Configuration;
using PostLint.Spelling;
using PostLint.Syntax;
using PostLint.Text;
using PostLint.IO;

namespace PostLint.Rules.Spelling;

/// <summary>
/// PL5003: a Latin-script word of the post is not in the Hunspell dictionary (en_US by default)
/// nor in the profile's and the user's word lists (place names such as Ishinomaki). URLs,
/// mentions and e-mail addresses are never checked; hashtags only with
/// <c>spelling.checkHashtags</c>. Suggestions come as display fixes. When no dictionary is found
/// (or <c>spelling.dictionary</c> is <c>none</c>) the rule stays off and PL0004 says so once per run.
/// </summary>
public sealed class PL5003MisspeltWord : PostAnalyzer
{
    /// <summary>The rule id, <c>PL5003</c>: how configuration (<c>rules</c>, front matter <c>ignore</c>), baselines and reports name this rule.</summary>
    public const string DiagnosticId = "PL5003";

    /// <summary>The message id of the notice that says the rule is off (no dictionary, or one that cannot be read).</summary>
    public const string OffNoticeId = "notice.PL5003.off";

    /// <summary>How many suggestions a finding offers.</summary>
    public const int MaxSuggestions = 5;

    /// <summary>
    /// The descriptor of PL5003 ("Misspelt English word"): a suggestion by default. Profiles and the
    /// <c>rules</c> and <c>categories</c> settings change its severity; findings carry its id (<see cref="Diagnostic.Id"/>).
    /// </summary>
    public static readonly DiagnosticDescriptor Rule = new(
        DiagnosticId,
        "Misspelt English word",
        "「{0}」は英語の辞書にない語です。つづりを確認してください（{1}）",
        DiagnosticCategory.Platform,
        DiagnosticSeverity.Info,
        isEnabledByDefault: true,
        description: "English appears in posts written for visitors; a typo on an official account is embarrassing. Latin-script words are checked against a Hunspell dictionary (en_US) plus the profile's place names and the configured words, after NFKC normalization, skipping URLs, mentions and e-mail addresses.",
        references: ["石巻市ガイドライン 4(4)"]);

    // Loading en_US takes tens of milliseconds: one copy per dictionary file serves every engine.
    private static readonly ConcurrentDictionary<(string Affix, string Dictionary), Lazy<HunspellDictionary>> Loaded = new();

    private static readonly System.Buffers.SearchValues<char> Digits = System.Buffers.SearchValues.Create("0123456789");

    [ThreadStatic]
    private static List<SpellingWord>? t_words;

    [ThreadStatic]
    private static List<TextSpan>? t_excluded;

    private readonly Func<string, string, HunspellDictionary>? _loader;

    /// <summary>The rule as the built-in registration adds it: each dictionary file is read once per process, when a post first needs it.</summary>
    public PL5003MisspeltWord()
    {
    }

    /// <summary>
    /// The rule with its own way of reading a dictionary (<c>.aff</c> path, <c>.dic</c> path):
    /// a host that keeps dictionaries elsewhere, or a test that counts reads. The loader is called
    /// at most once per engine, on the first post with a Latin letter, never for a post without one;
    /// its dictionaries are not shared with other engines.
    /// </summary>
    public PL5003MisspeltWord(Func<string, string, HunspellDictionary> loader)
    {
        ArgumentNullException.ThrowIfNull(loader);
        _loader = loader;
    }

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    /// <inheritdoc/>
    public override ImmutableArray<OptionSection> OptionSections { get; } = [SpellingOptions.Section];

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        var options = context.Options;
        var spelling = options.Get(SpellingOptions.Section);
        // As for MeCab: no dictionary is not a failure of the run but PL0004, once, at no
        // location; the rule does not run (there is no fallback for spelling).
        if (HunspellDictionaryLocator.IsNoDictionary(spelling.Dictionary))
        {
            context.ReportRunDiagnostic(Diagnostic.Create(EngineDiagnostics.SpellingDictionaryNotFound, DiagnosticLocation.None, LocalizedMessage.Of("spelling.off")));
            return;
        }

        var location = new HunspellDictionaryLocator().Locate(spelling.Dictionary);
        if (!location.Found)
        {
            context.ReportRunDiagnostic(Diagnostic.Create(
                EngineDiagnostics.SpellingDictionaryNotFound,
                DiagnosticLocation.None,
                LocalizedMessage.Of("spelling.runNotFound", HunspellDictionaryLocator.DefaultLanguage, string.Join(", ", location.SearchedPlaces))));
            return;
        }

        // Reading en_US takes tens of milliseconds, most of a short check's run: a post written
        // in Japanese only never needs it, so the dictionary is read when the first post with a
        // Latin letter comes (once, whichever thread gets there first). What a look at the files
        // can tell (a named pipe, a device, a file over the size limit) is still said now.
        var affix = location.AffixPath!;
        var dictionaryPath = location.DictionaryPath!;
        try
        {
            BoundedFile.Check(affix, BoundedFile.MaxSpellingDictionaryBytes, LocalizedMessage.Of("file.what.hunspellAffix"));
            BoundedFile.Check(dictionaryPath, BoundedFile.MaxSpellingDictionaryBytes, LocalizedMessage.Of("file.what.hunspellDictionary"));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            context.ReportNotice(LocalizedMessage.Of(OffNoticeId, LocalizedMessage.Of("spelling.unreadable", BoundedFile.ReasonOf(e))));
            return;
        }

        var loader = _loader;
        var state = new RuleState(
            () => loader is null ? LoadShared(affix, dictionaryPath) : loader(affix, dictionaryPath),
            options.Words,
            spelling.CheckHashtags,
            ClauseText.For(options, Rule),
            spelling.Suggestions);
        context.RegisterPostAction(post => Analyze(post, state));
    }

    private static HunspellDictionary LoadShared(string affix, string dictionary)
    {
        try
        {
            return Loaded.GetOrAdd(
                (affix, dictionary),
                static key => new Lazy<HunspellDictionary>(() => HunspellDictionary.Load(key.Affix, key.Dictionary))).Value;
        }
        catch (Exception e) when (e is HunspellFormatException or IOException or UnauthorizedAccessException)
        {
            // Not cached: a dictionary being installed or repaired is read again by the next engine.
            Loaded.TryRemove((affix, dictionary), out _);
            throw;
        }
    }

    private static void Analyze(PostAnalysisContext context, RuleState state)
    {
        var text = context.Text.Text;
        if (!HasLatinLetter(text))
        {
            return;
        }

        // The lexer already knows where URLs, mentions, e-mail addresses, phone numbers and
        // (unless asked) hashtags are. The tokenizer's own rule (a run with an at sign is not
        // prose, as in the hunspell command line) still covers what the lexer leaves as text:
        // taro..@docomo.ne.jp, where X links @docomo, is a mention and text, not an address.
        var loaded = state.Loaded;
        var excluded = t_excluded ??= [];
        excluded.Clear();
        foreach (var token in context.Syntax.Tokens)
        {
            if (token.Kind is SyntaxKind.Url or SyntaxKind.Mention or SyntaxKind.EmailAddress or SyntaxKind.PhoneNumber ||
                (!state.CheckHashtags && token.Kind is SyntaxKind.Hashtag or SyntaxKind.UnrecognizedHashtag))
            {
                excluded.Add(token.Span);
            }
        }

        var words = t_words ??= [];
        words.Clear();
        loaded.Tokenizer.Tokenize(text, words, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(excluded));
        foreach (var word in words)
        {
            if (IsAcronymOrCode(word.Text.Span) || loaded.Dictionary.Check(word.Text.Span))
            {
                continue;
            }

            var written = context.Text.ToString(word.Span);
            var fixes = state.Suggestions
                ? loaded.SuggestionsFor(word.Text.ToString())
                    .Select(suggestion => CodeFix.Display($"「{suggestion}」に直す", TextEdit.Replace(word.Span, suggestion)))
                    .ToImmutableArray()
                : [];
            context.ReportDiagnostic(Diagnostic.Create(Rule, word.Span, fixes, written, state.Clause));
        }
    }

    /// <summary>
    /// Acronyms and codes are not words to spell-check: all capitals of up to five letters (JR,
    /// NHK, AED, SDGS), optionally with a plural s (PCs), and anything with a digit (5G, IPv4, R6).
    /// </summary>
    internal static bool IsAcronymOrCode(ReadOnlySpan<char> word)
    {
        if (word.ContainsAny(Digits))
        {
            return true;
        }

        // A plural s after at least two capitals (PCs, ATMs) does not make an acronym a word.
        if (word.Length >= 3 && word[^1] == 's' && char.IsUpper(word[^2]) && char.IsUpper(word[^3]))
        {
            word = word[..^1];
        }

        if (word.Length is 0 or > 5)
        {
            return false;
        }

        foreach (var c in word)
        {
            if (!char.IsUpper(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool HasLatinLetter(string text)
    {
        foreach (var c in text)
        {
            if (SpellingTokenizer.IsLatinLetter(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// What one engine's rule needs: the settings now, and the dictionary with its tokenizer and
    /// suggestion cache when the first post with a Latin letter asks for them.
    /// </summary>
    private sealed class RuleState
    {
        private readonly Lazy<LoadedDictionary> _loaded;

        public RuleState(Func<HunspellDictionary> load, ImmutableArray<string> words, bool checkHashtags, string clause, bool suggestions)
        {
            CheckHashtags = checkHashtags;
            Clause = clause;
            Suggestions = suggestions;

            // ExecutionAndPublication: posts analysed in parallel wait for one read instead of
            // each reading the file. A read that fails fails every post that needs it, with the
            // same error (the engine reports it as this analyzer's failure).
            _loaded = new Lazy<LoadedDictionary>(
                () =>
                {
                    var dictionary = load();
                    if (!words.IsDefaultOrEmpty)
                    {
                        dictionary = dictionary.WithWords(words);
                    }

                    return new LoadedDictionary(dictionary, SpellingTokenizer.For(dictionary, new SpellingTokenizerOptions { IncludeHashtags = checkHashtags }));
                },
                LazyThreadSafetyMode.ExecutionAndPublication);
        }

        public LoadedDictionary Loaded => _loaded.Value;

        public bool CheckHashtags { get; }

        public string Clause { get; }

        public bool Suggestions { get; }
    }

    /// <summary>The dictionary of one engine (with the configured words), its tokenizer and a cache of suggestions (they are slow).</summary>
    private sealed class LoadedDictionary(HunspellDictionary dictionary, SpellingTokenizer tokenizer)
    {
        private const int MaxCachedWords = 10_000;
        private readonly ConcurrentDictionary<string, IReadOnlyList<string>> _suggestions = new(StringComparer.Ordinal);

        public HunspellDictionary Dictionary { get; } = dictionary;

        public SpellingTokenizer Tokenizer { get; } = tokenizer;

        public IReadOnlyList<string> SuggestionsFor(string word)
        {
            if (_suggestions.TryGetValue(word, out var cached))
            {
                return cached;
            }

            var suggestions = Dictionary.Suggest(word, MaxSuggestions);
            if (_suggestions.Count < MaxCachedWords)
            {
                _suggestions.TryAdd(word, suggestions);
            }

            return suggestions;
        }
    }
}
