namespace PostLint.Spelling;

/// <summary>
/// A quick check that answers "already NFKC" for most Japanese posts without asking ICU, whose
/// normalization check costs far more than the rest of a rule. Every character listed here has no
/// decomposition of any kind and combines with nothing before it (NFKC quick check Yes, canonical
/// combining class 0), and a text made only of such characters is NFKC by definition (UAX #15).
/// Anything else (full-width forms, ‥ and …, the combining sound marks, …) answers false, and the
/// caller asks the normalizer as before: the fast path never changes an answer.
/// </summary>
internal static class NfkcQuickCheck
{
    /// <summary><see cref="IsStableBmp"/> for every BMP character, one bit each (8 KB): a post's characters are tested by one load.</summary>
    private static readonly ulong[] StableBits = BuildStableBits();

    /// <summary>True when <paramref name="text"/> is certainly in NFKC; false when it may not be.</summary>
    public static bool IsCertainlyNormalized(ReadOnlySpan<char> text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (IsStable(c))
            {
                continue;
            }

            // Emoji (U+1F300–U+1FAFF) and regional indicators (U+1F1E6–U+1F1FF): high surrogate D83C–D83E.
            if (c is >= '\uD83C' and <= '\uD83E' && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) &&
                IsStable(char.ConvertToUtf32(c, text[i + 1])))
            {
                i++;
                continue;
            }

            return false;
        }

        return true;
    }

    /// <summary>A BMP character that NFKC leaves alone whatever surrounds it.</summary>
    public static bool IsStable(char c) => (StableBits[c >> 6] & (1UL << c)) != 0;

    private static ulong[] BuildStableBits()
    {
        var bits = new ulong[(char.MaxValue + 1) / 64];
        for (var c = 0; c <= char.MaxValue; c++)
        {
            if (IsStableBmp((char)c))
            {
                bits[c >> 6] |= 1UL << c;
            }
        }

        return bits;
    }

    private static bool IsStableBmp(char c) =>
        c < '\u00A0' // ASCII and the C1 controls (U+00A0 no-break space folds to a space)
        || c is (>= '\u3041' and <= '\u3096') // hiragana, without ゛゜ゟ and the combining sound marks
        || c is (>= '\u30A1' and <= '\u30FE') // katakana, ・ and ー (ヿ folds to コト)
        || c is (>= '\u4E00' and <= '\u9FFF') // unified ideographs (the compatibility ones fold)
        || c is '\u3001' or '\u3002' or (>= '\u3005' and <= '\u3007') or (>= '\u3008' and <= '\u3011') or '\u301C' or '\u203B'
        || c is '\u200D' or '\u2010' or '\u2013' or '\u2014' or '\u2018' or '\u2019' or '\u201C' or '\u201D' or '\u2022'
        || c is (>= '\u2190' and <= '\u2199') // arrows
        || c is (>= '\u2600' and <= '\u27BF') // symbols and dingbats (❤, ✨)
        || c is (>= '\uFE00' and <= '\uFE0F'); // variation selectors (emoji presentation)

    /// <summary>A supplementary code point that NFKC leaves alone: emoji and regional indicators.</summary>
    public static bool IsStable(int codePoint) =>
        codePoint is (>= 0x1F1E6 and <= 0x1F1FF) or (>= 0x1F300 and <= 0x1FAFF);
}
