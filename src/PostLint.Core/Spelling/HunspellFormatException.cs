namespace PostLint.Spelling;

/// <summary>
/// A Hunspell <c>.aff</c> or <c>.dic</c> file that cannot be read: the message names the file and
/// the 1-based line so that a user can fix the dictionary rather than guess.
/// </summary>
public sealed class HunspellFormatException : Exception
{
    public HunspellFormatException()
        : this(string.Empty, 0, "malformed Hunspell file")
    {
    }

    public HunspellFormatException(string message)
        : this(string.Empty, 0, message)
    {
    }

    public HunspellFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
        FilePath = string.Empty;
    }

    public HunspellFormatException(string filePath, int lineNumber, string detail)
        : base(FormatMessage(filePath, lineNumber, detail))
    {
        FilePath = filePath;
        LineNumber = lineNumber;
        Detail = detail;
    }

    /// <summary>The file that failed to load (as given to the loader).</summary>
    public string FilePath { get; }

    /// <summary>The 1-based line of the problem, or 0 when it concerns the whole file.</summary>
    public int LineNumber { get; }

    /// <summary>What is wrong, without the location.</summary>
    public string Detail { get; } = string.Empty;

    private static string FormatMessage(string filePath, int lineNumber, string detail)
    {
        var where = string.IsNullOrEmpty(filePath) ? "<hunspell>" : filePath;
        return lineNumber > 0 ? $"{where}:{lineNumber}: {detail}" : $"{where}: {detail}";
    }
}
