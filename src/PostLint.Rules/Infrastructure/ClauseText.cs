using PostLint.Configuration;
using PostLint.Diagnostics;

namespace PostLint.Rules.Infrastructure;

/// <summary>The guideline clauses a message names, under the active profile.</summary>
internal static class ClauseText
{
    /// <summary>
    /// The active profile's references for <paramref name="descriptor"/> joined for a message
    /// (「上越市ガイドライン 6(1)② 留意事項」). Computed once per engine in <c>Initialize</c>, so
    /// reporting costs no string work for it.
    /// </summary>
    public static string For(AnalyzerOptions options, DiagnosticDescriptor descriptor)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(descriptor);
        var references = options.GetReferences(descriptor);
        if (references.IsDefaultOrEmpty)
        {
            references = descriptor.References;
        }

        return references.IsDefaultOrEmpty ? descriptor.Title : string.Join("、", references);
    }
}
