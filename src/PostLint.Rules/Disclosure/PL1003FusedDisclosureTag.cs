using System.Collections.Immutable;
using PostLint.Analysis;
using PostLint.Diagnostics;
using PostLint.Rules.Infrastructure;
using PostLint.Text;

namespace PostLint.Rules.Disclosure;

/// <summary>
/// PL1003: the disclosure word and the source tag are fused into one hashtag (<c>#石巻市PR</c>,
/// <c>#PR石巻市</c>, <c>#PR・石巻市</c>, <c>#PR_石巻市</c>), so X shows one tag that states neither.
/// <c>#PR＿石巻市</c> counts too, although X ends the tag at the full-width low line and shows
/// <c>#PR</c> followed by the text <c>＿石巻市</c>: the writer meant one word, and no separate source tag.
/// 石巻市ガイドライン 5(1)ア 誤・#石巻市PR ・#PR石巻市.
/// Safe fix: split it into <c>#PR #石巻市</c> (the disclosure word as written, the source tag canonical).
/// </summary>
public sealed class PL1003FusedDisclosureTag : PostAnalyzer
{
    /// <summary>The rule id, <c>PL1003</c>: how configuration (<c>rules</c>, front matter <c>ignore</c>), baselines and reports name this rule.</summary>
    public const string DiagnosticId = "PL1003";

    /// <summary>
    /// The descriptor of PL1003 ("Disclosure and source tags fused into one hashtag"): a warning by default. Profiles and the
    /// <c>rules</c> and <c>categories</c> settings change its severity; findings carry its id (<see cref="Diagnostic.Id"/>).
    /// </summary>
    public static readonly DiagnosticDescriptor Rule = new(
        DiagnosticId,
        "Disclosure and source tags fused into one hashtag",
        "「{0}」は関係タグと情報元タグが1つのハッシュタグになっています。「{1}」のように分けて、関係タグ、情報元タグの順に記載してください（{2}）",
        DiagnosticCategory.Disclosure,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "A hashtag such as #石巻市PR or #PR石巻市 is one tag to the platform: it neither shows the disclosure word on its own nor names the source. Write two tags, disclosure first.",
        references: ["石巻市ソーシャルメディアガイドライン 5(1)ア"]);

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    /// <inheritdoc/>
    public override ImmutableArray<Configuration.OptionSection> OptionSections { get; } = [DisclosureOptions.Section];

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        var vocabulary = DisclosureVocabulary.For(context.Options);
        if (!vocabulary.HasSourceTags)
        {
            // Without a source tag nothing can be fused with it.
            return;
        }

        var reference = ClauseText.For(context.Options, Rule);
        context.RegisterSyntaxAction(token => Analyze(token, vocabulary, reference), Syntax.SyntaxKind.Hashtag);
    }

    private static void Analyze(SyntaxAnalysisContext context, DisclosureVocabulary vocabulary, string reference)
    {
        var token = context.Token;
        var end = token.Span.End;
        var role = vocabulary.Classify(context.ValueText);
        if (role is HashtagRole.Disclosure or HashtagRole.Source)
        {
            var length = DisclosureScan.FusedAcrossLowLine(context.Syntax, token, role, vocabulary);
            if (length == 0)
            {
                return;
            }

            end += length;
        }
        else if (role != HashtagRole.FusedDisclosureAndSource)
        {
            return;
        }

        var span = TextSpan.FromBounds(token.Span.Start, end);
        var value = context.Text.ToString(TextSpan.FromBounds(token.ValueSpan.Start, end));
        var replacement = vocabulary.TryGetFusedParts(value, out var disclosure, out var source)
            ? "#" + disclosure + " #" + source
            : vocabulary.CanonicalDisclosureTag + " " + vocabulary.CanonicalSourceTag;
        var fix = CodeFix.Safe($"「{replacement}」に分ける", TextEdit.Replace(span, replacement));
        context.ReportDiagnostic(Diagnostic.Create(Rule, span, [fix], context.Text.ToString(span), replacement, reference));
    }
}
