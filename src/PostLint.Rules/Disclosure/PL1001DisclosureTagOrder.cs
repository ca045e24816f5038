using System.Collections.Immutable;
using PostLint.Analysis;
using PostLint.Diagnostics;
using PostLint.Rules.Infrastructure;

namespace PostLint.Rules.Disclosure;

/// <summary>
/// PL1001: the source tag comes before the disclosure tag (<c>#石巻市 #PR</c>). 石巻市ガイドライン
/// 5(1)ア: 関係タグ、発信する情報元の順番で記載する (正・#PR #石巻市 / 誤・#石巻市 #PR).
/// Safe fix: swap the two tags.
/// </summary>
public sealed class PL1001DisclosureTagOrder : PostAnalyzer
{
    /// <summary>The rule id, <c>PL1001</c>: how configuration (<c>rules</c>, front matter <c>ignore</c>), baselines and reports name this rule.</summary>
    public const string DiagnosticId = "PL1001";

    /// <summary>
    /// The descriptor of PL1001 ("Source tag before disclosure tag"): a suggestion by default. Profiles and the
    /// <c>rules</c> and <c>categories</c> settings change its severity; findings carry its id (<see cref="Diagnostic.Id"/>).
    /// </summary>
    public static readonly DiagnosticDescriptor Rule = new(
        DiagnosticId,
        "Source tag before disclosure tag",
        "#{0} が #{1} より前にあります。関係タグ、情報元タグの順に記載してください（{2}）",
        DiagnosticCategory.Disclosure,
        DiagnosticSeverity.Info,
        isEnabledByDefault: true,
        description: "The disclosure tag (#PR, #プロモーション, #宣伝, #広告) must come first and the source tag (#石巻市) right after it, so that readers see the relationship before the source.",
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
            // Without a source tag there is no order to check.
            return;
        }

        var reference = ClauseText.For(context.Options, Rule);
        context.RegisterPostAction(post => Analyze(post, vocabulary, reference));
    }

    private static void Analyze(PostAnalysisContext context, DisclosureVocabulary vocabulary, string reference)
    {
        var syntax = context.Syntax;
        var scan = DisclosureScan.Scan(context, vocabulary);
        var source = scan.Source;
        if (source < 0)
        {
            return;
        }

        var disclosure = scan.Disclosure;
        if (disclosure < 0 || disclosure < source)
        {
            return;
        }

        var sourceToken = syntax.Tokens[source];
        var disclosureToken = syntax.Tokens[disclosure];
        var sourceText = context.Text.ToString(sourceToken.Span);
        var disclosureText = context.Text.ToString(disclosureToken.Span);
        var fix = CodeFix.Safe(
            $"{disclosureText} と {sourceText} を入れ替える",
            TextEdit.Replace(sourceToken.Span, disclosureText),
            TextEdit.Replace(disclosureToken.Span, sourceText));
        context.ReportDiagnostic(Diagnostic.Create(
            Rule,
            sourceToken.Span,
            [fix],
            syntax.GetValue(sourceToken),
            syntax.GetValue(disclosureToken),
            reference));
    }
}
