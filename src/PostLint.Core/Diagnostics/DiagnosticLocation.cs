using System.Globalization;
using PostLint.Text;

namespace PostLint.Diagnostics;

/// <summary>What a <see cref="DiagnosticLocation"/> points at.</summary>
public enum DiagnosticLocationKind
{
    /// <summary>Nothing in particular: the diagnostic is about the whole run (PL0003: no MeCab dictionary).</summary>
    None,

    /// <summary>A file, optionally a line and column in it (PL0001: a record that cannot be read; PL0002: a key of postlint.json).</summary>
    File,

    /// <summary>A span of the post the diagnostic was reported for (every rule's finding).</summary>
    Post,
}

/// <summary>
/// Where a diagnostic is. Three kinds, made by the three factories:
/// <see cref="None"/> for a problem of the run as a whole (a dictionary that is not installed),
/// <see cref="InFile"/> for a problem of a file that is not a post (a record of an export that
/// cannot be read, a configuration key), and <see cref="InPost"/> for a finding in a post: a UTF-16
/// span of the text of the post it was reported for (the post itself is the
/// <see cref="Analysis.PostResult.Post"/> the diagnostic belongs to, or the post given to
/// <see cref="Analysis.PostAnalysisEngine.Analyze(Model.Post, System.Threading.CancellationToken)"/>).
/// A value type, so a finding's location costs no allocation of its own; the default value is <see cref="None"/>.
/// </summary>
public readonly record struct DiagnosticLocation
{
    private readonly int _line;
    private readonly int _column;

    private DiagnosticLocation(DiagnosticLocationKind kind, string? path, int line, int column, TextSpan span)
    {
        Kind = kind;
        Path = path;
        _line = line;
        _column = column;
        Span = span;
    }

    /// <summary>No location: the diagnostic is about the run (the same as <c>default</c>).</summary>
    public static DiagnosticLocation None => default;

    /// <summary>Which of the three kinds this location is.</summary>
    public DiagnosticLocationKind Kind { get; }

    /// <summary>The file, for <see cref="DiagnosticLocationKind.File"/>; null otherwise.</summary>
    public string? Path { get; }

    /// <summary>The 1-based line in <see cref="Path"/>, when known; null for a whole file and for the other kinds.</summary>
    public int? Line => _line > 0 ? _line : null;

    /// <summary>The 1-based column (UTF-16 units) on <see cref="Line"/>, when known; null otherwise.</summary>
    public int? Column => _column > 0 ? _column : null;

    /// <summary>The UTF-16 span in the post, for <see cref="DiagnosticLocationKind.Post"/>; empty at 0 for the other kinds.</summary>
    public TextSpan Span { get; }

    /// <summary>A file, or a line of it, or a line and column of it.</summary>
    /// <param name="path">The file as the user named it (a relative path stays relative).</param>
    /// <param name="line">The 1-based line, or null when the problem is the whole file.</param>
    /// <param name="column">The 1-based column on <paramref name="line"/>, or null when only the line is known.</param>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty, or a column is given without a line.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="line"/> or <paramref name="column"/> is below 1.</exception>
    public static DiagnosticLocation InFile(string path, int? line = null, int? column = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (line is { } l)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(l, 1, nameof(line));
        }

        if (column is { } c)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(c, 1, nameof(column));
            if (line is null)
            {
                throw new ArgumentException("A column needs a line.", nameof(column));
            }
        }

        return new DiagnosticLocation(DiagnosticLocationKind.File, path, line ?? 0, column ?? 0, default);
    }

    /// <summary>A span (UTF-16 offsets) of the text of the post the diagnostic is reported for.</summary>
    public static DiagnosticLocation InPost(TextSpan span) => new(DiagnosticLocationKind.Post, null, 0, 0, span);

    /// <summary><c>(none)</c>, <c>path</c>, <c>path(line)</c>, <c>path(line,column)</c> or <c>post[start..end)</c>.</summary>
    public override string ToString() => Kind switch
    {
        DiagnosticLocationKind.File when Column is { } column => string.Create(CultureInfo.InvariantCulture, $"{Path}({Line},{column})"),
        DiagnosticLocationKind.File when Line is { } line => string.Create(CultureInfo.InvariantCulture, $"{Path}({line})"),
        DiagnosticLocationKind.File => Path!,
        DiagnosticLocationKind.Post => "post" + Span,
        _ => "(none)",
    };
}
