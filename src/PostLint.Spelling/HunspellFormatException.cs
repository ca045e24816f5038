namespace PostLint.Spelling;

/// <summary>
/// A Hunspell <c>.aff</c> or <c>.dic</c> file that cannot be read: the message names the file and
/// the 1-based line so that a user can fix the dictionary rather than guess.
/// </summary>
public sealed class HunspellFormatException : Exception
{
    /// <summary>An exception that names no file or line.</summary>
    public HunspellFormatException()
        : this(string.Empty, 0, "malformed Hunspell file")
    {
    }

    /// <summary>An exception with a message that names no file or line.</summary>
    public HunspellFormatException(string message)
        : this(string.Empty, 0, message)
    {
    }

    /// <summary>An exception with a message and a cause that names no file or line.</summary>
    public HunspellFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
        FilePath = string.Empty;
    }

    /// <summary>The problem <paramref name="detail"/> at 1-based line <paramref name="lineNumber"/> (0 for the whole file) of <paramref name="filePath"/>.</summary>
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
