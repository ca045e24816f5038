using PostLint.Analysis;
using PostLint.Diagnostics;
using PostLint.Lexicons;
using PostLint.Rules.Infrastructure;

namespace PostLint.Rules.Content;

/// <summary>
/// PL3009: a specific business or product praised without fairness — a superlative (No.1, 一番おいしい,
/// 日本一, 最高の) in a sentence that names a business or product: with a dictionary an organisation
/// name (名詞,固有名詞,組織), or, with or without one, a word that marks a business
/// (<c>Data/Lists/business-markers.txt</c>: 店, 亭, 商店, 株式会社, 旅館 …; 屋, 堂, 荘 only inside a 「quoted
/// name」 or 『quoted name』), in that sentence or the next. A superlative about the
/// town, a view or a local food in general (日本一の桜, 一番おいしい牡蠣) is not reported.
/// Words from <c>Data/Lexicons/superlative.tsv</c>.
/// </summary>
public sealed class PL3009UnfairProductPraise : ContentRule
{
    /// <summary>The rule id, <c>PL3009</c>: how configuration (<c>rules</c>, front matter <c>ignore</c>), baselines and reports name this rule.</summary>
    public const string DiagnosticId = "PL3009";

    /// <summary>
    /// The descriptor of PL3009 ("Specific business or product praised without fairness"): a suggestion by default. Profiles and the
    /// <c>rules</c> and <c>categories</c> settings change its severity; findings carry its id (<see cref="Diagnostic.Id"/>).
    /// </summary>
    public static readonly DiagnosticDescriptor Rule = new(
        DiagnosticId,
        "Specific business or product praised without fairness",
        "「{0}」で特定の店舗・商品を持ち上げています。特定の商品等を紹介するときは公平性に配慮してください（{1}）",
        DiagnosticCategory.Content,
        DiagnosticSeverity.Info,
        isEnabledByDefault: true,
        description: "A superlative attached to a named business or product in the same sentence. Superlatives about the town, a view or a food in general are not reported.",
        references: ["石巻市ソーシャルメディアガイドライン 4(8)"]);

    /// <summary>Words that mark a business anywhere in the sentence (店, 旅館, 株式会社 …).</summary>
    private static readonly string[] BusinessMarkers = [.. ReadMarkers().Where(static m => m[0] is not '!' and not '「').Select(LexiconText.Fold)];

    /// <summary>Words that contain a marker and name no business (商店街, 参加店舗): written <c>!商店街</c>.</summary>
    private static readonly string[] NotMarkers = [.. ReadMarkers().Where(static m => m[0] == '!').Select(static m => LexiconText.Fold(m[1..]))];

    /// <summary>
    /// Short suffixes that mark a business only at the end of a quoted name (「金華堂」, 「湯元あきよし荘」,
    /// 「麺屋秋吉」): written <c>「堂</c>. Alone in a sentence they are too common (屋上, 食堂 is a marker anyway).
    /// </summary>
    private static readonly string[] QuotedNameMarkers = [.. ReadMarkers().Where(static m => m[0] == '「').Select(static m => LexiconText.Fold(m[1..]))];

    /// <inheritdoc/>
    protected override DiagnosticDescriptor Descriptor => Rule;

    /// <inheritdoc/>
    protected override string LexiconName => "superlative";

    /// <inheritdoc/>
    protected override bool Accepts(in LexiconMatchContext context)
    {
        // The sentence and the one after it, within the matcher's reach: an advertisement often puts
        // the superlative in an exclamation and the name right after it (「市内No.1！「〇〇工房」なら安心」).
        var sentences = context.Sentences;
        var whole = context.Sentence;
        for (var i = 0; i < sentences.Length; i++)
        {
            if (sentences[i].Start == whole.Start && i + 1 < sentences.Length)
            {
                whole = PostLint.Text.TextSpan.FromBounds(whole.Start, sentences[i + 1].End);
                break;
            }
        }

        var sentence = PostLint.Text.TextSpan.FromBounds(
            Math.Max(whole.Start, context.Span.Start - LexiconMatcher.ContextReach),
            Math.Max(context.Span.End, Math.Min(whole.End, context.Span.End + LexiconMatcher.ContextReach)));
        var text = context.Text.AsSpan();
        if (context.HasMorphology)
        {
            // An organisation name; not a hashtag word such as #PR, which the dictionary takes for one.
            foreach (var morpheme in context.Morphemes)
            {
                if (morpheme.Span.Start >= sentence.Start && morpheme.Span.End <= sentence.End &&
                    !context.Span.Contains(morpheme.Span.Start) &&
                    morpheme.PartOfSpeechMatches("名詞,固有名詞,組織") &&
                    !(morpheme.Span.Start > 0 && text[morpheme.Span.Start - 1] is '#' or '＃'))
                {
                    return true;
                }
            }
        }

        var window = text[sentence.Start..sentence.End];
        foreach (var marker in BusinessMarkers)
        {
            for (var at = LexiconText.IndexOfFolded(window, marker, 0); at >= 0; at = LexiconText.IndexOfFolded(window, marker, at + 1))
            {
                if (!InsideNotMarker(window, at, marker.Length))
                {
                    return true;
                }
            }
        }

        return HasQuotedBusinessName(window);
    }

    private static bool InsideNotMarker(ReadOnlySpan<char> window, int at, int length)
    {
        foreach (var word in NotMarkers)
        {
            // A word shorter than the marker cannot contain it (各店 and 引越センター).
            if (word.Length < length)
            {
                continue;
            }

            var from = Math.Max(0, at - word.Length + length);
            var to = Math.Min(window.Length, at + word.Length);
            var found = LexiconText.IndexOfFolded(window[from..to], word, 0);
            if (found >= 0 && from + found <= at && from + found + word.Length >= at + length)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A 「…」 or 『…』 quoted name that ends with a business suffix (「金華堂」, 『麺処いぶき』) or holds one
    /// (「麺屋秋吉」): shops write their names in either bracket.
    /// </summary>
    private static bool HasQuotedBusinessName(ReadOnlySpan<char> window) =>
        HasQuotedBusinessName(window, '「', '」') || HasQuotedBusinessName(window, '『', '』');

    private static bool HasQuotedBusinessName(ReadOnlySpan<char> window, char open, char close)
    {
        var rest = window;
        while (rest.IndexOf(open) is var start && start >= 0)
        {
            rest = rest[(start + 1)..];
            var end = rest.IndexOf(close);
            if (end < 0)
            {
                return false;
            }

            foreach (var marker in QuotedNameMarkers)
            {
                if (LexiconText.ContainsFolded(rest[..end], marker))
                {
                    return true;
                }
            }

            rest = rest[(end + 1)..];
        }

        return false;
    }

    private static IEnumerable<string> ReadMarkers() => EmbeddedData.ReadList("Lists/business-markers.txt");
}
