using System.Collections.Concurrent;
using PostLint.Configuration;
using PostLint.Rules.Profiles;

namespace PostLint.Rules.Tests.Verification;

/// <summary>Options resolved from a built-in profile, as <c>--profile NAME</c> would give them.</summary>
public static class ProfileOptions
{
    private static readonly ConcurrentDictionary<string, AnalyzerOptions> Cache = new(StringComparer.Ordinal);

    public static AnalyzerOptions For(string profile) => Cache.GetOrAdd(profile, static name =>
    {
        var resolver = new ConfigurationResolver([BuiltInProfiles.Instance], BuiltInRules.CreateAnalyzers().SelectMany(static a => a.SupportedDiagnostics));
        var problems = new List<ConfigurationProblem>();
        var options = resolver.Resolve(null, new ConfigurationOverrides { Profile = name }, problems);
        // Profiles name every rule id of the catalog; rules built on other branches are unknown
        // here until they are merged, and that is the only problem a built-in profile may have.
        var real = problems.Where(static p => p.MessageId is not ("config.unknownRule" or "config.references.unknownRule")).ToList();
        Assert.True(real.Count == 0, string.Join("\n", real));
        return options;
    });
}
