using System.Collections.Immutable;
using PostLint.Diagnostics;
using PostLint.Rules;

namespace PostLint.Cli.Infrastructure;

/// <summary>The rules the command knows without building an engine: the engine's PL0xxx and every built-in rule.</summary>
internal static class RuleCatalog
{
    private static readonly Lazy<ImmutableArray<DiagnosticDescriptor>> AllRules = new(static () =>
        [.. EngineDiagnostics.All.Concat(BuiltInRules.CreateAnalyzers().SelectMany(static a => a.SupportedDiagnostics)).DistinctBy(static d => d.Id)]);

    public static ImmutableArray<DiagnosticDescriptor> Descriptors => AllRules.Value;

    public static IEnumerable<string> Ids => Descriptors.Select(static d => d.Id);

    /// <summary>The rule id nearest to a mistyped one (PL1O01 → PL1001), or null when none is near.</summary>
    public static string? Closest(string selector)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var id in Ids)
        {
            // A prefix is compared with the same length of each id, so PL31 suggests PL3.
            var candidate = selector.Length < id.Length ? id[..selector.Length] : id;
            var distance = UnknownOptions.Distance(selector, candidate);
            if (distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        // A short prefix (PL9) is near every group: a guess would be noise.
        return best is not null && selector.Length >= 5 && bestDistance <= 2 ? best : null;
    }
}
