using PostLint.Diagnostics;

namespace PostLint.Rules.Content;

/// <summary>
/// PL3010: Violence (殺す, 殴れ), gambling promotion (オンラインカジノ) and self-harm (死にたい). Suicide-prevention and anti-gambling campaigns that name 相談, 予防 or 違法 in the same sentence are not reported. Words from <c>Data/Lexicons/public-order.tsv</c>.
/// </summary>
public sealed class PL3010PublicOrder : ContentRule
{
    /// <summary>The rule id, <c>PL3010</c>: how configuration (<c>rules</c>, front matter <c>ignore</c>), baselines and reports name this rule.</summary>
    public const string DiagnosticId = "PL3010";

    /// <summary>
    /// The descriptor of PL3010 ("Content against public order and morals"): a warning by default. Profiles and the
    /// <c>rules</c> and <c>categories</c> settings change its severity; findings carry its id (<see cref="Diagnostic.Id"/>).
    /// </summary>
    public static readonly DiagnosticDescriptor Rule = new(
        DiagnosticId,
        "Content against public order and morals",
        "「{0}」は公序良俗に反する表現（暴力、賭博、自傷など）にあたるおそれがあります（{1}）",
        DiagnosticCategory.Content,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "Violence (殺す, 殴れ), gambling promotion (オンラインカジノ) and self-harm (死にたい). Suicide-prevention and anti-gambling campaigns that name 相談, 予防 or 違法 in the same sentence are not reported.",
        references: ["石巻市ソーシャルメディアガイドライン 4(6)"]);

    /// <inheritdoc/>
    protected override DiagnosticDescriptor Descriptor => Rule;

    /// <inheritdoc/>
    protected override string LexiconName => "public-order";
}
