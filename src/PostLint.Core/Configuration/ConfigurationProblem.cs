using System.Collections.Immutable;
using PostLint.Localization;

namespace PostLint.Configuration;

/// <summary>
/// A configuration problem (reported as PL0002): what is wrong and where, as a file and a 1-based
/// line and column (0 when the problem has no position, such as an unreadable file). What is wrong
/// is a <see cref="LocalizedMessage"/> (a message id with its arguments: the key, the value, the
/// JSON path, kept verbatim), shown in the display language by whoever reports it.
/// </summary>
/// <param name="Text">What is wrong, as a message id with its arguments.</param>
/// <param name="Path">The file, or null when the problem is not in a file (a command-line option).</param>
/// <param name="Line">The 1-based line, or 0 when the problem has no position.</param>
/// <param name="Column">The 1-based column, or 0 when the problem has no position.</param>
public sealed record ConfigurationProblem(LocalizedMessage Text, string? Path = null, int Line = 0, int Column = 0)
{
    /// <summary>A problem whose text is the same in every language (a message from outside PostLint).</summary>
    public ConfigurationProblem(string message, string? path = null, int line = 0, int column = 0)
        : this(LocalizedMessage.Verbatim(message), path, line, column)
    {
    }

    /// <summary>The message id of <see cref="Text"/> (<c>config.unknownKey</c>…).</summary>
    public string MessageId => Text.Id;

    /// <summary>The arguments of <see cref="Text"/>.</summary>
    public ImmutableArray<object?> Arguments => Text.Arguments;

    /// <summary>What is wrong, in Japanese (the default display language).</summary>
    public string Message => Text.ToString();

    /// <summary>What is wrong, in the language of <paramref name="messages"/>.</summary>
    public string MessageIn(Messages messages) => Text.Render(messages);

    /// <summary>The problem with its position, in the language of <paramref name="messages"/>.</summary>
    public string ToString(Messages messages)
    {
        var message = MessageIn(messages);
        return Path is null ? message : Line > 0 ? $"{Path}({Line},{Column}): {message}" : $"{Path}: {message}";
    }

    /// <summary>The problem with its position (<c>path(line,col): message</c>), in Japanese.</summary>
    public override string ToString() => ToString(Messages.Japanese);
}

/// <summary>Thrown when a configuration cannot be used; carries every problem found, not only the first.</summary>
public sealed class ConfigurationException : Exception
{
    /// <summary>A configuration that cannot be used because of <paramref name="problems"/>; the message lists them one per line, in Japanese.</summary>
    public ConfigurationException(IReadOnlyList<ConfigurationProblem> problems)
        : base(string.Join(Environment.NewLine, problems))
    {
        Problems = problems;
    }

    /// <summary>An exception without problems.</summary>
    public ConfigurationException()
        : this([])
    {
    }

    /// <summary>One problem without a position.</summary>
    public ConfigurationException(string message)
        : this([new ConfigurationProblem(message)])
    {
    }

    /// <summary>One problem without a position, with its cause.</summary>
    public ConfigurationException(string message, Exception innerException)
        : base(message, innerException)
    {
        Problems = [new ConfigurationProblem(message)];
    }

    /// <summary>Every problem found, in the order found (file order within a file).</summary>
    public IReadOnlyList<ConfigurationProblem> Problems { get; }

    /// <summary>Every problem on a line of its own, in the language of <paramref name="messages"/>.</summary>
    public string MessageIn(Messages messages) =>
        Problems.Count == 0 ? Message : string.Join(Environment.NewLine, Problems.Select(p => p.ToString(messages)));
}
