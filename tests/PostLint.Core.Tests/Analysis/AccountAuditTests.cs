using System.Collections.Immutable;
using PostLint.Analysis;
using PostLint.Diagnostics;
using PostLint.Input;
using PostLint.Text;
using PostLint.Model;
using PostLint.Morphology;

namespace PostLint.Core.Tests.Analysis;

/// <summary>The account-history kind of analyzer: registration, what the history remembers, and delivery through the audit pipeline.</summary>
public sealed class AccountAuditTests
{
    /// <summary>Reports every post whose previous post (of the same account) it names, on the current or the previous post.</summary>
    private sealed class HistoryAnalyzer : PostAnalyzer
    {
        public static readonly DiagnosticDescriptor Rule = new("TS6001", "History", "履歴 {0}", DiagnosticCategory.Operations, DiagnosticSeverity.Warning, true, "A test rule that needs an account's history.", references: ["テスト"]);

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

        public override void Initialize(AnalysisContext context) => context.RegisterAccountAction(static account =>
        {
            if (account.Post.Text == "report-previous" && account.PreviousPost is { } previous)
            {
                account.ReportDiagnosticOnPreviousPost(Diagnostic.Create(Rule, new TextSpan(0, 0), previous.Id));
            }
            else if (account.Post.Text.StartsWith("own?", StringComparison.Ordinal))
            {
                var asked = account.Post.Text[4..];
                account.ReportDiagnostic(Diagnostic.Create(Rule, new TextSpan(0, 1), account.IsOwnPost(asked) ? "own " + asked : "not " + asked));
            }
        });
    }

    private static Post At(string id, string text, int day, string? account = "a") =>
        new(id, text) { Account = account, CreatedAt = new DateTimeOffset(2025, 1, day, 0, 0, 0, TimeSpan.Zero) };

    [Fact]
    public void Account_actions_run_in_audits_only_and_report_on_the_current_or_the_previous_post()
    {
        var engine = new PostAnalysisEngine([new HistoryAnalyzer()], morphology: MecabMorphemeAnalyzerProvider.Shared);
        Assert.True(engine.HasAccountActions);
        Assert.Empty(engine.Analyze(At("1", "own?0", 1))); // a single post has no history

        var audit = engine.CreateAccountAudit()!;
        Assert.True(audit.Observe(At("1", "first", 1)).IsEmpty);
        var current = audit.Observe(At("2", "own?1", 2));
        Assert.Equal("履歴 own 1", Assert.Single(current.ForPost).Message);
        Assert.Equal(DiagnosticSeverity.Warning, current.ForPost[0].Severity);
        Assert.Equal<string>(["テスト"], current.ForPost[0].References);

        var earlier = audit.Observe(At("3", "report-previous", 3));
        Assert.Empty(earlier.ForPost);
        var result = Assert.Single(earlier.ForEarlierPosts);
        Assert.Equal("2", result.Post!.Id);
        Assert.Equal("履歴 2", Assert.Single(result.Diagnostics).Message);

        // Another account has its own history.
        Assert.Equal("履歴 not 1", Assert.Single(audit.Observe(At("4", "own?1", 4, "b")).ForPost).Message);
        Assert.Equal(2, audit.AccountCount);
    }

    [Fact]
    public void The_history_remembers_a_bounded_number_of_post_ids_per_account()
    {
        var audit = new PostAnalysisEngine([new HistoryAnalyzer()], morphology: MecabMorphemeAnalyzerProvider.Shared).CreateAccountAudit()!;
        for (var i = 0; i < AccountAudit.RememberedPostIds + 10; i++)
        {
            audit.Observe(new Post("p" + i, "post") { Account = "a" });
        }

        Assert.Equal("履歴 not p9", audit.Observe(new Post("x", "own?p9") { Account = "a" }).ForPost[0].Message);
        Assert.Equal("履歴 own p11", audit.Observe(new Post("y", "own?p11") { Account = "a" }).ForPost[0].Message); // "x" pushed p10 out
    }

