using System.Runtime.CompilerServices;

namespace PostLint.Syntax;

/// <summary>
/// Character-class tables for the twitter-text scanners, built once from
/// <c>Data/Syntax/twitter-text-chars.txt</c>: one flag word per BMP code unit (a 128 KiB table,
/// so a class test is one load and one mask) and sorted range lists for the astral hashtag letters.
/// </summary>
internal static class TwitterTextChars
{
    private const string DataFile = "Syntax/twitter-text-chars.txt";

    private static readonly ushort[] Bmp;
    private static readonly int[] AstralAlphaRanges;
    private static readonly int[] AstralAlphaNumericRanges;

    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1810", Justification = "The tables are filled from one pass over the data file.")]
    static TwitterTextChars()
    {
        // Filled through a local and published at the end: a static field read while this class
        // constructor runs goes through the runtime's class-constructor check each time (a lock in
        // NativeAOT), once per code point of the data.
        var bmp = new ushort[0x10000];
        var alpha = new List<int>();
        var alphaNumeric = new List<int>();
        EmbeddedData.ReadCodePointRanges(DataFile, (first, last, name) =>
        {
            var cls = name switch
            {
                "HashtagAlpha" => CharClass.HashtagAlpha,
                "HashtagAlphaNumeric" => CharClass.HashtagAlphaNumeric,
                "DomainChar" => CharClass.DomainChar,
                "UrlPathChar" => CharClass.UrlPathChar,
                "UrlPathEndChar" => CharClass.UrlPathEndChar,
                "UrlQueryChar" => CharClass.UrlQueryChar,
                "UrlQueryEndChar" => CharClass.UrlQueryEndChar,
                "AsciiDomainLabelChar" => CharClass.AsciiDomainLabelChar,
                "LatinAccent" => CharClass.LatinAccent,
                "Space" => CharClass.Space,
                _ => throw new InvalidDataException($"Data/{DataFile}: unknown class '{name}'."),
            };

            if (last > 0xFFFF)
            {
                var list = cls switch
                {
                    CharClass.HashtagAlpha => alpha,
                    CharClass.HashtagAlphaNumeric => alphaNumeric,
                    _ => throw new InvalidDataException($"Data/{DataFile}: class {name} has astral code points, which only the hashtag classes may have."),
                };
                list.Add(Math.Max(first, 0x10000));
                list.Add(last);
            }

            for (var c = first; c <= Math.Min(last, 0xFFFF); c++)
            {
                bmp[c] |= (ushort)cls;
            }
        });
        Bmp = bmp;
        AstralAlphaRanges = [.. alpha];
        AstralAlphaNumericRanges = [.. alphaNumeric];
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Is(char c, CharClass cls) => (Bmp[c] & (ushort)cls) != 0;

    /// <summary>True when the code point (BMP or astral) is a hashtag letter or mark.</summary>
    public static bool IsHashtagAlpha(int codePoint) =>
        codePoint <= 0xFFFF ? Is((char)codePoint, CharClass.HashtagAlpha) : InRanges(AstralAlphaRanges, codePoint);

    /// <summary>True when the code point is a hashtag letter, mark, digit or special character.</summary>
    public static bool IsHashtagAlphaNumeric(int codePoint) =>
        codePoint <= 0xFFFF ? Is((char)codePoint, CharClass.HashtagAlphaNumeric) : InRanges(AstralAlphaNumericRanges, codePoint);

    private static bool InRanges(int[] ranges, int codePoint)
    {
        // Pairs of (first, last), sorted: binary search over the pair index.
        int lo = 0, hi = (ranges.Length / 2) - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            if (codePoint < ranges[2 * mid])
            {
                hi = mid - 1;
            }
            else if (codePoint > ranges[(2 * mid) + 1])
            {
                lo = mid + 1;
            }
            else
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The code point at <paramref name="index"/> as twitter-text's JavaScript regexes see it: a
    /// surrogate pair is one code point; a lone surrogate is returned as its code unit with
    /// <paramref name="length"/> 1.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int CodePointAt(ReadOnlySpan<char> text, int index, out int length)
    {
        var c = text[index];
        if (char.IsHighSurrogate(c) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]))
        {
            length = 2;
            return char.ConvertToUtf32(c, text[index + 1]);
        }

        length = 1;
        return c;
    }

    /// <summary>
    /// JavaScript's case-insensitive canonical form of a code unit (non-Unicode mode): its upper
    /// case, except that a non-ASCII unit never becomes ASCII.
    /// </summary>
    public static char Canonical(char c)
    {
        if (c < 0x80)
        {
            return c is >= 'a' and <= 'z' ? (char)(c - 32) : c;
        }

        var upper = char.ToUpperInvariant(c);
        return upper < 0x80 ? c : upper;
    }
}
