using System.Collections.Immutable;
using PostLint.Analysis;
using PostLint.Diagnostics;
using PostLint.Rules.Infrastructure;

namespace PostLint.Rules.Disclosure;

/// <summary>
/// PL1005: a disclosure tag without the source tag (<c>#PR</c> alone): the post says it is an
/// advertisement but not whose. 石巻市ガイドライン 5: 発信する情報元が本市であること及び本市と情報発信者の
/// 関係性を…示す; 5(1)ア 関係タグ、発信する情報元(#石巻市)の順番で記載する. Not reported when the source
/// is written another way: a source-tag variant (PL1009), a fused tag (PL1003), an unrecognised
/// source hashtag (PL1006) or a statement naming the source (【PR】石巻市).
/// Only when source tags are configured. Unsafe fix: insert <c> #石巻市</c> right after the disclosure tag.
/// </summary>
public sealed class PL1005DisclosureWithoutSource : PostAnalyzer
{
    /// <summary>The rule id, <c>PL1005</c>: how configuration (<c>rules</c>, front matter <c>ignore</c>), baselines and reports name this rule.</summary>
    public const string DiagnosticId = "PL1005";

    /// <summary>
    /// The descriptor of PL1005 ("Disclosure tag without source tag"): a warning by default. Profiles and the
    /// <c>rules</c> and <c>categories</c> settings change its severity; findings carry its id (<see cref="Diagnostic.Id"/>).
    /// </summary>
    public static readonly DiagnosticDescriptor Rule = new(
        DiagnosticId,
        "Disclosure tag without source tag",
        "「{0}」はありますが、情報元タグ「{1}」がありません。関係タグの直後に「{1}」を記載して、誰の広告かを明示してください（{2}）",
        DiagnosticCategory.Disclosure,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "A disclosure tag alone tells readers that the post is an advertisement but not on whose behalf. Write the source tag (#石巻市) right after it.",
        references: ["石巻市ソーシャルメディアガイドライン 5(1)ア", "WOMJガイドライン 2023"]);

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
        if (!IsSourceMissing(context, scan, vocabulary) || scan.Variant >= 0)
        {
            return;
        }

        var disclosure = syntax.Tokens[scan.Disclosure];
        var source = vocabulary.CanonicalSourceTag;
        var fix = CodeFix.Unsafe($"{context.Text.ToString(disclosure.Span)} の直後に {source} を記載する", TextEdit.Insert(disclosure.Span.End, " " + source));
        context.ReportDiagnostic(Diagnostic.Create(Rule, disclosure.Span, [fix], context.Text.ToString(disclosure.Span), source, reference));
    }

    /// <summary>
    /// A disclosure tag is present and the source is named nowhere: no source tag (recognised or
    /// not), no fused tag, no statement naming the source. Shared with PL1009.
    /// </summary>
    internal static bool IsSourceMissing(PostAnalysisContext context, DisclosureScan scan, DisclosureVocabulary vocabulary) =>
        scan.HasDisclosure &&
        !scan.HasSourceAnywhere &&
        !scan.HasFused &&
        !DisclosureStatements.Find(context, vocabulary).HasStatement;
}
