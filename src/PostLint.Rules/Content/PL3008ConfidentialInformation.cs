using PostLint.Diagnostics;

namespace PostLint.Rules.Content;

/// <summary>
/// PL3008: Words that mark information as internal or undecided (内部資料, 部外秘, 取扱注意, 検討中の案, 未公表). A city posts only what it has decided to publish. Words from <c>Data/Lexicons/confidential.tsv</c>.
/// </summary>
public sealed class PL3008ConfidentialInformation : ContentRule
{
    /// <summary>The rule id, <c>PL3008</c>: how configuration (<c>rules</c>, front matter <c>ignore</c>), baselines and reports name this rule.</summary>
    public const string DiagnosticId = "PL3008";

    /// <summary>
    /// The descriptor of PL3008 ("Confidential or undecided information"): a warning by default. Profiles and the
    /// <c>rules</c> and <c>categories</c> settings change its severity; findings carry its id (<see cref="Diagnostic.Id"/>).
    /// </summary>
    public static readonly DiagnosticDescriptor Rule = new(
        DiagnosticId,
        "Confidential or undecided information",
        "「{0}」は機密情報又は意思形成過程の情報の発信にあたるおそれがあります。公表を前提とした情報か確認してください（{1}）",
        DiagnosticCategory.Content,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "Words that mark information as internal or undecided (内部資料, 部外秘, 取扱注意, 検討中の案, 未公表). A city posts only what it has decided to publish.",
        references: ["上越市ソーシャルメディアガイドライン 5(4)"]);

    /// <inheritdoc/>
    protected override DiagnosticDescriptor Descriptor => Rule;

    /// <inheritdoc/>
    protected override string LexiconName => "confidential";
}
