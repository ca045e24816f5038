using System.Collections.Immutable;
using PostLint.Analysis;
using PostLint.Diagnostics;

namespace PostLint.Rules.Disclosure;

/// <summary>
/// PL1004: a sponsored post (post metadata <c>sponsored</c>, <c>--sponsored</c> or
/// <c>disclosure.required</c>) discloses nothing: no disclosure hashtag, no fused disclosure +
/// source tag, and no statement (【PR】石巻市, 「石巻市のPR案件としての投稿です」; see
/// <see cref="DisclosureStatements"/>). 石巻市ガイドライン 5: 次の(1)又は(2)の方法で…投稿内に必ず記載する;
/// ステマ告示. A hashtag X does not recognise that carries a disclosure word (石巻市#PR) is left to
/// PL1006, which reports it at a raised severity.
/// Unsafe fix: insert <c>#PR #石巻市 </c> at the head of the post (the source tag, if already
/// present further on, moves with it instead of being written twice).
/// Reported on the first line that has content, so that reports point at where the disclosure belongs.
/// </summary>
public sealed class PL1004MissingDisclosure : PostAnalyzer
{
    public const string DiagnosticId = "PL1004";

    public static readonly DiagnosticDescriptor Rule = new(
        DiagnosticId,
        "Sponsored post without disclosure",
        "依頼を受けた投稿ですが、関係性の明示がありません。先頭に「{0}」と記載するか、「{1}」のように文章で明示してください（{2}）",
        DiagnosticCategory.Disclosure,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "A post written for the city under contract must state the relationship: the hashtag pair (#PR #石巻市) or a statement (【PR】石巻市, 石巻市のPR案件としての投稿です). Posts count as sponsored through their metadata, --sponsored or disclosure.required.",
        references: ["石巻市ソーシャルメディアガイドライン 5(1)・5(2)", "ステマ告示（令和5年内閣府告示第19号）"]);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    public override void Initialize(AnalysisContext context)
    {
        var vocabulary = DisclosureVocabulary.For(context.Options);
        var reference = ClauseText.For(context.Options, Rule);
        var pair = vocabulary.HasSourceTags
            ? vocabulary.CanonicalDisclosureTag + " " + vocabulary.CanonicalSourceTag
            : vocabulary.CanonicalDisclosureTag;
        var statement = "【" + vocabulary.CanonicalDisclosure + "】" + (vocabulary.CanonicalSource ?? string.Empty);
        context.RegisterPostAction(post => Analyze(post, vocabulary, pair, statement, reference));
    }

    private static void Analyze(PostAnalysisContext context, DisclosureVocabulary vocabulary, string pair, string statement, string reference)
    {
        if (!context.IsSponsored)
        {
            return;
        }

        var syntax = context.Syntax;
        var scan = DisclosureScan.Scan(syntax, vocabulary);
        if (scan.HasDisclosure || scan.HasFused || scan.HasUnrecognizedDisclosure || DisclosureStatements.TryFindFirst(syntax, vocabulary, out _))
        {
            return;
        }

        CodeFix fix;
        if (!scan.HasSource)
        {
            fix = CodeFix.Unsafe($"先頭に「{pair}」を記載する", TextEdit.Insert(0, pair + " "));
        }
        else if (scan.Source == DisclosureRuleHelpers.FirstContentToken(syntax))
        {
            // The post already starts with the source tag: the disclosure tag goes in front of it.
            fix = CodeFix.Unsafe($"先頭に「{pair}」を記載する", TextEdit.Insert(syntax.Tokens[scan.Source].Span.Start, vocabulary.CanonicalDisclosureTag + " "));
        }
        else
        {
            fix = CodeFix.Unsafe(
                $"先頭に「{pair}」を記載する（{context.Text.ToString(syntax.Tokens[scan.Source].Span)} は先頭へ移動）",
                TextEdit.Insert(0, pair + " "),
                TextEdit.Delete(DisclosureRuleHelpers.RemovalSpan(syntax, scan.Source, scan.Source)));
        }

        context.ReportDiagnostic(Diagnostic.Create(Rule, DisclosureRuleHelpers.FirstContentLine(syntax), [fix], pair, statement, reference));
    }
}
