using System.Collections.Frozen;

namespace PostLint.Syntax;

/// <summary>
/// The TLDs twitter-text accepts (<c>Data/Syntax/twitter-text-tlds.txt</c>) and the TLD step of
/// its domain rule: a listed TLD (case-insensitive) not followed by <c>[0-9A-Za-z@+-]</c>, or a
/// punycode label <c>xn--…</c>.
/// </summary>
internal static class TldTable
{
    private const string DataFile = "Syntax/twitter-text-tlds.txt";

    /// <summary>ASCII TLDs, lower case; looked up by span without allocating.</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> AsciiLookup;

    /// <summary>TLDs with a non-ASCII character, in their canonical (upper-case) form, grouped by first unit, in list order.</summary>
    private static readonly FrozenDictionary<char, string[]> NonAsciiByFirst;

    private static readonly int MaxAsciiLength;

    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1810", Justification = "The tables are built from one pass over the data file.")]
    static TldTable()
    {
        var ascii = new List<string>();
        var nonAscii = new List<string>();
        string? section = null;
        foreach (var (lineNumber, content) in EmbeddedData.ReadLines(DataFile))
        {
            if (content is "[generic]" or "[country]")
            {
                section = content;
                continue;
            }

            if (section is null)
            {
                throw EmbeddedData.Malformed(DataFile, lineNumber, "a TLD before the first [generic] or [country] section");
            }

            if (content.Any(char.IsWhiteSpace) || content.Contains('.', StringComparison.Ordinal))
            {
                throw EmbeddedData.Malformed(DataFile, lineNumber, $"'{content}' is not a single TLD label");
            }

            if (content.All(c => c < 0x80))
            {
                ascii.Add(content.ToLowerInvariant());
            }
            else
            {
                nonAscii.Add(string.Create(content.Length, content, static (span, s) =>
                {
                    for (var i = 0; i < s.Length; i++)
                    {
                        span[i] = TwitterTextChars.Canonical(s[i]);
                    }
                }));
            }
        }

        // The generic list comes before the country list in the data file, as in twitter-text's
        // alternation, so list order is preserved inside each first-unit group.
        AsciiLookup = ascii.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        MaxAsciiLength = ascii.Max(t => t.Length);
        NonAsciiByFirst = nonAscii.GroupBy(t => t[0]).ToFrozenDictionary(g => g.Key, g => g.ToArray());
        AsciiCount = ascii.Count;
        NonAsciiCount = nonAscii.Count;
    }

    public static int AsciiCount { get; }

    public static int NonAsciiCount { get; }

    /// <summary>
    /// Matches a TLD at <paramref name="start"/>, looking no further than <paramref name="limit"/>
    /// (which counts as the end of the text for the look-ahead). Returns the end of the TLD, or -1.
    /// </summary>
    public static int Match(ReadOnlySpan<char> text, int start, int limit) => Match(text, start, limit, out _);

    /// <summary>
    /// <see cref="Match(ReadOnlySpan{char}, int, int)"/>, also telling how far past
    /// <paramref name="start"/> it read (the run of TLD characters, a listed non-ASCII TLD and its
    /// look-ahead, or a punycode label), so that scanners can account for their work.
    /// </summary>
    public static int Match(ReadOnlySpan<char> text, int start, int limit, out int examined)
    {
        examined = 0;
        if (start >= limit)
        {
            return -1;
        }

        var first = text[start];
        if (first < 0x80)
        {
            // A listed ASCII TLD consists of letters and must be followed by a character outside
            // [0-9A-Za-z@+-], so it can only be the whole run of such characters.
            var end = start;
            while (end < limit && IsTldRunChar(text[end]))
            {
                end++;
            }

            examined = end - start + 1;
            var length = end - start;
            if (length > 0 && length <= MaxAsciiLength)
            {
                Span<char> lower = stackalloc char[length];
                for (var i = 0; i < length; i++)
                {
                    var c = text[start + i];
                    lower[i] = c is >= 'A' and <= 'Z' ? (char)(c + 32) : c;
                }

                if (AsciiLookup.Contains(lower))
                {
                    return end;
                }
            }

            // A few TLDs start with ASCII and go on with accents (vermögensberatung).
            var mixed = MatchNonAscii(text, start, limit, ref examined);
            return mixed >= 0 ? mixed : MatchPunycode(text, start, limit, ref examined);
        }

        return MatchNonAscii(text, start, limit, ref examined);
    }

    private static int MatchNonAscii(ReadOnlySpan<char> text, int start, int limit, ref int examined)
    {
        if (NonAsciiByFirst.TryGetValue(TwitterTextChars.Canonical(text[start]), out var candidates))
        {
            foreach (var tld in candidates)
            {
                var end = start + tld.Length;
                if (end > limit)
                {
                    continue;
                }

                examined += tld.Length + 1;
                var equal = true;
                for (var i = 1; i < tld.Length && equal; i++)
                {
                    equal = TwitterTextChars.Canonical(text[start + i]) == tld[i];
                }

                if (equal && (end == limit || !IsTldRunChar(text[end])))
                {
                    return end;
                }
            }
        }

        examined++;
        return -1;
    }

    /// <summary><c>xn--</c> followed by one or more of <c>[-0-9a-z]</c> (greedy, no look-ahead).</summary>
    private static int MatchPunycode(ReadOnlySpan<char> text, int start, int limit, ref int examined)
    {
        if (limit - start < 5
            || (text[start] | 0x20) != 'x' || (text[start + 1] | 0x20) != 'n'
            || text[start + 2] != '-' || text[start + 3] != '-')
        {
            return -1;
        }

        var end = start + 4;
        while (end < limit && (char.IsAsciiLetterOrDigit(text[end]) || text[end] == '-'))
        {
            end++;
        }

        examined += end - start + 1;
        return end > start + 4 ? end : -1;
    }

    /// <summary>The characters that may not follow a listed TLD: <c>[0-9A-Za-z@+-]</c>.</summary>
    public static bool IsTldRunChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '@' or '+' or '-';
}
