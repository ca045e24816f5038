using System.Collections.Immutable;
using PostLint.Analysis;
using PostLint.Configuration;
using PostLint.Diagnostics;
using PostLint.Text;
using PostLint.Morphology;

namespace PostLint.Core.Tests.Analysis;

/// <summary><see cref="Diagnostic.WithRaisedSeverity"/>: the engine reports such a diagnostic one level above the configured severity.</summary>
public sealed class RaisedSeverityTests
{
    private static readonly DiagnosticDescriptor Rule = new(
        "PLT9001",
        "Test rule",
        "test message {0}",
        DiagnosticCategory.Disclosure,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true);

    /// <summary>Reports the first character of the post, raised when the post starts with '!'.</summary>
    private sealed class RaisingAnalyzer : PostAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

        public override void Initialize(AnalysisContext context) =>
            context.RegisterPostAction(static post =>
            {
                if (post.Text.Length == 0)
                {
                    return;
                }

                var diagnostic = Diagnostic.Create(Rule, new TextSpan(0, 1), post.Text.ToString(new TextSpan(0, 1)));
                post.ReportDiagnostic(post.Text[0] == '!' ? diagnostic.WithRaisedSeverity() : diagnostic);
            });
    }

    private static AnalyzerOptions OptionsWith(ReportSeverity? severity)
    {
        var layer = new ConfigurationLayer { Origin = "test" };
        if (severity is { } configured)
        {
            layer = layer with { Rules = ImmutableDictionary<string, ReportSeverity>.Empty.Add(Rule.Id, configured) };
        }

        return new ConfigurationResolver([], [Rule]).Merge([layer]);
    }

    [Theory]
    [InlineData(ReportSeverity.Suggestion, DiagnosticSeverity.Warning)]
    [InlineData(ReportSeverity.Warning, DiagnosticSeverity.Error)]
    [InlineData(ReportSeverity.Error, DiagnosticSeverity.Error)]
    [InlineData(ReportSeverity.Silent, DiagnosticSeverity.Hidden)]
    public void Raised_diagnostic_gets_one_level_above_the_configured_severity(ReportSeverity configured, DiagnosticSeverity expected)
    {
        var engine = new PostAnalysisEngine([new RaisingAnalyzer()], OptionsWith(configured), morphology: MecabMorphemeAnalyzerProvider.Shared);
        var diagnostic = Assert.Single(engine.Analyze("!raised"));
        Assert.Equal(expected, diagnostic.Severity);
        Assert.True(diagnostic.IsSeverityRaised);
    }

    [Theory]
    [InlineData(ReportSeverity.Suggestion, DiagnosticSeverity.Info)]
    [InlineData(ReportSeverity.Warning, DiagnosticSeverity.Warning)]
    [InlineData(ReportSeverity.Error, DiagnosticSeverity.Error)]
    public void Ordinary_diagnostic_keeps_the_configured_severity(ReportSeverity configured, DiagnosticSeverity expected)
    {
        var engine = new PostAnalysisEngine([new RaisingAnalyzer()], OptionsWith(configured), morphology: MecabMorphemeAnalyzerProvider.Shared);
        var diagnostic = Assert.Single(engine.Analyze("plain"));
        Assert.Equal(expected, diagnostic.Severity);
        Assert.False(diagnostic.IsSeverityRaised);
    }

    [Fact]
    public void Default_severity_is_raised_from_the_descriptor_default()
    {
        var engine = new PostAnalysisEngine([new RaisingAnalyzer()], OptionsWith(null), morphology: MecabMorphemeAnalyzerProvider.Shared);
        Assert.Equal(DiagnosticSeverity.Error, Assert.Single(engine.Analyze("!x")).Severity);
    }

    [Fact]
    public void A_rule_that_is_off_stays_off_when_raised()
    {
        var engine = new PostAnalysisEngine([new RaisingAnalyzer()], OptionsWith(ReportSeverity.None), morphology: MecabMorphemeAnalyzerProvider.Shared);
        Assert.Empty(engine.Analyze("!raised"));
    }

    [Fact]
    public void Raising_keeps_everything_else_and_survives_later_copies()
    {
        var fix = CodeFix.Safe("insert", TextEdit.Insert(0, " "));
        var original = Diagnostic.Create(Rule, new TextSpan(1, 2), [fix], "arg");
        var raised = original.WithRaisedSeverity();

        Assert.False(original.IsSeverityRaised);
        Assert.True(raised.IsSeverityRaised);
        Assert.Same(raised, raised.WithRaisedSeverity());
        Assert.Equal(original.Span, raised.Span);
        Assert.Equal(original.Message, raised.Message);
        Assert.Equal(original.Fixes, raised.Fixes);
        Assert.True(raised.WithSuppression(true).IsSeverityRaised);
        Assert.True(raised.WithReferences(["x"]).IsSeverityRaised);
        Assert.True(raised.WithSeverity(DiagnosticSeverity.Info).IsSeverityRaised);
    }
}
