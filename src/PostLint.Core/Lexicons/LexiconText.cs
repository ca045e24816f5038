namespace PostLint.Lexicons;

/// <summary>
/// The character folding lexicon matching compares under: katakana (半角 too) as hiragana, full-width
/// ASCII as ASCII, Latin letters in lower case. One character always folds to one character, so spans
/// found on folded text are spans of the post.
/// </summary>
public static class LexiconText
{
    /// <summary>
    /// 半角カナ ｦ (U+FF66) to ﾝ (U+FF9D) in code order, as hiragana (ｰ as ー). A voiced 半角 letter is
    /// two characters (ｶﾞ) and stays two, so only the unvoiced ones meet their full-width spelling:
    /// ｱﾎ matches アホ, ﾎﾞｹ does not match ボケ.
    /// </summary>
    private const string HalfWidthKana = "をぁぃぅぇぉゃゅょっーあいうえおかきくけこさしすせそたちつてとなにぬねのはひふへほまみむめもやゆよらりるれろわん";

    /// <summary>The folded form of one character (katakana and 半角カナ → hiragana, 全角 ASCII → ASCII, A–Z → a–z).</summary>
    public static char Fold(char c) => c switch
    {
        >= 'ァ' and <= 'ヶ' => (char)(c - 0x60),
        >= '\uFF66' and <= '\uFF9D' => HalfWidthKana[c - 0xFF66],
        >= 'Ａ' and <= 'Ｚ' => (char)(c - 0xFEE0 + 0x20),
        >= '！' and <= '～' => (char)(c - 0xFEE0),
        >= 'A' and <= 'Z' => (char)(c + 0x20),
        _ => c,
    };

    /// <summary>Folds <paramref name="text"/> in place.</summary>
    public static void Fold(Span<char> text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            text[i] = Fold(text[i]);
        }
    }

    /// <summary>A folded copy of <paramref name="text"/>, of the same length.</summary>
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return string.Create(text.Length, text, static (span, source) =>
        {
            source.AsSpan().CopyTo(span);
            Fold(span);
        });
    }

    /// <summary>True when <paramref name="text"/> folded contains <paramref name="foldedWord"/> (already folded).</summary>
    public static bool ContainsFolded(ReadOnlySpan<char> text, ReadOnlySpan<char> foldedWord) => IndexOfFolded(text, foldedWord, 0) >= 0;

    /// <summary>Index of the first occurrence of <paramref name="foldedWord"/> in folded <paramref name="text"/> at or after <paramref name="from"/>, or -1.</summary>
    public static int IndexOfFolded(ReadOnlySpan<char> text, ReadOnlySpan<char> foldedWord, int from)
    {
        if (foldedWord.IsEmpty)
        {
            return -1;
        }

        var first = foldedWord[0];
        for (var i = from; i <= text.Length - foldedWord.Length; i++)
        {
            if (Fold(text[i]) != first)
            {
                continue;
            }

            var j = 1;
            while (j < foldedWord.Length && Fold(text[i + j]) == foldedWord[j])
            {
                j++;
            }

            if (j == foldedWord.Length)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>True when folded <paramref name="text"/> ends with <paramref name="foldedWord"/>.</summary>
    public static bool EndsWithFolded(ReadOnlySpan<char> text, ReadOnlySpan<char> foldedWord) =>
        foldedWord.Length <= text.Length && IndexOfFolded(text[^foldedWord.Length..], foldedWord, 0) == 0;

    /// <summary>Katakana letters and the long-vowel mark: a katakana word goes on through them (バカ|ンス).</summary>
    public static bool IsKatakana(char c) => c is (>= '\u30A1' and <= '\u30FA') or '\u30FC' or (>= '\uFF66' and <= '\uFF9F');

    /// <summary>Hiragana letters (U+3041–U+3096).</summary>
    public static bool IsHiragana(char c) => c is >= '\u3041' and <= '\u3096';

    /// <summary>ASCII letters and digits, and their 全角 forms.</summary>
    public static bool IsAsciiLetterOrDigit(char c) => char.IsAsciiLetterOrDigit(c) || c is (>= 'Ａ' and <= 'Ｚ') or (>= 'ａ' and <= 'ｚ') or (>= '０' and <= '９');
}
