namespace PostLint.Syntax;

/// <summary>
/// Finds @mentions and @user/list references exactly as twitter-text 3.1.0's
/// <c>validMentionOrList</c> + <c>endMentionMatch</c> global scan does.
/// </summary>
/// <remarks>
/// The regex is <c>(preceding)([@＠])([A-Za-z0-9_]{1,20})(/[A-Za-z][A-Za-z0-9_-]{0,24})?</c>
/// (case-sensitive), where the preceding part is the start of the text, one code unit outside
/// <c>[A-Za-z0-9_!#$%&amp;*@＠]</c>, or <c>RT</c>/<c>rt</c>/<c>Rt</c>/<c>rT</c> with an optional
/// colon (itself at the start or after a unit outside <c>[A-Za-z0-9_+~.-]</c>). A match whose
/// next text is an at sign, a Latin accented letter or <c>://</c> is dropped but still consumed.
/// </remarks>
internal static class MentionScanner
{
    private const int MaxScreenNameLength = 20;
    private const int MaxListSlugTailLength = 24;

    /// <summary>Adds the mentions of <paramref name="text"/>; returns the characters examined.</summary>
    public static long Scan(ReadOnlySpan<char> text, EntityList mentions)
    {
        var lastIndex = 0;
        var i = 0;
        long steps = 0;
        while (true)
        {
            var next = text[i..].IndexOfAny('@', '\uFF20');
            if (next < 0)
            {
                return steps + text.Length - i;
            }

            steps += next + 1;

            var at = i + next;
            i = at + 1;
            if (!PrecedingAllows(text, at, lastIndex))
            {
                continue;
            }

            var nameEnd = at + 1;
            while (nameEnd < text.Length && nameEnd - at - 1 < MaxScreenNameLength && IsScreenNameChar(text[nameEnd]))
            {
                nameEnd++;
            }

            if (nameEnd == at + 1)
            {
                continue;
            }

            var end = nameEnd;
            if (nameEnd + 1 < text.Length && text[nameEnd] == '/' && char.IsAsciiLetter(text[nameEnd + 1]))
            {
                end = nameEnd + 2;
                while (end < text.Length && end - nameEnd - 2 < MaxListSlugTailLength && (IsScreenNameChar(text[end]) || text[end] == '-'))
                {
                    end++;
                }
            }

            steps += end - at;
            lastIndex = end;
            i = end;
            if (IsInvalidMentionEnd(text, end))
            {
                continue;
            }

            var flags = text[at] == '\uFF20' ? SyntaxTokenFlags.FullWidthSign : SyntaxTokenFlags.None;
            if (end != nameEnd)
            {
                flags |= SyntaxTokenFlags.List;
            }

            mentions.Add(new EntityMatch
            {
                Kind = SyntaxKind.Mention,
                Flags = flags,
                Start = at,
                End = end,
                ValueStart = at + 1,
                ValueEnd = nameEnd,
                SuffixStart = nameEnd,
            });
        }
    }

    /// <summary>twitter-text's <c>endMentionMatch</c>: <c>^(?:[@＠]|[latin accents]|://)</c>.</summary>
    public static bool IsInvalidMentionEnd(ReadOnlySpan<char> text, int end) =>
        end < text.Length
        && (text[end] is '@' or '\uFF20'
            || TwitterTextChars.Is(text[end], CharClass.LatinAccent)
            || text[end..].StartsWith("://", StringComparison.Ordinal));

    public static bool IsScreenNameChar(char c) => char.IsAsciiLetterOrDigit(c) || c == '_';

    /// <summary>Whether some alternative of the preceding part ends right before <paramref name="at"/> and starts at or after <paramref name="lastIndex"/>.</summary>
    private static bool PrecedingAllows(ReadOnlySpan<char> text, int at, int lastIndex)
    {
        if (at == 0)
        {
            return lastIndex == 0;
        }

        // One unit that is not excluded; this alternative starts latest, so it is tried for the lastIndex limit first.
        if (at - 1 >= lastIndex && !IsExcludedPrecedingChar(text[at - 1]))
        {
            return true;
        }

        // RT / RT: (any case mix), at the start or after a unit outside [A-Za-z0-9_+~.-].
        var rtEnd = text[at - 1] == ':' ? at - 1 : at;
        if (rtEnd < 2 || (text[rtEnd - 1] | 0x20) != 't' || (text[rtEnd - 2] | 0x20) != 'r')
        {
            return false;
        }

        var rtStart = rtEnd - 2;
        if (rtStart == 0)
        {
            return lastIndex == 0;
        }

        var before = text[rtStart - 1];
        return rtStart - 1 >= lastIndex && !(char.IsAsciiLetterOrDigit(before) || before is '_' or '+' or '~' or '.' or '-');
    }

    private static bool IsExcludedPrecedingChar(char c) =>
        char.IsAsciiLetterOrDigit(c) || c is '_' or '!' or '#' or '$' or '%' or '&' or '*' or '@' or '\uFF20';
}
