using Microsoft.Extensions.DependencyInjection;
using PostLint.Analysis;
using PostLint.Configuration;
using PostLint.Extensions.DependencyInjection;
using PostLint.Model;
using PostLint.Samples.Consumer;

// What a CMS does before it schedules a contractor's draft: check it against the city's
// postlint.json (its profile, and the section of the city's own rule), then offer the draft with
// the safe fixes applied.
using var provider = Services(Path.Combine(AppContext.BaseDirectory, "postlint.json"));
var engine = provider.GetRequiredService<PostAnalysisEngine>();

Post[] drafts =
[
    new("draft-1", "#石巻市PR 牡蠣の季節です。お問い合わせは市民課へ"),
    new("draft-2", "#PR #石巻市 金華山の紅葉が見頃です"),
];

var exitCode = 0;
foreach (var draft in drafts)
{
    var diagnostics = engine.Analyze(draft);
    Console.WriteLine($"{draft.Id}: {diagnostics.Length} finding(s)");
    foreach (var d in diagnostics)
    {
        Console.WriteLine($"  {d.Id} {d.Severity} [{d.Span.Start}..{d.Span.End}) {d.Message}");
        exitCode = 1;
    }

    var result = engine.Fix(draft);
    Console.WriteLine($"  fixed: {result.FixedText}");
}

// A wrong type in the rule's own section is a configuration problem (PL0002) with its position.
var broken = Path.Combine(Path.GetTempPath(), $"postlint-consumer-{Environment.ProcessId}.json");
File.WriteAllText(broken, """{ "city": { "renamedDepartments": ["市民課"] } }""");
try
{
    using var brokenProvider = Services(broken);
    brokenProvider.GetRequiredService<PostAnalysisEngine>();
}
catch (ConfigurationException e)
{
    foreach (var problem in e.Problems)
    {
        Console.WriteLine($"config: PL0002 ({problem.Line},{problem.Column}) {problem.Message}");
    }
}
finally
{
    File.Delete(broken);
}

return exitCode;

static ServiceProvider Services(string configurationFile)
{
    var services = new ServiceCollection();
    services.AddPostLint(o => { o.ConfigurationFile = configurationFile; o.Overrides = o.Overrides with { Sponsored = true }; })
            .AddBuiltInRules()
            .AddAnalyzer<RenamedDepartmentRule>();
    return services.BuildServiceProvider();
}
