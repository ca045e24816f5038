namespace PostLint.Syntax.Scanning;

/// <summary>
/// Recognises one emoji sequence at a position, from the Unicode emoji properties in
/// <c>Data/Syntax/emoji-data.txt</c> (Unicode 15.0), following UTS #51's grammar the way
/// twemoji-parser (the emoji parser of twitter-text 3.1.0) groups code points:
/// keycaps <c>[0-9#*] U+FE0F? U+20E3</c>; regional-indicator pairs (flags, a lone indicator is an
/// emoji too); an emoji character with an optional U+FE0F, then an optional skin-tone modifier
/// (after a modifier base) or a tag sequence (<c>🏴 + tags + U+E007F</c>); such elements joined
/// by U+200D. A text-default emoji followed by U+FE0E is text; ©, ®, ™ and ♟ count only with U+FE0F.
/// Astral code points that Unicode reserves as Extended_Pictographic count as emoji, so emoji
/// newer than the data are still one emoji.
/// </summary>
internal static class EmojiMatcher
{
    [Flags]
    private enum EmojiProperty : byte
    {
        None = 0,
        Emoji = 1 << 0,
        Presentation = 1 << 1,
        Modifier = 1 << 2,
        ModifierBase = 1 << 3,
        ExtendedPictographic = 1 << 4,
        RequiresVs16 = 1 << 5,
    }

    private const string DataFile = "Syntax/emoji-data.txt";
    private const int AstralBase = 0x1F000;
    private const char Vs15 = '\uFE0E';
    private const char Vs16 = '\uFE0F';
    private const char Zwj = '\u200D';
    private const char CombiningKeycap = '\u20E3';

    private static readonly EmojiProperty[] Bmp = new EmojiProperty[0x10000];

    /// <summary>U+1F000–U+1FFFF, where every astral emoji of the data lives.</summary>
    private static readonly EmojiProperty[] Astral = new EmojiProperty[0x1000];

    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1810", Justification = "The tables are filled from one pass over the data file.")]
    static EmojiMatcher()
    {
        EmbeddedData.ReadCodePointRanges(DataFile, (first, last, name) =>
        {
            var property = name switch
            {
                "Emoji" => EmojiProperty.Emoji,
                "Emoji_Presentation" => EmojiProperty.Presentation,
                "Emoji_Modifier" => EmojiProperty.Modifier,
                "Emoji_Modifier_Base" => EmojiProperty.ModifierBase,
                "Extended_Pictographic" => EmojiProperty.ExtendedPictographic,
                "Requires_VS16" => EmojiProperty.RequiresVs16,
                _ => throw new InvalidDataException($"Data/{DataFile}: unknown property '{name}'."),
            };
            for (var cp = first; cp <= last; cp++)
            {
                if (cp <= 0xFFFF)
                {
                    Bmp[cp] |= property;
                }
                else if (cp - AstralBase is >= 0 and < 0x1000)
                {
                    Astral[cp - AstralBase] |= property;
                }
                else
                {
                    throw new InvalidDataException($"Data/{DataFile}: U+{cp:X4} is outside U+1F000–U+1FFFF, which the emoji table assumes for astral emoji.");
                }
            }
        });
    }

    private static EmojiProperty Lookup(int codePoint) =>
        codePoint <= 0xFFFF ? Bmp[codePoint]
        : codePoint - AstralBase is >= 0 and < 0x1000 ? Astral[codePoint - AstralBase]
        : EmojiProperty.None;

    /// <summary>True when the code point may start an emoji (a cheap pre-test before <see cref="Match"/>).</summary>
    public static bool MayStartEmoji(char c) =>
        Bmp[c] != EmojiProperty.None || char.IsHighSurrogate(c);

    /// <summary>The length in UTF-16 units of the emoji sequence at <paramref name="index"/>, or 0.</summary>
    public static int Match(ReadOnlySpan<char> text, int index)
    {
        var c = text[index];
        if (c is (>= '0' and <= '9') or '#' or '*')
        {
            var j = index + 1;
            if (j < text.Length && text[j] == Vs16)
            {
                j++;
            }

            return j < text.Length && text[j] == CombiningKeycap ? j + 1 - index : 0;
        }

        var cp = TwitterTextChars.CodePointAt(text, index, out var length);
        if (IsRegionalIndicator(cp))
        {
            var next = index + length;
            return next + 1 < text.Length && IsRegionalIndicator(TwitterTextChars.CodePointAt(text, next, out _)) ? 4 : 2;
        }

        var end = MatchElement(text, index);
        if (end < 0)
        {
            return 0;
        }

        while (end + 1 < text.Length && text[end] == Zwj)
        {
            var next = MatchElement(text, end + 1);
            if (next < 0)
            {
                break;
            }

            end = next;
        }

        return end - index;
    }

    /// <summary>One emoji element (character, presentation, modifier or tag sequence); returns its end or -1.</summary>
    private static int MatchElement(ReadOnlySpan<char> text, int index)
    {
        var cp = TwitterTextChars.CodePointAt(text, index, out var length);
        if (cp < 0x80 || IsRegionalIndicator(cp))
        {
            return -1;
        }

        var property = Lookup(cp);
        var presentation = (property & EmojiProperty.Presentation) != 0
            || (cp > 0xFFFF && (property & EmojiProperty.ExtendedPictographic) != 0);
        if ((property & EmojiProperty.Emoji) == 0 && !presentation)
        {
            return -1;
        }

        var end = index + length;
        if (end < text.Length && text[end] == Vs15)
        {
            return -1;
        }

        if (end < text.Length && text[end] == Vs16)
        {
            end++;
        }
        else if (!presentation && (property & EmojiProperty.RequiresVs16) != 0)
        {
            return -1;
        }

        var tagEnd = MatchTagSequence(text, end);
        if (tagEnd > 0)
        {
            return tagEnd;
        }

        if ((property & EmojiProperty.ModifierBase) != 0 && end + 1 < text.Length
            && (Lookup(TwitterTextChars.CodePointAt(text, end, out var modifierLength)) & EmojiProperty.Modifier) != 0)
        {
            end += modifierLength;
        }

        return end;
    }

    /// <summary>Tag characters U+E0020–U+E007E then the cancel tag U+E007F; returns the end or -1.</summary>
    private static int MatchTagSequence(ReadOnlySpan<char> text, int index)
    {
        var i = index;
        while (i + 1 < text.Length && text[i] == '\uDB40' && text[i + 1] is >= '\uDC20' and <= '\uDC7E')
        {
            i += 2;
        }

        return i > index && i + 1 < text.Length && text[i] == '\uDB40' && text[i + 1] == '\uDC7F' ? i + 2 : -1;
    }

    private static bool IsRegionalIndicator(int codePoint) => codePoint is >= 0x1F1E6 and <= 0x1F1FF;
}
