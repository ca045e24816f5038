using System.Text;
using System.Text.RegularExpressions;
using PostLint.Analysis;
using PostLint.Configuration;
using PostLint.Diagnostics;
using PostLint.Rules.Profiles;
using PostLint.Tests;

namespace PostLint.Rules.Tests.Catalog;

/// <summary>Checks every rule PostLint ships: ids, docs, help links, profiles, README, and robustness.</summary>
public sealed partial class RuleCatalogTests
{
    public static readonly string[] ProfileNames = ["ishinomaki", "joetsu", "mine", "recommended"];

    private static IEnumerable<DiagnosticDescriptor> AllDescriptors() =>
        EngineDiagnostics.All.Concat(BuiltInRules.CreateAnalyzers().SelectMany(static a => a.SupportedDiagnostics));

    public static TheoryData<string> RuleIds() => [.. AllDescriptors().Select(static d => d.Id)];

    [Fact]
    public void Rule_ids_are_unique_and_well_formed()
    {
        var ids = AllDescriptors().Select(static d => d.Id).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.All(ids, id => Assert.Matches("^PL[0-6][0-9]{3}$", id));
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Every_rule_has_a_doc_page_its_help_link_points_at(string id)
    {
        var descriptor = AllDescriptors().Single(d => d.Id == id);
        var page = TestPaths.InRepo("docs", "rules", id + ".md");
        Assert.True(File.Exists(page), $"docs/rules/{id}.md is missing");
        Assert.EndsWith("docs/rules/" + id + ".md", descriptor.HelpLinkUri, StringComparison.Ordinal);
        var text = File.ReadAllText(page);
        Assert.StartsWith($"# {id}: {descriptor.Title}", text, StringComparison.Ordinal);
        foreach (var section in new[] { "## Cause", "## Rule description", "## How to fix", "## Configuration" })
        {
            Assert.Contains(section, text, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Descriptors_follow_the_house_style(string id)
    {
        var descriptor = AllDescriptors().Single(d => d.Id == id);
        Assert.False(descriptor.Title.EndsWith('.'), "titles have no trailing period");
        Assert.Equal(descriptor.Title.Trim(), descriptor.Title);
        Assert.True(descriptor.Description.Length > 20, "every rule explains itself");
        Assert.True(DiagnosticCategory.IsKnown(descriptor.Category));
        Assert.Matches(JapanesePattern(), descriptor.MessageFormat);
        if (!id.StartsWith("PL0", StringComparison.Ordinal))
        {
            Assert.NotEmpty(descriptor.References);
        }
    }

    [Theory]
    [InlineData("ishinomaki")]
    [InlineData("joetsu")]
    [InlineData("mine")]
    [InlineData("recommended")]
    public void Every_profile_loads_and_names_every_shipped_rule(string profile)
    {
        var analyzers = BuiltInRules.CreateAnalyzers();
        var resolver = new ConfigurationResolver([BuiltInProfiles.Instance], analyzers.SelectMany(static a => a.SupportedDiagnostics));
        resolver.ResolveFile(null, new ConfigurationOverrides { Profile = profile }, out var problems);
        Assert.Empty(problems);

        Assert.True(BuiltInProfiles.Instance.TryGetProfile(profile, out var json));
        var reader = new ConfigurationReader(resolver.IsKnownRuleId);
        var layer = reader.Read(json.Span, profile, out var readProblems);
        Assert.Empty(readProblems);
        var ruleIds = analyzers.SelectMany(static a => a.SupportedDiagnostics).Select(static d => d.Id).ToHashSet();
        Assert.Equal(ruleIds.Order(StringComparer.Ordinal), layer.Rules.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(ruleIds.Order(StringComparer.Ordinal), layer.References.Keys.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("\n\n\n")]
    [InlineData("#")]
    [InlineData("＃")]
    [InlineData("http://")]
    [InlineData("【】")]
    [InlineData("\uD83D")]
    [InlineData("\uFFFF\u0000\u200D")]
    public void Every_analyzer_survives_odd_input(string text)
    {
        foreach (var profile in ProfileNames)
        {
            var engine = CreateEngine(profile, sponsored: true);
            var diagnostics = engine.Analyze(new Post("odd", text) { CreatedAt = DateTimeOffset.UnixEpoch });
            Assert.All(diagnostics, d => Assert.True(d.Span.End <= text.Length));
        }
    }

    [Fact]
    public void Every_analyzer_survives_huge_input()
    {
        var text = string.Concat(Enumerable.Repeat("#PR #石巻市 石巻の牡蠣🦪 https://bit.ly/abc 「噂では」\u200B ﾃﾞｰﾀ @city_ishinomaki\n", 20_000));
        var engine = CreateEngine("joetsu", sponsored: true);
        var diagnostics = engine.Analyze(new Post("huge", text));
        Assert.NotEmpty(diagnostics);
        Assert.All(diagnostics, d => Assert.True(d.Span.End <= text.Length));
    }

    [Fact]
    public void The_readme_rule_table_is_generated_from_the_descriptors()
    {
        var readmePath = TestPaths.InRepo("README.md");
        var readme = File.ReadAllText(readmePath);
        var expected = RenderRuleTable();
        var updated = RuleTableRegion().Replace(readme, _ => "<!-- rules:start -->\n" + expected + "<!-- rules:end -->", 1);
        if (Environment.GetEnvironmentVariable("POSTLINT_UPDATE_README") == "1" && updated != readme)
        {
            File.WriteAllText(readmePath, updated);
            readme = updated;
        }

        Assert.True(
            readme == updated && RuleTableRegion().IsMatch(readme),
            "README.md's rule table is out of date: run the tests with POSTLINT_UPDATE_README=1 to regenerate it.");
    }

    internal static PostAnalysisEngine CreateEngine(string profile, bool sponsored = false)
    {
        var analyzers = BuiltInRules.CreateAnalyzers();
        var resolver = new ConfigurationResolver([BuiltInProfiles.Instance], analyzers.SelectMany(static a => a.SupportedDiagnostics));
        var options = resolver.ResolveFile(null, new ConfigurationOverrides { Profile = profile, Sponsored = sponsored }, out var problems);
        Assert.Empty(problems);
        return new PostAnalysisEngine(analyzers, options);
    }

    /// <summary>The rule table of the README: one row per rule, with its severity under each profile.</summary>
    internal static string RenderRuleTable()
    {
        var analyzers = BuiltInRules.CreateAnalyzers();
        var descriptors = EngineDiagnostics.All.Concat(analyzers.SelectMany(static a => a.SupportedDiagnostics)).ToList();
        var resolver = new ConfigurationResolver([BuiltInProfiles.Instance], descriptors);
        var options = ProfileNames.Select(p => resolver.ResolveFile(null, new ConfigurationOverrides { Profile = p }, out _)).ToList();
        var table = new StringBuilder();
        table.Append("| id | rule | category | ").AppendJoin(" | ", ProfileNames).Append(" |\n");
        table.Append("|---|---|---|").Append(string.Concat(ProfileNames.Select(static _ => "---|"))).Append('\n');
        foreach (var descriptor in descriptors)
        {
            table.Append(System.Globalization.CultureInfo.InvariantCulture, $"| [{descriptor.Id}](docs/rules/{descriptor.Id}.md) | {descriptor.Title} | {descriptor.Category} | ");
            table.AppendJoin(" | ", options.Select(o => o.GetEffectiveSeverity(descriptor)?.ToReportName() ?? "—"));
            table.Append(" |\n");
        }

        return table.ToString();
    }

    [GeneratedRegex("[\u3040-\u30FF\u4E00-\u9FFF]")]
    private static partial Regex JapanesePattern();

    [GeneratedRegex("<!-- rules:start -->\n.*?<!-- rules:end -->", RegexOptions.Singleline)]
    private static partial Regex RuleTableRegion();
}
