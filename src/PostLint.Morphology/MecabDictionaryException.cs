namespace PostLint.Morphology;

/// <summary>
/// A MeCab dictionary file is missing, truncated, corrupt, foreign or in an unsupported charset.
/// The message always names the file and says what is wrong with it.
/// </summary>
public sealed class MecabDictionaryException : Exception
{
    /// <summary>An exception that names no file.</summary>
    public MecabDictionaryException()
    {
    }

    /// <summary>An exception with a message that names no file.</summary>
    public MecabDictionaryException(string message)
        : base(message)
    {
    }

    /// <summary>An exception with a message and a cause that names no file.</summary>
    public MecabDictionaryException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The file at <paramref name="filePath"/> cannot be used because of <paramref name="problem"/>; the message is <c>path: problem</c>.</summary>
    public MecabDictionaryException(string filePath, string problem, Exception? innerException = null)
        : base($"{filePath}: {problem}", innerException)
    {
        FilePath = filePath;
    }

    /// <summary>The file that failed validation, when one is known.</summary>
    public string? FilePath { get; }
}
