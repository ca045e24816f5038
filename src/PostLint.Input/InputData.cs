using PostLint.Text;

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
    public static IEnumerable<(int LineNumber, string Content)> ReadLines(string fileName) =>
        DataFile.ReadLines(typeof(InputData).Assembly, "PostLint.Input.Data." + fileName);

    /// <summary>The exception for a malformed line of a data file.</summary>
    public static InvalidDataException Malformed(string fileName, int lineNumber, string message) =>
        new($"Data/{fileName}({lineNumber}): {message}.");
}
