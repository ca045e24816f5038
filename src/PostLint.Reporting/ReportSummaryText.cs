using System.Globalization;
using PostLint.Diagnostics;
using PostLint.Localization;
using PostLint.Text;

namespace PostLint.Reporting;

/// <summary>
/// The closing lines of a text report, also printed on standard error by an audit whose report
/// goes to a file: the table by rule (id, severity word, count, the rule's title) and the totals.
/// <code>
/// ルール  重大度  件数  内容
/// PL1001  エラー     3  情報元タグが関係タグより前にある
/// 問題のある投稿 1,234 / 2,000 件（エラー 10 件、警告 5 件、提案 3 件）
/// 読み込み 2,010 件 = 解析 2,000 件 + 読み取れず 7 件 + 対象外 3 件
/// </code>
/// </summary>
public static class ReportSummaryText
{
    /// <summary>Writes the table (when there is something to tabulate) and the totals.</summary>
    /// <param name="output">Where the summary goes.</param>
    /// <param name="summary">The run's totals.</param>
    /// <param name="rules">The rules of the run by id, for their titles (a rule not found is listed without one).</param>
    /// <param name="options">The language, and whether the run is an audit.</param>
    /// <param name="fixable">Findings with a safe fix; 0 leaves the <c>--fix</c> hint out.</param>
    public static void Write(TextWriter output, ReportSummary summary, IReadOnlyDictionary<string, DiagnosticDescriptor> rules, TextReportOptions options, long fixable)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(options);
        var messages = options.Messages;
        if (summary.ByRule.Count > 0 && (options.IsAudit || summary.Read > 1))
        {
            output.WriteLine();
            WriteTable(output, summary, rules, messages);
        }

        var errors = messages.Count("count.error", summary.Errors);
        var warnings = messages.Count("count.warning", summary.Warnings);
        var suggestions = messages.Count("count.suggestion", summary.Suggestions);
        var separator = messages["summary.separator"];
        string text;
        if (options.IsAudit)
        {
            var totals = messages.Format("summary.auditTotals", summary.PostsWithFindings, summary.Posts, errors, warnings, suggestions);
            var read = messages.Format("summary.read", summary.Read, summary.Posts, summary.Rejected, summary.Skipped);
            if (summary.Suppressed > 0)
            {
                read += separator + Suppressed(summary, options);
            }

            if (summary.Hidden > 0)
            {
                read += separator + messages.Format("summary.hidden", summary.Hidden);
            }

            text = totals + Environment.NewLine + read;
        }
        else
        {
            text = messages.Format("summary.totals", errors, warnings, suggestions, messages.Count("count.post", summary.Posts));
            if (summary.Rejected > 0 || summary.Skipped > 0)
            {
                text += separator + messages.Format("summary.read", summary.Read, summary.Posts, summary.Rejected, summary.Skipped);
            }

            if (summary.Suppressed > 0)
            {
                text += separator + Suppressed(summary, options);
            }

            if (summary.Hidden > 0)
            {
                text += separator + messages.Format("summary.hidden", summary.Hidden);
            }

            if (fixable > 0)
            {
                text += separator + messages.Format("summary.fixable", fixable);
            }
        }

        output.WriteLine(summary.Errors > 0 ? Paint(text, "31", options) : summary.Warnings > 0 ? Paint(text, "33", options) : text);
    }

    private static string Suppressed(ReportSummary summary, TextReportOptions options) =>
        options.Messages.Format("summary.suppressed", summary.Suppressed) + (options.ShowSuppressed ? string.Empty : options.Messages["summary.showSuppressedHint"]);

    private static void WriteTable(TextWriter output, ReportSummary summary, IReadOnlyDictionary<string, DiagnosticDescriptor> rules, Messages messages)
    {
        var rows = summary.ByRule
            .Select(pair => (
                Id: pair.Key,
                Severity: messages.Severity(summary.SeverityOf(pair.Key)),
                Count: pair.Value.ToString("N0", CultureInfo.InvariantCulture),
                Title: rules.TryGetValue(pair.Key, out var rule) ? messages.RuleTitle(rule) : string.Empty))
            .ToList();
        var header = (Id: messages["table.rule"], Severity: messages["table.severity"], Count: messages["table.count"], Title: messages["table.title"]);
        var idWidth = Math.Max(DisplayWidth.Of(header.Id), rows.Max(static r => r.Id.Length));
        var severityWidth = Math.Max(DisplayWidth.Of(header.Severity), rows.Max(static r => DisplayWidth.Of(r.Severity)));
        var countWidth = Math.Max(DisplayWidth.Of(header.Count), rows.Max(static r => r.Count.Length));
        output.WriteLine($"{PadRight(header.Id, idWidth)}  {PadRight(header.Severity, severityWidth)}  {PadLeft(header.Count, countWidth)}  {header.Title}".TrimEnd());
        foreach (var row in rows)
        {
            output.WriteLine($"{PadRight(row.Id, idWidth)}  {PadRight(row.Severity, severityWidth)}  {PadLeft(row.Count, countWidth)}  {row.Title}".TrimEnd());
        }
    }

    // Pads by terminal columns, so that full-width words (エラー) line up with ASCII ones.
    private static string PadRight(string text, int width) => text + new string(' ', Math.Max(0, width - DisplayWidth.Of(text)));

    private static string PadLeft(string text, int width) => new string(' ', Math.Max(0, width - DisplayWidth.Of(text))) + text;

    private static string Paint(string text, string code, TextReportOptions options) =>
        options.Color ? $"\u001b[{code}m{text}\u001b[0m" : text;
}
