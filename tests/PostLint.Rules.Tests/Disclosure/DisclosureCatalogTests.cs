using PostLint.Configuration;
using PostLint.Diagnostics;
using PostLint.Rules.Profiles;
using PostLint.Tests;

namespace PostLint.Rules.Tests.Disclosure;

/// <summary>The disclosure rules against the catalog: SPEC severities per profile, clause references, documentation pages.</summary>
public sealed class DisclosureCatalogTests
{
    private static readonly DiagnosticDescriptor[] Descriptors =
        [.. BuiltInRules.CreateAnalyzers().SelectMany(static a => a.SupportedDiagnostics).Where(static d => d.Category == DiagnosticCategory.Disclosure)];

    private static AnalyzerOptions Profile(string name) =>
        new ConfigurationResolver([BuiltInProfiles.Instance], Descriptors)
            .Resolve(null, new ConfigurationOverrides { Profile = name }, []);

    // SPEC.md, rule catalog PL1xxx: ishinomaki / joetsu / mine / recommended.
    [Theory]
    [InlineData("PL1001", "error", "none", "none", "suggestion")]
    [InlineData("PL1002", "error", "warning", "warning", "warning")]
    [InlineData("PL1003", "error", "warning", "warning", "warning")]
    [InlineData("PL1004", "error", "warning", "warning", "warning")]
    [InlineData("PL1005", "error", "none", "none", "none")]
    [InlineData("PL1006", "warning", "warning", "warning", "warning")]
    [InlineData("PL1007", "warning", "warning", "warning", "warning")]
    [InlineData("PL1008", "suggestion", "suggestion", "suggestion", "suggestion")]
    [InlineData("PL1009", "warning", "none", "none", "none")]
    public void Profiles_give_the_severities_of_the_spec(string id, string ishinomaki, string joetsu, string mine, string recommended)
    {
        var descriptor = Assert.Single(Descriptors, d => d.Id == id);
        foreach (var (profile, expected) in new[] { ("ishinomaki", ishinomaki), ("joetsu", joetsu), ("mine", mine), ("recommended", recommended) })
        {
            var options = Profile(profile);
            Assert.Equal(expected, options.GetSeverity(descriptor).ToConfigName());
            Assert.NotEmpty(options.GetReferences(descriptor));
        }

        // The descriptor's default is the recommended profile's severity; a rule that profile turns
        // off keeps a default for configurations that name the rule without a severity profile.
        if (recommended != "none")
        {
            Assert.Equal(recommended, descriptor.DefaultSeverity.ToReportSeverity().ToConfigName());
        }
    }

    [Fact]
    public void Ishinomaki_references_name_the_clauses_of_its_guideline()
    {
        // PL1007 rests on the ステマ告示 運用基準 (5 柱書 only as 参考) and PL1008 on WOMJ (SPEC PL1xxx).
        var options = Profile("ishinomaki");
        Assert.All(
            Descriptors.Where(static d => d.Id is not ("PL1007" or "PL1008")),
            d => Assert.StartsWith("石巻市ガイドライン 5", options.GetReferences(d)[0], StringComparison.Ordinal));
        Assert.Equal(["ステマ告示 運用基準", "石巻市ガイドライン 5 柱書（参考）"], options.GetReferences(Descriptors.Single(static d => d.Id == "PL1007")).ToArray());
        Assert.Equal(["WOMJガイドライン 2023"], options.GetReferences(Descriptors.Single(static d => d.Id == "PL1008")).ToArray());
    }

    [Fact]
    public void Every_disclosure_rule_has_its_documentation_page()
    {
        Assert.Equal(9, Descriptors.Length);
        foreach (var descriptor in Descriptors)
        {
            var page = TestPaths.InRepo("docs", "rules", descriptor.Id + ".md");
            Assert.True(File.Exists(page), $"{page} is missing.");
            var lines = File.ReadAllLines(page);
            Assert.Equal($"# {descriptor.Id}: {descriptor.Title}", lines[0]);
            foreach (var section in new[] { "## Cause", "## Rule description", "## How to fix", "## Examples", "## Configuration" })
            {
                Assert.Contains(section, lines);
            }

            Assert.EndsWith("docs/rules/" + descriptor.Id + ".md", descriptor.HelpLinkUri, StringComparison.Ordinal);
            Assert.DoesNotContain('.', descriptor.Title[^1..]);
        }
    }
}
