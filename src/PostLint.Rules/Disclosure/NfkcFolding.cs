using System.Text;

namespace PostLint.Rules.Disclosure;

/// <summary>
/// NFKC without the normalizer for the characters hashtags are made of: ASCII, kana, kanji,
/// full-width Latin (ＰＲ → PR), half-width katakana with their sound marks (ﾌﾟﾛﾓｰｼｮﾝ → プロモーション)
/// and the ideographic space. .NET's normalizer allocates on every call, even into a caller's
/// buffer; this covers the everyday tags without allocating and gives up (returns false) on
/// anything else, which then goes to the normalizer. The half-width table and the compositions
/// are computed once from .NET's own NFKC, so the result is the same by construction.
/// </summary>
internal static class NfkcFolding
{
    private const char FirstHalfwidth = '\uFF61';
    private const char LastHalfwidth = '\uFF9F';
    private const char FirstKana = '\u3041';
    private const char LastKana = '\u30FF';
    private const char VoicedMark = '\u3099';
    private const char SemiVoicedMark = '\u309A';

    /// <summary>NFKC of each half-width form U+FF61–U+FF9F (each is one character).</summary>
    private static readonly char[] Halfwidth = BuildHalfwidth();

    /// <summary>Kana U+3041–U+30FF composed with U+3099 / U+309A (NFC), or '\0' when they do not compose.</summary>
    private static readonly char[] Voiced = BuildComposed(VoicedMark);

    private static readonly char[] SemiVoiced = BuildComposed(SemiVoicedMark);

    /// <summary>
    /// Writes the NFKC form of <paramref name="source"/> to <paramref name="destination"/> (at least as
    /// long as the source), or returns false when the text holds a character this fast path does not know.
    /// </summary>
    public static bool TryFold(ReadOnlySpan<char> source, Span<char> destination, out int written)
    {
        written = 0;
        foreach (var c in source)
        {
            char folded;
            if (IsOwnNfkc(c))
            {
                folded = c;
            }
            else if (c is >= '\uFF01' and <= '\uFF5E')
            {
                folded = (char)(c - 0xFEE0);
            }
            else if (c == '\u3000')
            {
                folded = ' ';
            }
            else if (c is >= FirstHalfwidth and <= LastHalfwidth)
            {
                folded = Halfwidth[c - FirstHalfwidth];
            }
            else if (c is VoicedMark or SemiVoicedMark)
            {
                folded = c;
            }
            else
            {
                return false;
            }

            if (folded is VoicedMark or SemiVoicedMark && written > 0 && Compose(destination[written - 1], folded) is var composed && composed != '\0')
            {
                destination[written - 1] = composed;
                continue;
            }

            destination[written++] = folded;
        }

        return true;
    }

    /// <summary>
    /// Characters NFKC leaves alone whatever surrounds them (none of them composes with what comes
    /// before): ASCII, 々, hiragana and katakana without the sound marks (゛゜ and ゟ ヿ change), and the
    /// unified CJK ideographs.
    /// </summary>
    private static bool IsOwnNfkc(char c) =>
        c < '\u0080' || c == '\u3005' || c is (>= '\u3041' and <= '\u3096') or (>= '\u30A1' and <= '\u30FE') or (>= '\u4E00' and <= '\u9FFF');

    private static char Compose(char kana, char mark)
    {
        if (kana is < FirstKana or > LastKana)
        {
            return '\0';
        }

        return (mark == VoicedMark ? Voiced : SemiVoiced)[kana - FirstKana];
    }

    private static char[] BuildHalfwidth()
    {
        var table = new char[LastHalfwidth - FirstHalfwidth + 1];
        for (var c = FirstHalfwidth; c <= LastHalfwidth; c++)
        {
            var normalized = c.ToString().Normalize(NormalizationForm.FormKC);
            table[c - FirstHalfwidth] = normalized.Length == 1 ? normalized[0] : c;
        }

        return table;
    }

    private static char[] BuildComposed(char mark)
    {
        var table = new char[LastKana - FirstKana + 1];
        for (var kana = FirstKana; kana <= LastKana; kana++)
        {
            var composed = string.Concat(kana, mark).Normalize(NormalizationForm.FormC);
            table[kana - FirstKana] = composed.Length == 1 ? composed[0] : '\0';
        }

        return table;
    }
}
