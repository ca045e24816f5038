namespace PostLint.Diagnostics;

/// <summary>The severity a rule declares, and the severity a reported diagnostic carries (as in Roslyn).</summary>
public enum DiagnosticSeverity
{
    /// <summary>Not surfaced in reports (configured as <c>silent</c>).</summary>
    Hidden = 0,

    /// <summary>A suggestion: worth a look, never fails a run.</summary>
    Info = 1,

    /// <summary>Suspicious but allowed; fails a run only beyond <c>--max-warnings</c>.</summary>
    Warning = 2,

    /// <summary>Not allowed by the guideline; the run exits 1.</summary>
    Error = 3,
}
