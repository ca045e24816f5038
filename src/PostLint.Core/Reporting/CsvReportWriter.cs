using System.Globalization;
using System.Text;
using PostLint.Diagnostics;
using PostLint.Text;

namespace PostLint.Reporting;

/// <summary>
/// One row per finding, for spreadsheets: UTF-8 with a byte order mark so that Excel opens the
/// Japanese text correctly, CRLF line ends and RFC 4180 quoting.
/// Columns: post_id, source, source_line, line, column, rule_id, severity, message, matched_text,
/// references, fix, suppressed.
/// </summary>
public sealed class CsvReportWriter : ReportWriter
{
    private static readonly string[] Header =
        ["post_id", "source", "source_line", "line", "column", "rule_id", "severity", "message", "matched_text", "references", "fix", "suppressed"];

    private readonly StreamWriter _writer;

    public CsvReportWriter(Stream stream, bool leaveOpen = false)
    {
        ArgumentNullException.ThrowIfNull(stream);
        _writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), 1 << 16, leaveOpen) { NewLine = "\r\n" };
    }

    public override void WriteHeader(ReportRun run) => WriteRow(Header);

    public override void WriteResult(PostResult result)
    {
        foreach (var (diagnostic, location) in Reportable(result))
        {
            var matched = diagnostic.Span.End <= result.Post.Text.Length ? result.Post.Text.Substring(diagnostic.Span.Start, diagnostic.Span.Length) : string.Empty;
            WriteRow(
            [
                result.Post.Id,
                location.Path,
                location.Line.ToString(CultureInfo.InvariantCulture),
                location.PostStart.Line.ToString(CultureInfo.InvariantCulture),
                location.PostStart.Column.ToString(CultureInfo.InvariantCulture),
                diagnostic.Id,
                diagnostic.Severity.ToReportName(),
                diagnostic.Message,
                matched,
                string.Join("; ", diagnostic.References),
                string.Join(" / ", diagnostic.Fixes.Select(static f => $"{f.Applicability.ToName()}: {f.Title}")),
                diagnostic.IsSuppressed ? "true" : "false",
            ]);
        }
    }

    public override void WriteSummary(ReportSummary summary) => _writer.Flush();

    private void WriteRow(ReadOnlySpan<string> fields)
    {
        for (var i = 0; i < fields.Length; i++)
        {
            if (i > 0)
            {
                _writer.Write(',');
            }

            WriteField(fields[i]);
        }

        _writer.WriteLine();
    }

    private void WriteField(string field)
    {
        var needsQuotes = field.AsSpan().IndexOfAny(",\"\r\n") >= 0;
        if (!needsQuotes)
        {
            _writer.Write(field);
            return;
        }

        _writer.Write('"');
        _writer.Write(field.Replace("\"", "\"\"", StringComparison.Ordinal));
        _writer.Write('"');
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _writer.Dispose();
        }

        base.Dispose(disposing);
    }
}
