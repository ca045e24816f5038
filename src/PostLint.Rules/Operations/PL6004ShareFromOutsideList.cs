using System.Collections.Frozen;
using System.Collections.Immutable;
using PostLint.Analysis;
using PostLint.Diagnostics;
using PostLint.Model;
using PostLint.Rules.Infrastructure;

namespace PostLint.Rules.Operations;

/// <summary>
/// PL6004 (audit only): the account shared (reposted, retweeted, quoted) a post of an account that
/// is not in <c>operations.shareFrom</c>. 美祢市運用方針 第4.2(4) lists what may be shared (公共機関,
/// 市の関係団体 …); 上越市ガイドライン 6(1)② 留意事項 asks not to quote third-party accounts other than
/// trusted ones. Runs only where <c>operations.shareFrom</c> is configured (setting it turns the rule
/// on, as a suggestion); sharing the account's own post is not reported.
/// </summary>
public sealed class PL6004ShareFromOutsideList : PostAnalyzer
{
    /// <summary>The rule id, <c>PL6004</c>: how configuration (<c>rules</c>, front matter <c>ignore</c>), baselines and reports name this rule.</summary>
    public const string DiagnosticId = "PL6004";

    /// <summary>
    /// The descriptor of PL6004 ("Share from an account outside operations.shareFrom"): a suggestion by default, off unless a profile or the configuration turns it on. Profiles and the
    /// <c>rules</c> and <c>categories</c> settings change its severity; findings carry its id (<see cref="Diagnostic.Id"/>).
    /// </summary>
    public static readonly DiagnosticDescriptor Rule = new(
        DiagnosticId,
        "Share from an account outside operations.shareFrom",
        "@{0} の投稿を共有しています。共有してよい発信元（operations.shareFrom）に含まれないアカウントです（{1}）",
        DiagnosticCategory.Operations,
        DiagnosticSeverity.Info,
        isEnabledByDefault: false,
        description: "Audits only: a share (repost, retweet or quote) of a post from an account that is not listed in operations.shareFrom. Runs only where operations.shareFrom is configured. X archives name the retweeted account (RT @name: or retweeted_status); JSON Lines records give repostOf.",
        references: ["美祢市運用方針 第4.2(4)"]);

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    /// <summary>Reads <c>operations</c> (<see cref="OperationsOptions"/>).</summary>
    public override ImmutableArray<Configuration.OptionSection> OptionSections { get; } = [OperationsOptions.Section];

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        if (context.Options.Get(OperationsOptions.Section).ShareFrom.IsEmpty)
        {
            // Nothing to judge against: the rule runs only where the allowed sources are listed.
            return;
        }

        var allowed = context.Options.Get(OperationsOptions.Section).ShareFrom.ToFrozenSet(AccountNames.Comparer);
        var clause = ClauseText.For(context.Options, Rule);
        context.RegisterAccountAction(account => Analyze(account, allowed, clause));
    }

    private static void Analyze(AccountAnalysisContext context, FrozenSet<string> allowed, string clause)
    {
        var post = context.Post;
        if (post.RepostOf is not { } source || allowed.Contains(source) || AccountNames.Same(source, post.Account))
        {
            return;
        }

        context.ReportDiagnostic(Diagnostic.Create(Rule, AccountAudit.FirstLine(post), source, clause));
    }
}
