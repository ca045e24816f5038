using System.Text;
using PostLint.Analysis;
using PostLint.Configuration;
using PostLint.Core.Tests.Analysis;
using PostLint.Diagnostics;
using PostLint.Localization;
using PostLint.Model;
using PostLint.Morphology;

namespace PostLint.Core.Tests.Configuration;

/// <summary><c>overrides</c> in postlint.json: read with positions, matched by path, applied per draft.</summary>
public sealed class PathOverrideTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("postlint-overrides-").FullName;

    private static readonly DiagnosticDescriptor[] Descriptors = [BadTagAnalyzer.Rule, LineAnalyzer.LongLine, LineAnalyzer.Bang];

    private sealed class Profiles : IProfileProvider
    {
        public IEnumerable<string> ProfileNames => ["recommended"];

        public bool TryGetProfile(string name, out ReadOnlyMemory<byte> utf8Json)
        {
            utf8Json = Encoding.UTF8.GetBytes("""{ "rules": { "TS0001": "warning" } }""");
            return name == "recommended";
        }
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private ConfigurationPlan Plan(string json, out IReadOnlyList<ConfigurationProblem> problems, ConfigurationOverrides? overrides = null)
    {
        var path = Path.Combine(_directory, "postlint.json");
        File.WriteAllText(path, json);
        return new ConfigurationResolver([new Profiles()], Descriptors).PlanFile(path, overrides ?? new ConfigurationOverrides(), out problems);
    }

    private string Draft(string relative) => Path.Combine(_directory, relative.Replace('/', Path.DirectorySeparatorChar));

    private const string Config = """
        {
          "overrides": [
            { "files": ["instagram/**"], "platform": "instagram" },
            { "files": "sponsored/*.txt", "sponsored": true, "rules": { "TS0001": "off" } },
            { "files": ["instagram/reels/"], "platform": "youtube" }
          ]
        }
        """;

    [Fact]
    public void A_draft_gets_the_settings_of_the_entries_its_path_matches()
    {
        var plan = Plan(Config, out var problems);
        Assert.Empty(problems);
        Assert.Equal(Platform.X, plan.For(Draft("a.txt")).Platform);
        Assert.Equal(Platform.Instagram, plan.For(Draft("instagram/a.txt")).Platform);
        Assert.Equal(Platform.Instagram, plan.For(Draft("instagram/2026/04/a.md")).Platform);

        var sponsored = plan.For(Draft("sponsored/a.txt"));
        Assert.True(sponsored.DisclosureRequired);
        Assert.Equal(ReportSeverity.None, sponsored.GetSeverity(BadTagAnalyzer.Rule));
        Assert.Equal(ReportSeverity.Warning, plan.For(Draft("a.txt")).GetSeverity(BadTagAnalyzer.Rule));
        // "*" stays in one folder.
        Assert.False(plan.For(Draft("sponsored/old/a.txt")).DisclosureRequired);
        // Outside the folder of postlint.json no pattern applies.
        Assert.Equal(Platform.X, plan.For(Path.Combine(Path.GetTempPath(), "instagram", "a.txt")).Platform);
    }

    [Fact]
    public void A_later_entry_wins_and_the_command_line_wins_over_every_entry()
    {
        var plan = Plan(Config, out _);
        Assert.Equal(Platform.YouTube, plan.For(Draft("instagram/reels/a.txt")).Platform);

        var withFlag = Plan(Config, out _, new ConfigurationOverrides { Platform = Platform.Threads });
        Assert.Equal(Platform.Threads, withFlag.For(Draft("instagram/reels/a.txt")).Platform);
    }

    [Fact]
    public void A_draft_layer_goes_between_the_overrides_and_the_command_line()
    {
        var plan = Plan(Config, out _);
        var draftLayer = new ConfigurationLayer { Origin = "front matter", Platform = Platform.Line, DisclosureRequired = false };
        var options = plan.For(Draft("sponsored/a.txt"), draftLayer);
        Assert.Equal(Platform.Line, options.Platform);
        Assert.False(options.DisclosureRequired);

        var withFlag = Plan(Config, out _, new ConfigurationOverrides { Sponsored = true, Platform = Platform.X });
        var flagged = withFlag.For(Draft("sponsored/a.txt"), draftLayer);
        Assert.True(flagged.DisclosureRequired);
        Assert.Equal(Platform.X, flagged.Platform);
    }

    [Fact]
    public void Drafts_with_the_same_settings_share_one_options_instance_and_one_engine()
    {
        var plan = Plan(Config, out _);
        Assert.Same(plan.Options, plan.For(Draft("a.txt")));
        Assert.Same(plan.Options, plan.For(null));
        Assert.Same(plan.For(Draft("instagram/a.txt")), plan.For(Draft("instagram/b/c.txt")));
        Assert.NotSame(plan.For(Draft("instagram/a.txt")), plan.For(Draft("sponsored/a.txt")));
        var layer = new ConfigurationLayer { Platform = Platform.Line };
        Assert.Same(plan.For(Draft("a.txt"), layer), plan.For(Draft("b.txt"), new ConfigurationLayer { Platform = Platform.Line }));

        var engines = new PostAnalysisEngines([new BadTagAnalyzer(), new LineAnalyzer()], plan, morphology: MecabMorphemeAnalyzerProvider.Shared);
        var first = engines.For(Draft("instagram/a.txt"));
        Assert.Same(first, engines.For(Draft("instagram/b.txt")));
        Assert.Same(engines.Default, engines.For(Draft("a.txt")));
        Assert.NotSame(first, engines.For(Draft("sponsored/a.txt")));
        Assert.Equal(3, engines.Count);
    }

    [Fact]
    public void An_override_that_turns_a_rule_off_changes_what_the_engine_reports()
    {
        var plan = Plan(Config, out _);
        var engines = new PostAnalysisEngines([new BadTagAnalyzer()], plan, morphology: MecabMorphemeAnalyzerProvider.Shared);
        Assert.Contains(engines.For(Draft("a.txt")).Analyze("#bad タグ"), d => d.Id == "TS0001");
        Assert.DoesNotContain(engines.For(Draft("sponsored/a.txt")).Analyze("#bad タグ"), d => d.Id == "TS0001");
    }

    [Fact]
    public void Every_bad_override_is_a_problem_with_its_line_and_column()
    {
        Plan("""
            {
              "overrides": [
                { "files": ["instagram/**"], "platfrom": "instagram" },
                { "platform": "instagram" },
                { "files": ["/abs/**"], "sponsored": "yes" },
                { "files": ["../up/*.txt"], "rules": { "XX9999": "off" } },
                "instagram/**",
                { "files": [] , "platform": "x" },
                { "files": ["a/**"] }
              ]
            }
            """, out var problems);
        var found = problems.Select(p => (p.Line, p.Column, Message: p.MessageIn(Messages.English))).ToList();
        Assert.Contains(found, p => p.Line == 3 && p.Column == 34 && p.Message.Contains("unknown key 'platfrom'; did you mean 'platform'?", StringComparison.Ordinal));
        Assert.Contains(found, p => p.Line == 4 && p.Column == 5 && p.Message.Contains("has no 'files'", StringComparison.Ordinal));
        Assert.Contains(found, p => p.Line == 5 && p.Column == 17 && p.Message.Contains("absolute path", StringComparison.Ordinal));
        Assert.Contains(found, p => p.Line == 5 && p.Message.Contains("expected true or false", StringComparison.Ordinal));
        Assert.Contains(found, p => p.Line == 6 && p.Message.Contains("leaves the folder", StringComparison.Ordinal));
        Assert.Contains(found, p => p.Line == 6 && p.Message.Contains("unknown rule id 'XX9999'", StringComparison.Ordinal));
        Assert.Contains(found, p => p.Line == 7 && p.Column == 5 && p.Message.Contains("must be an object", StringComparison.Ordinal));
        Assert.Contains(found, p => p.Line == 8 && p.Message.Contains("is empty", StringComparison.Ordinal));
        Assert.Contains(found, p => p.Line == 9 && p.Message.Contains("sets nothing", StringComparison.Ordinal));
        Assert.Equal(9, problems.Count);
        Assert.All(problems, p => Assert.EndsWith("postlint.json", p.Path, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("""{ "overrides": [{ "files": ["instagram/**"], "platform": "instagram", "sponsored": true, "rules": { "PL2001": "off" } }] }""", true)]
    [InlineData("""{ "overrides": [{ "files": "sponsored/*.txt", "categories": { "links": "warning" } }] }""", true)]
    [InlineData("""{ "overrides": [{ "platform": "instagram" }] }""", false)]
    [InlineData("""{ "overrides": [{ "files": ["instagram/**"] }] }""", false)]
    [InlineData("""{ "overrides": [{ "files": ["../x/**"], "platform": "x" }] }""", false)]
    [InlineData("""{ "overrides": [{ "files": ["x/**"], "platfrom": "x" }] }""", false)]
    [InlineData("""{ "overrides": { "files": ["x/**"], "platform": "x" } }""", false)]
    public async Task The_schema_accepts_good_overrides_and_rejects_bad_ones(string json, bool valid)
    {
        using var stream = typeof(ConfigurationReader).Assembly.GetManifestResourceStream("PostLint.postlint.schema.json")!;
        using var reader = new StreamReader(stream);
        var schema = await NJsonSchema.JsonSchema.FromJsonAsync(await reader.ReadToEndAsync());
        Assert.Equal(valid, schema.Validate(json).Count == 0);
    }
}
