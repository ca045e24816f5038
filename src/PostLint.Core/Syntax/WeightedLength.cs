using System.Text;

namespace PostLint.Syntax;

/// <summary>
/// The result of <see cref="WeightedLength.Compute(string, TwitterTextConfiguration?)"/>, with
/// twitter-text's <c>parseTweet</c> fields. Range ends are inclusive UTF-16 indices into the
/// original text.
/// </summary>
/// <param name="WeightedLength">The length X counts (CJK and emoji 2, a URL 23, Latin 1).</param>
/// <param name="Valid">True when the post is not empty, within the maximum and free of invalid characters.</param>
/// <param name="Permillage">The weighted length in thousandths of the maximum.</param>
/// <param name="DisplayRangeStart">The first UTF-16 index of the text (0).</param>
/// <param name="DisplayRangeEnd">The last UTF-16 index of the text (inclusive).</param>
/// <param name="ValidRangeStart">The first UTF-16 index within the maximum (0).</param>
/// <param name="ValidRangeEnd">The last UTF-16 index within the maximum (inclusive): text after it is over the limit.</param>
public readonly record struct WeightedLengthResult(
    int WeightedLength,
    bool Valid,
    int Permillage,
    int DisplayRangeStart,
    int DisplayRangeEnd,
    int ValidRangeStart,
    int ValidRangeEnd);

/// <summary>
/// X's weighted length of a post, as twitter-text 3.1.0's <c>parseTweet</c> computes it: the text
/// is normalised to NFC; each URL (as <see cref="TwitterText.ExtractUrlsWithIndices"/> finds them)
/// weighs <see cref="TwitterTextConfiguration.TransformedUrlLength"/>; with emoji parsing (v3) each
/// emoji sequence weighs the default weight; every other code point weighs what its range says.
/// The post is valid when it has no U+FFFE/U+FEFF/U+FFFF and 0 &lt; length ≤ the maximum.
/// </summary>
public static class WeightedLength
{
    /// <summary>Computes the weighted length. Allocates nothing for text that is already NFC.</summary>
    public static WeightedLengthResult Compute(string text, TwitterTextConfiguration? configuration = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var config = configuration ?? TwitterTextConfiguration.Default;
        var normalized = ToNfc(text);
        var span = normalized.AsSpan();
        var scale = config.Scale;
        var maxScaled = (long)config.MaxWeightedTweetLength * scale;
        var urlWeight = (long)config.TransformedUrlLength * scale;

        var urls = new UrlScanner(span);
        var hasUrl = urls.MoveNext(out var url);
        var emojiScan = 0; // where twemoji's global scan continues
        var emojiStart = -1;
        var emojiLength = 0;

        long weighted = 0;
        var valid = true;
        var validDisplayIndex = 0;
        for (var i = 0; i < span.Length; i++)
        {
            while (hasUrl && url.Start < i)
            {
                hasUrl = urls.MoveNext(out url);
            }

            // twemoji's global scan ignores URLs: take its matches in order until one starts at or after i.
            while (config.EmojiParsingEnabled && emojiStart < i)
            {
                emojiStart = int.MaxValue;
                for (var j = emojiScan; j < span.Length; j++)
                {
                    if (EmojiMatcher.MayStartEmoji(span[j]) && EmojiMatcher.Match(span, j) is var matched && matched > 0)
                    {
                        emojiStart = j;
                        emojiLength = matched;
                        emojiScan = j + matched;
                        break;
                    }
                }
            }

            if (hasUrl && url.Start == i)
            {
                weighted += urlWeight;
                i += url.UrlTextLength - 1;
            }
            else if (config.EmojiParsingEnabled && emojiStart == i)
            {
                weighted += config.DefaultWeight;
                i += emojiLength - 1;
            }
            else
            {
                if (char.IsHighSurrogate(span[i]) && i + 1 < span.Length && char.IsLowSurrogate(span[i + 1]))
                {
                    i++; // twitter-text then weighs the low surrogate, which is in no range
                }

                weighted += config.WeightOf(span[i]);
            }

            if (valid && i < span.Length)
            {
                valid = span[i] is not ('\uFFFE' or '\uFEFF' or '\uFFFF');
            }

            if (valid && weighted <= maxScaled)
            {
                validDisplayIndex = i;
            }
        }

        var length = (int)(weighted / scale);
        valid = valid && length > 0 && length <= config.MaxWeightedTweetLength;
        var permillage = (int)Math.Floor(weighted / (double)scale / config.MaxWeightedTweetLength * 1000);
        validDisplayIndex += text.Length - normalized.Length;
        return new WeightedLengthResult(
            length,
            valid,
            permillage,
            DisplayRangeStart: 0,
            DisplayRangeEnd: text.Length > 0 ? text.Length - 1 : 0,
            ValidRangeStart: 0,
            ValidRangeEnd: validDisplayIndex);
    }

