using Microsoft.Extensions.DependencyInjection;
using PostLint.Analysis;
using PostLint.DependencyInjection;
using PostLint.Rules;
using PostLint.Samples.Consumer;

// What a CMS does before it schedules a contractor's draft: check it against the city's profile
// and the city's own rule, then offer the draft with the safe fixes applied.
var services = new ServiceCollection();
services.AddPostLint(o => { o.Profile = "ishinomaki"; o.Overrides = o.Overrides with { Sponsored = true }; })
        .AddBuiltInRules()
        .AddAnalyzer(new RenamedDepartmentRule(new Dictionary<string, string> { ["市民課"] = "市民窓口課" }));
using var provider = services.BuildServiceProvider();
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

return exitCode;
