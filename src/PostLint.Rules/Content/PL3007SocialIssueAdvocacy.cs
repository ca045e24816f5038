using PostLint.Diagnostics;

namespace PostLint.Rules.Content;

/// <summary>
/// PL3007: Slogans that take one side of a contested social issue (原発反対, 改憲, 死刑廃止 …). Explanatory posts such as a 住民説明会 notice do not use these slogans. Words from <c>Data/Lexicons/social-issue.tsv</c>.
/// </summary>
public sealed class PL3007SocialIssueAdvocacy : ContentRule
{
    /// <summary>The rule id, <c>PL3007</c>: how configuration (<c>rules</c>, front matter <c>ignore</c>), baselines and reports name this rule.</summary>
    public const string DiagnosticId = "PL3007";

    /// <summary>
    /// The descriptor of PL3007 ("Advocacy of one side of a social issue"): a warning by default. Profiles and the
    /// <c>rules</c> and <c>categories</c> settings change its severity; findings carry its id (<see cref="Diagnostic.Id"/>).
    /// </summary>
    public static readonly DiagnosticDescriptor Rule = new(
        DiagnosticId,
        "Advocacy of one side of a social issue",
        "「{0}」は社会問題について特定の主義又は主張にあたるおそれがあります（{1}）",
        DiagnosticCategory.Content,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "Slogans that take one side of a contested social issue (原発反対, 改憲, 死刑廃止 …). Explanatory posts such as a 住民説明会 notice do not use these slogans.",
        references: ["美祢市運用方針 第4.4(4)オ"]);

    /// <inheritdoc/>
    protected override DiagnosticDescriptor Descriptor => Rule;

    /// <inheritdoc/>
    protected override string LexiconName => "social-issue";
}
