namespace PostLint.Morphology;

/// <summary>
/// The lattice has no usable path (MeCab's "too long sentence."): every path costs 2^31−1 or
/// more, which takes hundreds of kilobytes of text in one run.
/// </summary>
public sealed class MecabParseException : Exception
{
    public MecabParseException()
    {
    }

    public MecabParseException(string message)
        : base(message)
    {
    }

    public MecabParseException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
