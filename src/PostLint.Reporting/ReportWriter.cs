using PostLint.Diagnostics;
using PostLint.Text;
using PostLint.Analysis;

namespace PostLint.Reporting;

/// <summary>
/// Writes a report as results come: <see cref="WriteHeader"/> once, <see cref="WriteResult"/> per post in
/// input order, <see cref="WriteSummary"/> with the totals. Streaming, so an audit of a million posts does
/// not hold its findings in memory. Silent (hidden) findings are never written.
/// </summary>
public abstract class ReportWriter : IDisposable
{
    /// <summary>Starts the report: called once, before any result, with the rules and options of the run.</summary>
    public abstract void WriteHeader(ReportRun run);

    /// <summary>Writes one post's (or record's) findings; called in input order, also for results without findings.</summary>
    public abstract void WriteResult(PostResult result);

    /// <summary>Ends the report with the run's totals; called once, after the last result. Writers flush here.</summary>
    public abstract void WriteSummary(ReportSummary summary);

    /// <summary>
    /// The findings of a result that reports show (silent ones never are), each with where it is.
    /// A diagnostic outside a post (<see cref="DiagnosticLocation.InFile"/>, <see cref="DiagnosticLocation.None"/>)
    /// gets its file, line and column as far as they are known; writers look at
    /// <see cref="Diagnostic.Location"/>'s kind to leave out what does not apply.
    /// </summary>
    protected static IEnumerable<(Diagnostic Diagnostic, ReportLocation Location)> Reportable(PostResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result.Diagnostics.IsEmpty)
        {
            yield break;
        }

        PostText? text = null;
        foreach (var diagnostic in result.Diagnostics)
        {
            if (diagnostic.Severity == DiagnosticSeverity.Hidden)
            {
                continue;
            }

            if (result.Post is { } post && diagnostic.Location.Kind == DiagnosticLocationKind.Post)
            {
                text ??= new PostText(post.Text);
                yield return (diagnostic, ReportLocation.Compute(post, diagnostic, text));
            }
            else
            {
                yield return (diagnostic, ReportLocation.Compute(diagnostic.Location));
            }
        }
    }

    /// <summary>True when the diagnostic is a finding in <paramref name="result"/>'s post (not a file or run problem).</summary>
    protected static bool IsInPost(PostResult result, Diagnostic diagnostic) =>
        result.Post is not null && diagnostic.Location.Kind == DiagnosticLocationKind.Post;

    /// <summary>Releases the output (closing it unless the writer was told to leave it open).</summary>
    public void Dispose()
    {
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Releases the writer's resources; overrides dispose their output here.</summary>
    /// <param name="disposing">True when called from <see cref="Dispose()"/>, false from a finalizer.</param>
    protected virtual void Dispose(bool disposing)
    {
    }
}

/// <summary>The report formats of <c>--format</c>.</summary>
public enum ReportFormat
{
    /// <summary>Compiler-style lines for people (<c>path(line,col): エラー PL1001: …</c>), with snippets and a summary.</summary>
    Text,
    /// <summary>PostLint's own JSON document, for programs.</summary>
    Json,
    /// <summary>SARIF 2.1.0, for code-scanning tools (GitHub code scanning, VS Code's SARIF viewer).</summary>
    Sarif,
    /// <summary>GitHub Actions workflow commands (<c>::error file=…</c>), which annotate pull requests.</summary>
    GitHub,
    /// <summary>A spreadsheet (UTF-8 with BOM, CRLF) with one row per finding, for people who review in Excel.</summary>
    Csv,
}

/// <summary>The names of <see cref="ReportFormat"/> values on the command line.</summary>
public static class ReportFormats
{
    /// <summary>The names <c>--format</c> accepts.</summary>
    public static IReadOnlyList<string> Names { get; } = ["text", "json", "sarif", "github", "csv"];

    /// <summary>Reads a format name, ignoring case and surrounding space.</summary>
    /// <returns>False (and <see cref="ReportFormat.Text"/>) for null or an unknown name.</returns>
    public static bool TryParse(string? name, out ReportFormat format)
    {
        switch (name?.Trim().ToUpperInvariant())
        {
            case "TEXT": format = ReportFormat.Text; return true;
            case "JSON": format = ReportFormat.Json; return true;
            case "SARIF": format = ReportFormat.Sarif; return true;
            case "GITHUB": format = ReportFormat.GitHub; return true;
            case "CSV": format = ReportFormat.Csv; return true;
            default: format = ReportFormat.Text; return false;
        }
    }
}
