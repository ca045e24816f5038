using System.Collections.Immutable;
using System.Reflection;
using PostLint.Analysis;
using PostLint.Configuration;
using PostLint.Diagnostics;
using PostLint.Text;
using PostLint.Model;

namespace PostLint.Reporting;

/// <summary>What a report says about the run before the results: the tool, the rules and the configuration.</summary>
/// <param name="Rules">Every rule of the run, for the rule tables of SARIF and the summary.</param>
/// <param name="Options">The resolved configuration (profile, docs address).</param>
public sealed record ReportRun(ImmutableArray<DiagnosticDescriptor> Rules, AnalyzerOptions Options)
{
    /// <summary>The tool name written in JSON, SARIF and baseline files.</summary>
    public static string ToolName => "postlint";

    /// <summary>The version of PostLint (the informational version of PostLint.Core, without build metadata).</summary>
    public static string ToolVersion { get; } = ReadVersion();

    private static string ReadVersion()
    {
        var version = typeof(ReportRun).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
        var plus = version.IndexOf('+', StringComparison.Ordinal);
        return plus > 0 ? version[..plus] : version;
    }
}

/// <summary>Totals of a run. Suppressed (baselined) and silent findings do not count toward errors, warnings or suggestions.</summary>
public sealed class ReportSummary
{
    private readonly SortedDictionary<string, int> _byRule = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DiagnosticSeverity> _ruleSeverity = new(StringComparer.Ordinal);

    /// <summary>Posts analysed.</summary>
    public long Posts { get; set; }

    /// <summary>Records that could not be read (PL0001).</summary>
    public long Rejected { get; set; }

    /// <summary>Records read but deliberately not analysed (retweets in an X archive).</summary>
    public long Skipped { get; set; }

    /// <summary>Records read: always <see cref="Posts"/> + <see cref="Rejected"/> + <see cref="Skipped"/>.</summary>
    public long Read => Posts + Rejected + Skipped;

    /// <summary>Error findings counted, not suppressed by a baseline.</summary>
    public long Errors { get; private set; }

    /// <summary>Warning findings counted, not suppressed by a baseline.</summary>
    public long Warnings { get; private set; }

    /// <summary>Suggestion findings counted, not suppressed by a baseline.</summary>
    public long Suggestions { get; private set; }

    /// <summary>Findings suppressed by a baseline: reported as such, never failing a run.</summary>
    public long Suppressed { get; private set; }

    /// <summary>Warnings and suggestions left out of the report by <c>--quiet</c> (counted, not listed).</summary>
    public long Hidden { get; private set; }

    /// <summary>Warnings among <see cref="Hidden"/> (<c>--max-warnings</c> still counts them).</summary>
    public long HiddenWarnings { get; private set; }

    /// <summary>Counts a finding that <c>--quiet</c> leaves out of the report.</summary>
    public void Hide(Diagnostic diagnostic)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        Hidden++;
        if (diagnostic.Severity == DiagnosticSeverity.Warning)
        {
            HiddenWarnings++;
        }
    }

    /// <summary>Findings per rule id (suppressed ones excluded).</summary>
    public IReadOnlyDictionary<string, int> ByRule => _byRule;

    /// <summary>
    /// Analysed posts with at least one finding of a rule (suppressed and silent findings and the
    /// engine's own PL0xxx excluded): the 「問題のある投稿」 of an audit's summary.
    /// </summary>
    public long PostsWithFindings { get; private set; }

    /// <summary>The highest severity a rule's findings had (a rule such as PL1006 reports warnings and errors).</summary>
    public DiagnosticSeverity SeverityOf(string ruleId) => _ruleSeverity.GetValueOrDefault(ruleId, DiagnosticSeverity.Info);

    /// <summary>Counts the findings of a result (not the post itself: set <see cref="Posts"/> separately).</summary>
    public void Count(PostResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var counted = false;
        foreach (var diagnostic in result.Diagnostics)
        {
            if (Count(diagnostic) && !counted && !IsEngineDiagnostic(diagnostic.Id))
            {
                counted = true;
                PostsWithFindings++;
            }
        }
    }

    private static bool IsEngineDiagnostic(string id) => EngineDiagnostics.All.Any(d => d.Id == id);

    /// <summary>Counts one finding; true when it counts as a shown finding (not suppressed, not silent).</summary>
    public bool Count(Diagnostic diagnostic)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        if (diagnostic.IsSuppressed)
        {
            Suppressed++;
            return false;
        }

        switch (diagnostic.Severity)
        {
            case DiagnosticSeverity.Error: Errors++; break;
            case DiagnosticSeverity.Warning: Warnings++; break;
            case DiagnosticSeverity.Info: Suggestions++; break;
            default: return false;
        }

        _byRule[diagnostic.Id] = _byRule.GetValueOrDefault(diagnostic.Id) + 1;
        if (!_ruleSeverity.TryGetValue(diagnostic.Id, out var highest) || diagnostic.Severity > highest)
        {
            _ruleSeverity[diagnostic.Id] = diagnostic.Severity;
        }

        return true;
    }
}

