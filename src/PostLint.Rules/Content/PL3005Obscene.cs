using PostLint.Diagnostics;

namespace PostLint.Rules.Content;

/// <summary>
/// PL3005: Sexual and adult-industry words. Links to adult sites are PL2003. Words from <c>Data/Lexicons/obscene.tsv</c>.
/// </summary>
public sealed class PL3005Obscene : ContentRule
{
    public const string DiagnosticId = "PL3005";

    public static readonly DiagnosticDescriptor Rule = new(
        DiagnosticId,
        "Obscene content",
        "「{0}」はわいせつな表現にあたるおそれがあります。発信してはならない情報です（{1}）",
        DiagnosticCategory.Content,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "Sexual and adult-industry words. Links to adult sites are PL2003.",
        references: ["石巻市ソーシャルメディアガイドライン 4(6)"]);

    protected override DiagnosticDescriptor Descriptor => Rule;

    protected override string LexiconName => "obscene";
}
