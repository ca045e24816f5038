using System.Collections.Immutable;
using System.Collections.Concurrent;
using PostLint.Analysis;
using PostLint.Configuration;
using PostLint.Diagnostics;
using PostLint.Text;
using PostLint.Model;
using PostLint.Morphology;

namespace PostLint.Core.Tests.Analysis;

public sealed class PostAnalysisEngineTests
{
    private static AnalyzerOptions Options(params ConfigurationLayer[] layers) =>
        new ConfigurationResolver([], [BadTagAnalyzer.Rule, LineAnalyzer.LongLine, LineAnalyzer.Bang, PrefixAnalyzer.Rule, RogueAnalyzer.Declared]).Merge(layers);

    [Fact]
    public void Reports_spans_severity_and_references_sorted_by_position()
    {
        var engine = new PostAnalysisEngine([new BadTagAnalyzer(), new LineAnalyzer()], morphology: MecabMorphemeAnalyzerProvider.Shared);
        var diagnostics = engine.Analyze("#ok #bad とても長い一行のテキストです");
        Assert.Collection(
            diagnostics,
            d =>
            {
                Assert.Equal("TS0002", d.Id);
                Assert.Equal(new TextSpan(0, 23), d.Span);
                Assert.Equal(DiagnosticSeverity.Error, d.Severity);
            },
            d =>
            {
                Assert.Equal("TS0001", d.Id);
                Assert.Equal(new TextSpan(4, 4), d.Span);
                Assert.Equal("タグ #bad は使えません", d.Message);
                Assert.Equal<string>(["テスト規程 1"], d.References);
                Assert.Equal(DiagnosticSeverity.Warning, d.Severity);
            });
    }

    [Fact]
    public void Configured_severity_and_references_replace_the_defaults()
    {
        var options = Options(new ConfigurationLayer
        {
            Rules = new Dictionary<string, ReportSeverity> { ["TS0001"] = ReportSeverity.Error, ["TS0003"] = ReportSeverity.Warning }.ToImmutableDictionary(),
            References = new Dictionary<string, System.Collections.Immutable.ImmutableArray<string>> { ["TS0001"] = ["市ガイドライン 5(1)ア"] }.ToImmutableDictionary(),
        });
        var engine = new PostAnalysisEngine([new BadTagAnalyzer(), new LineAnalyzer()], options, morphology: MecabMorphemeAnalyzerProvider.Shared);
        var diagnostics = engine.Analyze("#bad!");
        var bad = Assert.Single(diagnostics, d => d.Id == "TS0001");
        Assert.Equal(DiagnosticSeverity.Error, bad.Severity);
        Assert.Equal<string>(["市ガイドライン 5(1)ア"], bad.References);
        Assert.Equal(DiagnosticSeverity.Warning, Assert.Single(diagnostics, d => d.Id == "TS0003").Severity);
    }

    [Fact]
    public void Rules_that_are_off_report_nothing_and_analyzers_with_every_rule_off_are_not_initialized()
    {
        var lines = new LineAnalyzer();
        var options = Options(new ConfigurationLayer
        {
            Rules = new Dictionary<string, ReportSeverity> { ["TS0001"] = ReportSeverity.None, ["TS0002"] = ReportSeverity.None }.ToImmutableDictionary(),
        });
        var engine = new PostAnalysisEngine([new BadTagAnalyzer(), lines], options, morphology: MecabMorphemeAnalyzerProvider.Shared);
        Assert.Empty(engine.Analyze("#bad とても長い一行のテキストです!"));
        Assert.Equal(0, lines.InitializeCount);
        Assert.Empty(engine.EnabledAnalyzers);
        Assert.Equal(2, engine.Analyzers.Length);
    }

    [Fact]
    public void Reporting_an_undeclared_rule_is_an_error_naming_the_analyzer_and_the_post()
    {
        var engine = new PostAnalysisEngine([new RogueAnalyzer()], morphology: MecabMorphemeAnalyzerProvider.Shared);
        var error = Assert.Throws<PostAnalyzerException>(() => engine.Analyze(new Post("p1", "text")));
        Assert.Contains("RogueAnalyzer", error.Message, StringComparison.Ordinal);
        Assert.Contains("p1", error.Message, StringComparison.Ordinal);
        Assert.Contains("TS0002", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_analyzers_declaring_the_same_id_are_refused()
    {
        Assert.Throws<ArgumentException>(() => new PostAnalysisEngine([new BadTagAnalyzer(), new BadTagAnalyzer()], morphology: MecabMorphemeAnalyzerProvider.Shared));
    }

    [Fact]
    public void Fix_applies_safe_fixes_until_stable_and_reports_what_remains()
    {
        var engine = new PostAnalysisEngine([new BadTagAnalyzer(), new LineAnalyzer(), new PrefixAnalyzer()], morphology: MecabMorphemeAnalyzerProvider.Shared);
        var result = engine.Fix(new Post("p", "#bad #bad"));
        Assert.Equal("#good #good", result.FixedText);
        Assert.Equal(2, result.Applied.Length);
        Assert.Equal("TS0004", Assert.Single(result.Remaining).Id);

        var withUnsafe = engine.Fix(new Post("p", "#bad"), includeUnsafe: true);
        Assert.Equal("X #good", withUnsafe.FixedText);
        Assert.Empty(withUnsafe.Remaining);
        // The insertion at 0 and the replacement at 0 conflict, so they take two passes.
        Assert.Equal(2, withUnsafe.Passes);
    }

    [Fact]
    public void Display_fixes_are_never_applied()
    {
        var engine = new PostAnalysisEngine([new LineAnalyzer()], morphology: MecabMorphemeAnalyzerProvider.Shared);
        var result = engine.Fix(new Post("p", "とても長い一行のテキストです、本当に"), includeUnsafe: true);
        Assert.False(result.Changed);
        Assert.Equal("TS0002", Assert.Single(result.Remaining).Id);
    }

    [Fact]
    public void Analyze_is_thread_safe_and_gives_the_same_result_on_every_thread()
    {
        var engine = new PostAnalysisEngine([new BadTagAnalyzer(), new LineAnalyzer()], morphology: MecabMorphemeAnalyzerProvider.Shared);
        var posts = Enumerable.Range(0, 2000).Select(i => new Post(i.ToString(System.Globalization.CultureInfo.InvariantCulture), i % 3 == 0 ? $"#bad {i} とても長い一行のテキストです" : $"#ok {i}")).ToArray();
        var expected = posts.Select(p => string.Join(",", engine.Analyze(p).Select(d => $"{d.Id}{d.Span}"))).ToArray();
        var actual = new ConcurrentDictionary<int, string>();
        Parallel.For(0, posts.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
            actual[i] = string.Join(",", engine.Analyze(posts[i]).Select(d => $"{d.Id}{d.Span}")));
        Assert.Equal(expected, Enumerable.Range(0, posts.Length).Select(i => actual[i]));
    }

    [Fact]
    public void Cancellation_is_honoured()
    {
        var engine = new PostAnalysisEngine([new LineAnalyzer()], morphology: MecabMorphemeAnalyzerProvider.Shared);
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();
        Assert.Throws<OperationCanceledException>(() => engine.Analyze(new Post("p", "!"), cancel.Token));
    }
}
