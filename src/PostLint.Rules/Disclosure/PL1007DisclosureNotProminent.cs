using System.Collections.Immutable;
using PostLint.Analysis;
using PostLint.Diagnostics;
using PostLint.Rules.Infrastructure;
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
/// 情報受信者が容易に認識かつ理解できる方法で示す. The fix moves the disclosure to a line of its own at
/// the start of the post (「#PR #石巻市」 with the disclosure tags and the source tag after them, or a
/// 【PR】石巻市 line), so that <c>fix</c> ends at the canonical form: safe when the hashtags open or
/// close their line, or the mark fills its line, because taking them out leaves the sentences
/// whole; unsafe when the hashtags stand inside a sentence (taking them out may break it); display
/// advice, saying why, for a disclosure written as part of a sentence, which only a person can move.
/// </summary>
public sealed class PL1007DisclosureNotProminent : PostAnalyzer
{
    /// <summary>The rule id, <c>PL1007</c>: how configuration (<c>rules</c>, front matter <c>ignore</c>), baselines and reports name this rule.</summary>
    public const string DiagnosticId = "PL1007";

    /// <summary>
    /// How many weighted characters may come before the disclosure (SPEC: 100, i.e. 50 kana or
    /// kanji), so that it is among the first words readers see and ahead of any 「さらに表示」 fold.
    /// </summary>
    public const int MaxWeightedPrefix = 100;

    /// <summary>How many other hashtags may precede the disclosure tag before it counts as buried.</summary>
    public const int MaxHashtagsBefore = 3;

    /// <summary>
    /// The descriptor of PL1007 ("Disclosure not prominent"): a warning by default. Profiles and the
    /// <c>rules</c> and <c>categories</c> settings change its severity; findings carry its id (<see cref="Diagnostic.Id"/>).
    /// </summary>
    public static readonly DiagnosticDescriptor Rule = new(
        DiagnosticId,
        "Disclosure not prominent",
        "関係性の明示「{0}」が目立たない位置にあります（{1}）。投稿の冒頭、ほかのハッシュタグより前に記載してください（{2}）",
        DiagnosticCategory.Disclosure,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "A disclosure after the first line, after the first 100 weighted characters or behind more than three other hashtags is easy to miss: X folds long posts behind 「さらに表示」, and the stealth-marketing guidance names disclosures buried among hashtags or at the end of a post as unclear.",
        references: ["石巻市ソーシャルメディアガイドライン 5", "ステマ告示 運用基準"]);

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    /// <inheritdoc/>
    public override ImmutableArray<Configuration.OptionSection> OptionSections { get; } = [DisclosureOptions.Section];

