namespace PostLint.Diagnostics;

/// <summary>When a fix may be applied (as in Ruff).</summary>
public enum FixApplicability
{
    /// <summary>Keeps the meaning: applied by <c>--fix</c>.</summary>
    Safe,

    /// <summary>May change the meaning: applied only with <c>--unsafe-fixes</c>.</summary>
    Unsafe,

    /// <summary>Shown to the reader, never applied.</summary>
    Display,
}

/// <summary>The names of <see cref="FixApplicability"/> values in reports and the CLI.</summary>
public static class FixApplicabilityExtensions
{
    /// <summary>The lower-case name used in reports and JSON output: <c>safe</c>, <c>unsafe</c> or <c>display</c>.</summary>
    public static string ToName(this FixApplicability applicability) => applicability switch
    {
        FixApplicability.Safe => "safe",
        FixApplicability.Unsafe => "unsafe",
        _ => "display",
    };
}
