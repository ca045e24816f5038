using PostLint.Analysis;
using PostLint.Diagnostics;
using PostLint.Lexicons;

namespace PostLint.Rules.Content;

/// <summary>
/// PL3009: a specific business or product praised without fairness — a superlative (No.1, 一番おいしい,
/// 日本一, 最高の) in a sentence that names a business or product: with a dictionary an organisation
/// name (名詞,固有名詞,組織), or, with or without one, a word that marks a business
/// (<c>Data/Lists/business-markers.txt</c>: 店, 亭, 商店, 株式会社, 旅館 …). A superlative about the
/// town, a view or a local food in general (日本一の桜, 一番おいしい牡蠣) is not reported.
/// Words from <c>Data/Lexicons/superlative.tsv</c>.
/// </summary>
public sealed class PL3009UnfairProductPraise : ContentRule
{
    public const string DiagnosticId = "PL3009";

    public static readonly DiagnosticDescriptor Rule = new(
        DiagnosticId,
        "Specific business or product praised without fairness",
        "「{0}」で特定の店舗・商品を持ち上げています。特定の商品等を紹介するときは公平性に配慮してください（{1}）",
        DiagnosticCategory.Content,
        DiagnosticSeverity.Info,
        isEnabledByDefault: true,
        description: "A superlative attached to a named business or product in the same sentence. Superlatives about the town, a view or a food in general are not reported.",
        references: ["石巻市ソーシャルメディアガイドライン 4(8)"]);

    private static readonly string[] BusinessMarkers = [.. EmbeddedData.ReadList("Lists/business-markers.txt").Select(LexiconText.Fold)];

    protected override DiagnosticDescriptor Descriptor => Rule;

    protected override string LexiconName => "superlative";

    protected override bool Accepts(in LexiconMatchContext context)
    {
        // The sentence, within the matcher's reach: a post without sentence marks is one long sentence.
        var whole = context.Sentence;
        var sentence = PostLint.Text.TextSpan.FromBounds(
            Math.Max(whole.Start, context.Span.Start - LexiconMatcher.ContextReach),
            Math.Max(context.Span.End, Math.Min(whole.End, context.Span.End + LexiconMatcher.ContextReach)));
        if (context.HasMorphology)
        {
            var morphemes = context.Morphemes;
            for (var i = context.Match.MorphemeStart; i >= 0 && morphemes[i].Span.Start >= sentence.Start; i--)
            {
                if (morphemes[i].PartOfSpeechMatches("名詞,固有名詞,組織"))
                {
                    return true;
                }
            }

            for (var i = context.Match.MorphemeStart + 1; i < morphemes.Length && morphemes[i].Span.End <= sentence.End; i++)
            {
                if (morphemes[i].PartOfSpeechMatches("名詞,固有名詞,組織"))
                {
                    return true;
                }
            }
        }

        var text = context.Text.AsSpan(sentence);
        foreach (var marker in BusinessMarkers)
        {
            if (LexiconText.ContainsFolded(text, marker))
            {
                return true;
            }
        }

        return false;
    }
}
