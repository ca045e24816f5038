using System.Collections.Immutable;
using PostLint.Analysis;
using PostLint.Diagnostics;
using PostLint.Rules.Infrastructure;
using PostLint.Syntax;

namespace PostLint.Rules.Links;

/// <summary>
/// PL2004: a link to a host outside <c>links.trusted</c> (<c>*.lg.jp</c>, <c>*.go.jp</c>, the
/// city's own domains). 上越市ガイドライン 6(1)② 留意事項: 第三者が管理又は運用するページへのリンクの
/// 掲載は、信頼性のあるもの以外行わないでください. A suggestion to check the link: on in the
/// joetsu profile only. Links PL2001 reports (shorteners) and PL2003 reports (denied hosts) are
/// left to those rules, so one link gets one finding. Without a trusted list the rule is silent.
/// </summary>
public sealed class PL2004UntrustedHost : PostAnalyzer
{
    /// <summary>The rule id, <c>PL2004</c>: how configuration (<c>rules</c>, front matter <c>ignore</c>), baselines and reports name this rule.</summary>
    public const string DiagnosticId = "PL2004";

    /// <summary>
    /// The descriptor of PL2004 ("Link to a host outside the trusted list"): a suggestion by default, off unless a profile or the configuration turns it on. Profiles and the
    /// <c>rules</c> and <c>categories</c> settings change its severity; findings carry its id (<see cref="Diagnostic.Id"/>).
    /// </summary>
    public static readonly DiagnosticDescriptor Rule = new(
        DiagnosticId,
        "Link to a host outside the trusted list",
        "{0} は信頼できるリンク先（links.trusted）にないホスト {1} へのリンクです。第三者が管理するページへのリンクは、信頼性を確認したもの以外掲載しないでください（{2}）",
        DiagnosticCategory.Links,
        DiagnosticSeverity.Info,
        isEnabledByDefault: false,
        description: "Official posts link third-party pages only when they are trustworthy. Hosts listed in links.trusted (patterns such as *.lg.jp) are accepted; any other host is reported so that someone checks it, and can then be added to the list.",
        references: ["上越市ソーシャルメディアガイドライン 6(1)② 留意事項"]);

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    /// <summary>Reads <c>links</c> (<see cref="LinkOptions"/>).</summary>
    public override ImmutableArray<Configuration.OptionSection> OptionSections { get; } = [LinkOptions.Section];

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var trusted = LinkLists.Trusted(context.Options);
        if (trusted.IsEmpty)
        {
            return;
        }

        // A link PL2001 or PL2003 reports gets that finding, not this one as well; when those rules
        // are off, this rule is the only one that looks at such a link.
        var options = context.Options;
        var lists = new Lists(
            trusted,
            options.GetEffectiveSeverity(PL2001UrlShortener.Rule) is null ? null : LinkLists.Shorteners(options),
            options.GetEffectiveSeverity(PL2003DeniedHost.Rule) is null ? null : LinkLists.Denied(options));
        var clause = ClauseText.For(context.Options, Rule);
        context.RegisterSyntaxAction(url => Analyze(url, lists, clause), SyntaxKind.Url);
    }

    private static void Analyze(SyntaxAnalysisContext context, Lists lists, string clause)
    {
        var target = LinkTarget.For(context);
        var host = target.Host;
        if (host.IsEmpty || lists.Trusted.Contains(host) || lists.Shorteners?.Contains(host) == true || lists.Denied?.Contains(host) == true)
        {
            return;
        }

        var shown = target.Describe(context.TokenText);
        var hostText = host.ToString();
        var fix = CodeFix.Display($"リンク先を確認し、信頼できる場合は links.trusted に {hostText} を追加する");
        context.ReportDiagnostic(Diagnostic.Create(Rule, context.Token.Span, [fix], shown, hostText, clause));
    }

    private sealed record Lists(HostList Trusted, HostList? Shorteners, HostList? Denied);
}
