using PostLint.Analysis;
using PostLint.Diagnostics;
using PostLint.Lexicons;

namespace PostLint.Rules.Content;

/// <summary>
/// PL3004: rumour and unfounded information — hedges that pass on what one heard (噂では, 未確認ですが,
/// という話を聞きました) and hearsay 「らしい」 after a verb, adjective or auxiliary (辞任するらしい).
/// The adjective-forming 「〜らしい」 after a noun (春らしい, 石巻らしい) is not hearsay; with a
/// dictionary the part of speech before it decides, without one the character before must be
/// hiragana (a conjugated ending). 「拡散希望」 alone is not a rumour — cities ask people to spread
/// official warnings — but beside a hedge the message says the post asks to spread it.
/// Words from <c>Data/Lexicons/rumour.tsv</c>.
/// </summary>
public sealed class PL3004Rumour : ContentRule
{
    /// <summary>The rule id, <c>PL3004</c>: how configuration (<c>rules</c>, front matter <c>ignore</c>), baselines and reports name this rule.</summary>
    public const string DiagnosticId = "PL3004";

    /// <summary>
    /// The descriptor of PL3004 ("Rumour or unfounded information"): a warning by default. Profiles and the
    /// <c>rules</c> and <c>categories</c> settings change its severity; findings carry its id (<see cref="Diagnostic.Id"/>).
    /// </summary>
    public static readonly DiagnosticDescriptor Rule = new(
        DiagnosticId,
        "Rumour or unfounded information",
        "「{0}」は噂や根拠のない情報を伝える表現です{2}。確認した事実だけを発信してください（{1}）",
        DiagnosticCategory.Content,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "Hedges that pass on hearsay (噂では, 未確認ですが, という話を聞きました, hearsay らしい). 拡散希望 alone is not reported; beside a hedge the message notes that the post asks readers to spread it.",
        references: ["石巻市ソーシャルメディアガイドライン 4(6)"]);

    /// <summary>Calls to spread a post: not a rumour alone, named in the message beside a hedge.</summary>
    private static readonly string[] SpreadRequests = ["拡散希望", "拡散お願い", "拡散して", "拡散願い", "拡散を"];

    /// <inheritdoc/>
    protected override DiagnosticDescriptor Descriptor => Rule;

    /// <inheritdoc/>
    protected override string LexiconName => "rumour";

    /// <inheritdoc/>
    protected override string Note(in LexiconMatchContext context)
    {
        var text = context.Text.AsSpan();
        foreach (var request in SpreadRequests)
        {
            if (LexiconText.ContainsFolded(text, request))
            {
                return "。しかも「" + request + "」と拡散を呼びかけています";
            }
        }

        return string.Empty;
    }
}
