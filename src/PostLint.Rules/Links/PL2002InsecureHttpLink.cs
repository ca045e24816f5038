using System.Collections.Immutable;
using PostLint.Analysis;
using PostLint.Diagnostics;
using PostLint.Rules.Infrastructure;
using PostLint.Syntax;
using PostLint.Text;

namespace PostLint.Rules.Links;

/// <summary>
/// PL2002: a link written with <c>http://</c>. Pages reached over plain HTTP can be altered on the
/// way, and browsers mark them 「保護されていない通信」; official posts should link the
/// <c>https://</c> form. Display fix: the same link with <c>https://</c> (never applied — the
/// site may not serve HTTPS, so a person checks). In exports the expanded URL is judged.
/// </summary>
public sealed class PL2002InsecureHttpLink : PostAnalyzer
{
    /// <summary>The rule id, <c>PL2002</c>: how configuration (<c>rules</c>, front matter <c>ignore</c>), baselines and reports name this rule.</summary>
    public const string DiagnosticId = "PL2002";

    private const string Http = "http://";

    /// <summary>
    /// The descriptor of PL2002 ("Link uses http instead of https"): a suggestion by default. Profiles and the
    /// <c>rules</c> and <c>categories</c> settings change its severity; findings carry its id (<see cref="Diagnostic.Id"/>).
    /// </summary>
    public static readonly DiagnosticDescriptor Rule = new(
        DiagnosticId,
        "Link uses http instead of https",
        "{0} は暗号化されない http:// のリンクです。https:// のURLを記載してください（{1}）",
        DiagnosticCategory.Links,
        DiagnosticSeverity.Info,
        isEnabledByDefault: true,
        description: "Plain-HTTP pages can be tampered with in transit and browsers flag them as not secure. Link the https:// form of the page after checking that the site serves it.",
        references: ["上越市ソーシャルメディアガイドライン 5(6)"]);

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var clause = ClauseText.For(context.Options, Rule);
        context.RegisterSyntaxAction(url => Analyze(url, clause), SyntaxKind.Url);
    }

    private static void Analyze(SyntaxAnalysisContext context, string clause)
    {
        var target = LinkTarget.For(context);
        if (!target.HasProtocol || target.IsHttps)
        {
            return;
        }

        var token = context.Token;
        var https = "https://" + target.Url[Http.Length..].ToString();
        // Written by hand: replace just the scheme. Expanded from a wrapper: the wrapper is what the
        // post shows, so the advice replaces the whole link with the https form of its target.
        var edit = target.IsExpanded
            ? TextEdit.Replace(token.Span, https)
            : TextEdit.Replace(new TextSpan(token.Span.Start, Http.Length), "https://");
        var fix = CodeFix.Display($"{https} と記載する", edit);
        var shown = target.Describe(context.TokenText);
        context.ReportDiagnostic(Diagnostic.Create(Rule, token.Span, [fix], shown, clause));
    }
}
