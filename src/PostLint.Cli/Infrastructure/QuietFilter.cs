using PostLint.Diagnostics;
using PostLint.Reporting;
using PostLint.Analysis;

namespace PostLint.Cli.Infrastructure;

/// <summary>
/// <c>--quiet</c>: the report shows errors only, as ESLint's <c>--quiet</c> does. Warnings and
/// suggestions are taken out before the result reaches the report writer and counted in the
/// summary as hidden, so the reader knows they exist. Suppressed findings are left to the baseline logic.
/// </summary>
internal static class QuietFilter
{
    public static PostResult Apply(PostResult result, ReportSummary summary)
    {
        var keep = true;
        foreach (var diagnostic in result.Diagnostics)
        {
            if (IsHidden(diagnostic))
            {
                keep = false;
                break;
            }
        }

        if (keep)
        {
            return result;
        }

        var shown = System.Collections.Immutable.ImmutableArray.CreateBuilder<Diagnostic>(result.Diagnostics.Length);
        foreach (var diagnostic in result.Diagnostics)
        {
            if (IsHidden(diagnostic))
            {
                summary.Hide(diagnostic);
            }
            else
            {
                shown.Add(diagnostic);
            }
        }

        return result with { Diagnostics = shown.ToImmutable() };
    }

    private static bool IsHidden(Diagnostic diagnostic) =>
        !diagnostic.IsSuppressed && diagnostic.Severity is DiagnosticSeverity.Warning or DiagnosticSeverity.Info;
}
