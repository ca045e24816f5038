using System.Text.Json;
using PostLint.Diagnostics;
using PostLint.Analysis;

namespace PostLint.Reporting;

/// <summary>
/// SARIF 2.1.0, valid against the OASIS schema: one run, every rule with its help link and its
/// level under the active profile, results with UTF-16 columns (<c>columnKind: utf16CodeUnits</c>),
/// fixes as <c>artifactChanges</c> for draft files, the post id as a logical location, a stable
/// partial fingerprint, and <c>suppressions</c> of kind <c>external</c> for baselined findings.
/// Diagnostics outside a post: a problem of a file (PL0001, PL0002) is a result whose physical
/// location names the file, with a region when the line is known; a problem of the run (PL0003)
/// is about the tool's execution rather than an artifact, so it is written as a
/// <c>toolExecutionNotifications</c> entry of the invocation (with its <c>associatedRule</c>),
/// not as a result.
/// </summary>
public sealed class SarifReportWriter : ReportWriter
{
    private const string SchemaUri = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

    private readonly Stream _stream;
    private readonly bool _leaveOpen;
    private readonly Utf8JsonWriter _writer;
    private readonly string _baseDirectory;
    private Dictionary<string, int> _ruleIndex = [];
    private readonly List<Diagnostic> _notifications = [];

    /// <summary>A writer of one SARIF 2.1.0 log (UTF-8 JSON) to <paramref name="stream"/>.</summary>
    /// <param name="stream">Where the log goes.</param>
    /// <param name="baseDirectory">Relative paths are written relative to this folder (%SRCROOT%); null for the current folder.</param>
    /// <param name="leaveOpen">True to leave <paramref name="stream"/> open when the writer is disposed.</param>
    public SarifReportWriter(Stream stream, string? baseDirectory = null, bool leaveOpen = false)
    {
        ArgumentNullException.ThrowIfNull(stream);
        _stream = stream;
        _leaveOpen = leaveOpen;
        _baseDirectory = Path.GetFullPath(baseDirectory ?? Directory.GetCurrentDirectory());
        _writer = new Utf8JsonWriter(stream, JsonReportWriter.WriterOptions);
    }

    /// <inheritdoc/>
    public override void WriteHeader(ReportRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        _ruleIndex = [];
        _notifications.Clear();
        _writer.WriteStartObject();
        _writer.WriteString("$schema", SchemaUri);
        _writer.WriteString("version", "2.1.0");
        _writer.WriteStartArray("runs");
        _writer.WriteStartObject();

        _writer.WriteStartObject("tool");
        _writer.WriteStartObject("driver");
        _writer.WriteString("name", ReportRun.ToolName);
        _writer.WriteString("version", ReportRun.ToolVersion);
        _writer.WriteString("semanticVersion", ReportRun.ToolVersion);
        if (run.Options.DocsUrl is { } docs)
        {
            _writer.WriteString("informationUri", docs);
        }

        _writer.WriteStartArray("rules");
        var index = 0;
        foreach (var rule in run.Rules)
        {
            if (!_ruleIndex.TryAdd(rule.Id, index))
            {
                continue;
            }

            index++;
            var severity = run.Options.GetEffectiveSeverity(rule);
            _writer.WriteStartObject();
            _writer.WriteString("id", rule.Id);
            _writer.WriteString("name", PascalName(rule.Title));
            _writer.WriteStartObject("shortDescription");
            _writer.WriteString("text", rule.Title);
            _writer.WriteEndObject();
            if (rule.Description.Length > 0)
            {
                _writer.WriteStartObject("fullDescription");
                _writer.WriteString("text", ProfileExamples.ForProfile(rule.Description, run.Options));
                _writer.WriteEndObject();
            }

            if (run.Options.GetHelpUri(rule) is { } helpUri)
            {
                // Only under a configured docs address (docsUrl, --docs-url): no invented host.
                _writer.WriteString("helpUri", helpUri);
            }

            _writer.WriteStartObject("defaultConfiguration");
            _writer.WriteString("level", Level(severity));
            if (severity is null)
            {
                _writer.WriteBoolean("enabled", false);
            }

            _writer.WriteEndObject();
            _writer.WriteStartObject("properties");
            _writer.WriteString("category", rule.Category);
            _writer.WriteStartArray("references");
            foreach (var reference in run.Options.GetReferences(rule))
            {
                _writer.WriteStringValue(reference);
            }

            _writer.WriteEndArray();
            _writer.WriteEndObject();
            _writer.WriteEndObject();
        }

        _writer.WriteEndArray();
        _writer.WriteEndObject();
        _writer.WriteEndObject();

        _writer.WriteStartObject("originalUriBaseIds");
        _writer.WriteStartObject("%SRCROOT%");
        _writer.WriteString("uri", new Uri(_baseDirectory.EndsWith(Path.DirectorySeparatorChar) ? _baseDirectory : _baseDirectory + Path.DirectorySeparatorChar).AbsoluteUri);
        _writer.WriteEndObject();
        _writer.WriteEndObject();
        _writer.WriteString("columnKind", "utf16CodeUnits");
        _writer.WriteStartArray("results");
    }

