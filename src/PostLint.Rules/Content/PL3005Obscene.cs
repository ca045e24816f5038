using PostLint.Diagnostics;

namespace PostLint.Rules.Content;

/// <summary>
/// PL3005: Sexual and adult-industry words. Links to adult sites are PL2003. Words from <c>Data/Lexicons/obscene.tsv</c>.
/// </summary>
public sealed class PL3005Obscene : ContentRule
{
    /// <summary>The rule id, <c>PL3005</c>: how configuration (<c>rules</c>, front matter <c>ignore</c>), baselines and reports name this rule.</summary>
    public const string DiagnosticId = "PL3005";

    /// <summary>
    /// The descriptor of PL3005 ("Obscene content"): an error by default. Profiles and the
    /// <c>rules</c> and <c>categories</c> settings change its severity; findings carry its id (<see cref="Diagnostic.Id"/>).
    /// </summary>
    public static readonly DiagnosticDescriptor Rule = new(
        DiagnosticId,
        "Obscene content",
        "「{0}」はわいせつな表現にあたるおそれがあります。発信してはならない情報です（{1}）",
        DiagnosticCategory.Content,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "Sexual and adult-industry words. Links to adult sites are PL2003.",
        references: ["石巻市ソーシャルメディアガイドライン 4(6)"]);

    /// <inheritdoc/>
    protected override DiagnosticDescriptor Descriptor => Rule;

    /// <inheritdoc/>
    protected override string LexiconName => "obscene";
}
