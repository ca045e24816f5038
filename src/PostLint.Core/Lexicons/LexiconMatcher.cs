using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Runtime.InteropServices;
using System.Text;
using PostLint.Morphemes;
using PostLint.Syntax;
using PostLint.Text;

namespace PostLint.Lexicons;

/// <summary>
/// Every enabled lexicon entry compiled into one automaton, run once per post. With a MeCab
/// dictionary the automaton reads morpheme keys — each morpheme's base form (its surface when the
/// dictionary gives none), folded by <see cref="LexiconText"/> — so that a spelling of several
/// morphemes (出ていけ) and a verb's conjugated forms (殺す: 殺せ, 殺して) match; each morpheme's
/// key is decoded once per post, not once per rule or entry. Without a dictionary it reads folded
/// characters and checks word boundaries: a katakana or Latin spelling must not continue into more
/// katakana or Latin letters (バカ is not in バカンス), and verbs (<c>pos=動詞</c>) are conjugated
/// from their dictionary form. Either way a match then has to pass the entry's checks: its part of
/// speech, what must come before it, its allowed compounds (殺菌, 防犯) and its cancelling words in
/// the same sentence (詐欺 in 「特殊詐欺に注意」). Thread-safe; matching allocates nothing once the
/// caller's buffers have grown.
/// </summary>
public sealed class LexiconMatcher
{
    private const int Root = 0;

    /// <summary>
    /// Slots of the per-thread cache of morpheme keys (a power of two; 12 bytes each): it starts
    /// small, because a run of one post meets a few dozen words and zeroing 384 KB was a visible
    /// part of its start, and grows to the full size once a thread has decoded more words than it has slots.
    /// </summary>
    private const int KeyCacheBits = 15;

    private const int FirstKeyCacheBits = 10;

    /// <summary>A key cache entry meaning "this feature has no base form: the key is the surface".</summary>
    private const int SurfaceKey = -2;

    private static int s_lastMatcherId;

    [ThreadStatic]
    private static KeyCache? t_keyCache;

    /// <summary>
    /// How far from a match cancelling words are looked for, within its sentence. A post without
    /// sentence marks or blank lines is one sentence; a word 5,000 characters away does not speak
    /// about this one, and the bound keeps matching linear on such input.
    /// </summary>
    public const int ContextReach = 200;

    private readonly MorphemeAnalyzer? _dictionary;
    private readonly TransitionTable _transitions;
    private readonly int[][] _outputs;
    private readonly TransitionTable _surfaceTransitions;
    private readonly SurfaceOutput[][] _surfaceOutputs;
    private readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _keyIds;
    private readonly int _maxKeyLength;
    private readonly int _maxMatchLength;
    private readonly Folded?[] _folded;
    private readonly int _id = Interlocked.Increment(ref s_lastMatcherId);

    /// <summary>
    /// The first step of the surface automaton by folded character (-1: no spelling starts with it),
    /// and of the morpheme automaton by key id: most walks end there, without a hash lookup.
    /// </summary>
    private readonly int[]?[] _surfaceRootPages;
    private readonly int[] _keyRoot;

