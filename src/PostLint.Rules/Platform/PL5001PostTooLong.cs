using System.Collections.Immutable;
using PostLint.Analysis;
using PostLint.Diagnostics;
using PostLint.Rules.Infrastructure;
using PostLint.Syntax;
using PostLint.Text;
using PostLint.Model;
using TargetPlatform = PostLint.Model.Platform;

namespace PostLint.Rules.Platform;

/// <summary>
/// PL5001: the post is longer than its platform accepts (<see cref="PlatformLimits"/>): X 280
/// weighted (twitter-text v3), Threads 500, Instagram 2,200, LINE 500 per bubble (the post is one
/// bubble), Facebook 63,206, YouTube 5,000. The platform is the post's metadata, else the
/// configuration's. A long post (X Premium: <see cref="Post.LongPost"/> from an archive's
/// <c>note-tweet.js</c>, or every post with <c>operations.longPosts</c>) is judged against the
/// platform's long-post limit (X 25,000). The finding covers what does not fit: from the first
/// character past the limit (for X, after twitter-text's <c>validRangeEnd</c>) to the end. The
/// message counts as a writer does: on X in 全角 characters (weighted length ÷ 2, as X's own
/// compose box shows 140 for Japanese), with how many to cut. Display fix.
/// </summary>
public sealed class PL5001PostTooLong : PostAnalyzer
{
    /// <summary>The rule id, <c>PL5001</c>: how configuration (<c>rules</c>, front matter <c>ignore</c>), baselines and reports name this rule.</summary>
    public const string DiagnosticId = "PL5001";

    // Upper bound of what one UTF-16 unit can weigh in any platform's unit: 2 in X's weighted
    // length, at most 3 when NFC expands a character or an emoji's variation selector counts its
    // UTF-8 bytes (Threads). Posts whose bound fits are not counted at all.
    private const int MaxWeightPerCodeUnit = 3;

    // twitter-text: every URL weighs 23 whatever its length.
    private const int XUrlWeight = 23;