    [Fact]
    public void An_engine_without_account_rules_creates_no_history()
    {
        var engine = new PostAnalysisEngine([new BadTagAnalyzer()], morphology: MecabMorphemeAnalyzerProvider.Shared);
        Assert.False(engine.HasAccountActions);
        Assert.Null(engine.CreateAccountAudit());
    }

    [Fact]
    public void The_pipeline_feeds_posts_and_skipped_shares_in_input_order_and_delivers_earlier_results_first()
    {
        var engine = new PostAnalysisEngine([new HistoryAnalyzer()], morphology: MecabMorphemeAnalyzerProvider.Shared);
        var records = new List<InputRecord>
        {
            InputRecord.Accept(At("1", "first", 1) with { Source = new PostSource("in", 1, 1) }),
            InputRecord.Skip(At("2", "RT @x: shared", 2) with { RepostOf = "x", Source = new PostSource("in", 2, 2) }, "retweet"),
            InputRecord.Accept(At("3", "report-previous", 3) with { Source = new PostSource("in", 3, 3) }),
            InputRecord.Reject("in", 4, 4, "broken"),
        };
        var items = new List<AuditItem>();
        AuditPipeline.Run(records, engine, items.Add, new AuditPipelineOptions { Jobs = 2, ChunkSize = 1 });

        Assert.Equal([1L, 2, 3, 4], items.Select(static i => i.Record.RecordNumber));
        Assert.Null(items[1].Result); // the retweet is not linted …
        var earlier = Assert.Single(items[2].EarlierResults); // … but the history saw it
        Assert.Equal("2", earlier.Post!.Id);
        Assert.Empty(items[2].Result!.Diagnostics);
        Assert.Empty(items[0].EarlierResults);
    }

    /// <summary>Reports, on every post, the id of the previous post the audit gives it (or "none").</summary>
    private sealed class PreviousAnalyzer : PostAnalyzer
    {
        public static readonly DiagnosticDescriptor Rule = new("TS6002", "Previous", "前 {0}", DiagnosticCategory.Operations, DiagnosticSeverity.Warning, true, "A test rule that shows the previous post.", references: ["テスト"]);

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

        public override void Initialize(AnalysisContext context) => context.RegisterAccountAction(static account =>
            account.ReportDiagnostic(Diagnostic.Create(Rule, new TextSpan(0, 0), account.PreviousPost?.Id ?? "none")));
    }

    [Theory]
    [InlineData(new[] { 1, 2, 5, 3, 6, 4, 7 }, "none 1 2 none 3 none 5", "4", "3", false)]
    [InlineData(new[] { 9, 8, 8, 4, 6, 3, 7 }, "none 1 2 3 none 4 none", "5", "4", true)]
    public void A_post_against_the_accounts_time_order_has_no_previous_post_and_is_reported_once(int[] days, string previous, string breaker, string breakerPrevious, bool newestFirst)
    {
        var audit = new PostAnalysisEngine([new PreviousAnalyzer()]).CreateAccountAudit()!;
        var seen = new List<string>();
        var breaks = new List<AccountOrderBreak>();
        for (var i = 0; i < days.Length; i++)
        {
            var findings = audit.Observe(At((i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), "x", days[i]));
            seen.Add(((string?)Assert.Single(findings.ForPost).MessageArguments[0])!);
            if (findings.OrderBreak is { } orderBreak)
            {
                breaks.Add(orderBreak);
            }
        }

        // The ids of the previous posts: a post out of order compares with nothing and is not the
        // previous post of the next one, so no gap is measured across it.
        Assert.Equal(previous, string.Join(' ', seen));
        var only = Assert.Single(breaks);
        Assert.Equal(breaker, only.Post.Id);
        Assert.Equal(breakerPrevious, only.Previous.Id);
        Assert.Equal(newestFirst, only.NewestFirst);
        Assert.Equal("a", only.Account);
    }
}
