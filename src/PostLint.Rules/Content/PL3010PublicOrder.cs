using PostLint.Diagnostics;

namespace PostLint.Rules.Content;

/// <summary>
/// PL3010: Violence (殺す, 殴れ), gambling promotion (オンラインカジノ) and self-harm (死にたい). Suicide-prevention and anti-gambling campaigns that name 相談, 予防 or 違法 in the same sentence are not reported. Words from <c>Data/Lexicons/public-order.tsv</c>.
/// </summary>
public sealed class PL3010PublicOrder : ContentRule
{
    public const string DiagnosticId = "PL3010";

    public static readonly DiagnosticDescriptor Rule = new(
        DiagnosticId,
        "Content against public order and morals",
        "「{0}」は公序良俗に反する表現（暴力、賭博、自傷など）にあたるおそれがあります（{1}）",
        DiagnosticCategory.Content,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "Violence (殺す, 殴れ), gambling promotion (オンラインカジノ) and self-harm (死にたい). Suicide-prevention and anti-gambling campaigns that name 相談, 予防 or 違法 in the same sentence are not reported.",
        references: ["石巻市ソーシャルメディアガイドライン 4(6)"]);

    protected override DiagnosticDescriptor Descriptor => Rule;

    protected override string LexiconName => "public-order";
}