    private LexiconMatcher(ImmutableArray<LexiconEntry> entries, MorphemeAnalyzer? dictionary, LexiconKeyCache? keyCache)
    {
        Entries = entries;
        _dictionary = dictionary;

        // Folded on first use: a run of a few posts meets few entries, and folding every entry's
        // context words up front was a tenth of what compiling cost.
        _folded = new Folded?[entries.Length];
        // Sized from the spellings' length so that the tables do not grow step by step (each
        // character of a spelling is at most one node; conjugated verbs add a few more).
        var characters = 0;
        var maxSpellingLength = 0;
        foreach (var entry in entries)
        {
            foreach (var spelling in entry.Spellings)
            {
                characters += spelling.Length;
                maxSpellingLength = Math.Max(maxSpellingLength, spelling.Length);
            }
        }

        var transitions = new Dictionary<long, int>(characters / 2);
        var outputs = new List<List<int>?>(characters) { null };
        var surfaceTransitions = new Dictionary<long, int>(characters * 2);
        var surfaceOutputs = new List<List<SurfaceOutput>?>(characters * 2) { null };
        var keyIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var morphemes = new List<Morpheme>();
        string[] Tokenize(string spelling)
        {
            morphemes.Clear();
            dictionary!.Tokenize(spelling, 0, morphemes);
            return [.. morphemes.Select(m => KeyOf(m, spelling))];
        }

        Func<string, string[]> tokenize = Tokenize;
        for (var e = 0; e < entries.Length; e++)
        {
            var entry = entries[e];
            foreach (var spelling in entry.Spellings)
            {
                // Surface forms are compiled in both modes: with a dictionary they catch words it
                // splits differently alone than in a post (キモい, めくら), aligned to morphemes.
                var forms = entry.PartsOfSpeech.Any(static p => p.StartsWith("動詞", StringComparison.Ordinal)) ? SurfaceForms.Conjugate(spelling) : [spelling];
                foreach (var form in forms)
                {
                    var node = Root;
                    foreach (var c in LexiconText.Fold(form))
                    {
                        node = Step(surfaceTransitions, surfaceOutputs, node, c);
                    }

                    // Where every spelling of the entry that reaches this node is written in
                    // katakana, the surface fallback will not take hiragana there (カス is not the
                    // かす of 生かす); a spelling written in hiragana (ばか) lifts that for its letters.
                    AddSurfaceOutput(surfaceOutputs, node, e, KatakanaMask(form));
                }

                if (dictionary is not null && !entry.SurfaceOnly)
                {
                    var node = Root;
                    foreach (var key in keyCache?.GetKeys(spelling, tokenize) ?? Tokenize(spelling))
                    {
                        if (!keyIds.TryGetValue(key, out var id))
                        {
                            id = keyIds.Count;
                            keyIds.Add(key, id);
                        }

                        node = Step(transitions, outputs, node, id);
                    }

                    AddOutput(outputs, node, e);
                }
            }
        }

        keyCache?.Save();
        _transitions = new TransitionTable(transitions);
        _surfaceTransitions = new TransitionTable(surfaceTransitions);

        // Most nodes are inside a spelling and output nothing: they share one empty array.
        _outputs = new int[outputs.Count][];
        for (var node = 0; node < outputs.Count; node++)
        {
            _outputs[node] = outputs[node]?.ToArray() ?? [];
        }

        _surfaceOutputs = new SurfaceOutput[surfaceOutputs.Count][];
        for (var node = 0; node < surfaceOutputs.Count; node++)
        {
            _surfaceOutputs[node] = surfaceOutputs[node]?.ToArray() ?? [];
        }

        _keyIds = keyIds.ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        _maxKeyLength = 0;
        foreach (var key in keyIds.Keys)
        {
            _maxKeyLength = Math.Max(_maxKeyLength, key.Length);
        }

        // By 256-character page, each page holding next node + 1 (0: none): only the pages where
        // a spelling starts are allocated (a few dozen), not 256 KB for every character.
        _surfaceRootPages = new int[]?[(char.MaxValue + 1) >> 8];
        _keyRoot = new int[keyIds.Count];
        Array.Fill(_keyRoot, -1);
        foreach (var (key, next) in surfaceTransitions)
        {
            if ((int)(key >> 32) == Root)
            {
                var c = (int)(uint)key;
                (_surfaceRootPages[c >> 8] ??= new int[256])[c & 0xFF] = next + 1;
            }
        }

        foreach (var (key, next) in transitions)
        {
            if ((int)(key >> 32) == Root)
            {
                _keyRoot[(int)(uint)key] = next;
            }
        }

        // A conjugated or differently written form is a few characters longer than its spelling at most.
        _maxMatchLength = (2 * maxSpellingLength) + 16;
    }

    /// <summary>The entries, in the order they were given; <see cref="LexiconMatch.EntryIndex"/> points here.</summary>
    public ImmutableArray<LexiconEntry> Entries { get; }

    /// <summary>True when the matcher reads morphemes; false when it matches surface forms.</summary>
    public bool UsesMorphology => _dictionary is not null;

    /// <summary>Compiles <paramref name="entries"/> for morphemes of <paramref name="dictionary"/>, or for surface forms when it is null.</summary>
    public static LexiconMatcher Build(IEnumerable<LexiconEntry> entries, MorphemeAnalyzer? dictionary)
    {
        ArgumentNullException.ThrowIfNull(entries);
        return new LexiconMatcher([.. entries], dictionary, keyCache: null);
    }

