using System.Collections.Immutable;
using PostLint.Analysis;
using PostLint.Diagnostics;
using PostLint.Syntax;

namespace PostLint.Rules.Disclosure;

/// <summary>
/// PL1008: a disclosure tag not written the standard way.
/// <list type="bullet">
/// <item>An accepted word in another width or case, or with the full-width sign (<c>#pr</c>,
/// <c>#ＰＲ</c>, <c>＃PR</c>, <c>#ﾌﾟﾛﾓｰｼｮﾝ</c>): safe fix to the canonical spelling (<c>#PR</c>).</item>
/// <item>A sponsorship word that is not an accepted disclosure word (<c>#タイアップ</c>, <c>#提供</c>,
/// <c>#sponsored</c>, <c>#ad</c>; list in <c>Data/Lists/nonstandard-disclosure-tags.txt</c>): display
/// fix suggesting <c>#PR</c>. WOMJガイドライン 2023 accepts only #プロモーション #PR #宣伝 #広告.</item>
/// </list>
/// </summary>
public sealed class PL1008NonCanonicalDisclosureTag : PostAnalyzer
{
    public const string DiagnosticId = "PL1008";

    public static readonly DiagnosticDescriptor Rule = new(
        DiagnosticId,
        "Non-canonical disclosure tag",
        "「{0}」{1}。{2}と記載してください（{3}）",
        DiagnosticCategory.Disclosure,
        DiagnosticSeverity.Info,
        isEnabledByDefault: true,
        description: "Disclosure tags are easiest to recognise in their usual spelling (#PR, not #ＰＲ or ＃pr), and only #PR, #プロモーション, #宣伝 and #広告 are accepted disclosure words; #タイアップ, #提供, #sponsored or #ad are not.",
        references: ["石巻市ソーシャルメディアガイドライン 5(1)ア", "WOMJガイドライン 2023"]);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    public override void Initialize(AnalysisContext context)
    {
        var vocabulary = DisclosureVocabulary.For(context.Options);
        var reference = ClauseText.For(context.Options, Rule);
        var accepted = string.Join("、", vocabulary.StandardWords.Select(static w => "#" + w)) + " のいずれか";
        var missingDisclosureReported = context.Options.GetEffectiveSeverity(PL1004MissingDisclosure.Rule) is not null;
        context.RegisterSyntaxAction(token => Analyze(token, vocabulary, accepted, missingDisclosureReported, reference), SyntaxKind.Hashtag);
    }

    private static void Analyze(SyntaxAnalysisContext context, DisclosureVocabulary vocabulary, string accepted, bool missingDisclosureReported, string reference)
    {
        var value = context.ValueText;
        switch (vocabulary.Classify(value))
        {
            case HashtagRole.Disclosure when vocabulary.IsRelationTagOnly(value):
                // Accepted by the profile's guideline (石巻市 5(1)ア 「など」), but not a standard word.
                var standard = CodeFix.Display($"{vocabulary.CanonicalDisclosureTag} に置き換える", TextEdit.Replace(context.Token.Span, vocabulary.CanonicalDisclosureTag));
                context.ReportDiagnostic(Diagnostic.Create(Rule, context.Token.Span, [standard], context.TokenText.ToString(), "は関係性の明示になりますが、標準の関係タグではありません", accepted, reference));
                break;

            case HashtagRole.Disclosure:
                var canonical = vocabulary.CanonicalDisclosureOf(value)!;
                var text = context.TokenText;
                if (text[0] == '#' && value.SequenceEqual(canonical))
                {
                    return;
                }

                var canonicalTag = "#" + canonical;
                var fix = CodeFix.Safe($"{canonicalTag} に直す", TextEdit.Replace(context.Token.Span, canonicalTag));
                context.ReportDiagnostic(Diagnostic.Create(Rule, context.Token.Span, [fix], text.ToString(), "は関係タグの標準の表記ではありません（全角・半角や大文字・小文字が異なります）", "「" + canonicalTag + "」", reference));
                break;

            case HashtagRole.NonStandardDisclosure when missingDisclosureReported && IsReportedAsMissingDisclosure(context, vocabulary):
                // PL1004 reports this tag: one problem, one finding.
                break;

            case HashtagRole.NonStandardDisclosure:
                var suggestion = CodeFix.Display($"{vocabulary.CanonicalDisclosureTag} に置き換える", TextEdit.Replace(context.Token.Span, vocabulary.CanonicalDisclosureTag));
                context.ReportDiagnostic(Diagnostic.Create(Rule, context.Token.Span, [suggestion], context.TokenText.ToString(), "は関係タグとして認められている語ではありません", accepted, reference));
                break;
        }
    }

    /// <summary>PL1004 reports the first non-standard tag of a sponsored post that discloses nothing else.</summary>
    private static bool IsReportedAsMissingDisclosure(SyntaxAnalysisContext context, DisclosureVocabulary vocabulary)
    {
        if (!context.IsSponsored)
        {
            return false;
        }

        var scan = DisclosureScan.Scan(context, vocabulary);
        return scan.NonStandard == context.TokenIndex && !scan.HasDisclosure && !scan.HasFused && !scan.HasUnrecognizedDisclosure
            && !DisclosureStatements.Find(context, vocabulary).HasStatement;
    }
}
