using System.Globalization;
using PostLint.Text;

namespace PostLint.Syntax;

/// <summary>
/// The tokens of one post: hashtags, mentions and URLs exactly as X (twitter-text 3.1.0)
/// recognises them, the would-be hashtags X rejects, e-mail addresses, phone numbers, emoji
/// sequences, 【…】 marks, whitespace, line breaks and the text runs between them. The tokens cover the text exactly, in order,
/// without gaps or overlaps.
/// </summary>
/// <remarks>
/// <para>Entities are found as twitter-text's <c>extractEntitiesWithIndices</c> finds them: URLs,
/// mentions (and lists) and hashtags are extracted separately, ordered by start (URLs before
/// mentions before hashtags at the same start), and an entity that overlaps an earlier one is
/// dropped, so a <c>#fragment</c> inside a URL is part of the URL.</para>
/// <para>In the text between entities: an unrecognised hashtag (<see cref="SyntaxKind.UnrecognizedHashtag"/>),
/// an e-mail address (<see cref="SyntaxKind.EmailAddress"/>) or a phone number
/// (<see cref="SyntaxKind.PhoneNumber"/>) — when they overlap, the earlier one, or the longer one
/// at the same start; what twitter-text finds always wins, so an address in which X links a
/// mention (<c>taro.@docomo.ne.jp</c>) is not an address token; a line break, a run of whitespace, a 【…】 mark (<see cref="SyntaxKind.DisclosureMark"/>: one to
/// <see cref="MaxDisclosureMarkLength"/> code points on one line, not only whitespace, with no
/// hashtag, mention, URL or 【 inside; otherwise the brackets are text and the inside is lexed
/// normally), an emoji sequence (a stray U+FE0F right after it joins it), or text.</para>
/// <para>An instance made by <see cref="Parse(string)"/> is immutable. The analysis engine may
/// instead keep one instance per thread and re-lex each post into its buffers with
/// <see cref="Reset"/>: such an instance, and every <see cref="SyntaxTokenEnumerable"/> or token
/// span taken from it, belongs to the analysis of that one post and must not be kept or shared
/// beyond it.</para>
/// </remarks>
public sealed class PostSyntax
{
    /// <summary>The most code points a 【…】 mark may hold (【PR】, 【広告】, 【プロモーション】, 【石巻市PR案件】 fit).</summary>
    public const int MaxDisclosureMarkLength = 20;

    private static readonly PostText EmptyText = new(string.Empty);

    private readonly EntityList _urls = new();
    private readonly EntityList _mentions = new();
    private readonly EntityList _hashtags = new();
    private readonly EntityList _unrecognized = new();
    private readonly EntityList _emails = new();
    private readonly EntityList _phones = new();
    private readonly EntityList _entities = new();
    private SyntaxToken[] _tokens = new SyntaxToken[32];
    private int _count;

    /// <summary>An empty instance for reuse with <see cref="Reset"/>.</summary>
    internal PostSyntax()
    {
        Text = EmptyText;
    }

    private PostSyntax(PostText text)
    {
        Text = text;
        Lex();
    }

    /// <summary>The text the tokens were lexed from; every token span is an offset into it.</summary>
    public PostText Text { get; private set; }

    /// <summary>All tokens, in text order.</summary>
    public ReadOnlySpan<SyntaxToken> Tokens => _tokens.AsSpan(0, _count);

