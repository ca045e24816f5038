using System.Globalization;
using System.Text;
using PostLint.Text;

namespace PostLint.Spelling;

/// <summary>
/// Splits post text into the Latin-script words a spelling rule checks, the way the
/// <c>hunspell</c> command line splits text: a word is a run of letters and the dictionary's
/// <c>WORDCHARS</c>; an apostrophe between two word characters stays inside the word; URLs,
/// e-mail addresses and paths (runs containing <c>://</c>, <c>@</c> or <c>:\</c>, or starting with
/// <c>/</c>) are skipped. In addition, text is NFKC-normalized first (full-width letters become
/// ASCII), @mentions and #hashtags are skipped unless asked for, and only Latin letters make words
/// (kana, kanji, Greek and Cyrillic separate words). Spans refer to the original text.
/// </summary>
public sealed class SpellingTokenizer
{
    private readonly string _wordCharacters;
    private readonly SpellingTokenizerOptions _options;
    private readonly bool _apostropheInside;
    private readonly bool _colonInWords;

    /// <summary>A tokenizer for a dictionary's word characters; immutable, so one instance may serve every thread.</summary>
    /// <param name="wordCharacters">The dictionary's <c>WORDCHARS</c>: characters besides letters that words may contain (digits, apostrophes, hyphens).</param>
    /// <param name="options">Whether hashtags and mentions are checked; null for <see cref="SpellingTokenizerOptions.Default"/>.</param>
    public SpellingTokenizer(string wordCharacters, SpellingTokenizerOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(wordCharacters);
        _wordCharacters = wordCharacters;
        _options = options ?? SpellingTokenizerOptions.Default;
        _apostropheInside = wordCharacters.Contains('\'', StringComparison.Ordinal) || wordCharacters.Contains('’', StringComparison.Ordinal);
        _colonInWords = wordCharacters.Contains(':', StringComparison.Ordinal);
    }

    /// <summary>A tokenizer using the dictionary's <c>WORDCHARS</c>.</summary>
    public static SpellingTokenizer For(HunspellDictionary dictionary, SpellingTokenizerOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(dictionary);
        return new SpellingTokenizer(dictionary.WordCharacters, options);
    }

    /// <summary>The words of <paramref name="text"/>, in order.</summary>
    public IReadOnlyList<SpellingWord> Tokenize(string text)
    {
        var words = new List<SpellingWord>();
        Tokenize(text, words, []);
        return words;
    }

    /// <summary>
    /// Appends the words of <paramref name="text"/> to <paramref name="destination"/>, leaving out
    /// words that overlap <paramref name="excluded"/> (spans of the original text that the caller
    /// already knows are not prose, for example the URLs and mentions found by the post lexer).
    /// </summary>
    public void Tokenize(string text, List<SpellingWord> destination, ReadOnlySpan<TextSpan> excluded)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(destination);
        if (text.Length == 0)
        {
            return;
        }

