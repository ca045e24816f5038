using System.Globalization;
using System.Text;

namespace PostLint.Text;

/// <summary>
/// How many terminal columns text takes: East Asian wide and full-width characters and emoji take
/// two, combining marks and format characters (ZWJ, variation selectors) none. Used to put the
/// caret under the right characters in text reports.
/// </summary>
public static class DisplayWidth
{
    /// <summary>Terminal columns taken by <paramref name="text"/>: the sum of <see cref="Of(Rune)"/> over its scalar values.</summary>
    public static int Of(ReadOnlySpan<char> text)
    {
        var width = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            width += Of(rune);
        }

        return width;
    }

    /// <summary>Terminal columns taken by one scalar value: 2 for wide, 全角 and emoji, 0 for marks and format characters, otherwise 1 (a tab counts 1).</summary>
    public static int Of(Rune rune)
    {
        var value = rune.Value;
        if (value == '\t')
        {
            return 1;
        }

        var category = Rune.GetUnicodeCategory(rune);
        if (category is UnicodeCategory.Control or UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark or UnicodeCategory.Format)
        {
            return 0;
        }

        return IsWide(value) ? 2 : 1;
    }

    private static bool IsWide(int value) =>
        value is (>= 0x1100 and <= 0x115F)
            or (>= 0x2E80 and <= 0x303E)
            or (>= 0x3041 and <= 0x33FF)
            or (>= 0x3400 and <= 0x4DBF)
            or (>= 0x4E00 and <= 0x9FFF)
            or (>= 0xA000 and <= 0xA4CF)
            or (>= 0xAC00 and <= 0xD7A3)
            or (>= 0xF900 and <= 0xFAFF)
            or (>= 0xFE30 and <= 0xFE4F)
            or (>= 0xFF00 and <= 0xFF60)
            or (>= 0xFFE0 and <= 0xFFE6)
            or (>= 0x1F000 and <= 0x1FAFF)
            or (>= 0x20000 and <= 0x3FFFD);
}
