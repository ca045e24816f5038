using PostLint.Diagnostics;

namespace PostLint.Rules.Content;

/// <summary>
/// PL3006: political or religious content — partisan appeals (〇〇党に投票を, 〇〇候補に清き一票を,
/// 政権打倒) and proselytising (布教, 入信のご案内). Neutral election information is not reported:
/// the lexicon's entries need a party or candidate before the appeal, and 投票日, 期日前投票,
/// 投票所 and 選挙管理委員会 in the same sentence cancel a match. Shrine and temple tourism
/// (参拝, 御朱印, 例大祭) is not in the lexicon at all. Words from <c>Data/Lexicons/political.tsv</c>.
/// </summary>
public sealed class PL3006PoliticalOrReligious : ContentRule
{
    /// <summary>The rule id, <c>PL3006</c>: how configuration (<c>rules</c>, front matter <c>ignore</c>), baselines and reports name this rule.</summary>
    public const string DiagnosticId = "PL3006";

    /// <summary>
    /// The descriptor of PL3006 ("Political or religious content"): a suggestion by default. Profiles and the
    /// <c>rules</c> and <c>categories</c> settings change its severity; findings carry its id (<see cref="Diagnostic.Id"/>).
    /// </summary>
    public static readonly DiagnosticDescriptor Rule = new(
        DiagnosticId,
        "Political or religious content",
        "「{0}」は特定の政党・候補者・宗教を支持又は勧誘する表現にあたるおそれがあります。公平・中立な発信にしてください（{1}）",
        DiagnosticCategory.Content,
        DiagnosticSeverity.Info,
        isEnabledByDefault: true,
        description: "Partisan appeals and proselytising. Neutral election information (投票日, 期日前投票, 選挙管理委員会のお知らせ) and shrine or temple tourism are not reported. 美祢市 forbids 宗教性、政治性のあるもの (第4.4(4)イ); elsewhere this is practice (上越市 【前提となる考え方】 公平・中立性).",
        references: ["美祢市運用方針 第4.4(4)イ"]);

    /// <inheritdoc/>
    protected override DiagnosticDescriptor Descriptor => Rule;

    /// <inheritdoc/>
    protected override string LexiconName => "political";
}
