using System.Collections.Immutable;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PostLint.Analysis;
using PostLint.Diagnostics;
using PostLint.Model;

namespace PostLint.Rules.Tests.Disclosure;

/// <summary>
/// Invariants of the disclosure rules over posts assembled from the pieces they look at: no input
/// makes them throw, every span and edit lies in the post, safe fixing is idempotent and leaves no
/// safe fix behind.
/// </summary>
public sealed class DisclosureRulesPropertyTests
{
    private static readonly string[] Pieces =
    [
        "#", "＃", "PR", "ＰＲ", "pr", "広告", "プロモーション", "ﾌﾟﾛﾓｰｼｮﾝ", "宣伝", "石巻市", "石巻", "Ishinomaki",
        "タイアップ", "の", "案件", "に参加しています", "制作", "【", "】", "【PR】", "【広告】", " ", "\u3000", "\n", "\r\n",
        "・", "_", "＿", "〜", "牡蠣", "2025", "t.co/abc", "https://example.com/#PR", "\U0001F468\u200D\U0001F469\u200D\U0001F467",
        "\uD83D", "\uDC00", "。", "、", "と", "a",
    ];

    private static readonly ImmutableArray<PostAnalyzer> Analyzers =
        [.. BuiltInRules.CreateAnalyzers().Where(static a => a.SupportedDiagnostics.All(static d => d.Category == DiagnosticCategory.Disclosure))];

    private static readonly PostAnalysisEngine WithSource = new(Analyzers, Verification.RuleVerifier.Ishinomaki);

    private static readonly PostAnalysisEngine WithoutSource = new(Analyzers, Verification.RuleVerifier.NoSourceTags);

    private static Arbitrary<string> PostTexts() =>
        Gen.Elements(Pieces).ListOf().Select(static pieces => string.Concat(pieces)).ToArbitrary();

    [Property(MaxTest = 400)]
    public Property Spans_and_edits_lie_in_the_post() =>
        Prop.ForAll(PostTexts(), static text =>
        {
            foreach (var engine in new[] { WithSource, WithoutSource })
            {
                foreach (var diagnostic in engine.Analyze(new Post("p", text) { Sponsored = true }))
                {
                    Assert.InRange(diagnostic.Span.End, 0, text.Length);
                    Assert.All(diagnostic.Fixes.SelectMany(static f => f.Edits), edit => Assert.InRange(edit.Span.End, 0, text.Length));
                    Assert.False(string.IsNullOrWhiteSpace(diagnostic.Message));
                }
            }
        });

    [Property(MaxTest = 400)]
    public Property Fixing_is_idempotent_and_leaves_no_fix_behind() =>
        Prop.ForAll(PostTexts(), static text =>
        {
            foreach (var engine in new[] { WithSource, WithoutSource })
            {
                foreach (var includeUnsafe in new[] { false, true })
                {
                    var post = new Post("p", text) { Sponsored = true };
                    var once = engine.Fix(post, includeUnsafe);
                    var twice = engine.Fix(post with { Text = once.FixedText }, includeUnsafe);
                    Assert.Equal(once.FixedText, twice.FixedText);
                    Assert.DoesNotContain(once.Remaining, d => d.Fixes.Any(f => f.Applicability == FixApplicability.Safe || (includeUnsafe && f.Applicability == FixApplicability.Unsafe)));
                }
            }
        });

    [Fact]
    public void Huge_post_is_analysed()
    {
        var text = string.Concat(Enumerable.Repeat("牡蠣の季節です #牡蠣 石巻市のPR 【PR】 #ＰＲ石巻市 石巻#PR ", 5000));
        var diagnostics = WithSource.Analyze(new Post("p", text) { Sponsored = true });
        Assert.Contains(diagnostics, static d => d.Id == "PL1006");
        Assert.All(diagnostics, d => Assert.InRange(d.Span.End, 0, text.Length));
    }
}
