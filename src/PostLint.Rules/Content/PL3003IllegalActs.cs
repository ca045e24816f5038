using PostLint.Diagnostics;

namespace PostLint.Rules.Content;

/// <summary>
/// PL3003: Drugs, fraud, shoplifting, drunk driving and other illegal acts named without a warning: awareness campaigns (薬物乱用防止, 特殊詐欺に注意, 飲酒運転根絶) are not reported. Words from <c>Data/Lexicons/illegal.tsv</c>.
/// </summary>
public sealed class PL3003IllegalActs : ContentRule
{
    public const string DiagnosticId = "PL3003";

    public static readonly DiagnosticDescriptor Rule = new(
        DiagnosticId,
        "Illegal acts or incitement",
        "「{0}」は違法行為又は違法行為をあおる情報にあたるおそれがあります。発信してはならない情報です（{1}）",
        DiagnosticCategory.Content,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "Drugs, fraud, shoplifting, drunk driving and other illegal acts named without a warning: awareness campaigns (薬物乱用防止, 特殊詐欺に注意, 飲酒運転根絶) are not reported.",
        references: ["石巻市ソーシャルメディアガイドライン 4(6)"]);

    protected override DiagnosticDescriptor Descriptor => Rule;

    protected override string LexiconName => "illegal";
}