    /// <inheritdoc/>
    public override void WriteResult(PostResult result)
    {
        foreach (var (diagnostic, location) in Reportable(result))
        {
            if (IsInPost(result, diagnostic))
            {
                WriteResult(result.Post!, diagnostic, location);
            }
            else if (diagnostic.Location.Kind == DiagnosticLocationKind.File)
            {
                WriteFileResult(diagnostic);
            }
            else
            {
                // A condition of the run, not of an artifact (SARIF §3.20.21): it goes to the
                // invocation's toolExecutionNotifications, written with the summary.
                _notifications.Add(diagnostic);
            }
        }

        if (_writer.BytesPending > 64 * 1024)
        {
            _writer.Flush();
        }
    }

    /// <summary><c>ruleId</c>, <c>ruleIndex</c>, <c>level</c> and <c>message</c>: what every result and notification starts with.</summary>
    private void WriteRuleLevelAndMessage(Diagnostic diagnostic)
    {
        _writer.WriteString("ruleId", diagnostic.Id);
        if (_ruleIndex.TryGetValue(diagnostic.Id, out var ruleIndex))
        {
            _writer.WriteNumber("ruleIndex", ruleIndex);
        }

        _writer.WriteString("level", Level(diagnostic.Severity));
        _writer.WriteStartObject("message");
        _writer.WriteString("text", ReportText.MessageWithReferences(diagnostic));
        _writer.WriteEndObject();
    }

    /// <summary>
    /// A problem of a file that is not a post (PL0001: a record of an export; PL0002: a key of the
    /// configuration): a physical location with the file, and a region only when the line is known
    /// (a region needs <c>startLine</c>); no post fields, no fixes.
    /// </summary>
    private void WriteFileResult(Diagnostic diagnostic)
    {
        var where = diagnostic.Location;
        _writer.WriteStartObject();
        WriteRuleLevelAndMessage(diagnostic);
        _writer.WriteStartArray("locations");
        _writer.WriteStartObject();
        _writer.WriteStartObject("physicalLocation");
        WriteArtifactLocation(where.Path!);
        if (where.Line is { } line)
        {
            _writer.WriteStartObject("region");
            _writer.WriteNumber("startLine", line);
            if (where.Column is { } column)
            {
                _writer.WriteNumber("startColumn", column);
            }

            _writer.WriteEndObject();
        }

        _writer.WriteEndObject();
        _writer.WriteEndObject();
        _writer.WriteEndArray();

        _writer.WriteStartObject("partialFingerprints");
        _writer.WriteString(Fingerprint.SarifKey, Fingerprint.Compute(where.Path!, diagnostic.Id, diagnostic.Message));
        _writer.WriteEndObject();

        var hasRecord = diagnostic.Properties.TryGetValue(PostResult.RecordNumberProperty, out var record);
        var hasRecordId = diagnostic.Properties.TryGetValue(PostResult.RecordIdProperty, out var recordId);
        if (hasRecord || hasRecordId)
        {
            _writer.WriteStartObject("properties");
            if (hasRecord && long.TryParse(record, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number))
            {
                _writer.WriteNumber("record", number);
            }

            if (hasRecordId)
            {
                _writer.WriteString("recordId", recordId);
            }

            _writer.WriteEndObject();
        }

        _writer.WriteEndObject();
    }

