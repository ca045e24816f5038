using Microsoft.Extensions.DependencyInjection;
using PostLint.Analysis;
using PostLint.DependencyInjection;
using PostLint.Diagnostics;
using PostLint.Localization;

namespace PostLint.Rules.Tests.Catalog;

/// <summary>
/// Every rule that the built-in registration adds (<c>AddPostLint().AddBuiltInRules()</c>), and the
/// engine's own PL0xxx, has a Japanese title and description in rules-ja.json — so a rule added
/// later fails here until its line is written.
/// </summary>
public sealed class RuleTitleTests
{
    private static IEnumerable<DiagnosticDescriptor> RegisteredRules()
    {
        var services = new ServiceCollection();
        services.AddPostLint().AddBuiltInRules();
        var analyzers = services
            .Where(static s => s.ServiceType == typeof(PostAnalyzer))
            .Select(static s => s.ImplementationInstance ?? Activator.CreateInstance(s.ImplementationType!))
            .Cast<PostAnalyzer>()
            .ToList();
        Assert.NotEmpty(analyzers);
        return EngineDiagnostics.All.Concat(analyzers.SelectMany(static a => a.SupportedDiagnostics));
    }

    public static TheoryData<string> RuleIds() => [.. RegisteredRules().Select(static d => d.Id).Distinct()];

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Every_registered_rule_has_a_japanese_title(string id)
    {
        var rule = RegisteredRules().First(d => d.Id == id);
        Assert.True(Messages.Japanese.HasRuleTitle(id), $"rules-ja.json has no title for {id} ({rule.Title})");
        var title = Messages.Japanese.RuleTitle(rule);
        Assert.NotEqual(rule.Title, title);
        Assert.Contains(title, static c => c > '\u3000'); // written in Japanese, not a copy of the English title
        Assert.NotEqual(rule.Description, Messages.Japanese.RuleDescription(rule));
        Assert.Equal(rule.Title, Messages.English.RuleTitle(rule));
    }

    [Fact]
    public void The_registry_is_what_the_engine_runs()
    {
        // The ids the test enumerates include rules of every family the catalog ships.
        var ids = RegisteredRules().Select(static d => d.Id).ToList();
        Assert.Contains("PL0001", ids);
        Assert.Contains("PL1001", ids);
        Assert.Contains("PL5001", ids);
        Assert.Equal(BuiltInRules.CreateAnalyzers().SelectMany(static a => a.SupportedDiagnostics).Count() + EngineDiagnostics.All.Length, RegisteredRules().Count());
    }
}
