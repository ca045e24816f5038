using System.Collections.Immutable;
using PostLint.Analysis;
using PostLint.Diagnostics;
using PostLint.Syntax;

namespace PostLint.Rules.Links;

/// <summary>
/// PL2001: a link on a URL-shortener host (<c>bit.ly</c>, <c>tinyurl.com</c>, <c>t.co</c>,
/// <c>lin.ee</c>, <c>forms.gle</c>, …, and <c>links.shorteners</c>). 上越市ガイドライン 6(1)② 留意事項:
/// 「URL短縮サービス」の利用は、原則として行わないでください — a short link hides where it leads, so
/// readers cannot tell an official page from another. Matched by host suffix at a label boundary,
/// with or without protocol, case-insensitive, IDN as punycode. In platform exports the expanded
/// URL (<see cref="Post.Links"/>) is judged, not the platform's own wrapper. Display fix only: the
/// original URL is not in the post.
/// </summary>
public sealed class PL2001UrlShortener : PostAnalyzer
{
    public const string DiagnosticId = "PL2001";

    public static readonly DiagnosticDescriptor Rule = new(
        DiagnosticId,
        "URL shortener link",
        "{0} は URL短縮サービス（{1}）のリンクです。短縮URLではなく元のURLを記載してください（{2}）",
        DiagnosticCategory.Links,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "A shortened link hides its destination: readers cannot see whether it leads to an official page, and the link breaks when the service stops. Link the full URL instead. Platform wrappers in exports (t.co) are judged by the URL they expand to.",
        references: ["上越市ソーシャルメディアガイドライン 6(1)② 留意事項"]);

    /// <summary>The advice shown with every finding.</summary>
    public const string FixTitle = "短縮URLではなく元のURLを記載してください";

    private static readonly ImmutableArray<CodeFix> Fixes = [CodeFix.Display(FixTitle)];

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    public override void Initialize(AnalysisContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var shorteners = LinkLists.Shorteners(context.Options);
        var clause = ClauseText.For(context.Options, Rule);
        context.RegisterSyntaxAction(url => Analyze(url, shorteners, clause), SyntaxKind.Url);
    }

    private static void Analyze(SyntaxAnalysisContext context, HostList shorteners, string clause)
    {
        var target = LinkTarget.For(context);
        var shortener = shorteners.Match(target.Host);
        if (shortener is null)
        {
            return;
        }

        var shown = target.Describe(context.TokenText);
        context.ReportDiagnostic(Diagnostic.Create(Rule, context.Token.Span, Fixes, shown, shortener.Text, clause));
    }
}
