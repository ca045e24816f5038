using System.Globalization;
using System.Text;
using PostLint.Diagnostics;
using PostLint.Localization;
using PostLint.Analysis;

namespace PostLint.Reporting;

/// <summary>
/// GitHub Actions workflow commands: <c>::error file=…,line=…,col=…,endLine=…,endColumn=…,title=PL1001::message</c>,
/// one per finding (suggestions become <c>notice</c>), so findings show up on the pull request.
/// Findings suppressed by a baseline are left out, or shown as notices marked <c>(baseline)</c>
/// when asked for. The title (rule id and title) and the marks PostLint adds are in the language
/// of the report's <see cref="Messages"/>, Japanese unless English is asked for.
/// </summary>
public sealed class GitHubReportWriter : ReportWriter
{
    private readonly TextWriter _output;
    private readonly bool _showSuppressed;
    private readonly Messages _messages;

    /// <summary>A writer of workflow commands to <paramref name="output"/> (the job's standard output), titles in Japanese.</summary>
    /// <param name="output">Where the commands go; not disposed by the writer.</param>
    /// <param name="showSuppressed">True to show findings suppressed by a baseline as notices marked <c>(baseline)</c>.</param>
    public GitHubReportWriter(TextWriter output, bool showSuppressed = false)
        : this(output, Messages.Japanese, showSuppressed)
    {
    }

    /// <summary>A writer of workflow commands whose annotation titles are in the language of <paramref name="messages"/>.</summary>
    /// <param name="output">Where the commands go; not disposed by the writer.</param>
    /// <param name="messages">The display language's table.</param>
    /// <param name="showSuppressed">True to show findings suppressed by a baseline as notices marked <c>(baseline)</c>.</param>
    public GitHubReportWriter(TextWriter output, Messages messages, bool showSuppressed = false)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(messages);
        _showSuppressed = showSuppressed;
        _output = output;
        _messages = messages;
    }

    /// <inheritdoc/>
    public override void WriteHeader(ReportRun run)
    {
    }

    /// <inheritdoc/>
    public override void WriteResult(PostResult result)
    {
        foreach (var (diagnostic, location) in Reportable(result))
        {
            if (diagnostic.IsSuppressed && !_showSuppressed)
            {
                continue;
            }

            var command = diagnostic.IsSuppressed ? "notice" : diagnostic.Severity switch
            {
                DiagnosticSeverity.Error => "error",
                DiagnosticSeverity.Warning => "warning",
                _ => "notice",
            };
            var message = new StringBuilder(diagnostic.Id).Append(' ').Append(ReportText.MessageWithReferences(diagnostic));
            if (diagnostic.IsSuppressed)
            {
                message.Append(_messages["report.suppressed"]);
            }

            if (IsInPost(result, diagnostic) && !location.IsFileRegion)
            {
                message.Append(_messages.Format("report.github.inPost", result.Post!.Id, location.PostStart.Line, location.PostStart.Column));
            }

            _output.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"::{command} {Properties(result, diagnostic, location)}title={EscapeProperty(diagnostic.Id + " " + _messages.RuleTitle(diagnostic.Descriptor))}::{EscapeData(message.ToString())}"));
        }
    }

    /// <summary>
    /// The annotation's place: file, line, column and end for a finding in a post; for a problem of
    /// a file only what is known of it (<c>file=</c>, then <c>line=</c>, then <c>col=</c>); nothing
    /// for the run, which GitHub then shows as an annotation of the workflow run itself.
    /// </summary>
    private static string Properties(PostResult result, Diagnostic diagnostic, ReportLocation location)
    {
        if (IsInPost(result, diagnostic))
        {
            return string.Create(CultureInfo.InvariantCulture, $"file={EscapeProperty(location.Path)},line={location.Line},col={location.Column},endLine={location.EndLine},endColumn={location.EndColumn},");
        }

        var where = diagnostic.Location;
        if (where.Kind != DiagnosticLocationKind.File)
        {
            return string.Empty;
        }

        var properties = new StringBuilder("file=").Append(EscapeProperty(where.Path!)).Append(',');
        if (where.Line is { } line)
        {
            properties.Append(CultureInfo.InvariantCulture, $"line={line},");
        }

        if (where.Column is { } column)
        {
            properties.Append(CultureInfo.InvariantCulture, $"col={column},");
        }

        return properties.ToString();
    }

    /// <inheritdoc/>
    public override void WriteSummary(ReportSummary summary) => _output.Flush();

    // The escaping GitHub's workflow-command parser expects.
    // Control and bidirectional characters are shown as <U+202E> first, so none reaches the log raw.
    private static string EscapeData(string value) =>
        ReportText.Escape(value, keepLineBreaks: true).Replace("%", "%25", StringComparison.Ordinal).Replace("\r", "%0D", StringComparison.Ordinal).Replace("\n", "%0A", StringComparison.Ordinal);

    private static string EscapeProperty(string value) =>
        EscapeData(value).Replace(":", "%3A", StringComparison.Ordinal).Replace(",", "%2C", StringComparison.Ordinal);
}
