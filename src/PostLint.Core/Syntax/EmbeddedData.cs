using System.Globalization;
using PostLint.Text;

namespace PostLint.Syntax;

/// <summary>
/// Reads PostLint's embedded data files (<c>src/PostLint.Core/Data/**</c>). Every data file has a
/// header of <c>#</c> comment lines saying where its facts come from; readers skip comments and
/// blank lines and report malformed lines with the file name and line number.
/// </summary>
internal static class EmbeddedData
{
    /// <summary>Lines of an embedded data file with comments (from <c>#</c>) and surrounding blanks removed.</summary>
    public static IEnumerable<(int LineNumber, string Content)> ReadLines(string relativePath) =>
        DataFile.ReadLines(typeof(EmbeddedData).Assembly, "PostLint.Data." + relativePath);

    /// <summary>
    /// Reads a file of <c>XXXX[..YYYY] ; Name</c> lines (hexadecimal code points) and calls
    /// <paramref name="add"/> for each range.
    /// </summary>
    public static void ReadCodePointRanges(string relativePath, Action<int, int, string> add)
    {
        foreach (var (lineNumber, content) in ReadLines(relativePath))
        {
            var semicolon = content.IndexOf(';', StringComparison.Ordinal);
            if (semicolon < 0)
            {
                throw Malformed(relativePath, lineNumber, "expected '<code point range> ; <name>'");
            }

            var range = content.AsSpan(0, semicolon).Trim();
            var name = content[(semicolon + 1)..].Trim();
            var dots = range.IndexOf("..", StringComparison.Ordinal);
            var first = ParseCodePoint(dots < 0 ? range : range[..dots], relativePath, lineNumber);
            var last = dots < 0 ? first : ParseCodePoint(range[(dots + 2)..], relativePath, lineNumber);
            if (last < first || name.Length == 0)
            {
                throw Malformed(relativePath, lineNumber, "empty range or missing name");
            }

            add(first, last, name);
        }
    }

    public static InvalidDataException Malformed(string relativePath, int lineNumber, string message) =>
        new($"Data/{relativePath}({lineNumber}): {message}.");

    private static int ParseCodePoint(ReadOnlySpan<char> hex, string relativePath, int lineNumber)
    {
        if (!int.TryParse(hex, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var value) || value is < 0 or > 0x10FFFF)
        {
            throw Malformed(relativePath, lineNumber, $"'{hex}' is not a hexadecimal code point");
        }

        return value;
    }
}
