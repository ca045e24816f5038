using System.Globalization;
using PostLint.Diagnostics;
using PostLint.Text;

namespace PostLint.Reporting;

/// <summary>
/// The compiler-style <c>text</c> format: <c>path(line,col): error PL1001: message [reference]</c>,
/// then the line with a caret under the finding, then the fix. Records of an export are shown as
/// <c>path(line) postId(line,col): …</c>. Colours only when asked (a terminal without NO_COLOR).
/// Ends with the totals, and a table by rule when more than one post was read. Findings suppressed
/// by a baseline are counted in the totals but not listed unless asked for (as ESLint and Ruff do):
/// an audit against a baseline shows only what is new.
/// </summary>
public sealed class TextReportWriter : ReportWriter
{
    private readonly TextWriter _output;
    private readonly bool _color;
    private readonly bool _showSnippets;
    private readonly bool _showSuppressed;
    private readonly Dictionary<string, (DiagnosticSeverity Severity, int Count)> _byRule = new(StringComparer.Ordinal);
    private long _fixable;

    public TextReportWriter(TextWriter output, bool color = false, bool showSnippets = true, bool showSuppressed = false)
    {
        _showSuppressed = showSuppressed;
        ArgumentNullException.ThrowIfNull(output);
        _output = output;
        _color = color;
        _showSnippets = showSnippets;
    }

    public override void WriteHeader(ReportRun run)
    {
    }

    public override void WriteResult(PostResult result)
    {
        PostText? text = null;
        foreach (var (diagnostic, location) in Reportable(result))
        {
            if (diagnostic.IsSuppressed && !_showSuppressed)
            {
                continue;
            }

            text ??= new PostText(result.Post.Text);
            WriteDiagnostic(result, diagnostic, location, text);
        }
    }

    private void WriteDiagnostic(PostResult result, Diagnostic diagnostic, DiagnosticLocation location, PostText text)
    {
        var position = location.IsFileRegion
            ? string.Create(CultureInfo.InvariantCulture, $"{location.Path}({location.Line},{location.Column})")
            : result.Post.Text.Length == 0
                ? string.Create(CultureInfo.InvariantCulture, $"{location.Path}({location.Line},{location.Column})")
                : string.Create(CultureInfo.InvariantCulture, $"{location.Path}({location.Line}) {result.Post.Id}({location.PostStart.Line},{location.PostStart.Column})");
        var severity = diagnostic.Severity.ToReportName();
        var suppressed = diagnostic.IsSuppressed ? " (baseline)" : string.Empty;
        _output.Write(position);
        _output.Write(": ");
        _output.Write(Paint(severity, SeverityColor(diagnostic.Severity, diagnostic.IsSuppressed)));
        _output.Write(' ');
        _output.Write(Paint(diagnostic.Id, "1"));
        _output.Write(": ");
        _output.Write(ReportText.MessageWithReferences(diagnostic));
        _output.WriteLine(suppressed);

        if (_showSnippets && text.Length > 0)
        {
            WriteSnippet(text, diagnostic.Span, SeverityColor(diagnostic.Severity, diagnostic.IsSuppressed));
        }

        foreach (var fix in diagnostic.Fixes)
        {
            var label = fix.Applicability switch
            {
                FixApplicability.Safe => "fix",
                FixApplicability.Unsafe => "fix (unsafe, --unsafe-fixes)",
                _ => "help",
            };
            _output.Write("    = ");
            _output.Write(Paint(label, "36"));
            _output.Write(": ");
            _output.Write(fix.Title);
            if (fix.Applicability == FixApplicability.Display && fix.Edits.Length == 1 && fix.Edits[0].NewText.Length > 0 && !fix.Title.Contains(fix.Edits[0].NewText, StringComparison.Ordinal))
            {
                _output.Write(" → ");
                _output.Write(fix.Edits[0].NewText);
            }

            _output.WriteLine();
        }

        if (!diagnostic.IsSuppressed)
        {
            var (_, count) = _byRule.GetValueOrDefault(diagnostic.Id);
            _byRule[diagnostic.Id] = (diagnostic.Severity, count + 1);
            if (diagnostic.Fixes.Any(static f => f.Applicability == FixApplicability.Safe && !f.Edits.IsEmpty))
            {
                _fixable++;
            }
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
        _output.WriteLine(Printable(line));
        _output.Write(' ');
        _output.Write(gutter);
        _output.Write(" | ");
        _output.Write(new string(' ', DisplayWidth.Of(before)));
        _output.WriteLine(Paint(new string('^', Math.Max(1, DisplayWidth.Of(marked))), color));
    }

    // Tabs and invisible characters would shift the caret: show them as visible marks.
    private static string Printable(ReadOnlySpan<char> line)
    {
        var chars = line.ToArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (chars[i] == '\t')
            {
                chars[i] = ' ';
            }
        }

        return new string(chars);
    }

    public override void WriteSummary(ReportSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        if (summary.Read > 1 && _byRule.Count > 0)
        {
            _output.WriteLine();
            _output.WriteLine("rule    severity    count");
            foreach (var (id, (severity, count)) in _byRule.OrderBy(static p => p.Key, StringComparer.Ordinal))
            {
                _output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{id}  {severity.ToReportName(),-10}  {count,5}"));
            }
        }

        var parts = new List<string>
        {
            Plural(summary.Errors, "error"),
            Plural(summary.Warnings, "warning"),
            Plural(summary.Suggestions, "suggestion"),
        };
        var line = string.Create(CultureInfo.InvariantCulture, $"{string.Join(", ", parts)} in {Plural(summary.Posts, "post")}");
        if (summary.Rejected > 0 || summary.Skipped > 0)
        {
            line += string.Create(CultureInfo.InvariantCulture, $" (read {summary.Read} = analysed {summary.Posts} + rejected {summary.Rejected} + skipped {summary.Skipped})");
        }

        if (summary.Suppressed > 0)
        {
            line += string.Create(CultureInfo.InvariantCulture, $"; {summary.Suppressed} suppressed by the baseline");
            if (!_showSuppressed)
            {
                line += "（一覧は --show-suppressed で表示）";
            }
        }

        if (_fixable > 0)
        {
            line += string.Create(CultureInfo.InvariantCulture, $"; {_fixable} fixable with --fix");
        }

        _output.WriteLine(summary.Errors > 0 ? Paint(line, "31") : summary.Warnings > 0 ? Paint(line, "33") : line);
        _output.Flush();
    }

    private static string Plural(long count, string noun) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {noun}{(count == 1 ? string.Empty : "s")}");

    private static string SeverityColor(DiagnosticSeverity severity, bool suppressed) => suppressed ? "2" : severity switch
    {
        DiagnosticSeverity.Error => "31",
        DiagnosticSeverity.Warning => "33",
        _ => "36",
    };

    private string Paint(string text, string code) => _color ? $"\u001b[{code}m{text}\u001b[0m" : text;
}
