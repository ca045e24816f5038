using System.Text.Encodings.Web;
using System.Text.Json;
using PostLint.Diagnostics;
using PostLint.Analysis;

namespace PostLint.Reporting;

/// <summary>
/// The <c>json</c> format of the specification:
/// <c>{"version":1,"tool":{…},"results":[…],"summary":{…}}</c>. <c>start</c>/<c>length</c> are
/// UTF-16 offsets into the post text; <c>line</c>/<c>column</c> are positions in the post (1-based,
/// UTF-16 columns), and <c>sourceLine</c> is the record's line in the input file for exports.
/// </summary>
public sealed class JsonReportWriter : ReportWriter
{
    internal static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private readonly Stream _stream;
    private readonly bool _leaveOpen;
    private readonly Utf8JsonWriter _writer;

    /// <summary>A writer of one JSON document (UTF-8) to <paramref name="stream"/>.</summary>
    /// <param name="stream">Where the report goes.</param>
    /// <param name="leaveOpen">True to leave <paramref name="stream"/> open when the writer is disposed.</param>
    public JsonReportWriter(Stream stream, bool leaveOpen = false)
    {
        ArgumentNullException.ThrowIfNull(stream);
        _stream = stream;
        _leaveOpen = leaveOpen;
        _writer = new Utf8JsonWriter(stream, WriterOptions);
    }

    /// <summary>
    /// Also write each finding's post text (<c>postText</c>), for viewers that show a finding inside
    /// its post (the audit table of <c>postlint serve</c>). Off by default: the CLI's reports name
    /// the post and the span, and do not repeat the text.
    /// </summary>
    public bool IncludePostText { get; init; }

    /// <inheritdoc/>
    public override void WriteHeader(ReportRun run)
    {
        _writer.WriteStartObject();
        _writer.WriteNumber("version", 1);
        _writer.WriteStartObject("tool");
        _writer.WriteString("name", ReportRun.ToolName);
        _writer.WriteString("version", ReportRun.ToolVersion);
        if (run?.Options.Profile is { } profile)
        {
            _writer.WriteString("profile", profile);
        }

        _writer.WriteEndObject();
        _writer.WriteStartArray("results");
    }

    /// <inheritdoc/>
    public override void WriteResult(PostResult result)
    {
        foreach (var (diagnostic, location) in Reportable(result))
        {
            _writer.WriteStartObject();
            if (IsInPost(result, diagnostic))
            {
                WritePostFields(result.Post!, diagnostic, location);
            }
            else
            {
                WriteProblemFields(diagnostic);
            }

            _writer.WriteStartArray("references");
            foreach (var reference in diagnostic.References)
            {
                _writer.WriteStringValue(reference);
            }

            _writer.WriteEndArray();
            _writer.WriteStartArray("fixes");
            foreach (var fix in diagnostic.Fixes)
            {
                _writer.WriteStartObject();
                _writer.WriteString("title", fix.Title);
                _writer.WriteString("applicability", fix.Applicability.ToName());
                _writer.WriteStartArray("edits");
                foreach (var edit in fix.Edits)
                {
                    _writer.WriteStartObject();
                    _writer.WriteNumber("start", edit.Span.Start);
                    _writer.WriteNumber("length", edit.Span.Length);
                    _writer.WriteString("newText", edit.NewText);
                    _writer.WriteEndObject();
                }

                _writer.WriteEndArray();
                _writer.WriteEndObject();
            }

            _writer.WriteEndArray();
            if (diagnostic.IsSuppressed)
            {
                _writer.WriteBoolean("suppressed", true);
            }

            if (IncludePostText && IsInPost(result, diagnostic))
            {
                _writer.WriteString("postText", result.Post!.Text);
            }

            _writer.WriteEndObject();
        }

        // Keep memory flat on large audits: hand finished results to the stream.
        if (_writer.BytesPending > 64 * 1024)
        {
            _writer.Flush();
        }
    }

