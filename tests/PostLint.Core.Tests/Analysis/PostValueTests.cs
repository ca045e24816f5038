using System.Collections.Immutable;
using PostLint.Analysis;
using PostLint.Configuration;
using PostLint.Core.Tests.Syntax;
using PostLint.Diagnostics;
using PostLint.Syntax;
using PostLint.Text;
using PostLint.Model;
using PostLint.Morphology;

namespace PostLint.Core.Tests.Analysis;

/// <summary>Counts hashtags once per post; two rules read the count through one provider.</summary>
internal sealed class HashtagCount
{
    public int Computations;

    public HashtagCount()
    {
        Provider = new PostValueProvider<int>(c =>
        {
            Interlocked.Increment(ref Computations);
            var count = 0;
            foreach (var token in c.Syntax.Tokens)
            {
                if (token.Kind == SyntaxKind.Hashtag)
                {
                    count++;
                }
            }

            return count;
        });
    }

    public PostValueProvider<int> Provider { get; }
}

internal sealed class CountReportingAnalyzer(HashtagCount count, DiagnosticDescriptor rule, bool fromSyntaxAction) : PostAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [rule];

    public override void Initialize(AnalysisContext context)
    {
        if (fromSyntaxAction)
        {
            context.RegisterSyntaxAction(
                c =>
                {
                    Assert.True(c.TryGetValue(count.Provider, out var n));
                    c.ReportDiagnostic(Diagnostic.Create(rule, c.Token.Span, n));
                },
                SyntaxKind.Hashtag);
        }
        else
        {
            context.RegisterPostAction(c => c.ReportDiagnostic(Diagnostic.Create(rule, new TextSpan(0, 0), c.GetValue(count.Provider))));
        }
    }
}

public sealed class PostValueTests
{
    private static readonly DiagnosticDescriptor First = new("TS0201", "First", "{0}", DiagnosticCategory.Content, DiagnosticSeverity.Warning, true);
    private static readonly DiagnosticDescriptor Second = new("TS0202", "Second", "{0}", DiagnosticCategory.Content, DiagnosticSeverity.Warning, true);

    private static AnalyzerOptions Options => new ConfigurationResolver([], [First, Second]).Merge([new ConfigurationLayer { Origin = "test" }]);

    [Fact]
    public void A_value_is_computed_once_per_post_and_shared_by_every_rule_that_asks()
    {
        var count = new HashtagCount();
        var engine = new PostAnalysisEngine([new CountReportingAnalyzer(count, First, false), new CountReportingAnalyzer(count, Second, true)], Options, morphology: MecabMorphemeAnalyzerProvider.Shared);

        var diagnostics = engine.Analyze("#a #b #c");
        Assert.Equal(1, count.Computations);
        Assert.Equal(4, diagnostics.Length);
        Assert.All(diagnostics, d => Assert.Equal("3", d.Message));

        // The next post gets its own value.
        var next = engine.Analyze("#a only");
        Assert.Equal(2, count.Computations);
        Assert.All(next, d => Assert.Equal("1", d.Message));
    }

    [Fact]
    public void A_post_no_rule_asks_about_computes_nothing()
    {
        var count = new HashtagCount();
        var engine = new PostAnalysisEngine([new CountReportingAnalyzer(count, Second, true)], Options, morphology: MecabMorphemeAnalyzerProvider.Shared);
        Assert.Empty(engine.Analyze("no tags here"));
        Assert.Equal(0, count.Computations);
    }

    [Fact]
    public void Values_of_one_engine_are_not_seen_by_another()
    {
        var count = new HashtagCount();
        var a = new PostAnalysisEngine([new CountReportingAnalyzer(count, First, false)], Options, morphology: MecabMorphemeAnalyzerProvider.Shared);
        var b = new PostAnalysisEngine([new CountReportingAnalyzer(count, First, false)], Options, morphology: MecabMorphemeAnalyzerProvider.Shared);
        Assert.Equal("2", Assert.Single(a.Analyze("#x #y")).Message);
        Assert.Equal("0", Assert.Single(b.Analyze("none")).Message);
        Assert.Equal("1", Assert.Single(a.Analyze("#z")).Message);
        Assert.Equal(3, count.Computations);
    }

    [Fact]
    public void A_reusing_provider_gets_its_previous_value_back_to_refill()
    {
        var lists = new List<List<int>>();
        var provider = new PostValueProvider<List<int>>((c, previous) =>
        {
            var list = previous ?? [];
            list.Clear();
            list.Add(c.Text.Length);
            lists.Add(list);
            return list;
        });
        var engine = new PostAnalysisEngine([new LambdaAnalyzer(First, c => c.ReportDiagnostic(Diagnostic.Create(First, new TextSpan(0, 0), c.GetValue(provider)[0])))], Options, morphology: MecabMorphemeAnalyzerProvider.Shared);
        Assert.Equal("3", Assert.Single(engine.Analyze("abc")).Message);
        Assert.Equal("5", Assert.Single(engine.Analyze("abcde")).Message);
        Assert.Same(lists[0], lists[1]);
    }

    [Fact]
    public void A_value_computed_from_itself_is_an_error_naming_the_rule()
    {
        PostValueProvider<int>? provider = null;
        provider = new PostValueProvider<int>(c => c.GetValue(provider!) + 1);
        var engine = new PostAnalysisEngine([new LambdaAnalyzer(First, c => c.GetValue(provider))], Options, morphology: MecabMorphemeAnalyzerProvider.Shared);
        var error = Assert.Throws<PostAnalyzerException>(() => engine.Analyze("x"));
        Assert.IsType<InvalidOperationException>(error.InnerException);

        // The thread's slot is usable again for the next post.
        var fine = new PostAnalysisEngine([new LambdaAnalyzer(First, c => c.ReportDiagnostic(Diagnostic.Create(First, new TextSpan(0, 0), c.GetValue(new HashtagCount().Provider))))], Options, morphology: MecabMorphemeAnalyzerProvider.Shared);
        Assert.Single(fine.Analyze("#a"));
    }

    [Fact]
    public void Asking_for_a_struct_value_allocates_nothing_per_post()
    {
        var count = new HashtagCount();
        var sum = 0;
        var engine = new PostAnalysisEngine([new LambdaAnalyzer(First, c => sum += c.GetValue(count.Provider) + c.GetValue(count.Provider))], Options, morphology: MecabMorphemeAnalyzerProvider.Shared);
        var post = new Post("p", "#a #b 牡蠣まつり。開催します！");
        var bytes = Allocation.PerCalls(100, () => engine.Analyze(post));
        Assert.Equal(0, bytes);
        Assert.Equal(200, count.Computations);
        Assert.Equal(800, sum);
    }

    [Fact]
    public void Sentences_are_shared_and_computed_lazily()
    {
        var seen = new List<string>();
        var engine = new PostAnalysisEngine([new LambdaAnalyzer(First, c =>
        {
            foreach (var sentence in c.Sentences)
            {
                seen.Add(c.Text.ToString(sentence));
            }
        })], Options, morphology: MecabMorphemeAnalyzerProvider.Shared);
        engine.Analyze("詐欺に注意！\n#石巻市 電話で「還付金がある」と言われたら、相談を。\n\n次の話");
        Assert.Equal(["詐欺に注意！", "\n#石巻市 電話で「還付金がある」と言われたら、相談を。", "\n\n次の話"], seen);
    }
}

internal sealed class LambdaAnalyzer(DiagnosticDescriptor rule, Action<PostAnalysisContext> action) : PostAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [rule];

    public override void Initialize(AnalysisContext context) => context.RegisterPostAction(action);
}