    /// <summary>
    /// The descriptor of PL5001 ("Post too long for the platform"): an error by default. Profiles and the
    /// <c>rules</c> and <c>categories</c> settings change its severity; findings carry its id (<see cref="Diagnostic.Id"/>).
    /// </summary>
    public static readonly DiagnosticDescriptor Rule = new(
        DiagnosticId,
        "Post too long for the platform",
        "{0}は{1}です。上限は{2}なので、あと{3}文字減らしてください（{4}）",
        DiagnosticCategory.Platform,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "A post over the platform's limit cannot be posted as written or is cut, losing its end (often the hashtags, the link or the disclosure). Limits and counting units per platform: X 280 weighted (CJK and emoji 2, URLs 23), Threads 500 (emoji as UTF-8 bytes), Instagram 2,200, LINE 500 per bubble, Facebook 63,206, YouTube 5,000.",
        references: ["上越市ソーシャルメディアガイドライン 4(4)②"]);

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    /// <summary>Reads <c>operations.longPosts</c> (<see cref="Operations.OperationsOptions"/>).</summary>
    public override ImmutableArray<Configuration.OptionSection> OptionSections { get; } = [Operations.OperationsOptions.Section];

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var clause = ClauseText.For(context.Options, Rule);
        // Read once per engine: the account's setting is the same for every post.
        var longPosts = context.Options.Get(Operations.OperationsOptions.Section).LongPosts;
        context.RegisterPostAction(post => Analyze(post, clause, longPosts));
    }

    private static void Analyze(PostAnalysisContext context, string clause, bool longPosts)
    {
        var limits = PlatformLimits.For(context.Platform, longPost: context.Post.LongPost == true || longPosts);
        var text = context.Text.Text;
        if (UpperBound(context.Syntax, text.Length) <= limits.MaxLength)
        {
            return;
        }

        int length;
        int overflowStart;
        if (limits.Unit == LengthUnit.XWeighted)
        {
            var result = WeightedLength.Compute(WithoutInvalidCharacters(text), XConfiguration(limits.MaxLength));
            length = result.WeightedLength;
            overflowStart = result.ValidRangeEnd + 1;
        }
        else
        {
            length = PlatformLimits.CountLength(limits.Platform, text);
            overflowStart = length > limits.MaxLength ? FirstPositionOver(limits, text) : text.Length;
        }

        if (length <= limits.MaxLength)
        {
            return;
        }

        var span = TextSpan.FromBounds(SnapToTokenStart(context.Syntax, text, overflowStart), text.Length);
        var isLong = limits.MaxLength > PlatformLimits.For(limits.Platform).MaxLength;
        var limit = PlatformText.Length(limits.Unit, limits.MaxLength);
        var fix = CodeFix.Display($"{PlatformText.DisplayName(limits.Platform)}の上限（{limit}）に収まるよう短くするか、投稿を分割する");
        context.ReportDiagnostic(Diagnostic.Create(
            Rule,
            span,
            [fix],
            PlatformText.Subject(limits.Platform, isLong),
            PlatformText.LengthWithUnit(limits.Unit, length),
            limit,
            PlatformText.Count(limits.Unit, length - limits.MaxLength),
            clause));
    }

    /// <summary>twitter-text's counting with the limit the post is judged against: 280, or 25,000 for a long post.</summary>
    private static TwitterTextConfiguration XConfiguration(int maxLength) =>
        maxLength == TwitterTextConfiguration.Default.MaxWeightedTweetLength ? TwitterTextConfiguration.Default
        : maxLength == LongPostConfiguration.MaxWeightedTweetLength ? LongPostConfiguration
        : TwitterTextConfiguration.Default.WithMaxWeightedTweetLength(maxLength);

    private static readonly TwitterTextConfiguration LongPostConfiguration =
        TwitterTextConfiguration.Default.WithMaxWeightedTweetLength(PlatformLimits.ForLongPosts(TargetPlatform.X)?.MaxLength ?? TwitterTextConfiguration.Default.MaxWeightedTweetLength);

    /// <summary>A length no platform unit can exceed for this post, computed without allocating.</summary>
    private static long UpperBound(PostSyntax syntax, int textLength)
    {
        long bound = (long)textLength * MaxWeightPerCodeUnit;
        foreach (var url in syntax.OfKind(SyntaxKind.Url))
        {
            bound += XUrlWeight;
        }

        return bound;
    }

    /// <summary>
    /// twitter-text ends its valid range at the first U+FFFE/U+FEFF/U+FFFF whatever the length;
    /// those are PL4002's business, so for finding where the length runs over they are counted as
    /// the ordinary characters they weigh like (weight 2, one code unit).
    /// </summary>
    private static string WithoutInvalidCharacters(string text) =>
        text.AsSpan().IndexOfAny('\uFFFE', '\uFEFF', '\uFFFF') < 0
            ? text
            : text.Replace('\uFFFE', '\u3000').Replace('\uFEFF', '\u3000').Replace('\uFFFF', '\u3000');

    /// <summary>
    /// The start of the character whose count first takes the prefix over the limit: the smallest
    /// prefix that is too long, found by bisection (the counts of these units never shrink as the
    /// prefix grows), minus its last code unit.
    /// </summary>
    private static int FirstPositionOver(PlatformLimits limits, string text)
    {
        var low = 0;
        var high = text.Length;
        while (low < high)
        {
            var middle = low + ((high - low) / 2);
            if (PlatformLimits.CountLength(limits.Platform, text[..(middle + 1)]) > limits.MaxLength)
            {
                high = middle;
            }
            else
            {
                low = middle + 1;
            }
        }

        return low;
    }

    /// <summary>
    /// Keeps the span from starting inside a surrogate pair, a URL or an emoji sequence: a URL or an
    /// emoji that does not fit as a whole does not fit at all.
    /// </summary>
    private static int SnapToTokenStart(PostSyntax syntax, string text, int position)
    {
        position = Math.Clamp(position, 0, text.Length);
        if (position > 0 && position < text.Length && char.IsLowSurrogate(text[position]) && char.IsHighSurrogate(text[position - 1]))
        {
            position--;
        }

        foreach (var token in syntax.Tokens)
        {
            if (token.Span.Start >= position)
            {
                break;
            }

            if (token.Kind is SyntaxKind.Url or SyntaxKind.Emoji && token.Span.Contains(position))
            {
                return token.Span.Start;
            }
        }

        return position;
    }
}
