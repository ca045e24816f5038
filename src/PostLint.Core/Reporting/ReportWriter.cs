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

    /// <summary>The findings of a result that reports show (silent ones never are), each with where it is.</summary>
    protected static IEnumerable<(Diagnostic Diagnostic, DiagnosticLocation Location)> Reportable(PostResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result.Diagnostics.IsEmpty)
        {
            yield break;
        }

        var text = new PostText(result.Post.Text);
        foreach (var diagnostic in result.Diagnostics)
        {
            if (diagnostic.Severity != DiagnosticSeverity.Hidden)
            {
                yield return (diagnostic, DiagnosticLocation.Compute(result.Post, diagnostic, text));
            }
        }
    }

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
