using System.Globalization;
using PostLint.Diagnostics;
using PostLint.Localization;
using PostLint.Text;
using PostLint.Analysis;

namespace PostLint.Reporting;

/// <summary>How a <see cref="TextReportWriter"/> writes: language, colours, snippets, and whether the run is an audit.</summary>
public sealed record TextReportOptions
{
    /// <summary>The language of severities, labels and the summary (Japanese unless English is asked for).</summary>
    public Messages Messages { get; init; } = Messages.Japanese;

    /// <summary>Colour severities and carets with ANSI escapes (for a terminal; off for files and NO_COLOR).</summary>
    public bool Color { get; init; }

    /// <summary>Show the line with a caret under each finding.</summary>
    public bool ShowSnippets { get; init; } = true;

    /// <summary>
    /// An audit's summary: 「問題のある投稿 n / m 件」, the read = analysed + rejected + skipped line
    /// always, the table by rule always, and no <c>--fix</c> hint (audits do not fix).
    /// </summary>
    public bool IsAudit { get; init; }

    /// <summary>List findings suppressed by a baseline too (<c>--show-suppressed</c>); they are always counted.</summary>
    public bool ShowSuppressed { get; init; }
}

/// <summary>
/// The compiler-style <c>text</c> format: <c>path(line,col): エラー PL1001: message [reference]</c>,
/// then the line with a caret under the finding, then the fix. Records of an export are shown as
/// <c>path(line) postId(line,col): …</c>. Colours only when asked (a terminal without NO_COLOR).
/// Ends with the totals, and a table by rule (with the rules' titles) when more than one post was read.
/// Findings suppressed by a baseline are counted in the totals but not listed unless asked for (as
/// ESLint and Ruff do): an audit against a baseline shows only what is new.
/// Severities, labels and the summary are in the language of <see cref="TextReportOptions.Messages"/>.
/// </summary>
public sealed class TextReportWriter : ReportWriter
{
    private readonly TextWriter _output;
    private readonly TextReportOptions _options;
    private readonly Messages _messages;
    private readonly Dictionary<string, DiagnosticDescriptor> _rules = new(StringComparer.Ordinal);
    private long _fixable;

    /// <summary>A writer to <paramref name="output"/> in Japanese, for a check run.</summary>
    /// <param name="output">Where the report goes; not disposed by the writer.</param>
    /// <param name="color">Colour with ANSI escapes.</param>
    /// <param name="showSnippets">Show the line with a caret under each finding.</param>
    /// <param name="showSuppressed">List findings suppressed by a baseline too.</param>
    public TextReportWriter(TextWriter output, bool color = false, bool showSnippets = true, bool showSuppressed = false)
        : this(output, new TextReportOptions { Color = color, ShowSnippets = showSnippets, ShowSuppressed = showSuppressed })
    {
    }