    /// <summary>
    /// As <see cref="Build(IEnumerable{LexiconEntry}, MorphemeAnalyzer?)"/>, with the spellings'
    /// morpheme keys kept in <paramref name="cacheDirectory"/> between runs (<see cref="LexiconKeyCache"/>).
    /// </summary>
    internal static LexiconMatcher Build(IEnumerable<LexiconEntry> entries, MorphemeAnalyzer? dictionary, string? cacheDirectory)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var keyCache = dictionary is null || cacheDirectory is null ? null : LexiconKeyCache.Open(cacheDirectory, dictionary);
        return new LexiconMatcher([.. entries], dictionary, keyCache);
    }

    /// <summary>The node after the first character of a spelling, -1 when no spelling starts with <paramref name="c"/>.</summary>
    private int SurfaceRootOf(char c) => _surfaceRootPages[c >> 8] is { } page ? page[c & 0xFF] - 1 : -1;

    /// <summary>The context words of an entry, folded once, when a match of the entry first needs them.</summary>
    private Folded FoldedOf(int entryIndex)
    {
        var folded = Volatile.Read(ref _folded[entryIndex]);
        if (folded is null)
        {
            // Two threads may fold the same entry at once; either result is the same, one is kept.
            folded = new Folded(Entries[entryIndex]);
            folded = Interlocked.CompareExchange(ref _folded[entryIndex], folded, null) ?? folded;
        }

        return folded;
    }

    /// <summary>
    /// Adds the matches in a post to <paramref name="output"/>, in text order, before the context
    /// checks that need sentences (<see cref="RemoveCancelled"/>). <paramref name="morphemes"/> are
    /// the post's morphemes (<see cref="PostMorphology.Tokenize"/>) when the matcher reads them;
    /// <paramref name="keys"/> is a buffer for their keys.
    /// </summary>
    public void FindMatches(PostText text, PostSyntax syntax, ReadOnlySpan<Morpheme> morphemes, List<int> keys, List<LexiconMatch> output)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(syntax);
        ArgumentNullException.ThrowIfNull(keys);
        ArgumentNullException.ThrowIfNull(output);
        var first = output.Count;
        if (_dictionary is not null)
        {
            FindInMorphemes(text.AsSpan(), morphemes, keys, output);
        }

        FindInSurface(text.AsSpan(), syntax, _dictionary is null ? default : morphemes, output);
        if (_dictionary is not null && output.Count > first)
        {
            output.Sort(first, output.Count - first, Comparer<LexiconMatch>.Create(static (a, b) => a.Span.CompareTo(b.Span)));
        }

        RemoveContained(output, first);
    }

    /// <summary>
    /// Removes the matches that fill a quotation by themselves (「ここだけの話」は…: named, not said),
    /// that do not end their sentence when their entry asks it (<c>at=end</c>), whose sentence holds
    /// one of their entry's cancelling words, or lacks all of its required words (<c>with=</c>) (<paramref name="sentences"/>: the post's sentences in
    /// order, <see cref="SentenceSplitter"/>). A word that overlaps the match itself is part of the
    /// matched term, not its context: 違法 does not cancel 違法ダウンロード.
    /// </summary>
    public void RemoveCancelled(ReadOnlySpan<char> text, ReadOnlySpan<TextSpan> sentences, List<LexiconMatch> matches)
    {
        ArgumentNullException.ThrowIfNull(matches);
        var kept = 0;
        for (var i = 0; i < matches.Count; i++)
        {
            var match = matches[i];
            var sentence = SentenceOf(sentences, match.Span.Start, text.Length);
            var from = Math.Max(sentence.Start, match.Span.Start - ContextReach);
            var to = Math.Max(from, Math.Min(sentence.End, match.Span.End + ContextReach));
            var folded = FoldedOf(match.EntryIndex);
            var quoted = IsQuotedMention(text, match.Span) ||
                (Entries[match.EntryIndex].QuotedIsMention && IsQuoted(text, sentence, match.Span));
            var cancelled = quoted;
            for (var w = 0; w < folded.Cancel.Length && !cancelled; w++)
            {
                cancelled = OccursBeside(text, from, to, folded.Cancel[w], match.Span);
            }

            if (cancelled && !quoted && AnyBeside(text, from, to, folded.Keep, match.Span))
            {
                cancelled = false;
            }

            cancelled = cancelled ||
                (folded.SentenceFinal && !EndsSentence(text, match.Span.End, sentence.End)) ||
                (folded.With.Length > 0 && !AnyBeside(text, from, to, folded.With, match.Span)) ||
                (folded.And.Length > 0 && !AnyBeside(text, from, to, folded.And, match.Span));

            if (!cancelled)
            {
                matches[kept++] = match;
            }
        }

        matches.RemoveRange(kept, matches.Count - kept);
    }

    /// <summary>
    /// Whether the match is a word quoted rather than said: it fills a quotation (「ここだけの話」は…,
    /// 「死にたい」と打ち明けられたら) alone or with at most <see cref="QuotedSlack"/> other characters
    /// (「内緒だよ」). Awareness posts name the phrases they warn about this way; a post that uses a
    /// phrase does not put it in brackets by itself.
    /// </summary>
    private static bool IsQuotedMention(ReadOnlySpan<char> text, TextSpan match)
    {
        var open = -1;
        for (var i = match.Start - 1; i >= 0 && i >= match.Start - 1 - QuotedSlack; i--)
        {
            if (ClosingQuoteOf(text[i]) != '\0')
            {
                open = i;
                break;
            }

            if (IsQuoteClose(text[i]))
            {
                return false;
            }
        }

        if (open < 0)
        {
            return false;
        }

        var close = ClosingQuoteOf(text[open]);
        var slack = QuotedSlack - (match.Start - open - 1);
        for (var i = match.End; i < text.Length && i <= match.End + slack; i++)
        {
            if (text[i] == close)
            {
                return true;
            }

            if (ClosingQuoteOf(text[i]) != '\0' || text[i] == '\n')
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>How many characters besides the match a quotation may hold and still only name it.</summary>
    private const int QuotedSlack = 4;

    private static char ClosingQuoteOf(char c) => c switch
    {
        '「' => '」',
        '『' => '』',
        '“' => '”',
        '‘' => '’',
        '〝' => '〟',
        _ => '\0',
    };

    private static bool IsQuoteClose(char c) => c is '」' or '』' or '”' or '’' or '〟';

    /// <summary>
    /// Whether nothing but marks and spaces follow <paramref name="position"/> up to the end of its
    /// sentence or line (<c>at=end</c>): 「出たとか。」 and 「飲まない方がいいって」 end their sentences
    /// with the hearsay particle; 「散歩とか体操とか」 does not.
    /// </summary>
    private static bool EndsSentence(ReadOnlySpan<char> text, int position, int sentenceEnd)
    {
        for (var i = position; i < text.Length && i < sentenceEnd; i++)
        {
            var c = text[i];
            if (c == '\n')
            {
                return true;
            }

            if (char.IsLetterOrDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Whether <paramref name="match"/> lies anywhere inside a pair of quotation brackets (「」『』“”)
    /// of its sentence (<c>@quoted mention</c>): an opening bracket before it that is not closed
    /// before it, and a closing one after it — a title (「バカの壁」の著者) or a quoted phrase.
    /// </summary>
    private static bool IsQuoted(ReadOnlySpan<char> text, TextSpan sentence, TextSpan match)
    {
        var from = Math.Max(sentence.Start, match.Start - ContextReach);
        var to = Math.Min(Math.Max(sentence.End, match.End), Math.Min(text.Length, match.End + ContextReach));
        var depth = 0;
        foreach (var c in text[from..match.Start])
        {
            if (c is '「' or '『' or '“')
            {
                depth++;
            }
            else if (c is '」' or '』' or '”' && depth > 0)
            {
                depth--;
            }
        }

        if (depth == 0)
        {
            return false;
        }

        foreach (var c in text[match.End..to])
        {
            if (c is '」' or '』' or '”')
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether one of <paramref name="words"/> occurs in text[from..to] without overlapping <paramref name="match"/>.</summary>
    private static bool AnyBeside(ReadOnlySpan<char> text, int from, int to, string[] words, TextSpan match)
    {
        foreach (var word in words)
        {
            if (OccursBeside(text, from, to, word, match))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="word"/> occurs in text[from..to] without overlapping <paramref name="match"/>.</summary>
    private static bool OccursBeside(ReadOnlySpan<char> text, int from, int to, string word, TextSpan match)
    {
        var window = text[from..to];
        for (var at = LexiconText.IndexOfFolded(window, word, 0); at >= 0; at = LexiconText.IndexOfFolded(window, word, at + 1))
        {
            var start = from + at;
            if (start >= match.End || start + word.Length <= match.Start)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Runs every entry's examples through this matcher: each <c>match=</c> text must give a match
    /// of the entry and each <c>nomatch=</c> text must not.
    /// </summary>
    public IReadOnlyList<LexiconSelfTestFailure> RunSelfTests()
    {
        var failures = new List<LexiconSelfTestFailure>();
        var morphemes = new List<Morpheme>();
        var keys = new List<int>();
        var matches = new List<LexiconMatch>();
        var sentences = new List<TextSpan>();
        for (var e = 0; e < Entries.Length; e++)
        {
            var entry = Entries[e];
            foreach (var (example, shouldMatch) in entry.MustMatch.Select(static x => (x, true)).Concat(entry.MustNotMatch.Select(static x => (x, false))))
            {
                var text = new PostText(example);
                var syntax = PostSyntax.Parse(text);
                morphemes.Clear();
                if (_dictionary is not null)
                {
                    PostMorphology.Tokenize(syntax, _dictionary, morphemes);
                }

                matches.Clear();
                FindMatches(text, syntax, CollectionsMarshal.AsSpan(morphemes), keys, matches);
                sentences.Clear();
                SentenceSplitter.Split(syntax, sentences);
                RemoveCancelled(example, CollectionsMarshal.AsSpan(sentences), matches);
                var matched = matches.Exists(m => m.EntryIndex == e);
                if (matched != shouldMatch)
                {
                    failures.Add(new LexiconSelfTestFailure(entry, example, shouldMatch));
                }
            }
        }

        return failures;
    }

    private void FindInMorphemes(ReadOnlySpan<char> text, ReadOnlySpan<Morpheme> morphemes, List<int> keys, List<LexiconMatch> output)
    {
        // Each morpheme's key once, before any walk: walks from later starts reuse them.
        keys.Clear();
        Span<char> buffer = stackalloc char[64];
        var cache = t_keyCache ??= new KeyCache(_id);
        if (cache.MatcherId != _id)
        {
            cache.Reset(_id);
        }

        foreach (var morpheme in morphemes)
        {
            keys.Add(KeyIdOf(morpheme, text, buffer, cache));
        }

        var keySpan = CollectionsMarshal.AsSpan(keys);
        for (var i = 0; i < morphemes.Length; i++)
        {
            var node = keySpan[i] < 0 ? -1 : _keyRoot[keySpan[i]];
            if (node < 0)
            {
                continue;
            }

            for (var j = i; j < morphemes.Length; j++)
            {
                if (j > i && (keySpan[j] < 0 || morphemes[j].Span.Start != morphemes[j - 1].Span.End ||
                    !_transitions.TryGetNext(node, keySpan[j], out node)))
                {
                    break;
                }

                foreach (var entryIndex in _outputs[node])
                {
                    var span = TextSpan.FromBounds(morphemes[i].Span.Start, morphemes[j].Span.End);
                    if (MorphemeChecksPass(entryIndex, morphemes, i) && ContextChecksPass(entryIndex, text, span))
                    {
                        output.Add(new LexiconMatch(entryIndex, span, i, j - i + 1));
                    }
                }
            }
        }
    }

    /// <summary>
    /// Surface matching. With morphemes (a dictionary), a match counts only where it starts and
    /// ends at morpheme boundaries, and the entry's part-of-speech checks apply to its morphemes.
    /// </summary>
    private void FindInSurface(ReadOnlySpan<char> text, PostSyntax syntax, ReadOnlySpan<Morpheme> morphemes, List<LexiconMatch> output)
    {
        foreach (var token in syntax.Tokens)
        {
            var region = token.Kind switch
            {
                SyntaxKind.Text => token.Span,
                SyntaxKind.Hashtag or SyntaxKind.UnrecognizedHashtag or SyntaxKind.DisclosureMark => token.ValueSpan,
                _ => default,
            };
            for (var i = region.Start; i < region.End; i++)
            {
                var node = SurfaceRootOf(LexiconText.Fold(text[i]));
                if (node < 0)
                {
                    continue;
                }

                for (var j = i; j < region.End; j++)
                {
                    if (j > i && !_surfaceTransitions.TryGetNext(node, LexiconText.Fold(text[j]), out node))
                    {
                        break;
                    }

                    foreach (var (entryIndex, katakanaOnly) in _surfaceOutputs[node])
                    {
                        var span = TextSpan.FromBounds(i, j + 1);
                        if (_dictionary is null)
                        {
                            if (SurfaceChecksPass(entryIndex, katakanaOnly, text, span) && ContextChecksPass(entryIndex, text, span))
                            {
                                output.Add(new LexiconMatch(entryIndex, span, 0, 0));
                            }
                        }
                        else if (AlignedMorphemes(morphemes, span) is var (start, count) && count > 0 &&
                                 MorphemeChecksPass(entryIndex, morphemes, start) && ContextChecksPass(entryIndex, text, span))
                        {
                            output.Add(new LexiconMatch(entryIndex, span, start, count));
                        }
                    }
                }
            }
        }
    }

    /// <summary>The morphemes a span covers exactly (starting and ending on their boundaries), or a count of 0.</summary>
    private static (int Start, int Count) AlignedMorphemes(ReadOnlySpan<Morpheme> morphemes, TextSpan span)
    {
        var low = 0;
        var high = morphemes.Length - 1;
        while (low <= high)
        {
            var mid = (low + high) >>> 1;
            var start = morphemes[mid].Span.Start;
            if (start < span.Start)
            {
                low = mid + 1;
            }
            else if (start > span.Start)
            {
                high = mid - 1;
            }
            else
            {
                for (var end = mid; end < morphemes.Length && morphemes[end].Span.End <= span.End; end++)
                {
                    if (morphemes[end].Span.End == span.End)
                    {
                        return (mid, end - mid + 1);
                    }
                }

                return (0, 0);
            }
        }

        return (0, 0);
    }

    private bool MorphemeChecksPass(int entryIndex, ReadOnlySpan<Morpheme> morphemes, int start)
    {
        var entry = Entries[entryIndex];
        if (!entry.PartsOfSpeech.IsEmpty && !AnyPartOfSpeech(morphemes[start], entry.PartsOfSpeech))
        {
            return false;
        }

        if (!entry.AfterPartsOfSpeech.IsEmpty)
        {
            return start > 0 && morphemes[start - 1].Span.End == morphemes[start].Span.Start && AnyPartOfSpeech(morphemes[start - 1], entry.AfterPartsOfSpeech);
        }

        return true;
    }

    private static bool AnyPartOfSpeech(Morpheme morpheme, ImmutableArray<string> patterns)
    {
        foreach (var pattern in patterns)
        {
            if (morpheme.PartOfSpeechMatches(pattern))
            {
                return true;
            }
        }

        return false;
    }

    private bool SurfaceChecksPass(int entryIndex, ulong katakanaOnly, ReadOnlySpan<char> text, TextSpan span)
    {
        var firstChar = text[span.Start];
        var lastChar = text[span.End - 1];
        if (span.Start > 0 && ContinuesWord(text[span.Start - 1], firstChar))
        {
            return false;
        }

        if (span.End < text.Length && ContinuesWord(lastChar, text[span.End]))
        {
            return false;
        }

        var matched = text[span.Start..span.End];
        for (var k = 0; k < matched.Length && k < 64; k++)
        {
            if ((katakanaOnly & (1UL << k)) != 0 && LexiconText.IsHiragana(matched[k]))
            {
                return false;
            }
        }

        var entry = Entries[entryIndex];
        var after = entry.AfterPartsOfSpeech;

        // A short word in hiragana right after a kanji is most often that kanji's okurigana or the
        // end of a compound (消えろ is not えろ, 寝ぼけ is not ぼけ): without a dictionary to say
        // where the word starts, such a match is not taken. Entries that say what comes before
        // them (after=, afterpos=) decide that themselves.
        if (after.IsEmpty && entry.After.IsEmpty && span.Start > 0 && matched.Length <= OkuriganaLength &&
            IsKanji(text[span.Start - 1]) && IsAllHiragana(matched))
        {
            return false;
        }

        if (after.IsEmpty)
        {
            return true;
        }

        // Without parts of speech: a conjugated word (動詞, 形容詞, 助動詞) ends in hiragana; a noun does not.
        if (span.Start == 0)
        {
            return false;
        }

        var before = text[span.Start - 1];
        foreach (var pattern in after)
        {
            if (pattern.StartsWith("名詞", StringComparison.Ordinal) ? (!LexiconText.IsHiragana(before) && char.IsLetter(before)) : LexiconText.IsHiragana(before))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The longest hiragana match the surface fallback reads as a kanji's okurigana (えろ of 消えろ, かす of 生かす).</summary>
    private const int OkuriganaLength = 3;

    private static bool IsKanji(char c) => c is (>= '\u4E00' and <= '\u9FFF') or (>= '\u3400' and <= '\u4DBF') or '々';

    private static bool IsAllHiragana(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (!LexiconText.IsHiragana(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Bit k set when the k-th letter of <paramref name="form"/> is katakana (the first 64 letters).</summary>
    private static ulong KatakanaMask(string form)
    {
        var mask = 0UL;
        for (var k = 0; k < form.Length && k < 64; k++)
        {
            if (LexiconText.IsKatakana(form[k]))
            {
                mask |= 1UL << k;
            }
        }

        return mask;
    }

    /// <summary>True when two neighbouring characters belong to one katakana or Latin word.</summary>
    private static bool ContinuesWord(char a, char b) =>
        (LexiconText.IsKatakana(a) && LexiconText.IsKatakana(b)) ||
        (LexiconText.IsAsciiLetterOrDigit(a) && LexiconText.IsAsciiLetterOrDigit(b));

    private bool ContextChecksPass(int entryIndex, ReadOnlySpan<char> text, TextSpan span)
    {
        var folded = FoldedOf(entryIndex);
        if (folded.After.Length > 0)
        {
            var found = false;
            foreach (var word in folded.After)
            {
                if (LexiconText.EndsWithFolded(text[..span.Start], word))
                {
                    found = true;
                    break;
                }
            }

            if (!found)
            {
                return false;
            }
        }

        foreach (var compound in folded.Allow)
        {
            // An allowed compound that overlaps the match makes it that word, not the entry.
            var from = Math.Max(0, span.Start - compound.Length + 1);
            var to = Math.Min(text.Length, span.End + compound.Length - 1);
            var window = text[from..to];
            for (var at = LexiconText.IndexOfFolded(window, compound, 0); at >= 0; at = LexiconText.IndexOfFolded(window, compound, at + 1))
            {
                var start = from + at;
                if (start < span.End && start + compound.Length > span.Start)
                {
                    return false;
                }
            }
        }

        return true;
    }

    private static TextSpan SentenceOf(ReadOnlySpan<TextSpan> sentences, int position, int textLength)
    {
        var low = 0;
        var high = sentences.Length - 1;
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

        return new TextSpan(0, textLength);
    }

    /// <summary>
    /// Keeps one match per entry where its matches overlap: the longest (殺して over 殺し). The
    /// matches are in order of their start, and a match that contains another starts at most
    /// <see cref="_maxMatchLength"/> before it, so only that window is compared.
    /// </summary>
    private void RemoveContained(List<LexiconMatch> matches, int first)
    {
        var all = CollectionsMarshal.AsSpan(matches);
        var kept = first;
        for (var i = first; i < matches.Count; i++)
        {
            var match = all[i];
            var contained = false;
            for (var j = i - 1; j >= first && all[j].Span.Start >= match.Span.End - _maxMatchLength && !contained; j--)
            {
                var other = all[j];
                contained = other.EntryIndex == match.EntryIndex && other.Span.Contains(match.Span);
            }

            for (var j = i + 1; j < all.Length && all[j].Span.Start == match.Span.Start && !contained; j++)
            {
                var other = all[j];
                contained = other.EntryIndex == match.EntryIndex && other.Span.Length > match.Span.Length;
            }

            if (!contained)
            {
                all[kept++] = match;
            }
        }

        matches.RemoveRange(kept, matches.Count - kept);
    }

    /// <summary>
    /// The key id of a morpheme, or -1 when no entry has that key. A known word's key depends only
    /// on its feature (its base form), so it is decoded once per thread and feature and then found
    /// by the feature's address; a word without a base form is keyed by its surface.
    /// </summary>
    private int KeyIdOf(Morpheme morpheme, ReadOnlySpan<char> text, Span<char> buffer, KeyCache cache)
    {
        var feature = morpheme.FeatureAddress;
        var slot = cache.SlotOf(feature);
        int id;
        if (cache.Features[slot] == feature && feature != 0)
        {
            id = cache.Ids[slot];
        }
        else
        {
            id = BaseFormKeyId(morpheme, buffer);
            slot = cache.Missed(slot, feature);
            cache.Features[slot] = feature;
            cache.Ids[slot] = id;
        }

        return id == SurfaceKey ? SurfaceKeyId(morpheme.GetSurface(text), buffer) : id;
    }

    /// <summary>The key id of a morpheme's base form, -1 when no entry has it, <see cref="SurfaceKey"/> when it has none.</summary>
    private int BaseFormKeyId(Morpheme morpheme, Span<char> buffer)
    {
        var baseForm = morpheme.BaseFormUtf8;
        if (baseForm.IsEmpty)
        {
            return SurfaceKey;
        }

        if (baseForm.Length > _maxKeyLength * 4 || !Encoding.UTF8.TryGetChars(baseForm, buffer, out var length))
        {
            return -1;
        }

        var key = buffer[..length];
        LexiconText.Fold(key);
        return _keyIds.TryGetValue(key, out var id) ? id : -1;
    }

    private int SurfaceKeyId(ReadOnlySpan<char> surface, Span<char> buffer)
    {
        if (surface.Length > _maxKeyLength || surface.Length > buffer.Length)
        {
            return -1;
        }

        var key = buffer[..surface.Length];
        surface.CopyTo(key);
        LexiconText.Fold(key);
        return _keyIds.TryGetValue(key, out var id) ? id : -1;
    }

    private static string KeyOf(Morpheme morpheme, string text)
    {
        var baseForm = morpheme.BaseFormUtf8;
        return LexiconText.Fold(baseForm.IsEmpty ? new string(morpheme.GetSurface(text)) : Encoding.UTF8.GetString(baseForm));
    }

    private static int Step<T>(Dictionary<long, int> transitions, List<T?> outputs, int node, int symbol)
        where T : class
    {
        var key = TransitionTable.KeyOf(node, symbol);
        if (!transitions.TryGetValue(key, out var next))
        {
            next = outputs.Count;
            outputs.Add(null);
            transitions.Add(key, next);
        }

        return next;
    }

    /// <summary>Records that a form of an entry ends at a node; the katakana-only mask keeps the letters katakana in every such form.</summary>
    private static void AddSurfaceOutput(List<List<SurfaceOutput>?> outputs, int node, int entryIndex, ulong katakanaOnly)
    {
        if (node == Root)
        {
            return;
        }

        var found = outputs[node] ??= [];
        for (var i = 0; i < found.Count; i++)
        {
            if (found[i].EntryIndex == entryIndex)
            {
                found[i] = found[i] with { KatakanaOnly = found[i].KatakanaOnly & katakanaOnly };
                return;
            }
        }

        found.Add(new SurfaceOutput(entryIndex, katakanaOnly));
    }

    private static void AddOutput(List<List<int>?> outputs, int node, int entryIndex)
    {
        if (node == Root)
        {
            return;
        }

        var found = outputs[node] ??= [];
        if (!found.Contains(entryIndex))
        {
            found.Add(entryIndex);
        }
    }

    /// <summary>
    /// Key ids by feature address, direct-mapped (a collision replaces the older entry), one per
    /// thread and valid for one matcher at a time (<see cref="MatcherId"/>).
    /// </summary>
    private sealed class KeyCache(int matcherId)
    {
        private int _bits = FirstKeyCacheBits;
        private int _misses;

        public nint[] Features { get; private set; } = new nint[1 << FirstKeyCacheBits];

        public int[] Ids { get; private set; } = new int[1 << FirstKeyCacheBits];

        public int MatcherId { get; private set; } = matcherId;

        public int SlotOf(nint feature) => (int)(((ulong)feature * 0x9E3779B97F4A7C15UL) >> (64 - _bits));

        /// <summary>Counts a miss; after as many misses as slots the cache grows to its full size, empty. The slot to store in.</summary>
        public int Missed(int slot, nint feature)
        {
            if (++_misses <= Features.Length || _bits == KeyCacheBits)
            {
                return slot;
            }

            _bits = KeyCacheBits;
            Features = new nint[1 << KeyCacheBits];
            Ids = new int[1 << KeyCacheBits];
            return SlotOf(feature);
        }

        public void Reset(int matcherId)
        {
            Array.Clear(Features);
            MatcherId = matcherId;
        }
    }

    /// <summary>An entry ending at a node of the surface automaton, with the letters where all its spellings there are katakana.</summary>
    private readonly record struct SurfaceOutput(int EntryIndex, ulong KatakanaOnly);

    /// <summary>An entry's context words, folded once when the matcher is built.</summary>
    private sealed class Folded(LexiconEntry entry)
    {
        public string[] Cancel { get; } = [.. entry.CancelWords.Select(LexiconText.Fold)];

        public string[] Allow { get; } = [.. entry.AllowedCompounds.Select(LexiconText.Fold)];

        public string[] After { get; } = [.. entry.After.Select(LexiconText.Fold)];

        public string[] With { get; } = [.. entry.RequiredWords.Select(LexiconText.Fold)];

        public bool SentenceFinal { get; } = entry.SentenceFinal;

        public string[] And { get; } = [.. entry.AlsoRequiredWords.Select(LexiconText.Fold)];

        public string[] Keep { get; } = [.. entry.KeepWords.Select(LexiconText.Fold)];
    }
}