    private void WritePostFields(Model.Post post, Diagnostic diagnostic, ReportLocation location)
    {
        _writer.WriteString("postId", post.Id);
        _writer.WriteString("source", location.Path);
        _writer.WriteString("ruleId", diagnostic.Id);
        _writer.WriteString("severity", diagnostic.Severity.ToReportName());
        _writer.WriteString("message", diagnostic.Message);
        _writer.WriteNumber("start", diagnostic.Span.Start);
        _writer.WriteNumber("length", diagnostic.Span.Length);
        _writer.WriteNumber("line", location.PostStart.Line);
        _writer.WriteNumber("column", location.PostStart.Column);
        _writer.WriteNumber("endLine", location.PostEnd.Line);
        _writer.WriteNumber("endColumn", location.PostEnd.Column);
        if (!location.IsFileRegion)
        {
            _writer.WriteNumber("sourceLine", location.Line);
        }

        if (post.Source is { RecordNumber: > 0, IsWholeFile: false } source)
        {
            _writer.WriteNumber("record", source.RecordNumber);
        }

        // Added fields (keys are an API: existing ones never change): the post's date and text,
        // so a report can be read without the export beside it.
        if (post.CreatedAt is { } createdAt)
        {
            _writer.WriteString("createdAt", createdAt.ToString("yyyy-MM-ddTHH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture));
        }

        if (post.Text.Length > 0)
        {
            _writer.WriteString("text", post.Text);
        }
    }

    /// <summary>
    /// A diagnostic outside any post: <c>"scope": "file"</c> with <c>source</c> and, when known,
    /// <c>sourceLine</c>/<c>sourceColumn</c> (and <c>record</c>/<c>recordId</c> for an unreadable
    /// record), or <c>"scope": "run"</c> with no place at all. No post fields: there is no post.
    /// </summary>
    private void WriteProblemFields(Diagnostic diagnostic)
    {
        var location = diagnostic.Location;
        _writer.WriteString("scope", location.Kind == DiagnosticLocationKind.File ? "file" : "run");
        if (location.Kind == DiagnosticLocationKind.File)
        {
            _writer.WriteString("source", location.Path);
        }

        _writer.WriteString("ruleId", diagnostic.Id);
        _writer.WriteString("severity", diagnostic.Severity.ToReportName());
        _writer.WriteString("message", diagnostic.Message);
        if (location.Line is { } line)
        {
            _writer.WriteNumber("sourceLine", line);
        }

        if (location.Column is { } column)
        {
            _writer.WriteNumber("sourceColumn", column);
        }

        if (diagnostic.Properties.TryGetValue(PostResult.RecordNumberProperty, out var record) &&
            long.TryParse(record, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number))
        {
            _writer.WriteNumber("record", number);
        }

        if (diagnostic.Properties.TryGetValue(PostResult.RecordIdProperty, out var recordId))
        {
            _writer.WriteString("recordId", recordId);
        }
    }

    /// <inheritdoc/>
    public override void WriteSummary(ReportSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        _writer.WriteEndArray();
        _writer.WriteStartObject("summary");
        _writer.WriteNumber("posts", summary.Posts);
        _writer.WriteNumber("rejected", summary.Rejected);
        _writer.WriteNumber("errors", summary.Errors);
        _writer.WriteNumber("warnings", summary.Warnings);
        _writer.WriteNumber("suggestions", summary.Suggestions);
        _writer.WriteStartObject("byRule");
        foreach (var (id, count) in summary.ByRule)
        {
            _writer.WriteNumber(id, count);
        }

        _writer.WriteEndObject();
        _writer.WriteNumber("read", summary.Read);
        _writer.WriteNumber("skipped", summary.Skipped);
        _writer.WriteNumber("suppressed", summary.Suppressed);
        if (summary.Hidden > 0)
        {
            _writer.WriteNumber("hidden", summary.Hidden);
        }

        _writer.WriteEndObject();
        _writer.WriteEndObject();
        _writer.Flush();
        _stream.Write("\n"u8);
        _stream.Flush();
    }

    /// <inheritdoc/>
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _writer.Dispose();
            if (!_leaveOpen)
            {
                _stream.Dispose();
            }
        }

        base.Dispose(disposing);
    }
}
