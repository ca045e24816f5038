namespace PostLint.Morphology;

/// <summary>
/// A MeCab dictionary file is missing, truncated, corrupt, foreign or in an unsupported charset.
/// The message always names the file and says what is wrong with it.
/// </summary>
public sealed class MecabDictionaryException : Exception
{
    public MecabDictionaryException()
    {
    }

    public MecabDictionaryException(string message)
        : base(message)
    {
    }

    public MecabDictionaryException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public MecabDictionaryException(string filePath, string problem, Exception? innerException = null)
        : base($"{filePath}: {problem}", innerException)
    {
        FilePath = filePath;
    }

    /// <summary>The file that failed validation, when one is known.</summary>
    public string? FilePath { get; }
}
