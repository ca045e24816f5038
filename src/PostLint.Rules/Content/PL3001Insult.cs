using PostLint.Diagnostics;

namespace PostLint.Rules.Content;

/// <summary>
/// PL3001: Words that insult or defame a person or group (バカ, 死ね, 税金泥棒 …). Awareness posts that quote them next to 防止, 撲滅, 啓発 or 相談 in the same sentence are not reported. Words from <c>Data/Lexicons/insult.tsv</c>.
/// </summary>
public sealed class PL3001Insult : ContentRule
{
    /// <summary>The rule id, <c>PL3001</c>: how configuration (<c>rules</c>, front matter <c>ignore</c>), baselines and reports name this rule.</summary>
    public const string DiagnosticId = "PL3001";

    /// <summary>
    /// The descriptor of PL3001 ("Insult or defamation"): an error by default. Profiles and the
    /// <c>rules</c> and <c>categories</c> settings change its severity; findings carry its id (<see cref="Diagnostic.Id"/>).
    /// </summary>
    public static readonly DiagnosticDescriptor Rule = new(
        DiagnosticId,
        "Insult or defamation",
        "「{0}」は他者を侮辱する表現にあたるおそれがあります。発信してはならない情報です（{1}）",
        DiagnosticCategory.Content,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "Words that insult or defame a person or group (バカ, 死ね, 税金泥棒 …). Awareness posts that quote them next to 防止, 撲滅, 啓発 or 相談 in the same sentence are not reported.",
        references: ["石巻市ソーシャルメディアガイドライン 4(6)"]);

    /// <inheritdoc/>
    protected override DiagnosticDescriptor Descriptor => Rule;

    /// <inheritdoc/>
    protected override string LexiconName => "insult";
}
