namespace PostLint.Syntax;

/// <summary>
/// Finds hashtags exactly as twitter-text 3.1.0's <c>validHashtag</c> + <c>endHashtagMatch</c>
/// global scan does, and, for PostLint's rules, the hash signs X does not turn into hashtags.
/// </summary>
/// <remarks>
/// The regex is <c>(boundary)([#＃])(?!U+FE0F|U+20E3)(alnum* alpha alnum*)</c>, scanned with
/// <c>String.replace</c>: each match (kept or rejected) consumes the text up to its end, and the
/// boundary is a consumed character. So a sign is a hashtag when: it is at the start of the text,
/// or the code point before it (not yet consumed by the previous match) is U+FE0E/U+FE0F or is
/// neither hashtag-alphanumeric nor <c>&amp;</c>; the maximal alphanumeric run after it contains a
/// letter or mark; and the text after the run does not start with <c>#</c>, <c>＃</c> or <c>://</c>.
/// </remarks>
internal static class HashtagScanner
{
    /// <summary>
    /// Adds the hashtags of <paramref name="text"/> to <paramref name="hashtags"/> and, when
    /// <paramref name="unrecognized"/> is given, the would-be hashtags X rejects (see
    /// <see cref="SyntaxKind.UnrecognizedHashtag"/>).
    /// </summary>
    /// <returns>The characters examined.</returns>
    public static long Scan(ReadOnlySpan<char> text, EntityList hashtags, EntityList? unrecognized)
    {
        var lastIndex = 0; // the regex's lastIndex: where the previous match (kept or not) ended
        var i = 0;
        long steps = 0;
        while (true)
        {
            var next = text[i..].IndexOfAny('#', '\uFF03');
            if (next < 0)
            {
                return steps + text.Length - i;
            }

            steps += next + 1;

            i += next;
            var sign = i;
            i++;

            // The keycap emoji #️⃣ / #⃣: not a hashtag, and not something to report either.
            if (sign + 1 < text.Length && text[sign + 1] is '\uFE0F' or '\u20E3')
            {
                continue;
            }

            var bodyStart = sign + 1;
            var bodyEnd = bodyStart;
            var hasAlpha = false;
            while (bodyEnd < text.Length)
            {
                var cp = TwitterTextChars.CodePointAt(text, bodyEnd, out var length);
                if (!TwitterTextChars.IsHashtagAlphaNumeric(cp))
                {
                    break;
                }

                hasAlpha |= TwitterTextChars.IsHashtagAlpha(cp);
                bodyEnd += length;
            }

            steps += bodyEnd - bodyStart + 1;

            var boundary = BoundaryAllows(text, sign, lastIndex, out var previousIsAmpersand);
            var followedByHash = bodyEnd < text.Length && text[bodyEnd] is '#' or '\uFF03';
            var followedByScheme = text[bodyEnd..].StartsWith("://", StringComparison.Ordinal);
            var flags = text[sign] == '\uFF03' ? SyntaxTokenFlags.FullWidthSign : SyntaxTokenFlags.None;
            if (boundary && hasAlpha)
            {
                // A regex match: it consumes the text whether or not endHashtagMatch rejects it.
                lastIndex = bodyEnd;
                i = bodyEnd;
                if (!followedByHash && !followedByScheme)
                {
                    hashtags.Add(Tag(SyntaxKind.Hashtag, flags, sign, bodyEnd));
                    continue;
                }
            }

            // Not a hashtag. Report it when it looks like one a writer meant: a non-empty body,
            // not "&#..." (an HTML character reference) and not "#http://" (a scheme).
            if (unrecognized is null || bodyEnd == bodyStart || previousIsAmpersand || followedByScheme)
            {
                continue;
            }

            if (!boundary)
            {
                flags |= SyntaxTokenFlags.GluedToPreviousWord;
            }

            if (followedByHash)
            {
                flags |= SyntaxTokenFlags.FollowedByHashSign;
            }

            if (!hasAlpha)
            {
                flags |= SyntaxTokenFlags.DigitsOnly;
            }

            unrecognized.Add(Tag(SyntaxKind.UnrecognizedHashtag, flags, sign, bodyEnd));
            i = Math.Max(i, bodyEnd);
        }
    }

    /// <summary>A (would-be) hashtag from its sign to the end of its body; the value is the body.</summary>
    private static EntityMatch Tag(SyntaxKind kind, SyntaxTokenFlags flags, int sign, int bodyEnd) => new()
    {
        Kind = kind,
        Flags = flags,
        Start = sign,
        End = bodyEnd,
        ValueStart = sign + 1,
        ValueEnd = bodyEnd,
        SuffixStart = bodyEnd,
    };

    /// <summary>Whether twitter-text's <c>hashtagBoundary</c> can match right before the sign at <paramref name="sign"/>.</summary>
    private static bool BoundaryAllows(ReadOnlySpan<char> text, int sign, int lastIndex, out bool previousIsAmpersand)
    {
        previousIsAmpersand = false;
        if (sign == 0)
        {
            return true; // ^
        }

        var previous = text[sign - 1];
        previousIsAmpersand = previous == '&';
        if (previous is '\uFE0E' or '\uFE0F')
        {
            return sign - 1 >= lastIndex;
        }

        int boundaryStart;
        int codePoint;
        if (char.IsLowSurrogate(previous) && sign >= 2 && char.IsHighSurrogate(text[sign - 2]))
        {
            boundaryStart = sign - 2;
            codePoint = char.ConvertToUtf32(text[sign - 2], previous);
        }
        else if (char.IsSurrogate(previous))
        {
            return false; // a lone surrogate is not a code point, so it cannot be the boundary
        }
        else
        {
            boundaryStart = sign - 1;
            codePoint = previous;
        }

        return boundaryStart >= lastIndex && codePoint != '&' && !TwitterTextChars.IsHashtagAlphaNumeric(codePoint);
    }
}
