using System.Collections.Immutable;
using PostLint.Analysis;
using PostLint.Diagnostics;
using PostLint.Rules.Infrastructure;

namespace PostLint.Rules.Disclosure;

/// <summary>
/// PL1002: the disclosure + source pair is not at the head of the hashtags (<c>#牡蠣 #PR #石巻市</c>,
/// <c>#PR #牡蠣 #石巻市</c>). 石巻市ガイドライン 5(1)イ: 複数のハッシュタグとともに用いる場合、アは必ず先頭に記載する.
/// Without configured source tags: the disclosure tag is not the first hashtag. When the source tag
/// comes before the disclosure tag that is PL1001, not this rule.
/// Safe fix: move the pair (each tag as written) in front of the first hashtag.
/// </summary>
public sealed class PL1002DisclosurePairNotFirst : PostAnalyzer
{
    /// <summary>The rule id, <c>PL1002</c>: how configuration (<c>rules</c>, front matter <c>ignore</c>), baselines and reports name this rule.</summary>
    public const string DiagnosticId = "PL1002";

    /// <summary>
    /// The descriptor of PL1002 ("Disclosure pair not at the head of the hashtags"): a warning by default. Profiles and the
    /// <c>rules</c> and <c>categories</c> settings change its severity; findings carry its id (<see cref="Diagnostic.Id"/>).
    /// </summary>
    public static readonly DiagnosticDescriptor Rule = new(
        DiagnosticId,
        "Disclosure pair not at the head of the hashtags",
        "「{0}」がハッシュタグの先頭にありません。複数のハッシュタグとともに用いる場合、関係タグ（と情報元タグ）は必ず先頭に記載してください（{1}）",
        DiagnosticCategory.Disclosure,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "When a post carries other hashtags too, the disclosure tag and the source tag (#PR #石巻市) must be the first of them, so that the disclosure is not buried among the hashtags.",
        references: ["石巻市ソーシャルメディアガイドライン 5(1)イ", "ステマ告示 運用基準"]);

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    /// <inheritdoc/>
    public override ImmutableArray<Configuration.OptionSection> OptionSections { get; } = [DisclosureOptions.Section];

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        var vocabulary = DisclosureVocabulary.For(context.Options);
        var reference = ClauseText.For(context.Options, Rule);
        context.RegisterPostAction(post => Analyze(post, vocabulary, reference));
    }

    private static void Analyze(PostAnalysisContext context, DisclosureVocabulary vocabulary, string reference)
    {
        var syntax = context.Syntax;
        var scan = DisclosureScan.Scan(context, vocabulary);
        if (!scan.HasDisclosure)
        {
            return;
        }

        var disclosure = scan.Disclosure;
        var firstHashtag = scan.FirstHashtag;
        if (!vocabulary.HasSourceTags)
        {
            if (firstHashtag != disclosure)
            {
                Report(context, disclosure, source: -1, firstHashtag, group: false, reference);
            }

            return;
        }

        var source = scan.Source;
        if (source < 0 || source < disclosure)
        {
            // No pair, or the wrong order (PL1001).
            return;
        }

        // Disclosure tags in a row form one group with the source tag (#PR #広告 #石巻市).
        var group = NoOtherHashtagBetween(syntax, vocabulary, disclosure, source);
        if (firstHashtag != disclosure || !group)
        {
            Report(context, disclosure, source, firstHashtag, group, reference);
        }
    }

    /// <summary>True when no hashtag other than a disclosure tag lies between tokens <paramref name="first"/> and <paramref name="last"/>.</summary>
    private static bool NoOtherHashtagBetween(Syntax.PostSyntax syntax, DisclosureVocabulary vocabulary, int first, int last)
    {
        var tokens = syntax.Tokens;
        for (var i = first + 1; i < last; i++)
        {
            if (tokens[i].Kind == Syntax.SyntaxKind.Hashtag && vocabulary.Classify(syntax.GetValueSpan(tokens[i])) != HashtagRole.Disclosure)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The disclosure tags from <paramref name="first"/> and the source tag <paramref name="last"/> as
    /// one piece (「#PR #広告 #石巻市」) when only spaces and disclosure tags lie between them, else null.
    /// </summary>
    private static string? GroupText(PostAnalysisContext context, int first, int last)
    {
        var syntax = context.Syntax;
        var tokens = syntax.Tokens;
        var group = new System.Text.StringBuilder();
        for (var i = first; i <= last; i++)
        {
            switch (tokens[i].Kind)
            {
                case Syntax.SyntaxKind.Whitespace:
                    continue;
                case Syntax.SyntaxKind.Hashtag:
                    group.Append(group.Length == 0 ? string.Empty : " ").Append(context.Text.ToString(tokens[i].Span));
                    continue;
                default:
                    return null;
            }
        }

        return group.ToString();
    }

    private static void Report(PostAnalysisContext context, int disclosure, int source, int firstHashtag, bool group, string reference)
    {
        var syntax = context.Syntax;
        var tokens = syntax.Tokens;
        var disclosureText = context.Text.ToString(tokens[disclosure].Span);
        var groupText = source >= 0 && group ? GroupText(context, disclosure, source) : null;
        var pair = source < 0 ? disclosureText : groupText ?? disclosureText + " " + context.Text.ToString(tokens[source].Span);
        ImmutableArray<TextEdit> edits;
        if (source >= 0 && firstHashtag == disclosure)
        {
            // The disclosure tag already leads: bring the source tag up behind it.
            edits =
            [
                TextEdit.Insert(tokens[disclosure].Span.End, " " + context.Text.ToString(tokens[source].Span)),
                TextEdit.Delete(DisclosureRuleHelpers.RemovalSpan(syntax, source, source)),
            ];
        }
        else if (source >= 0 && groupText is null)
        {
            edits =
            [
                TextEdit.Insert(tokens[firstHashtag].Span.Start, pair + " "),
                TextEdit.Delete(DisclosureRuleHelpers.RemovalSpan(syntax, disclosure, disclosure)),
                TextEdit.Delete(DisclosureRuleHelpers.RemovalSpan(syntax, source, source)),
            ];
        }
        else
        {
            // The pair (or the lone disclosure tag) moves as one piece; deleting each tag with its
            // own spaces would delete the spaces between them twice.
            edits =
            [
                TextEdit.Insert(tokens[firstHashtag].Span.Start, pair + " "),
                TextEdit.Delete(DisclosureRuleHelpers.RemovalSpan(syntax, disclosure, source < 0 ? disclosure : source)),
            ];
        }

        var fix = new CodeFix($"{pair} をハッシュタグの先頭に移動する", FixApplicability.Safe, edits);
        context.ReportDiagnostic(Diagnostic.Create(Rule, tokens[disclosure].Span, [fix], pair, reference));
    }
}