    /// <summary>A writer to <paramref name="output"/> with every option.</summary>
    /// <param name="output">Where the report goes; not disposed by the writer.</param>
    /// <param name="options">Language, colours, snippets and whether the run is an audit.</param>
    public TextReportWriter(TextWriter output, TextReportOptions options)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(options);
        _output = output;
        _options = options;
        _messages = options.Messages;
    }

    /// <inheritdoc/>
    public override void WriteHeader(ReportRun run)
    {
        foreach (var rule in run?.Rules ?? [])
        {
            _rules.TryAdd(rule.Id, rule);
        }
    }

    /// <inheritdoc/>
    public override void WriteResult(PostResult result)
    {
        PostText? text = null;
        foreach (var (diagnostic, location) in Reportable(result))
        {
            if (diagnostic.IsSuppressed && !_options.ShowSuppressed)
            {
                continue;
            }

            if (IsInPost(result, diagnostic))
            {
                text ??= new PostText(result.Post!.Text);
                WriteDiagnostic(result.Post!, diagnostic, location, text);
            }
            else
            {
                WriteDiagnostic(null, diagnostic, location, null);
            }
        }
    }

    /// <summary>
    /// <c>path(line,col):</c> for a draft, <c>path(line) postId(line,col):</c> for a record of an
    /// export; outside a post <c>path(line,col):</c>, <c>path(line):</c> or <c>path:</c> as far as
    /// the file position is known, and <c>postlint:</c> for the run (as compilers name themselves).
    /// </summary>
    private static string Position(Model.Post? post, Diagnostic diagnostic, ReportLocation location)
    {
        if (post is null)
        {
            return diagnostic.Location.Kind == DiagnosticLocationKind.File
                ? diagnostic.Location.ToString()
                : ReportRun.ToolName;
        }

        return location.IsFileRegion || post.Text.Length == 0
            ? string.Create(CultureInfo.InvariantCulture, $"{location.Path}({location.Line},{location.Column})")
            : string.Create(CultureInfo.InvariantCulture, $"{location.Path}({location.Line}) {post.Id}({location.PostStart.Line},{location.PostStart.Column})");
    }

    private void WriteDiagnostic(Model.Post? post, Diagnostic diagnostic, ReportLocation location, PostText? text)
    {
        var position = Position(post, diagnostic, location);
        var severity = _messages.Severity(diagnostic.Severity);
        var suppressed = diagnostic.IsSuppressed ? _messages["report.suppressed"] : string.Empty;
        _output.Write(ReportText.Escape(position));
        _output.Write(": ");
        _output.Write(Paint(severity, SeverityColor(diagnostic.Severity, diagnostic.IsSuppressed)));
        _output.Write(' ');
        _output.Write(Paint(diagnostic.Id, "1"));
        _output.Write(": ");
        _output.Write(ReportText.Escape(ReportText.MessageWithReferences(diagnostic)));
        _output.WriteLine(suppressed);

        if (_options.ShowSnippets && text is { Length: > 0 })
        {
            WriteSnippet(text, diagnostic.Span, SeverityColor(diagnostic.Severity, diagnostic.IsSuppressed));
        }

        foreach (var fix in diagnostic.Fixes)
        {
            var label = fix.Applicability switch
            {
                FixApplicability.Safe => _messages["report.fix.safe"],
                FixApplicability.Unsafe => _messages["report.fix.unsafe"],
                _ => _messages["report.fix.display"],
            };
            _output.Write("    = ");
            _output.Write(Paint(label, "36"));
            _output.Write(": ");
            _output.Write(ReportText.Escape(fix.Title));
            if (fix.Applicability == FixApplicability.Display && fix.Edits.Length == 1 && fix.Edits[0].NewText.Length > 0 && !fix.Title.Contains(fix.Edits[0].NewText, StringComparison.Ordinal))
            {
                _output.Write(" → ");
                _output.Write(ReportText.Escape(fix.Edits[0].NewText));
            }

            _output.WriteLine();
        }

        if (!diagnostic.IsSuppressed && diagnostic.Fixes.Any(static f => f.Applicability == FixApplicability.Safe && !f.Edits.IsEmpty))
        {
            _fixable++;
        }
    }
    private void WriteSnippet(PostText text, TextSpan span, string color)
    {
        var start = text.GetLinePosition(span.Start);
        var lineSpan = text.GetLineSpan(start.Line);
        var line = text.AsSpan(lineSpan);
        var before = line[..Math.Min(start.Column - 1, line.Length)];
        var endInLine = Math.Min(span.End, lineSpan.End) - lineSpan.Start;
        var marked = line[Math.Min(start.Column - 1, line.Length)..Math.Max(Math.Min(endInLine, line.Length), Math.Min(start.Column - 1, line.Length))];
        var number = start.Line.ToString(CultureInfo.InvariantCulture);
        var gutter = new string(' ', number.Length);
        _output.Write(' ');
        _output.Write(number);
        _output.Write(" | ");
        _output.WriteLine(ReportText.Escape(line.ToString()));
        _output.Write(' ');
        _output.Write(gutter);
        _output.Write(" | ");
        // The caret is measured on the line as printed, so escaped characters keep it aligned.
        _output.Write(new string(' ', DisplayWidth.Of(ReportText.Escape(before.ToString()))));
        _output.WriteLine(Paint(new string('^', Math.Max(1, DisplayWidth.Of(ReportText.Escape(marked.ToString())))), color));
    }

    /// <inheritdoc/>
    public override void WriteSummary(ReportSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ReportSummaryText.Write(_output, summary, _rules, _options, _options.IsAudit ? 0 : _fixable);
        _output.Flush();
    }

    private static string SeverityColor(DiagnosticSeverity severity, bool suppressed) => suppressed ? "2" : severity switch
    {
        DiagnosticSeverity.Error => "31",
        DiagnosticSeverity.Warning => "33",
        _ => "36",
    };

    private string Paint(string text, string code) => _options.Color ? $"\u001b[{code}m{text}\u001b[0m" : text;
}