/// <summary>
/// Where a finding is, for people and for tools: what a report writes, worked out from the
/// diagnostic's <see cref="Diagnostic.Location"/> and its post's source.
/// </summary>
/// <param name="Path">The file, the post id of a post without a file, or empty for a run-level diagnostic.</param>
/// <param name="Line">The 1-based line in <paramref name="Path"/>, or 0 when not known (a whole file, the run).</param>
/// <param name="Column">The 1-based column, or 0 when not known.</param>
/// <param name="EndLine">The line where the finding ends (as <paramref name="Line"/> outside a post).</param>
/// <param name="EndColumn">The column one past the finding's end (as <paramref name="Column"/> outside a post).</param>
/// <param name="PostStart">The start in the post (line and column in the post text); 0,0 outside a post.</param>
/// <param name="PostEnd">The end in the post; 0,0 outside a post.</param>
/// <param name="IsFileRegion">True when <paramref name="Line"/>/<paramref name="Column"/> are the finding's own position in the file (a draft file), false for a record of an export.</param>
public readonly record struct ReportLocation(
    string Path,
    int Line,
    int Column,
    int EndLine,
    int EndColumn,
    LinePosition PostStart,
    LinePosition PostEnd,
    bool IsFileRegion)
{
    /// <summary>
    /// For a draft file (<see cref="PostSource.IsWholeFile"/>) the file position is the position in
    /// the post. For a record of an export it is the record's line in the input file; the position
    /// inside the post is kept in <see cref="PostStart"/>/<see cref="PostEnd"/>.
    /// </summary>
    public static ReportLocation Compute(Post post, Diagnostic diagnostic, PostText? text = null)
    {
        ArgumentNullException.ThrowIfNull(post);
        ArgumentNullException.ThrowIfNull(diagnostic);
        if (diagnostic.Location.Kind != DiagnosticLocationKind.Post)
        {
            return Compute(diagnostic.Location);
        }

        text ??= new PostText(post.Text);
        var span = diagnostic.Span.End <= text.Length ? diagnostic.Span : new TextSpan(0, 0);
        var start = text.GetLinePosition(span.Start);
        var end = text.GetLinePosition(span.End);
        var source = post.Source;
        if (source is null)
        {
            return new ReportLocation(post.Id.Length > 0 ? post.Id : "<input>", start.Line, start.Column, end.Line, end.Column, start, end, true);
        }

        if (source.IsWholeFile)
        {
            return new ReportLocation(source.Path, start.Line, start.Column, end.Line, end.Column, start, end, true);
        }

        return new ReportLocation(source.Path, source.Line, source.Column, source.Line, source.Column, start, end, false);
    }

    /// <summary>The report location of a diagnostic outside a post: its file, line and column as far as known, or nothing.</summary>
    public static ReportLocation Compute(DiagnosticLocation location)
    {
        var line = location.Line ?? 0;
        var column = location.Column ?? 0;
        return new ReportLocation(location.Path ?? string.Empty, line, column, line, column, default, default, location.Kind == DiagnosticLocationKind.File);
    }
}
