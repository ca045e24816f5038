using System.Collections.Immutable;
using PostLint.Analysis;
using PostLint.Diagnostics;
using PostLint.Syntax;
using PostLint.Text;

namespace PostLint.Rules.Disclosure;

/// <summary>
/// PL1007: the disclosure is not where readers see it. The first disclosure of the post — a
/// disclosure hashtag, a fused tag, a 【PR】 mark or a statement — starts after the first line, or
/// after the first <see cref="MaxWeightedPrefix"/> weighted characters (twitter-text v3: kana and
/// kanji 2, ASCII 1, a URL 23, an emoji 2), or, being a hashtag, comes after more than
/// <see cref="MaxHashtagsBefore"/> other hashtags. ステマ告示 運用基準: a disclosure buried among many
/// hashtags or placed at the hard-to-see end of a post is not clear; 石巻市ガイドライン 5:
/// 情報受信者が容易に認識かつ理解できる方法で示す. Display fix (advice, no edits): only a person can
/// rewrite the post so that the disclosure comes first.
/// </summary>
public sealed class PL1007DisclosureNotProminent : PostAnalyzer
{
    public const string DiagnosticId = "PL1007";

    /// <summary>
    /// How many weighted characters may come before the disclosure (SPEC: 100, i.e. 50 kana or
    /// kanji), so that it is among the first words readers see and ahead of any 「さらに表示」 fold.
    /// </summary>
    public const int MaxWeightedPrefix = 100;

    /// <summary>How many other hashtags may precede the disclosure tag before it counts as buried.</summary>
    public const int MaxHashtagsBefore = 3;

    public static readonly DiagnosticDescriptor Rule = new(
        DiagnosticId,
        "Disclosure not prominent",
        "関係性の明示「{0}」が目立たない位置にあります（{1}）。投稿の冒頭、ほかのハッシュタグより前に記載してください（{2}）",
        DiagnosticCategory.Disclosure,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "A disclosure after the first line, after the first 100 weighted characters or behind more than three other hashtags is easy to miss: X folds long posts behind 「さらに表示」, and the stealth-marketing guidance names disclosures buried among hashtags or at the end of a post as unclear.",
        references: ["石巻市ソーシャルメディアガイドライン 5", "ステマ告示 運用基準"]);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    public override void Initialize(AnalysisContext context)
    {
        var vocabulary = DisclosureVocabulary.For(context.Options);
        var reference = ClauseText.For(context.Options, Rule);
        context.RegisterPostAction(post => Analyze(post, vocabulary, reference));
    }

    private static void Analyze(PostAnalysisContext context, DisclosureVocabulary vocabulary, string reference)
    {
        var syntax = context.Syntax;
        var tokens = syntax.Tokens;
        var scan = DisclosureScan.Scan(context, vocabulary);

        // The first disclosure of any form, and whether it is a hashtag.
        var span = default(TextSpan);
        var hashtag = -1;
        var found = false;
        foreach (var index in (ReadOnlySpan<int>)[scan.Disclosure, scan.Fused, scan.DisclosureMark])
        {
            if (index >= 0 && (!found || tokens[index].Span.Start < span.Start))
            {
                span = tokens[index].Span;
                hashtag = tokens[index].Kind == SyntaxKind.Hashtag ? index : -1;
                found = true;
            }
        }

        // A statement that starts with the mark (【PR】石巻市) is shown whole.
        var statements = DisclosureStatements.Find(context, vocabulary);
        if (statements.HasStatement && (!found || statements.Statement.Start <= span.Start))
        {
            span = statements.Statement;
            hashtag = -1;
            found = true;
        }

        if (!found)
        {
            return;
        }

        var afterFirstLine = StartsAfterFirstLine(syntax, span.Start);
        var weightedPrefix = WeightedLengthBefore(syntax, span.Start, MaxWeightedPrefix);
        var hashtagsBefore = hashtag >= 0 ? DisclosureRuleHelpers.CountHashtagsBefore(syntax, hashtag) : 0;
        var late = weightedPrefix >= MaxWeightedPrefix;
        var buried = hashtagsBefore > MaxHashtagsBefore;
        if (!afterFirstLine && !late && !buried)
        {
            return;
        }

        var reasons = new List<string>(3);
        if (afterFirstLine)
        {
            reasons.Add("1行目にありません");
        }

        if (late)
        {
            // Counted as writers count on X: 全角 characters, a half-width character being half of one.
            reasons.Add($"先頭から全角{MaxWeightedPrefix / 2}文字（半角{MaxWeightedPrefix}文字）より後ろにあります");
        }

        if (buried)
        {
            reasons.Add($"{hashtagsBefore}個のハッシュタグの後ろに埋もれています");
        }

        var shown = context.Text.ToString(span);
        var fix = CodeFix.Display($"「{shown}」を投稿の冒頭に移動する");
        context.ReportDiagnostic(Diagnostic.Create(Rule, span, [fix], shown, string.Join("、", reasons), reference));
    }

    /// <summary>True when a line break lies between the first content of the post and <paramref name="position"/>.</summary>
    private static bool StartsAfterFirstLine(PostSyntax syntax, int position)
    {
        var tokens = syntax.Tokens;
        for (var i = DisclosureRuleHelpers.FirstContentToken(syntax); i < tokens.Length && tokens[i].Span.Start < position; i++)
        {
            if (tokens[i].Kind == SyntaxKind.LineBreak)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The twitter-text v3 weighted length of the text before <paramref name="position"/>, from the
    /// lexer's tokens (a URL weighs the transformed URL length, an emoji sequence the default
    /// weight, every other code point its range's weight), counted only up to <paramref name="limit"/>.
    /// </summary>
    internal static int WeightedLengthBefore(PostSyntax syntax, int position, int limit)
    {
        var config = TwitterTextConfiguration.V3;
        var text = syntax.Text.AsSpan();
        var scaledLimit = (long)limit * config.Scale;
        long weighted = 0;
        foreach (var token in syntax.Tokens)
        {
            if (token.Span.Start >= position || weighted >= scaledLimit)
            {
                break;
            }

            if (token.Kind == SyntaxKind.Url)
            {
                weighted += (long)config.TransformedUrlLength * config.Scale;
                continue;
            }

            if (token.Kind == SyntaxKind.Emoji)
            {
                weighted += config.DefaultWeight;
                continue;
            }

            var end = Math.Min(token.Span.End, position);
            for (var i = token.Span.Start; i < end; i++)
            {
                // twitter-text weighs a surrogate pair by its low half, which lies in no range.
                if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    i++;
                }

                weighted += WeightOf(config, text[i]);
            }
        }

        return (int)Math.Min(weighted / config.Scale, limit);
    }

    private static int WeightOf(TwitterTextConfiguration config, char c)
    {
        var ranges = config.Ranges;
        for (var i = 0; i < ranges.Count; i++)
        {
            if (c >= ranges[i].Start && c <= ranges[i].End)
            {
                return ranges[i].Weight;
            }
        }

        return config.DefaultWeight;
    }
}
