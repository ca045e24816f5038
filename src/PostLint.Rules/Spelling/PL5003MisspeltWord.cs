using System.Collections.Concurrent;
using System.Collections.Immutable;
using PostLint.Analysis;
using PostLint.Diagnostics;
using PostLint.Spelling;
using PostLint.Syntax;
using PostLint.Text;

namespace PostLint.Rules.Spelling;

/// <summary>
/// PL5003: a Latin-script word of the post is not in the Hunspell dictionary (en_US by default)
/// nor in the profile's and the user's word lists (place names such as Ishinomaki). URLs,
/// mentions and e-mail addresses are never checked; hashtags only with
/// <c>spelling.checkHashtags</c>. Suggestions come as display fixes. When no dictionary is found
/// the rule says so once and stays off.
/// </summary>
public sealed class PL5003MisspeltWord : PostAnalyzer
{
    public const string DiagnosticId = "PL5003";

    /// <summary>How many suggestions a finding offers.</summary>
    public const int MaxSuggestions = 5;

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

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    public override void Initialize(AnalysisContext context)
    {
        var options = context.Options;
        var location = new HunspellDictionaryLocator().Locate(options.SpellingDictionary);
        if (!location.Found)
        {
            context.ReportNotice("PL5003 is off: " + location.DescribeNotFound(HunspellDictionaryLocator.DefaultLanguage));
            return;
        }

        HunspellDictionary dictionary;
        try
        {
            dictionary = Loaded.GetOrAdd(
                (location.AffixPath!, location.DictionaryPath!),
                static key => new Lazy<HunspellDictionary>(() => HunspellDictionary.Load(key.Affix, key.Dictionary))).Value;
        }
        catch (Exception e) when (e is HunspellFormatException or IOException or UnauthorizedAccessException)
        {
            Loaded.TryRemove((location.AffixPath!, location.DictionaryPath!), out _);
            context.ReportNotice("PL5003 is off: the dictionary cannot be read: " + e.Message);
            return;
        }

        if (!options.Words.IsEmpty)
        {
            dictionary = dictionary.WithWords(options.Words);
        }

        var checkHashtags = options.SpellCheckHashtags;
        var state = new RuleState(
            dictionary,
            SpellingTokenizer.For(dictionary, new SpellingTokenizerOptions { IncludeHashtags = checkHashtags }),
            checkHashtags,
            ClauseText.For(options, Rule),
            options.SpellingSuggestions);
        context.RegisterPostAction(post => Analyze(post, state));
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
        state.Tokenizer.Tokenize(text, words, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(excluded));
        foreach (var word in words)
        {
            if (IsAcronymOrCode(word.Text.Span) || state.Dictionary.Check(word.Text.Span))
            {
                continue;
            }

            var written = context.Text.ToString(word.Span);
            var fixes = state.Suggestions
                ? state.SuggestionsFor(word.Text.ToString())
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

    /// <summary>What one engine's rule needs: the dictionary, the tokenizer and a cache of suggestions (they are slow).</summary>
    private sealed class RuleState(HunspellDictionary dictionary, SpellingTokenizer tokenizer, bool checkHashtags, string clause, bool suggestions)
    {
        private const int MaxCachedWords = 10_000;
        private readonly ConcurrentDictionary<string, IReadOnlyList<string>> _suggestions = new(StringComparer.Ordinal);

        public HunspellDictionary Dictionary { get; } = dictionary;

        public SpellingTokenizer Tokenizer { get; } = tokenizer;

        public bool CheckHashtags { get; } = checkHashtags;

        public string Clause { get; } = clause;

        public bool Suggestions { get; } = suggestions;

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
