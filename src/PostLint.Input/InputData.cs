using System.Text;

namespace PostLint.Input;

/// <summary>
/// Reads the input readers' embedded data files (<c>src/PostLint.Input/Data/*</c>: column and
/// platform names). Every data file has a header of <c>#</c> comment lines saying where its facts
/// come from; comments and blank lines are skipped, and a malformed line is reported with the
/// file name and line number.
/// </summary>
internal static class InputData
{
    /// <summary>Lines of an embedded data file with comments (from <c>#</c>) and surrounding blanks removed.</summary>
    public static IEnumerable<(int LineNumber, string Content)> ReadLines(string fileName)
    {
        var name = "PostLint.Input.Data." + fileName;
        using var stream = typeof(InputData).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidDataException($"The embedded data file {name} is missing from {typeof(InputData).Assembly.GetName().Name}.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            var hash = line.IndexOf('#', StringComparison.Ordinal);
            var content = (hash >= 0 ? line[..hash] : line).Trim();
            if (content.Length > 0)
            {
                yield return (lineNumber, content);
            }
        }
    }

    /// <summary>The exception for a malformed line of a data file.</summary>
    public static InvalidDataException Malformed(string fileName, int lineNumber, string message) =>
        new($"Data/{fileName}({lineNumber}): {message}.");
}