        var normalized = NormalizedText.Create(text);
        var s = normalized.Text;
        Span<bool> skip = s.Length <= 1024 ? stackalloc bool[s.Length] : new bool[s.Length];
        MarkSkipped(s, skip);
        var tokenStart = -1;
        for (var i = 0; i <= s.Length; i++)
        {
            var c = i < s.Length ? s[i] : '\0';
            if (tokenStart < 0)
            {
                if (i < s.Length && IsWordCharacter(c))
                {
                    tokenStart = i;
                }

                continue;
            }

            if (i < s.Length && (c == '\'' || c == '’') && _apostropheInside && i + 1 < s.Length && IsWordCharacter(s[i + 1]))
            {
                i++;
                continue;
            }

            if (i < s.Length && IsWordCharacter(c))
            {
                continue;
            }

            Emit(in normalized, tokenStart, i, skip, destination, excluded);
            tokenStart = -1;
        }
    }

    private void Emit(in NormalizedText normalized, int start, int end, ReadOnlySpan<bool> skip, List<SpellingWord> destination, ReadOnlySpan<TextSpan> excluded)
    {
        if (skip[start])
        {
            return;
        }

        // Finnish and Swedish dictionaries make ':' a word character; a trailing one is punctuation.
        if (_colonInWords && normalized.Text[end - 1] == ':')
        {
            end--;
            if (end == start)
            {
                return;
            }
        }

        var span = normalized.ToOriginal(start, end);
        foreach (var x in excluded)
        {
            if (x.OverlapsWith(span))
            {
                return;
            }
        }

        destination.Add(new SpellingWord(span, normalized.Text.AsMemory(start, end - start)));
    }

    private bool IsWordCharacter(char c) => IsLatinLetter(c) || (_wordCharacters.Length > 0 && _wordCharacters.Contains(c, StringComparison.Ordinal));

    /// <summary>Letters of the Latin script (Basic Latin, Latin-1, Latin Extended, IPA, phonetic extensions, ligatures).</summary>
    public static bool IsLatinLetter(char c)
    {
        if (c < 0x80)
        {
            return (uint)((c | 0x20) - 'a') <= 'z' - 'a';
        }

        var latinBlock = c is '\u00AA' or '\u00BA'
            || (c >= '\u00C0' && c <= '\u02AF')
            || (c >= '\u1D00' && c <= '\u1DBF')
            || (c >= '\u1E00' && c <= '\u1EFF')
            || (c >= '\u2C60' && c <= '\u2C7F')
            || (c >= '\uA720' && c <= '\uA7FF')
            || (c >= '\uAB30' && c <= '\uAB6F')
            || (c >= '\uFB00' && c <= '\uFB06');
        return latinBlock && char.IsLetter(c);
    }

    /// <summary>
    /// Marks the characters that are not prose: URL-like runs (hunspell's rule) and, unless
    /// included, @mentions and #hashtags.
    /// </summary>
    private void MarkSkipped(string s, Span<bool> skip)
    {
        var runStart = -1;
        var isUrl = false;
        for (var i = 0; i <= s.Length; i++)
        {
            var c = i < s.Length ? s[i] : '\0';
            if (runStart < 0)
            {
                if (i < s.Length && IsWordCharacter(c))
                {
                    runStart = i;
                }
                else if (c == '/')
                {
                    runStart = i;
                    isUrl = true;
                }

                continue;
            }

            if (c == '@' || (c == ':' && i + 1 < s.Length && s[i + 1] == '\\') || (c == ':' && i + 2 < s.Length && s[i + 1] == '/' && s[i + 2] == '/'))
            {
                isUrl = true;
            }
            else if (i == s.Length || !(IsWordCharacter(c) || c is '-' or '_' or '\\' or '.' or ':' or '/' or '~' or '%' or '*' or '$' or '[' or ']' or '?' or '!' || char.IsAsciiDigit(c)))
            {
                if (isUrl)
                {
                    skip[runStart..i].Fill(true);
                }

                runStart = -1;
                isUrl = false;
            }
        }

        for (var i = 0; i < s.Length - 1; i++)
        {
            var c = s[i];
            if ((c == '@' && !_options.IncludeMentions) || (c == '#' && !_options.IncludeHashtags))
            {
                if (i > 0 && (char.IsLetterOrDigit(s[i - 1]) || s[i - 1] == '_' || s[i - 1] == '&'))
                {
                    continue;
                }

                var end = i + 1;
                while (end < s.Length && IsTagCharacter(s, end, c == '#'))
                {
                    end++;
                }

                if (end > i + 1)
                {
                    skip[i..end].Fill(true);
                    i = end - 1;
                }
            }
        }
    }

    private static bool IsTagCharacter(string s, int index, bool hashtag)
    {
        var c = s[index];
        if (char.IsAsciiLetterOrDigit(c) || c == '_')
        {
            return true;
        }

        if (!hashtag)
        {
            return false;
        }

        var category = CharUnicodeInfo.GetUnicodeCategory(s, index);
        return category is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.NonSpacingMark
            or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.DecimalDigitNumber
            || char.IsSurrogate(c) || c == 'ー';
    }

    /// <summary>NFKC text with a map from its offsets back to the original's.</summary>
    private readonly struct NormalizedText
    {
        private readonly int[]? _starts; // original start of the segment each normalized char came from
        private readonly int[]? _ends;   // original end of that segment

        private NormalizedText(string text, int[]? starts, int[]? ends)
        {
            Text = text;
            _starts = starts;
            _ends = ends;
        }

        public string Text { get; }

        public static NormalizedText Create(string original)
        {
            if (IsNormalizedKc(original))
            {
                return new NormalizedText(original, null, null);
            }

            var builder = new StringBuilder(original.Length);
            var starts = new List<int>(original.Length);
            var ends = new List<int>(original.Length);
            for (var i = 0; i < original.Length;)
            {
                // A segment: one code point and the combining marks after it, so that NFKC can
                // compose them while every output character still maps to original offsets.
                var end = i + (char.IsHighSurrogate(original[i]) && i + 1 < original.Length && char.IsLowSurrogate(original[i + 1]) ? 2 : 1);
                while (end < original.Length && IsCombining(original, end))
                {
                    end++;
                }

                var segment = original.AsSpan(i, end - i);
                string normalized;
                try
                {
                    normalized = segment.ToString().Normalize(NormalizationForm.FormKC);
                }
                catch (ArgumentException)
                {
                    normalized = segment.ToString();
                }

                builder.Append(normalized);
                for (var k = 0; k < normalized.Length; k++)
                {
                    starts.Add(i);
                    ends.Add(end);
                }

                i = end;
            }

            return new NormalizedText(builder.ToString(), [.. starts], [.. ends]);
        }

        // IsNormalized throws on lone surrogates and U+FFFE/U+FFFF; such text goes through the
        // segment loop, which keeps invalid segments as they are.
        private static bool IsNormalizedKc(string text)
        {
            if (NfkcQuickCheck.IsCertainlyNormalized(text))
            {
                return true;
            }

            try
            {
                return text.IsNormalized(NormalizationForm.FormKC);
            }
            catch (ArgumentException)
            {
                return false;
            }
        }

        public TextSpan ToOriginal(int start, int end)
            => _starts is null ? TextSpan.FromBounds(start, end) : TextSpan.FromBounds(_starts[start], _ends![end - 1]);

        private static bool IsCombining(string s, int index)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(s, index);
            return category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark
                || s[index] is '\u3099' or '\u309A';
        }
    }
}
