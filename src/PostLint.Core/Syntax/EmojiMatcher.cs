using System.Collections.Frozen;
using System.Globalization;
using System.Text;

namespace PostLint.Syntax;

/// <summary>
/// Recognises one emoji sequence at a position, from the Unicode emoji properties in
/// <c>Data/Syntax/emoji-data.txt</c> (Unicode 15.0), following UTS #51's grammar the way
/// twemoji-parser (the emoji parser of twitter-text 3.1.0) groups code points:
/// keycaps <c>[0-9#*] U+FE0F? U+20E3</c>; recommended flags (any other regional indicator is an
/// emoji on its own); an emoji character (a text-default one with an optional U+FE0F) with an
/// optional skin-tone modifier after a modifier base; a recommended tag sequence
/// (<c>🏴 + tags + U+E007F</c>); the longest recommended sequence of such elements joined by
/// U+200D (<c>Data/Syntax/emoji-sequences.txt</c>). A text-default emoji followed by U+FE0E is
/// text; ©, ®, ™ and ♟ count only with U+FE0F.
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
    private const string SequencesFile = "Syntax/emoji-sequences.txt";

    /// <summary>The longest ZWJ chain tried against the recommended sequences (they have at most 10 elements).</summary>
    private const int MaxZwjElements = 16;
    private const int AstralBase = 0x1F000;
    private const char Vs15 = '\uFE0E';
    private const char Vs16 = '\uFE0F';
    private const char Zwj = '\u200D';
    private const char CombiningKeycap = '\u20E3';

    private static readonly EmojiProperty[] Bmp;

    /// <summary>U+1F000–U+1FFFF, where every astral emoji of the data lives.</summary>
    private static readonly EmojiProperty[] Astral;

    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1810", Justification = "The tables are filled from one pass over the data file.")]
    static EmojiMatcher()
    {
        // Filled through locals and published at the end: a static field read while this class
        // constructor runs goes through the runtime's class-constructor check each time (a lock in
        // NativeAOT), once per code point of the data.
        var bmp = new EmojiProperty[0x10000];
        var astral = new EmojiProperty[0x1000];
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
                    bmp[cp] |= property;
                }
                else if (cp - AstralBase is >= 0 and < 0x1000)
                {
                    astral[cp - AstralBase] |= property;
                }
                else
                {
                    throw new InvalidDataException($"Data/{DataFile}: U+{cp:X4} is outside U+1F000–U+1FFFF, which the emoji table assumes for astral emoji.");
                }
            }
        });
        Bmp = bmp;
        Astral = astral;
    }

    /// <summary>
    /// Recommended flag, tag and ZWJ sequences, as UTF-16 strings: read at the first flag, tag or
    /// ZWJ sequence a run meets (most posts have none), not when the lexer starts.
    /// </summary>
    private static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> RecommendedSequences => SequenceTable.Sequences;

    /// <summary>How many times the sequences file was read in this process (0 or 1; tests read it).</summary>
    internal static int SequenceLoads { get; private set; }

    private static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> LoadSequences()
    {
        SequenceLoads++;
        var set = new HashSet<string>(StringComparer.Ordinal);
        var builder = new StringBuilder();
        foreach (var (lineNumber, content) in EmbeddedData.ReadLines(SequencesFile))
        {
            var semicolon = content.IndexOf(';', StringComparison.Ordinal);
            if (semicolon < 0)
            {
                throw EmbeddedData.Malformed(SequencesFile, lineNumber, "expected '<code points> ; <type>'");
            }

            builder.Clear();
            foreach (var hex in content[..semicolon].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (!int.TryParse(hex, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var cp) || cp > 0x10FFFF)
                {
                    throw EmbeddedData.Malformed(SequencesFile, lineNumber, $"'{hex}' is not a hexadecimal code point");
                }

                builder.Append(char.ConvertFromUtf32(cp));
            }

            set.Add(builder.ToString());
        }

        return set.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Holds the sequences, so that they are read by this class's constructor, at first use.</summary>
    private static class SequenceTable
    {
        public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Sequences = LoadSequences();
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
            // A recommended flag is one emoji; any other indicator is an emoji on its own.
            var next = index + length;
            return next + 1 < text.Length && IsRegionalIndicator(TwitterTextChars.CodePointAt(text, next, out _))
                && RecommendedSequences.Contains(text.Slice(index, 4)) ? 4 : 2;
        }

        var end = MatchElement(text, index, out var tagEnd);
        if (end < 0)
        {
            return 0;
        }

        if (tagEnd > 0 && RecommendedSequences.Contains(text[index..tagEnd]))
        {
            return tagEnd - index;
        }

        // Join elements with U+200D as far as they go, then keep the longest joined prefix that is
        // a recommended ZWJ sequence (or just the first element).
        Span<int> ends = stackalloc int[MaxZwjElements];
        var count = 0;
        var chainEnd = end;
        while (count < MaxZwjElements && chainEnd + 1 < text.Length && text[chainEnd] == Zwj)
        {
            var next = MatchElement(text, chainEnd + 1, out _);
            if (next < 0)
            {
                break;
            }

            chainEnd = next;
            ends[count++] = chainEnd;
        }

        for (var k = count - 1; k >= 0; k--)
        {
            if (RecommendedSequences.Contains(text[index..ends[k]]))
            {
                return ends[k] - index;
            }
        }

        return end - index;
    }

    /// <summary>
    /// One emoji element (character, presentation or modifier sequence); returns its end or -1.
    /// <paramref name="tagEnd"/> is the end of a tag sequence following the character, or -1.
    /// </summary>
    private static int MatchElement(ReadOnlySpan<char> text, int index, out int tagEnd)
    {
        tagEnd = -1;
        var cp = TwitterTextChars.CodePointAt(text, index, out var length);
        if (cp < 0x80 || IsRegionalIndicator(cp))
        {
            return -1;
        }

        var property = Lookup(cp);
        // An astral pictograph the data does not know as emoji yet is a newer emoji: presentation.
        var presentation = (property & EmojiProperty.Presentation) != 0
            || (cp > 0xFFFF && (property & (EmojiProperty.ExtendedPictographic | EmojiProperty.Emoji)) == EmojiProperty.ExtendedPictographic);
        if ((property & EmojiProperty.Emoji) == 0 && !presentation)
        {
            return -1;
        }

        var end = index + length;
        if (!presentation)
        {
            // A text-default emoji: U+FE0E keeps it text, U+FE0F joins it; twemoji-parser leaves
            // U+FE0F after an emoji-presentation character as a match of its own (which weighs
            // the same as any other emoji).
            if (end < text.Length && text[end] == Vs15)
            {
                return -1;
            }

            if (end < text.Length && text[end] == Vs16)
            {
                end++;
            }
            else if ((property & EmojiProperty.RequiresVs16) != 0)
            {
                return -1;
            }
        }

        tagEnd = MatchTagSequence(text, end);
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
