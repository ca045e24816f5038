using PostLint.Diagnostics;

namespace PostLint.Rules.Content;

/// <summary>
/// PL3003: Drugs, fraud, shoplifting, drunk driving and other illegal acts named without a warning: awareness campaigns (薬物乱用防止, 特殊詐欺に注意, 飲酒運転根絶) are not reported. Words from <c>Data/Lexicons/illegal.tsv</c>.
/// </summary>
public sealed class PL3003IllegalActs : ContentRule
{
    /// <summary>The rule id, <c>PL3003</c>: how configuration (<c>rules</c>, front matter <c>ignore</c>), baselines and reports name this rule.</summary>
    public const string DiagnosticId = "PL3003";

    /// <summary>
    /// The descriptor of PL3003 ("Illegal acts or incitement"): an error by default. Profiles and the
    /// <c>rules</c> and <c>categories</c> settings change its severity; findings carry its id (<see cref="Diagnostic.Id"/>).
    /// </summary>
    public static readonly DiagnosticDescriptor Rule = new(
        DiagnosticId,
        "Illegal acts or incitement",
        "「{0}」は違法行為又は違法行為をあおる情報にあたるおそれがあります。発信してはならない情報です（{1}）",
        DiagnosticCategory.Content,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "Drugs, fraud, shoplifting, drunk driving and other illegal acts named without a warning: awareness campaigns (薬物乱用防止, 特殊詐欺に注意, 飲酒運転根絶) are not reported.",
        references: ["石巻市ソーシャルメディアガイドライン 4(6)"]);

    /// <inheritdoc/>
    protected override DiagnosticDescriptor Descriptor => Rule;

    /// <inheritdoc/>
    protected override string LexiconName => "illegal";
}
