using System.Collections.Immutable;
using PostLint.Analysis;
using PostLint.Diagnostics;
using PostLint.Rules.Infrastructure;
using PostLint.Syntax;
using PostLint.Text;

namespace PostLint.Rules.Disclosure;

/// <summary>
/// PL1008: a disclosure tag not written the standard way.
/// <list type="bullet">
/// <item>An accepted word in another width or case, or with the full-width sign (<c>#pr</c>,
/// <c>#ＰＲ</c>, <c>＃PR</c>, <c>#ﾌﾟﾛﾓｰｼｮﾝ</c>): safe fix to the canonical spelling (<c>#PR</c>).</item>
/// <item>A sponsorship word that is not an accepted disclosure word (<c>#タイアップ</c>, <c>#提供</c>,
/// <c>#sponsored</c>, <c>#ad</c>; list in <c>Data/Lists/nonstandard-disclosure-tags.txt</c>): display
/// fix suggesting <c>#PR</c>. WOMJガイドライン 2023 accepts only #プロモーション #PR #宣伝 #広告.</item>
/// <item>The rest of the disclosure pair written another way than the guideline's 「#PR #石巻市」:
/// the source tag after a disclosure tag in another width or with the full-width sign
/// (<c>#PR ＃石巻市</c>), or a full-width space between the two (<c>#PR　#石巻市</c>): safe fix,
/// so that <c>fix</c> ends at the canonical pair (<c>＃ＰＲ　＃石巻市</c> → <c>#PR #石巻市</c>).</item>
/// </list>
/// </summary>
public sealed class PL1008NonCanonicalDisclosureTag : PostAnalyzer
{
    /// <summary>The rule id, <c>PL1008</c>: how configuration (<c>rules</c>, front matter <c>ignore</c>), baselines and reports name this rule.</summary>
    public const string DiagnosticId = "PL1008";

    /// <summary>
    /// The descriptor of PL1008 ("Non-canonical disclosure tag"): a suggestion by default. Profiles and the
    /// <c>rules</c> and <c>categories</c> settings change its severity; findings carry its id (<see cref="Diagnostic.Id"/>).
    /// </summary>
    public static readonly DiagnosticDescriptor Rule = new(
        DiagnosticId,
        "Non-canonical disclosure tag",
        "「{0}」{1}。{2}と記載してください（{3}）",
        DiagnosticCategory.Disclosure,
        DiagnosticSeverity.Info,
        isEnabledByDefault: true,
        description: "Disclosure tags are easiest to recognise in their usual spelling (#PR, not #ＰＲ or ＃pr), and only #PR, #プロモーション, #宣伝 and #広告 are accepted disclosure words; #タイアップ, #提供, #sponsored or #ad are not.",
        references: ["石巻市ソーシャルメディアガイドライン 5(1)ア", "WOMJガイドライン 2023"]);

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    /// <inheritdoc/>
    public override ImmutableArray<Configuration.OptionSection> OptionSections { get; } = [DisclosureOptions.Section];

    /// <inheritdoc/>
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
                var separator = NonCanonicalSeparator(context, vocabulary);
                if (text[0] == '#' && value.SequenceEqual(canonical))
                {
                    if (separator is { } space)
                    {
                        // The tag is right; the space after it is not (#PR　#石巻市).
                        var tokens = context.Syntax.Tokens;
                        var pairSpan = TextSpan.FromBounds(context.Token.Span.Start, tokens[context.TokenIndex + 2].Span.End);
                        var pair = context.Text.ToString(pairSpan);
                        var spaced = CodeFix.Safe("全角スペースを半角スペースに直す", TextEdit.Replace(space, " "));
                        context.ReportDiagnostic(Diagnostic.Create(Rule, pairSpan, [spaced], pair, "は関係タグと次のタグの間が全角スペースです", "「" + pair.Replace('\u3000', ' ') + "」のように半角スペースで区切って", reference));
                    }

                    return;
                }

                var canonicalTag = "#" + canonical;
                var fix = separator is { } after
                    ? CodeFix.Safe($"{canonicalTag} に直し、後ろの全角スペースを半角にする", TextEdit.Replace(context.Token.Span, canonicalTag), TextEdit.Replace(after, " "))
                    : CodeFix.Safe($"{canonicalTag} に直す", TextEdit.Replace(context.Token.Span, canonicalTag));
                context.ReportDiagnostic(Diagnostic.Create(Rule, context.Token.Span, [fix], text.ToString(), "は関係タグの標準の表記ではありません（全角・半角や大文字・小文字が異なります）", "「" + canonicalTag + "」", reference));
                break;

            case HashtagRole.Source when FollowsDisclosureTag(context, vocabulary):
                // The source tag of a disclosure pair in another width (#PR ＃石巻市).
                var source = vocabulary.CanonicalSourceOf(value);
                if (source is null || (context.TokenText[0] == '#' && value.SequenceEqual(source)))
                {
                    return;
                }

                var sourceTag = "#" + source;
                var sourceFix = CodeFix.Safe($"{sourceTag} に直す", TextEdit.Replace(context.Token.Span, sourceTag));
                context.ReportDiagnostic(Diagnostic.Create(Rule, context.Token.Span, [sourceFix], context.TokenText.ToString(), "は情報元タグの標準の表記ではありません（全角・半角や大文字・小文字が異なります）", "「" + sourceTag + "」", reference));
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

    /// <summary>
    /// The whitespace after a disclosure tag when it holds a full-width space and the next token is
    /// a disclosure or source tag (the pair 「#PR　#石巻市」), else null.
    /// </summary>
    private static TextSpan? NonCanonicalSeparator(SyntaxAnalysisContext context, DisclosureVocabulary vocabulary)
    {
        var tokens = context.Syntax.Tokens;
        var index = context.TokenIndex;
        if (index + 2 >= tokens.Length || tokens[index + 1].Kind != SyntaxKind.Whitespace || tokens[index + 2].Kind != SyntaxKind.Hashtag)
        {
            return null;
        }

        var space = tokens[index + 1].Span;
        if (context.Text.AsSpan(space).IndexOf('\u3000') < 0)
        {
            return null;
        }

        return vocabulary.Classify(context.Syntax.GetValueSpan(tokens[index + 2])) is HashtagRole.Disclosure or HashtagRole.Source ? space : null;
    }

    /// <summary>True when the hashtag comes right after a disclosure tag, with only spaces between (the pair).</summary>
    private static bool FollowsDisclosureTag(SyntaxAnalysisContext context, DisclosureVocabulary vocabulary)
    {
        var tokens = context.Syntax.Tokens;
        var index = context.TokenIndex;
        return index >= 2
            && tokens[index - 1].Kind == SyntaxKind.Whitespace
            && tokens[index - 2].Kind == SyntaxKind.Hashtag
            && vocabulary.Classify(context.Syntax.GetValueSpan(tokens[index - 2])) == HashtagRole.Disclosure;
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
