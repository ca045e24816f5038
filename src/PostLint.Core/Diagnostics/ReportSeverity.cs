using System.Diagnostics.CodeAnalysis;

namespace PostLint.Diagnostics;

/// <summary>
/// The severity configuration asks for (profile, <c>postlint.json</c> <c>rules</c> / <c>categories</c>):
/// the Roslyn names <c>error</c>, <c>warning</c>, <c>suggestion</c>, <c>silent</c>, <c>none</c> and <c>default</c>.
/// </summary>
public enum ReportSeverity
{
    /// <summary>Use the next source in precedence (profile, then the rule's default).</summary>
    Default = 0,
    /// <summary>Reported as an error: <c>postlint check</c> exits 1.</summary>
    Error,
    /// <summary>Reported as a warning: fails a run only beyond <c>--max-warnings</c>.</summary>
    Warning,
    /// <summary>Reported as a suggestion (<see cref="DiagnosticSeverity.Info"/>); does not fail a run by default.</summary>
    Suggestion,
    /// <summary>The rule runs, but its findings are shown only when asked for (<see cref="DiagnosticSeverity.Hidden"/>).</summary>
    Silent,

    /// <summary>Off: the rule does not run.</summary>
    None,
}

/// <summary>Conversions between configuration severity names, <see cref="ReportSeverity"/> and <see cref="DiagnosticSeverity"/>.</summary>
public static class ReportSeverityExtensions
{
    /// <summary>The configuration names, in the order users see them in messages.</summary>
    public static IReadOnlyList<string> Names { get; } = ["error", "warning", "suggestion", "silent", "none", "default"];

    /// <summary>Reads a configuration severity name, ignoring case and surrounding space; also accepts <c>warn</c>, <c>info</c>, <c>hidden</c> and <c>off</c>.</summary>
    /// <returns>False (and <see cref="ReportSeverity.Default"/>) for null or an unknown name.</returns>
    public static bool TryParse(string? value, out ReportSeverity severity)
    {
        switch (value?.Trim().ToUpperInvariant())
        {
            case "ERROR": severity = ReportSeverity.Error; return true;
            case "WARNING" or "WARN": severity = ReportSeverity.Warning; return true;
            case "SUGGESTION" or "INFO": severity = ReportSeverity.Suggestion; return true;
            case "SILENT" or "HIDDEN": severity = ReportSeverity.Silent; return true;
            case "NONE" or "OFF": severity = ReportSeverity.None; return true;
            case "DEFAULT": severity = ReportSeverity.Default; return true;
            default: severity = ReportSeverity.Default; return false;
        }
    }

    /// <summary>The name configuration uses for <paramref name="severity"/> (<c>error</c> … <c>default</c>).</summary>
    public static string ToConfigName(this ReportSeverity severity) => severity switch
    {
        ReportSeverity.Error => "error",
        ReportSeverity.Warning => "warning",
        ReportSeverity.Suggestion => "suggestion",
        ReportSeverity.Silent => "silent",
        ReportSeverity.None => "none",
        _ => "default",
    };

    /// <summary>The severity a diagnostic gets, or null when the rule is off.</summary>
    public static DiagnosticSeverity? ToDiagnosticSeverity(this ReportSeverity severity, DiagnosticSeverity defaultSeverity) => severity switch
    {
        ReportSeverity.Error => DiagnosticSeverity.Error,
        ReportSeverity.Warning => DiagnosticSeverity.Warning,
        ReportSeverity.Suggestion => DiagnosticSeverity.Info,
        ReportSeverity.Silent => DiagnosticSeverity.Hidden,
        ReportSeverity.None => null,
        _ => defaultSeverity,
    };

    /// <summary>The configuration severity that gives <paramref name="severity"/>.</summary>
    public static ReportSeverity ToReportSeverity(this DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => ReportSeverity.Error,
        DiagnosticSeverity.Warning => ReportSeverity.Warning,
        DiagnosticSeverity.Info => ReportSeverity.Suggestion,
        _ => ReportSeverity.Silent,
    };

    /// <summary>The name used in reports: error, warning, suggestion, silent.</summary>
    public static string ToReportName(this DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        DiagnosticSeverity.Info => "suggestion",
        _ => "silent",
    };

    /// <summary>Reads a severity name as a diagnostic severity (<c>suggestion</c> is <see cref="DiagnosticSeverity.Info"/>).</summary>
    /// <returns>False for null, an unknown name, <c>default</c> and <c>none</c>, which name no severity.</returns>
    public static bool TryParseDiagnosticSeverity(string? value, [NotNullWhen(true)] out DiagnosticSeverity? severity)
    {
        severity = null;
        if (!TryParse(value, out var report) || report is ReportSeverity.Default or ReportSeverity.None)
        {
            return false;
        }

        severity = report.ToDiagnosticSeverity(DiagnosticSeverity.Warning);
        return severity is not null;
    }
}
