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
    Error,
    Warning,
    Suggestion,
    Silent,

    /// <summary>Off: the rule does not run.</summary>
    None,
}

public static class ReportSeverityExtensions
{
    /// <summary>The configuration names, in the order users see them in messages.</summary>
    public static IReadOnlyList<string> Names { get; } = ["error", "warning", "suggestion", "silent", "none", "default"];

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
