namespace PostLint.Morphology;

/// <summary>
/// The lattice has no usable path (MeCab's "too long sentence."): every path costs 2^31−1 or
/// more, which takes hundreds of kilobytes of text in one run.
/// </summary>
public sealed class MecabParseException : Exception
{
    /// <summary>An exception with the default message.</summary>
    public MecabParseException()
    {
    }

    /// <summary>An exception with a message.</summary>
    public MecabParseException(string message)
        : base(message)
    {
    }

    /// <summary>An exception with a message and a cause.</summary>
    public MecabParseException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