    private void WriteResult(Model.Post post, Diagnostic diagnostic, ReportLocation location)
    {
        _writer.WriteStartObject();
        WriteRuleLevelAndMessage(diagnostic);

        _writer.WriteStartArray("locations");
        _writer.WriteStartObject();
        _writer.WriteStartObject("physicalLocation");
        WriteArtifactLocation(location.Path);
        _writer.WriteStartObject("region");
        _writer.WriteNumber("startLine", location.Line);
        _writer.WriteNumber("startColumn", location.Column);
        _writer.WriteNumber("endLine", location.EndLine);
        _writer.WriteNumber("endColumn", location.EndColumn);
        if (location.IsFileRegion)
        {
            _writer.WriteNumber("charOffset", diagnostic.Span.Start);
            _writer.WriteNumber("charLength", diagnostic.Span.Length);
        }

        _writer.WriteEndObject();
        _writer.WriteEndObject();
        if (post.Id.Length > 0)
        {
            _writer.WriteStartArray("logicalLocations");
            _writer.WriteStartObject();
            _writer.WriteString("name", post.Id);
            _writer.WriteString("kind", "post");
            _writer.WriteEndObject();
            _writer.WriteEndArray();
        }

        _writer.WriteEndObject();
        _writer.WriteEndArray();

        _writer.WriteStartObject("partialFingerprints");
        _writer.WriteString(Fingerprint.SarifKey, Fingerprint.Compute(post, diagnostic));
        _writer.WriteEndObject();

        var fixes = location.IsFileRegion ? diagnostic.Fixes.Where(static f => !f.Edits.IsEmpty).ToArray() : [];
        if (fixes.Length > 0)
        {
            _writer.WriteStartArray("fixes");
            foreach (var fix in fixes)
            {
                _writer.WriteStartObject();
                _writer.WriteStartObject("description");
                _writer.WriteString("text", $"{fix.Title} ({fix.Applicability.ToName()})");
                _writer.WriteEndObject();
                _writer.WriteStartArray("artifactChanges");
                _writer.WriteStartObject();
                WriteArtifactLocation(location.Path);
                _writer.WriteStartArray("replacements");
                foreach (var edit in fix.Edits)
                {
                    _writer.WriteStartObject();
                    _writer.WriteStartObject("deletedRegion");
                    _writer.WriteNumber("charOffset", edit.Span.Start);
                    _writer.WriteNumber("charLength", edit.Span.Length);
                    _writer.WriteEndObject();
                    _writer.WriteStartObject("insertedContent");
                    _writer.WriteString("text", edit.NewText);
                    _writer.WriteEndObject();
                    _writer.WriteEndObject();
                }

                _writer.WriteEndArray();
                _writer.WriteEndObject();
                _writer.WriteEndArray();
                _writer.WriteStartObject("properties");
                _writer.WriteString("applicability", fix.Applicability.ToName());
                _writer.WriteEndObject();
                _writer.WriteEndObject();
            }

            _writer.WriteEndArray();
        }

        if (diagnostic.IsSuppressed)
        {
            _writer.WriteStartArray("suppressions");
            _writer.WriteStartObject();
            _writer.WriteString("kind", "external");
            _writer.WriteString("justification", "baseline");
            _writer.WriteEndObject();
            _writer.WriteEndArray();
        }

        _writer.WriteStartObject("properties");
        _writer.WriteString("postId", post.Id);
        _writer.WriteNumber("postStart", diagnostic.Span.Start);
        _writer.WriteNumber("postLength", diagnostic.Span.Length);
        _writer.WriteNumber("postLine", location.PostStart.Line);
        _writer.WriteNumber("postColumn", location.PostStart.Column);
        if (post.Source is { RecordNumber: > 0, IsWholeFile: false } source)
        {
            _writer.WriteNumber("record", source.RecordNumber);
        }

        _writer.WriteEndObject();
        _writer.WriteEndObject();
    }

    private void WriteArtifactLocation(string path)
    {
        _writer.WriteStartObject("artifactLocation");
        if (path.StartsWith('<'))
        {
            // Standard input and posts built in code have no file.
            _writer.WriteString("uri", Uri.EscapeDataString(path));
        }
        else
        {
            var full = Path.GetFullPath(path);
            var relative = Path.GetRelativePath(_baseDirectory, full);
            if (!relative.StartsWith("..", StringComparison.Ordinal) && !Path.IsPathRooted(relative))
            {
                _writer.WriteString("uri", string.Join('/', relative.Split(Path.DirectorySeparatorChar).Select(Uri.EscapeDataString)));
                _writer.WriteString("uriBaseId", "%SRCROOT%");
            }
            else
            {
                _writer.WriteString("uri", new Uri(full).AbsoluteUri);
            }
        }

        _writer.WriteEndObject();
    }

    /// <inheritdoc/>
    public override void WriteSummary(ReportSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        _writer.WriteEndArray();
        _writer.WriteStartArray("invocations");
        _writer.WriteStartObject();
        _writer.WriteBoolean("executionSuccessful", true);
        if (_notifications.Count > 0)
        {
            _writer.WriteStartArray("toolExecutionNotifications");
            foreach (var diagnostic in _notifications)
            {
                _writer.WriteStartObject();
                _writer.WriteStartObject("message");
                _writer.WriteString("text", ReportText.MessageWithReferences(diagnostic));
                _writer.WriteEndObject();
                _writer.WriteString("level", Level(diagnostic.Severity));
                _writer.WriteStartObject("associatedRule");
                _writer.WriteString("id", diagnostic.Id);
                if (_ruleIndex.TryGetValue(diagnostic.Id, out var ruleIndex))
                {
                    _writer.WriteNumber("index", ruleIndex);
                }

                _writer.WriteEndObject();
                _writer.WriteEndObject();
            }

            _writer.WriteEndArray();
        }

        _writer.WriteStartObject("properties");
        _writer.WriteNumber("posts", summary.Posts);
        _writer.WriteNumber("rejected", summary.Rejected);
        _writer.WriteNumber("skipped", summary.Skipped);
        _writer.WriteNumber("read", summary.Read);
        _writer.WriteEndObject();
        _writer.WriteEndObject();
        _writer.WriteEndArray();
        _writer.WriteEndObject();
        _writer.WriteEndArray();
        _writer.WriteEndObject();
        _writer.Flush();
        _stream.Write("\n"u8);
        _stream.Flush();
    }

    private static string Level(DiagnosticSeverity? severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        DiagnosticSeverity.Info => "note",
        _ => "none",
    };

    /// <summary>SARIF rule names are identifiers: "Source tag before disclosure tag" → "SourceTagBeforeDisclosureTag".</summary>
    private static string PascalName(string title) =>
        string.Concat(title.Split([' ', '-', '/'], StringSplitOptions.RemoveEmptyEntries).Select(static w => char.ToUpperInvariant(w[0]) + w[1..]));

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
