using System.Collections.Immutable;
using System.Text;
using PostLint.Analysis;
using PostLint.Cli.Infrastructure;
using PostLint.Configuration;
using PostLint.Diagnostics;
using PostLint.Input;
using PostLint.Morphology;

namespace PostLint.Cli.Tests.Infrastructure;

public sealed class DraftEnginesTests
{
    /// <summary>A rule that is off by default and says once, when it is on, that it runs in a limited way.</summary>
    private sealed class NoticeAnalyzer : PostAnalyzer
    {
        public static readonly DiagnosticDescriptor Rule = new("TS0101", "Notice", "n", DiagnosticCategory.Content, DiagnosticSeverity.Warning, false);

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

        public override void Initialize(AnalysisContext context) => context.ReportNotice("TS0101 runs without its word list");
    }

    private sealed class NoProfiles : IProfileProvider
    {
        public IEnumerable<string> ProfileNames => ["recommended"];

        public bool TryGetProfile(string name, out ReadOnlyMemory<byte> utf8Json)
        {
            utf8Json = "{}"u8.ToArray();
            return true;
        }
    }

    private static DraftFile Draft(string text) => DraftFile.FromBytes(Encoding.UTF8.GetBytes(text), "d.txt", "d.txt");

    [Fact]
    public void An_engine_built_for_a_draft_says_its_notices_once_and_the_front_matter_is_taken_off()
    {
        var plan = new ConfigurationResolver([new NoProfiles()], [NoticeAnalyzer.Rule]).Plan(null, new ConfigurationOverrides(), []);
        var engines = new PostAnalysisEngines([new NoticeAnalyzer()], plan, morphology: MecabMorphemeAnalyzerProvider.Shared);
        Assert.Empty(engines.Default.Notices);
        var draftEngines = new DraftEngines(engines.Default, engines);
        var results = new List<PostResult>();
        var error = new StringWriter();

        var (plain, plainEngine) = draftEngines.For(Draft("本文"), "a.txt", results, error);
        Assert.Same(engines.Default, plainEngine);
        Assert.Null(plain.FrontMatter);
        Assert.Equal(string.Empty, error.ToString());

        // The front matter's platform makes another engine; TS0101 stays off there, so no notice.
        var (withFrontMatter, platformEngine) = draftEngines.For(Draft("---\nplatform: instagram\n---\n本文"), "b.txt", results, error);
        Assert.NotSame(engines.Default, platformEngine);
        Assert.Equal("本文", withFrontMatter.Post.Text);
        Assert.Equal(PostLint.Model.Platform.Instagram, platformEngine.Options.Platform);
        Assert.Equal(string.Empty, error.ToString());

        var overridden = new ConfigurationResolver([new NoProfiles()], [NoticeAnalyzer.Rule]).Plan(
            new ConfigurationLayer
            {
                Origin = "postlint.json",
                Overrides = [new PathOverride(["on/**"], new ConfigurationLayer { Rules = ImmutableDictionary<string, ReportSeverity>.Empty.Add("TS0101", ReportSeverity.Warning) }, Directory.GetCurrentDirectory())],
            },
            new ConfigurationOverrides(),
            []);
        var overriddenEngines = new PostAnalysisEngines([new NoticeAnalyzer()], overridden, morphology: MecabMorphemeAnalyzerProvider.Shared);
        var withOverride = new DraftEngines(overriddenEngines.Default, overriddenEngines);
        withOverride.For(Draft("本文"), Path.Combine("on", "a.txt"), results, error);
        withOverride.For(Draft("本文"), Path.Combine("on", "b.txt"), results, error);
        // Two drafts under on/ share the engine that has TS0101 on: its notice is printed once.
        Assert.Equal(["postlint: お知らせ: NoticeAnalyzer: TS0101 runs without its word list"], error.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries));
        Assert.Empty(results);
    }
}
