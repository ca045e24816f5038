using PostLint.Diagnostics;
using PostLint.Rules.Tests.Verification;

namespace PostLint.Rules.Tests.Catalog;

/// <summary>
/// The rule catalogue of SPEC.md, whole: the default severity of every rule under each built-in
/// profile (its "profiles" column: ishinomaki / joetsu / mine / recommended, — = off), which is
/// what <c>postlint rules --format json --profile NAME</c> prints. A rule added to the engine must
/// be added here, so that no profile's severity goes unchecked.
/// </summary>
public sealed class SpecSeverityTableTests
{
    private const string Off = "none";

    /// <summary>SPEC.md, "Rule catalog" (PL1xxx–PL6xxx); single-severity rows hold in every profile.</summary>
    public static TheoryData<string, string, string, string, string> Table => new()
    {
        { "PL1001", "error", Off, Off, "suggestion" },
        { "PL1002", "error", "warning", "warning", "warning" },
        { "PL1003", "error", "warning", "warning", "warning" },
        { "PL1004", "error", "warning", "warning", "warning" },
        { "PL1005", "error", Off, Off, Off },
        { "PL1006", "warning", "warning", "warning", "warning" },
        { "PL1007", "warning", "warning", "warning", "warning" },
        { "PL1008", "suggestion", "suggestion", "suggestion", "suggestion" },
        { "PL1009", "warning", Off, Off, Off },
        { "PL2001", "suggestion", "warning", "suggestion", "warning" },
        { "PL2002", "suggestion", "suggestion", "suggestion", "suggestion" },
        { "PL2003", "error", "error", "error", "error" },
        { "PL2004", Off, "suggestion", Off, Off },
        { "PL3001", "error", "error", "error", "error" },
        { "PL3002", "error", "error", "error", "error" },
        { "PL3003", "error", "error", "error", "warning" },
        { "PL3004", "warning", "warning", "warning", "warning" },
        { "PL3005", "error", "error", "error", "error" },
        { "PL3006", "suggestion", "suggestion", "error", "suggestion" },
        { "PL3007", Off, Off, "warning", Off },
        { "PL3008", "warning", "error", "warning", "warning" },
        { "PL3009", "suggestion", Off, Off, "suggestion" },
        { "PL3010", "warning", "warning", "warning", "warning" },
        { "PL4001", "error", "error", "error", "error" },
        { "PL4002", "warning", "warning", "warning", "warning" },
        { "PL5001", "error", "error", "error", "error" },
        { "PL5002", "warning", "warning", "warning", "warning" },
        { "PL5003", "suggestion", "suggestion", "suggestion", "suggestion" },
        { "PL5004", "suggestion", "suggestion", "suggestion", "suggestion" },
        { "PL6001", Off, "warning", Off, Off },
        { "PL6002", Off, "warning", Off, Off },
        { "PL6003", Off, "warning", "warning", Off },
        { "PL6004", Off, Off, Off, Off },
    };

    private static readonly DiagnosticDescriptor[] Descriptors =
        [.. BuiltInRules.CreateAnalyzers().SelectMany(static a => a.SupportedDiagnostics).DistinctBy(static d => d.Id)];

    [Theory]
    [MemberData(nameof(Table))]
    public void Each_profile_gives_the_severity_of_the_spec(string id, string ishinomaki, string joetsu, string mine, string recommended)
    {
        var descriptor = Assert.Single(Descriptors, d => d.Id == id);
        foreach (var (profile, expected) in new[] { ("ishinomaki", ishinomaki), ("joetsu", joetsu), ("mine", mine), ("recommended", recommended) })
        {
            Assert.True(expected == ProfileOptions.For(profile).GetSeverity(descriptor).ToConfigName(), $"{id} under {profile}: SPEC says {expected}, the profile gives {ProfileOptions.For(profile).GetSeverity(descriptor).ToConfigName()}");
        }
    }

    [Fact]
    public void The_table_names_every_rule_of_the_engine()
    {
        var inTable = Table.Select(static row => (string)row[0]).ToHashSet(StringComparer.Ordinal);
        var missing = Descriptors.Select(static d => d.Id).Where(id => !id.StartsWith("PL0", StringComparison.Ordinal) && !inTable.Contains(id)).ToList();
        Assert.True(missing.Count == 0, "rules missing from the SPEC table of this test: " + string.Join(", ", missing));
    }

    [Theory]
    [InlineData("PL3006", "上越市ガイドライン【前提となる考え方】公平・中立性")]
    public void A_premise_that_prescribes_nothing_is_cited_only_as_reference_in_every_profile(string id, string premise)
    {
        // SPEC PL3006: 「Clause only in 美祢市 第4.4(4)イ; elsewhere practice (上越市 【前提となる考え方】
        // 公平・中立性 as 参考)」 — the premise names the character of public work, it forbids nothing.
        var descriptor = Assert.Single(Descriptors, d => d.Id == id);
        foreach (var profile in new[] { "ishinomaki", "joetsu", "mine", "recommended" })
        {
            foreach (var reference in ProfileOptions.For(profile).GetReferences(descriptor).Where(r => r.StartsWith(premise, StringComparison.Ordinal)))
            {
                Assert.True(reference == premise + "（参考）", $"{id} under {profile} cites '{reference}'");
            }
        }
    }
}