    /// <summary>Lexes a post. The result is immutable and may be read from several threads.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static PostSyntax Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new PostSyntax(new PostText(text));
    }

    /// <summary>Lexes a post whose <see cref="PostText"/> the caller already has (its line map is shared).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static PostSyntax Parse(PostText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new PostSyntax(text);
    }

    /// <summary>
    /// Re-lexes <paramref name="text"/> into this instance's buffers, replacing the previous
    /// post's tokens; once the buffers have grown to the size of the posts seen, this allocates
    /// nothing. The instance then belongs to the analysis of this post only (see the remarks on
    /// <see cref="PostSyntax"/>).
    /// </summary>
    internal void Reset(PostText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        Text = text;
        Lex();
    }

    /// <summary>
    /// The characters the scanners examined to lex this post (every scanning loop counts the units
    /// it went over). Lexing is linear in the length of the post: this stays within a constant
    /// factor of <see cref="PostText.Length"/> whatever the text, which the lexer's tests check
    /// without timing anything.
    /// </summary>
    internal long ScanSteps { get; private set; }

    /// <summary>
    /// The span of the emoji sequence (a single emoji, a flag, a keycap, a ZWJ or tag sequence)
    /// that starts at <paramref name="position"/> and ends at or before <paramref name="end"/>, as
    /// the lexer recognizes the <see cref="SyntaxKind.Emoji"/> tokens; empty when none starts there.
    /// For emoji that are part of another token (an IDN host of a URL written with emoji), whose
    /// joiners and variation selectors belong to the emoji all the same.
    /// </summary>
    /// <param name="position">A UTF-16 offset in <see cref="Text"/>.</param>
    /// <param name="end">Where the sequence must end at the latest (the end of the token being read); at most the text's length.</param>
    public TextSpan GetEmojiSpanAt(int position, int end)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(end, Text.Length);
        ArgumentOutOfRangeException.ThrowIfNegative(position);
        if (position >= end)
        {
            return new TextSpan(position, 0);
        }

        var text = Text.AsSpan()[..end];
        var length = EmojiMatcher.MayStartEmoji(text[position]) ? EmojiMatcher.Match(text, position) : 0;
        return new TextSpan(position, length);
    }

    /// <summary>The tokens of one kind, without allocating.</summary>
    public SyntaxTokenEnumerable OfKind(SyntaxKind kind) => new(_tokens, _count, kind);

    /// <summary>How many tokens of <paramref name="kind"/> the post has.</summary>
    public int Count(SyntaxKind kind)
    {
        var n = 0;
        foreach (ref readonly var token in Tokens)
        {
            if (token.Kind == kind)
            {
                n++;
            }
        }

        return n;
    }

    /// <summary>The token's value (tag without sign, screen name, host, inside of 【…】, or the whole token).</summary>
    public string GetValue(in SyntaxToken token) => Text.ToString(token.ValueSpan);

    /// <summary>The token's value (see <see cref="GetValue"/>) without allocating a string.</summary>
    public ReadOnlySpan<char> GetValueSpan(in SyntaxToken token) => Text.AsSpan(token.ValueSpan);

    /// <summary>The whole text of the token.</summary>
    public ReadOnlySpan<char> GetTextSpan(in SyntaxToken token) => Text.AsSpan(token.Span);

    /// <summary>
    /// The local part of an e-mail address (<c>kouhou</c> of <c>kouhou@city.ishinomaki.lg.jp</c>:
    /// the token without its at sign and domain), or an empty span at the token's start.
    /// </summary>
    public static TextSpan GetEmailLocalPartSpan(in SyntaxToken token) =>
        token.Kind == SyntaxKind.EmailAddress ? TextSpan.FromBounds(token.Span.Start, token.ValueSpan.Start - 1) : new TextSpan(token.Span.Start, 0);

    /// <summary>The most digits <see cref="GetPhoneNumberDigits"/> writes.</summary>
    public const int MaxPhoneNumberDigits = PhoneNumberScanner.MaxDigits;

    /// <summary>
    /// Writes the digits of a phone number in domestic form (ASCII digits, 0 in place of +81:
    /// <c>09012345678</c> for <c>+81 90-1234-5678</c> and for <c>０９０－１２３４－５６７８</c>) to
    /// <paramref name="destination"/>, which needs room for <see cref="MaxPhoneNumberDigits"/>.
    /// Returns how many it wrote; 0 for a token that is not a phone number.
    /// </summary>
    public int GetPhoneNumberDigits(in SyntaxToken token, Span<char> destination) =>
        token.Kind == SyntaxKind.PhoneNumber ? PhoneNumberScanner.Digits(Text.AsSpan(token.Span), destination) : 0;

    /// <summary>
    /// The list part of a mention that names a list (<c>/list-name</c> of <c>@user/list-name</c>),
    /// or an empty span at the token's end.
    /// </summary>
    public static TextSpan GetListSlugSpan(in SyntaxToken token) =>
        token.Kind == SyntaxKind.Mention ? TextSpan.FromBounds(token.ValueSpan.End, token.Span.End) : new TextSpan(token.Span.End, 0);

    private void Lex()
    {
        var text = Text.AsSpan();
        _count = 0;
        _urls.Clear();
        _mentions.Clear();
        _hashtags.Clear();
        _unrecognized.Clear();
        _emails.Clear();
        _phones.Clear();
        _entities.Clear();

        var urls = new UrlScanner(text);
        while (urls.MoveNext(out var url))
        {
            _urls.Add(url);
        }

        ScanSteps = urls.Steps;
        ScanSteps += MentionScanner.Scan(text, _mentions);
        ScanSteps += HashtagScanner.Scan(text, _hashtags, _unrecognized);
        ScanSteps += EmailScanner.Scan(text, _emails);
        ScanSteps += PhoneNumberScanner.Scan(text, _phones);
        MergeEntities(_urls, _mentions, _hashtags, _entities);

        var position = 0;
        var cursor = default(GapCursor);
        foreach (ref readonly var entity in _entities.AsSpan())
        {
            LexGap(text, position, entity.Start, ref cursor);
            Add(new SyntaxToken(entity.Kind, TextSpan.FromBounds(entity.Start, entity.End), TextSpan.FromBounds(entity.ValueStart, entity.ValueEnd), entity.Flags));
            position = entity.End;
        }

        LexGap(text, position, text.Length, ref cursor);
    }

    /// <summary>
    /// twitter-text's merge of entities: a stable sort by start of URLs, then mentions, then
    /// hashtags, dropping every entity that starts before the previous kept one ends.
    /// </summary>
    internal static void MergeEntities(EntityList urls, EntityList mentions, EntityList hashtags, EntityList merged)
    {
        int u = 0, m = 0, h = 0;
        var previousEnd = -1;
        var any = false;
        while (u < urls.Count || m < mentions.Count || h < hashtags.Count)
        {
            // Ties go to the earlier list, as a stable sort keeps URLs, mentions, hashtags in that order.
            var best = -1;
            var bestStart = int.MaxValue;
            if (u < urls.Count && urls[u].Start < bestStart)
            {
                best = 0;
                bestStart = urls[u].Start;
            }

            if (m < mentions.Count && mentions[m].Start < bestStart)
            {
                best = 1;
                bestStart = mentions[m].Start;
            }

            if (h < hashtags.Count && hashtags[h].Start < bestStart)
            {
                best = 2;
            }

            ref var candidate = ref best == 0 ? ref urls[u++] : ref best == 1 ? ref mentions[m++] : ref hashtags[h++];
            if (any && previousEnd > candidate.Start)
            {
                continue;
            }

            merged.Add(candidate);
            previousEnd = candidate.End;
            any = true;
        }
    }

    /// <summary>
    /// Lexes [start, end), which holds no entity, placing the unrecognised hashtags, e-mail
    /// addresses and phone numbers that fit in it: in start order, the longest first at the same
    /// start, each dropped when it overlaps one placed before it or an entity.
    /// </summary>
    private void LexGap(ReadOnlySpan<char> text, int start, int end, ref GapCursor cursor)
    {
        var position = start;
        while (true)
        {
            var list = -1;
            var bestStart = end;
            var bestEnd = -1;
            Consider(_unrecognized, cursor.Unrecognized, 0, ref list, ref bestStart, ref bestEnd);
            Consider(_emails, cursor.Email, 1, ref list, ref bestStart, ref bestEnd);
            Consider(_phones, cursor.Phone, 2, ref list, ref bestStart, ref bestEnd);
            if (list < 0)
            {
                break;
            }

            var source = list == 0 ? _unrecognized : list == 1 ? _emails : _phones;
            var index = list == 0 ? cursor.Unrecognized++ : list == 1 ? cursor.Email++ : cursor.Phone++;
            ref readonly var candidate = ref source[index];
            if (candidate.Start < position || candidate.End > end)
            {
                continue; // it overlaps an entity or a candidate placed before it
            }

            LexPlain(text, position, candidate.Start);
            Add(new SyntaxToken(candidate.Kind, TextSpan.FromBounds(candidate.Start, candidate.End), TextSpan.FromBounds(candidate.ValueStart, candidate.ValueEnd), candidate.Flags));
            position = candidate.End;
        }

        LexPlain(text, position, end);
    }

    /// <summary>Makes the next candidate of <paramref name="candidates"/> the best when it starts earlier (or as early and ends later).</summary>
    private static void Consider(EntityList candidates, int next, int index, ref int list, ref int bestStart, ref int bestEnd)
    {
        if (next >= candidates.Count)
        {
            return;
        }

        ref readonly var candidate = ref candidates[next];
        if (candidate.Start < bestStart || (candidate.Start == bestStart && candidate.End > bestEnd))
        {
            list = index;
            bestStart = candidate.Start;
            bestEnd = candidate.End;
        }
    }

    /// <summary>The next unplaced candidate of each list that <see cref="LexGap"/> places.</summary>
    private struct GapCursor
    {
        public int Unrecognized;
        public int Email;
        public int Phone;
    }

    /// <summary>Line breaks, whitespace, 【…】 marks, emoji and text in [start, end).</summary>
    private void LexPlain(ReadOnlySpan<char> text, int start, int end)
    {
        var gap = text[..end];
        var textStart = -1;
        var i = start;
        ScanSteps += end - start;
        while (i < end)
        {
            var c = gap[i];
            if (PlainClasses[c] == PlainClass.Text)
            {
                // Most characters of a post: no line break, space, bracket or emoji can start here.
                if (textStart < 0)
                {
                    textStart = i;
                }

                i++;
                continue;
            }

            if (PostText.IsLineBreak(c))
            {
                FlushText(ref textStart, i);
                var length = c == '\r' && i + 1 < end && gap[i + 1] == '\n' ? 2 : 1;
                Add(new SyntaxToken(SyntaxKind.LineBreak, new TextSpan(i, length)));
                i += length;
                continue;
            }

            if (IsWhitespace(c))
            {
                FlushText(ref textStart, i);
                var runEnd = i + 1;
                while (runEnd < end && IsWhitespace(gap[runEnd]))
                {
                    runEnd++;
                }

                Add(new SyntaxToken(SyntaxKind.Whitespace, TextSpan.FromBounds(i, runEnd)));
                i = runEnd;
                continue;
            }

            if (c == '【')
            {
                var close = MatchDisclosureMark(gap, i, out var examined);
                ScanSteps += examined;
                if (close > 0)
                {
                    FlushText(ref textStart, i);
                    Add(new SyntaxToken(SyntaxKind.DisclosureMark, TextSpan.FromBounds(i, close), TextSpan.FromBounds(i + 1, close - 1), SyntaxTokenFlags.None));
                    i = close;
                    continue;
                }
            }
            else if (EmojiMatcher.MayStartEmoji(c))
            {
                var length = EmojiMatcher.Match(gap, i);
                if (length > 0)
                {
                    FlushText(ref textStart, i);
                    var emojiEnd = i + length;
                    while (emojiEnd < end && gap[emojiEnd] == '\uFE0F')
                    {
                        emojiEnd++;
                    }

                    Add(new SyntaxToken(SyntaxKind.Emoji, TextSpan.FromBounds(i, emojiEnd)));
                    i = emojiEnd;
                    continue;
                }
            }

            if (textStart < 0)
            {
                textStart = i;
            }

            i += char.IsHighSurrogate(c) && i + 1 < end && char.IsLowSurrogate(gap[i + 1]) ? 2 : 1;
        }

        FlushText(ref textStart, end);
    }

    /// <summary>
    /// The end of a 【…】 mark opening at <paramref name="open"/> (inside <paramref name="gap"/>),
    /// or -1; <paramref name="examined"/> is how many units it read (never more than
    /// 2 × <see cref="MaxDisclosureMarkLength"/> + 2).
    /// </summary>
    private static int MatchDisclosureMark(ReadOnlySpan<char> gap, int open, out int examined)
    {
        var codePoints = 0;
        var hasContent = false;
        var i = open + 1;
        while (i < gap.Length)
        {
            examined = i - open + 1;
            var c = gap[i];
            if (c == '】')
            {
                return hasContent ? i + 1 : -1;
            }

            if (c == '【' || PostText.IsLineBreak(c) || ++codePoints > MaxDisclosureMarkLength)
            {
                return -1;
            }

            hasContent |= !IsWhitespace(c);
            i += char.IsHighSurrogate(c) && i + 1 < gap.Length && char.IsLowSurrogate(gap[i + 1]) ? 2 : 1;
        }

        examined = i - open;
        return -1;
    }

    private enum PlainClass : byte
    {
        Text,
        Other,
    }

    /// <summary>Per BMP unit: plain text, or something that may start a line break, whitespace, 【…】 or an emoji.</summary>
    private static readonly PlainClass[] PlainClasses = BuildPlainClasses();

    private static PlainClass[] BuildPlainClasses()
    {
        var classes = new PlainClass[0x10000];
        for (var c = 0; c < classes.Length; c++)
        {
            var ch = (char)c;
            classes[c] = PostText.IsLineBreak(ch) || IsWhitespace(ch) || ch == '【' || EmojiMatcher.MayStartEmoji(ch)
                ? PlainClass.Other
                : PlainClass.Text;
        }

        return classes;
    }

    /// <summary>Spaces and tabs within a line: tab, VT, FF, space and every Unicode space separator (Zs).</summary>
    internal static bool IsWhitespace(char c) =>
        c is ' ' or '\t' or '\v' or '\f' || (c >= 0x80 && CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.SpaceSeparator);

    private void FlushText(ref int textStart, int end)
    {
        if (textStart >= 0)
        {
            Add(new SyntaxToken(SyntaxKind.Text, TextSpan.FromBounds(textStart, end)));
            textStart = -1;
        }
    }

    private void Add(in SyntaxToken token)
    {
        if (_count == _tokens.Length)
        {
            Array.Resize(ref _tokens, _tokens.Length * 2);
        }

        _tokens[_count++] = token;
    }
}
