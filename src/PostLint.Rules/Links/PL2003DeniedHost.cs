using System.Collections.Immutable;
using PostLint.Analysis;
using PostLint.Diagnostics;
using PostLint.Rules.Infrastructure;
using PostLint.Syntax;

namespace PostLint.Rules.Links;

/// <summary>
/// PL2003: a link to a denied host — <c>links.deny</c> from configuration, and the adult top-level
/// domains <c>.xxx .adult .porn .sex</c> (<c>Data/Lists/denied-hosts.txt</c>). 石巻市ガイドライン
/// 4(6) and 上越市ガイドライン 5(5) forbid 「わいせつな内容を含むホームページへのリンク」.
/// Display fix: remove the link. In exports the expanded URL is judged.
/// </summary>
public sealed class PL2003DeniedHost : PostAnalyzer
{
    /// <summary>The rule id, <c>PL2003</c>: how configuration (<c>rules</c>, front matter <c>ignore</c>), baselines and reports name this rule.</summary>
    public const string DiagnosticId = "PL2003";

    /// <summary>
    /// The descriptor of PL2003 ("Link to a denied host"): an error by default. Profiles and the
    /// <c>rules</c> and <c>categories</c> settings change its severity; findings carry its id (<see cref="Diagnostic.Id"/>).
    /// </summary>
    public static readonly DiagnosticDescriptor Rule = new(
        DiagnosticId,
        "Link to a denied host",
        "{0} は{1}へのリンクです。わいせつな内容を含むホームページ等、掲載してはならないリンクは削除してください（{2}）",
        DiagnosticCategory.Links,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "Links to hosts the configuration denies (links.deny) and to the adult top-level domains .xxx, .adult, .porn and .sex must not be posted: the guidelines forbid links to obscene pages.",
        references: ["石巻市ソーシャルメディアガイドライン 4(6)", "上越市ソーシャルメディアガイドライン 5(5)"]);

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    /// <summary>Reads <c>links</c> (<see cref="LinkOptions"/>).</summary>
    public override ImmutableArray<Configuration.OptionSection> OptionSections { get; } = [LinkOptions.Section];

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var denied = LinkLists.Denied(context.Options);
        if (denied.IsEmpty)
        {
            return;
        }

        var clause = ClauseText.For(context.Options, Rule);
        context.RegisterSyntaxAction(url => Analyze(url, denied, clause), SyntaxKind.Url);
    }

    private static void Analyze(SyntaxAnalysisContext context, HostList denied, string clause)
    {
        var target = LinkTarget.For(context);
        var pattern = denied.Match(target.Host);
        if (pattern is null)
        {
            return;
        }

        var reason = LinkLists.IsBuiltInDenied(pattern)
            ? $"成人向けのトップレベルドメイン（{pattern.Text}）"
            : $"設定で禁止されたリンク先（links.deny: {pattern.Text}）";
        var shown = target.Describe(context.TokenText);
        var fix = CodeFix.Display("リンクを削除する", TextEdit.Delete(context.Token.Span));
        context.ReportDiagnostic(Diagnostic.Create(Rule, context.Token.Span, [fix], shown, reason, clause));
    }
}
