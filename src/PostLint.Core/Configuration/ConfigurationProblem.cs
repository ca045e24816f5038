namespace PostLint.Configuration;

/// <summary>
/// A configuration problem (reported as PL0002): what is wrong and where, as a file and a 1-based
/// line and column (0 when the problem has no position, such as an unreadable file).
/// </summary>
public sealed record ConfigurationProblem(string Message, string? Path = null, int Line = 0, int Column = 0)
{
    public override string ToString() =>
        Path is null ? Message : Line > 0 ? $"{Path}({Line},{Column}): {Message}" : $"{Path}: {Message}";
}

/// <summary>Thrown when a configuration cannot be used; carries every problem found, not only the first.</summary>
public sealed class ConfigurationException : Exception
{
    public ConfigurationException(IReadOnlyList<ConfigurationProblem> problems)
        : base(string.Join(Environment.NewLine, problems))
    {
        Problems = problems;
    }

    public ConfigurationException()
        : this([])
    {
    }

    public ConfigurationException(string message)
        : this([new ConfigurationProblem(message)])
    {
    }

    public ConfigurationException(string message, Exception innerException)
        : base(message, innerException)
    {
        Problems = [new ConfigurationProblem(message)];
    }

    public IReadOnlyList<ConfigurationProblem> Problems { get; }
}
