using PostLint.Diagnostics;
using PostLint.Text;

namespace PostLint.Reporting;

/// <summary>
/// Writes a report as results come: <see cref="WriteHeader"/> once, <see cref="WriteResult"/> per post in
/// input order, <see cref="WriteSummary"/> with the totals. Streaming, so an audit of a million posts does
/// not hold its findings in memory. Silent (hidden) findings are never written.
/// </summary>
public abstract class ReportWriter : IDisposable
{
    public abstract void WriteHeader(ReportRun run);

    public abstract void WriteResult(PostResult result);

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

    public void Dispose()
    {
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
    }
}

/// <summary>The report formats of <c>--format</c>.</summary>
public enum ReportFormat
{
    Text,
    Json,
    Sarif,
    GitHub,
    Csv,
}

public static class ReportFormats
{
    public static IReadOnlyList<string> Names { get; } = ["text", "json", "sarif", "github", "csv"];

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
