using PostLint.Diagnostics;

namespace PostLint.Rules.Content;

/// <summary>
/// PL3002: Slurs and wording that discriminate by race, origin, creed, disability or descent. Posts about human rights that name them next to 差別, 人権, 解消 or 啓発 in the same sentence are not reported. Words from <c>Data/Lexicons/discrimination.tsv</c>.
/// </summary>
public sealed class PL3002Discrimination : ContentRule
{
    /// <summary>The rule id, <c>PL3002</c>: how configuration (<c>rules</c>, front matter <c>ignore</c>), baselines and reports name this rule.</summary>
    public const string DiagnosticId = "PL3002";

    /// <summary>
    /// The descriptor of PL3002 ("Discrimination or wording that promotes it"): an error by default. Profiles and the
    /// <c>rules</c> and <c>categories</c> settings change its severity; findings carry its id (<see cref="Diagnostic.Id"/>).
    /// </summary>
    public static readonly DiagnosticDescriptor Rule = new(
        DiagnosticId,
        "Discrimination or wording that promotes it",
        "「{0}」は差別又は差別を助長させる表現にあたるおそれがあります。発信してはならない情報です（{1}）",
        DiagnosticCategory.Content,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "Slurs and wording that discriminate by race, origin, creed, disability or descent. Posts about human rights that name them next to 差別, 人権, 解消 or 啓発 in the same sentence are not reported.",
        references: ["石巻市ソーシャルメディアガイドライン 4(6)"]);

    /// <inheritdoc/>
    protected override DiagnosticDescriptor Descriptor => Rule;

    /// <inheritdoc/>
    protected override string LexiconName => "discrimination";
}
