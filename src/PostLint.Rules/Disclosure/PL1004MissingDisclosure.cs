using System.Collections.Immutable;
using PostLint.Analysis;
using PostLint.Diagnostics;
using PostLint.Rules.Infrastructure;

namespace PostLint.Rules.Disclosure;

/// <summary>
/// PL1004: a sponsored post (post metadata <c>sponsored</c>, <c>--sponsored</c> or
/// <c>disclosure.required</c>) discloses nothing: no disclosure hashtag (the standard words and the
/// profile's relation tags: #タイアップ under ishinomaki), no fused disclosure + source tag, and no
/// statement that names the source and a concrete relationship (【PR】石巻市,
/// 「石巻市から委託を受けて投稿しています」; see <see cref="DisclosureStatements"/>). 石巻市ガイドライン 5:
/// 次の(1)又は(2)の方法で…投稿内に必ず記載する; ステマ告示. One problem, one finding:
/// <list type="bullet">
/// <item>a sponsorship hashtag the profile does not accept (#タイアップ under joetsu) is reported here,
/// on the tag, with an unsafe fix to #PR, and PL1008 stays silent on it;</item>
/// <item>a sentence that names the source with a weak cue only (「石巻市の広告を見ました」) is reported
/// on that sentence as a suggestion at most: only a person can tell whether it states the relationship;</item>
/// <item>a hashtag X does not recognise that carries a disclosure word (石巻市#PR) is left to PL1006.</item>
/// </list>
/// Otherwise the unsafe fix inserts <c>#PR #石巻市 </c> at the head of the post (the source tag, if
/// already present further on, moves with it instead of being written twice), and the finding is
/// on the first line that has content, where the disclosure belongs.
/// </summary>
public sealed class PL1004MissingDisclosure : PostAnalyzer
{
    /// <summary>The rule id, <c>PL1004</c>: how configuration (<c>rules</c>, front matter <c>ignore</c>), baselines and reports name this rule.</summary>
    public const string DiagnosticId = "PL1004";

    /// <summary>
    /// The descriptor of PL1004 ("Sponsored post without disclosure"): a warning by default. Profiles and the
    /// <c>rules</c> and <c>categories</c> settings change its severity; findings carry its id (<see cref="Diagnostic.Id"/>).
    /// </summary>
    public static readonly DiagnosticDescriptor Rule = new(
        DiagnosticId,
        "Sponsored post without disclosure",
        "依頼を受けた投稿ですが、{0}。{1}（{2}）",
        DiagnosticCategory.Disclosure,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "A post written for the city under contract must state the relationship: the hashtag pair (#PR and the source tag) or a statement that names the source and a concrete relationship (【PR】石巻市, 石巻市から委託を受けて投稿しています). Posts count as sponsored through their metadata, --sponsored or disclosure.required.",
        references: ["石巻市ソーシャルメディアガイドライン 5(1)", "石巻市ソーシャルメディアガイドライン 5(2)"]);

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    /// <inheritdoc/>
    public override ImmutableArray<Configuration.OptionSection> OptionSections { get; } = [DisclosureOptions.Section];

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        var vocabulary = DisclosureVocabulary.For(context.Options);
        var reference = ClauseText.For(context.Options, Rule);
        var pair = vocabulary.HasSourceTags
            ? vocabulary.CanonicalDisclosureTag + " " + vocabulary.CanonicalSourceTag
            : vocabulary.CanonicalDisclosureTag;
        var statement = "【" + vocabulary.CanonicalDisclosure + "】" + (vocabulary.CanonicalSource ?? string.Empty);
        var advice = $"先頭に「{pair}」と記載するか、「{statement}」のように文章で明示してください";
        var example = vocabulary.CanonicalSource is { } source ? $"「{source}から委託を受けて投稿しています」" : "「〇〇市から委託を受けて投稿しています」";
        var weakAdvice = $"{example}のように具体的な関係を書くか、先頭に「{pair}」と記載してください";
        context.RegisterPostAction(post => Analyze(post, vocabulary, pair, advice, weakAdvice, reference));
    }

    private static void Analyze(PostAnalysisContext context, DisclosureVocabulary vocabulary, string pair, string advice, string weakAdvice, string reference)
    {
        if (!context.IsSponsored)
        {
            return;
        }

        var syntax = context.Syntax;
        var scan = DisclosureScan.Scan(context, vocabulary);
        if (scan.HasDisclosure || scan.HasFused || scan.HasUnrecognizedDisclosure)
        {
            return;
        }

        var statements = DisclosureStatements.Find(context, vocabulary);
        if (statements.HasStatement)
        {
            return;
        }

        if (scan.NonStandard >= 0)
        {
            var tag = syntax.Tokens[scan.NonStandard];
            var written = context.Text.ToString(tag.Span);
            var replacement = scan.HasSourceAnywhere ? vocabulary.CanonicalDisclosureTag : pair;
            var replace = CodeFix.Unsafe($"{written} を {replacement} に置き換える", TextEdit.Replace(tag.Span, replacement));
            context.ReportDiagnostic(Diagnostic.Create(Rule, tag.Span, [replace], $"「{written}」は関係タグとして認められている語ではありません", advice, reference));
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

        if (statements.HasWeakStatement)
        {
            var sentence = context.Text.ToString(statements.WeakStatement);
            context.ReportDiagnostic(Diagnostic
                .Create(Rule, statements.WeakStatement, [fix], $"「{sentence}」が関係性の明示か判断できません", weakAdvice, reference)
                .WithSeverityCappedAtSuggestion());
            return;
        }

        context.ReportDiagnostic(Diagnostic.Create(Rule, DisclosureRuleHelpers.FirstContentLine(syntax), [fix], "関係性の明示がありません", advice, reference));
    }
}