    /// <summary>
    /// NFC as JavaScript's <c>String.prototype.normalize</c> does it: lone surrogates and the
    /// noncharacters U+FFFE/U+FFFF (which .NET refuses to normalise) are kept as they are. They are
    /// starters that compose with nothing, so the text between them normalises on its own.
    /// </summary>
    internal static string ToNfc(string text)
    {
        var span = text.AsSpan();
        var firstInvalid = IndexOfUnnormalizable(span);
        if (firstInvalid < 0)
        {
            return IsCertainlyNfc(span) || text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);
        }

        var builder = new StringBuilder(text.Length);
        var start = 0;
        while (start <= span.Length)
        {
            var next = IndexOfUnnormalizable(span[start..]);
            var end = next < 0 ? span.Length : start + next;
            var segment = text[start..end];
            builder.Append(segment.IsNormalized(NormalizationForm.FormC) ? segment : segment.Normalize(NormalizationForm.FormC));
            if (end == span.Length)
            {
                break;
            }

            builder.Append(span[end]);
            start = end + 1;
        }

        return builder.ToString();
    }

    /// <summary>
    /// True when every character is in a block where NFC changes nothing and that holds no
    /// combining mark: ASCII and Latin up to U+02FF, kana (without the combining sound marks),
    /// CJK ideographs and symbols, general punctuation, dingbats, full- and half-width forms,
    /// variation selectors and the emoji planes. Typical Japanese posts pass without asking ICU.
    /// </summary>
    private static bool IsCertainlyNfc(ReadOnlySpan<char> text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var stable = c < '\u0300'
                || (c >= '\u3040' && c <= '\u30FF' && c is not ('\u3099' or '\u309A'))
                || (c >= '\u4E00' && c <= '\u9FFF')
                || (c >= '\u3000' && c <= '\u303F' && c is not (>= '\u302A' and <= '\u302F'))
                || (c >= '\u200B' && c <= '\u205E')
                || (c >= '\u2460' && c <= '\u24FF')
                || (c >= '\u2600' && c <= '\u27BF')
                || (c >= '\uFE00' && c <= '\uFE0F')
                || (c >= '\uFF01' && c <= '\uFFEF');
            if (!stable)
            {
                // Emoji planes U+1F000–U+1FBFF: high surrogates D83C–D83E.
                if (c is >= '\uD83C' and <= '\uD83E' && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    i++;
                    continue;
                }

                return false;
            }
        }

        return true;
    }

    /// <summary>The index of the first lone surrogate, U+FFFE or U+FFFF, or -1.</summary>
    private static int IndexOfUnnormalizable(ReadOnlySpan<char> text)
    {
        // A plain loop: kana and kanji are below U+D800, so this is one compare per character.
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c < '\uD800')
            {
                continue;
            }

            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++; // a pair
                continue;
            }

            if (c is '\uFFFE' or '\uFFFF' || char.IsSurrogate(c))
            {
                return i;
            }
        }

        return -1;
    }
}
