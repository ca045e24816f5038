using System.Globalization;
using System.Text;
using PostLint.Diagnostics;
using PostLint.Localization;
using PostLint.Analysis;

namespace PostLint.Reporting;

/// <summary>
/// One row per finding, for spreadsheets: UTF-8 with a byte order mark so that Excel opens the
/// Japanese text correctly, CRLF line ends and RFC 4180 quoting.
/// Columns: post_id, source, source_line, line, column, rule_id, severity, message, matched_text,
/// references, fix, suppressed, created_at (the post's date, as the export gave it, in its own
/// offset: <c>2025-01-05 09:30:00</c>, which Excel reads as a date) and text (the whole post, so
/// that a reviewer sees the finding in context). Headers and words (severity, fix kind, suppressed)
/// are in the language of the messages: 投稿ID, 重大度 = エラー/警告/提案 … by default.
/// </summary>
public sealed class CsvReportWriter : ReportWriter
{
    private static readonly string[] Columns =
        ["post_id", "source", "source_line", "line", "column", "rule_id", "severity", "message", "matched_text", "references", "fix", "suppressed", "created_at", "text"];

    private readonly StreamWriter _writer;
    private readonly Messages _messages;

    /// <summary>A writer of a CSV file with Japanese headers and words to <paramref name="stream"/>.</summary>
    /// <param name="stream">Where the CSV goes.</param>
    /// <param name="leaveOpen">True to leave <paramref name="stream"/> open when the writer is disposed.</param>
    public CsvReportWriter(Stream stream, bool leaveOpen = false)
        : this(stream, Messages.Japanese, leaveOpen)
    {
    }

    /// <summary>A writer of a CSV file with headers and words in the language of <paramref name="messages"/>.</summary>
    /// <param name="stream">Where the CSV goes.</param>
    /// <param name="messages">The display language's table.</param>
    /// <param name="leaveOpen">True to leave <paramref name="stream"/> open when the writer is disposed.</param>
    public CsvReportWriter(Stream stream, Messages messages, bool leaveOpen = false)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(messages);
        _messages = messages;
        _writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), 1 << 16, leaveOpen) { NewLine = "\r\n" };
    }

    /// <inheritdoc/>
    public override void WriteHeader(ReportRun run) => WriteRow([.. Columns.Select(c => _messages["csv.column." + c])]);

    /// <inheritdoc/>
    public override void WriteResult(PostResult result)
    {
        foreach (var (diagnostic, location) in Reportable(result))
        {
            // Outside a post (PL0001–PL0003) the post columns stay empty: source and source_line
            // say which file and line, as far as they are known.
            var post = IsInPost(result, diagnostic) ? result.Post : null;
            var matched = post is not null && diagnostic.Span.End <= post.Text.Length ? post.Text.Substring(diagnostic.Span.Start, diagnostic.Span.Length) : string.Empty;
            WriteRow(
            [
                post?.Id ?? string.Empty,
                location.Path,
                location.Line > 0 ? location.Line.ToString(CultureInfo.InvariantCulture) : string.Empty,
                post is null ? string.Empty : location.PostStart.Line.ToString(CultureInfo.InvariantCulture),
                post is null ? string.Empty : location.PostStart.Column.ToString(CultureInfo.InvariantCulture),
                diagnostic.Id,
                _messages.Severity(diagnostic.Severity),
                diagnostic.Message,
                matched,
                string.Join("; ", diagnostic.References),
                string.Join(" / ", diagnostic.Fixes.Select(f => $"{_messages["csv.fix." + f.Applicability.ToName()]}: {f.Title}")),
                _messages[diagnostic.IsSuppressed ? "csv.true" : "csv.false"],
                post?.CreatedAt?.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) ?? string.Empty,
                post?.Text ?? string.Empty,
            ]);
        }
    }

    /// <inheritdoc/>
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

    /// <inheritdoc/>
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _writer.Dispose();
        }

        base.Dispose(disposing);
    }
}
