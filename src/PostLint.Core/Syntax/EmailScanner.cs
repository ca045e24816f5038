using PostLint.Text;

namespace PostLint.Syntax;

/// <summary>
/// Finds e-mail addresses as people write them in posts: <c>local@domain</c>, with the at sign
/// <c>@</c> or <c>＠</c> and ASCII or full-width letters.
/// </summary>
/// <remarks>
/// <para>The local part is the longest run of <c>A-Z a-z 0-9 . _ % + -</c> right before the at
/// sign (leading dots dropped, at most 64 characters, at least one letter or digit). Dots may
/// stand anywhere else in it, as in the older Japanese mobile addresses (<c>taro..@docomo.ne.jp</c>),
/// which are still in use.</para>
/// <para>The domain is two or more labels of <c>A-Z a-z 0-9 -</c> (each starting with a letter or
/// digit, at most 63 characters) separated by dots, ending at the last label that is a TLD of
/// twitter-text's list (<see cref="TldTable"/>, the list the URL scanner uses) and is not followed
/// by <c>_ @ +</c>; at most 253 characters. <c>info@city.jp。</c> ends before the 。,
/// <c>info@city.jp.</c> before the final dot.</para>
/// <para>An address starts at or after the end of the previous one, so <c>a@b.jp.c@d.jp</c> is
/// two addresses. Each at sign is looked at once, the local part is read backwards only as far as
/// the previous address or at sign, and the domain at most 254 characters forwards, so the scan is
/// linear in the text.</para>
/// </remarks>
internal static class EmailScanner
{
    private const int MaxLocalPartLength = 64;
    private const int MaxDomainLength = 253;
    private const int MaxLabelLength = 63;

    /// <summary>Adds the addresses of <paramref name="text"/> in order; returns the characters examined.</summary>
    public static long Scan(ReadOnlySpan<char> text, EntityList emails)
    {
        long steps = 0;
        var taken = 0; // the end of the previous address: the next one starts at or after it
        var i = 0;
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

            var localStart = at;
            while (localStart > taken && IsLocalPartChar(text[localStart - 1]))
            {
                localStart--;
            }

            steps += at - localStart;
            while (localStart < at && ContactChars.Narrow(text[localStart]) == '.')
            {
                localStart++;
            }

            if (at - localStart is 0 or > MaxLocalPartLength || !HasLetterOrDigit(text[localStart..at]))
            {
                continue;
            }

            var domainEnd = MatchDomain(text, at + 1, out var examined);
            steps += examined;
            if (domainEnd < 0)
            {
                continue;
            }

            var flags = text[at] == '\uFF20' ? SyntaxTokenFlags.FullWidthSign : SyntaxTokenFlags.None;
            foreach (var c in text[localStart..domainEnd])
            {
                if (ContactChars.IsFullWidth(c))
                {
                    flags |= SyntaxTokenFlags.FullWidthCharacters;
                    break;
                }
            }

            emails.Add(new EntityMatch
            {
                Kind = SyntaxKind.EmailAddress,
                Flags = flags,
                Start = localStart,
                End = domainEnd,
                ValueStart = at + 1,
                ValueEnd = domainEnd,
                SuffixStart = domainEnd,
            });
            taken = domainEnd;
            i = domainEnd;
        }
    }

    private static bool IsLocalPartChar(char c)
    {
        var n = ContactChars.Narrow(c);
        return char.IsAsciiLetterOrDigit(n) || n is '.' or '_' or '%' or '+' or '-';
    }

    private static bool HasLetterOrDigit(ReadOnlySpan<char> local)
    {
        foreach (var c in local)
        {
            if (ContactChars.IsLetterOrDigit(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The end of the domain starting at <paramref name="start"/> (just after the at sign), or -1.</summary>
    private static int MatchDomain(ReadOnlySpan<char> text, int start, out int examined)
    {
        var limit = Math.Min(text.Length, start + MaxDomainLength + 1);
        var best = -1;
        var p = start;
        while (p < limit && ContactChars.IsLetterOrDigit(text[p]))
        {
            var labelEnd = p;
            while (labelEnd < limit && (ContactChars.IsLetterOrDigit(text[labelEnd]) || ContactChars.Narrow(text[labelEnd]) == '-'))
            {
                labelEnd++;
            }

            if (labelEnd - p > MaxLabelLength)
            {
                break;
            }

            // A TLD is a whole label after a dot, not followed by what would make it part of a
            // longer name or another address.
            if (p > start && labelEnd <= start + MaxDomainLength && IsTld(text[p..labelEnd])
                && (labelEnd == text.Length || ContactChars.Narrow(text[labelEnd]) is not ('_' or '@' or '+')))
            {
                best = labelEnd;
            }

            if (labelEnd >= limit || ContactChars.Narrow(text[labelEnd]) != '.')
            {
                p = labelEnd;
                break;
            }

            p = labelEnd + 1;
        }

        examined = p - start + 1;
        return best;
    }

    private static bool IsTld(ReadOnlySpan<char> label)
    {
        Span<char> narrow = stackalloc char[MaxLabelLength];
        for (var i = 0; i < label.Length; i++)
        {
            narrow[i] = ContactChars.Narrow(label[i]);
        }

        return TldTable.Match(narrow, 0, label.Length) == label.Length;
    }
}