    /// <inheritdoc/>
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
        var fix = hashtag >= 0 ? MoveHashtags(context, vocabulary, hashtag) : MoveLine(context, span, shown);
        context.ReportDiagnostic(Diagnostic.Create(Rule, span, [fix], shown, string.Join("、", reasons), reference));
    }

    /// <summary>
    /// Moves the disclosure tag at <paramref name="first"/>, the disclosure tags after it and the
    /// source tag that ends the group (「#PR #広告 #石巻市」), to a line of their own at the start.
    /// </summary>
    private static CodeFix MoveHashtags(PostAnalysisContext context, DisclosureVocabulary vocabulary, int first)
    {
        var syntax = context.Syntax;
        var tokens = syntax.Tokens;
        var last = first;
        if (vocabulary.Classify(syntax.GetValueSpan(tokens[first])) == HashtagRole.Disclosure)
        {
            for (var i = first + 1; i < tokens.Length; i++)
            {
                if (tokens[i].Kind == SyntaxKind.Whitespace)
                {
                    continue;
                }

                var role = tokens[i].Kind == SyntaxKind.Hashtag ? vocabulary.Classify(syntax.GetValueSpan(tokens[i])) : HashtagRole.Other;
                if (role is HashtagRole.Disclosure or HashtagRole.Source)
                {
                    last = i;
                }

                if (role != HashtagRole.Disclosure)
                {
                    break;
                }
            }
        }

        var piece = new System.Text.StringBuilder();
        for (var i = first; i <= last; i++)
        {
            if (tokens[i].Kind == SyntaxKind.Hashtag)
            {
                piece.Append(piece.Length == 0 ? string.Empty : " ").Append(context.Text.AsSpan(tokens[i].Span));
            }
        }

        var moved = piece.ToString();
        var edits = ImmutableArray.Create(
            TextEdit.Insert(tokens[DisclosureRuleHelpers.FirstContentToken(syntax)].Span.Start, moved + "\n"),
            TextEdit.Delete(DisclosureRuleHelpers.RemovalSpan(syntax, first, last)));
        return OnlyHashtagsToLineEdge(syntax, last, +1) || OnlyHashtagsToLineEdge(syntax, first, -1)
            ? new CodeFix($"「{moved}」を投稿の冒頭に移動する", FixApplicability.Safe, edits)
            : new CodeFix($"「{moved}」を投稿の冒頭に移動する（文の途中から抜き出すため、前後の文を確認してください）", FixApplicability.Unsafe, edits);
    }

    /// <summary>
    /// Moves a 【PR】石巻市 mark or a statement that fills its line to the start; a disclosure that
    /// is part of a longer line is a sentence only a person can move (display, saying why).
    /// </summary>
    private static CodeFix MoveLine(PostAnalysisContext context, TextSpan span, string shown)
    {
        var text = context.Text.AsSpan();
        var lineStart = text[..span.Start].LastIndexOfAny('\n', '\r') + 1;
        var lineBreakAfter = text[span.End..].IndexOfAny('\n', '\r');
        var lineEnd = lineBreakAfter < 0 ? text.Length : span.End + lineBreakAfter;
        if (lineStart == 0 || !text[lineStart..span.Start].IsWhiteSpace() || !text[span.End..lineEnd].IsWhiteSpace())
        {
            return CodeFix.Display($"「{shown}」を投稿の冒頭に移動する（文の一部として書かれた明示は自動では移動できません。冒頭の文を書き直してください）");
        }

        // The line goes with the line break before it (\r\n counts as one).
        var removeFrom = lineStart - 1;
        if (removeFrom > 0 && text[removeFrom] == '\n' && text[removeFrom - 1] == '\r')
        {
            removeFrom--;
        }

        var firstContent = context.Syntax.Tokens[DisclosureRuleHelpers.FirstContentToken(context.Syntax)].Span.Start;
        return CodeFix.Safe(
            $"「{shown}」を投稿の冒頭に移動する",
            TextEdit.Insert(firstContent, shown + "\n"),
            TextEdit.Delete(TextSpan.FromBounds(removeFrom, lineEnd)));
    }

    /// <summary>True when only hashtags and spaces lie between token <paramref name="index"/> and the end (+1) or start (-1) of its line.</summary>
    private static bool OnlyHashtagsToLineEdge(PostSyntax syntax, int index, int direction)
    {
        var tokens = syntax.Tokens;
        for (var i = index + direction; i >= 0 && i < tokens.Length; i += direction)
        {
            switch (tokens[i].Kind)
            {
                case SyntaxKind.LineBreak:
                    return true;
                case SyntaxKind.Whitespace or SyntaxKind.Hashtag:
                    continue;
                default:
                    return false;
            }
        }

        return true;
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

        // Measured from the first thing written, as the line is (StartsAfterFirstLine): blank
        // before it is not text a reader scrolls past, and counting it would ask the fix to move
        // a disclosure that already comes first onto itself.
        var tokens = syntax.Tokens;
        for (var t = DisclosureRuleHelpers.FirstContentToken(syntax); t < tokens.Length; t++)
        {
            var token = tokens[t];
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
