using System.Collections.Immutable;
using PostLint.Analysis;
using PostLint.Diagnostics;
using PostLint.Rules.Infrastructure;

namespace PostLint.Rules.Disclosure;

/// <summary>
/// PL1009: the post has a disclosure tag and, instead of the source tag, a variant of it
/// (<c>#PR #石巻</c>, <c>#PR #いしのまき</c>, <c>#PR #Ishinomaki</c>). 石巻市ガイドライン 5(1)ア names the
/// source as <c>#石巻市</c>; a variant does not state the city as the source. The variants come
/// from the profile (<c>disclosure.sourceTagVariants</c>). Reported on the first variant, only
/// when the source is named nowhere else (see <see cref="PL1005DisclosureWithoutSource"/>).
/// Unsafe fix: replace the variant with the source tag.
/// </summary>
public sealed class PL1009SourceTagVariant : PostAnalyzer
{
    /// <summary>The rule id, <c>PL1009</c>: how configuration (<c>rules</c>, front matter <c>ignore</c>), baselines and reports name this rule.</summary>
    public const string DiagnosticId = "PL1009";

    /// <summary>
    /// The descriptor of PL1009 ("Source tag variant instead of source tag"): a warning by default. Profiles and the
    /// <c>rules</c> and <c>categories</c> settings change its severity; findings carry its id (<see cref="Diagnostic.Id"/>).
    /// </summary>
    public static readonly DiagnosticDescriptor Rule = new(
        DiagnosticId,
        "Source tag variant instead of source tag",
        "「{0}」は情報元タグ「{1}」の別表記です。関係タグと組にする情報元は「{1}」と記載してください（{2}）",
        DiagnosticCategory.Disclosure,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "The disclosure pair names the source with the profile's source tag (#石巻市); a variant (#石巻, #いしのまき, #Ishinomaki) does not say that the city is the source.",
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
            return;
        }

        var reference = ClauseText.For(context.Options, Rule);
        context.RegisterPostAction(post => Analyze(post, vocabulary, reference));
    }

    private static void Analyze(PostAnalysisContext context, DisclosureVocabulary vocabulary, string reference)
    {
        var syntax = context.Syntax;
        var scan = DisclosureScan.Scan(context, vocabulary);
        if (scan.Variant < 0 || !PL1005DisclosureWithoutSource.IsSourceMissing(context, scan, vocabulary))
        {
            return;
        }

        var variant = syntax.Tokens[scan.Variant];
        var source = vocabulary.CanonicalSourceTag;
        var fix = CodeFix.Unsafe($"{context.Text.ToString(variant.Span)} を {source} に置き換える", TextEdit.Replace(variant.Span, source));
        context.ReportDiagnostic(Diagnostic.Create(Rule, variant.Span, [fix], context.Text.ToString(variant.Span), source, reference));
    }
}
