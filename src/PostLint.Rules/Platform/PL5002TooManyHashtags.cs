using System.Collections.Immutable;
using System.Globalization;
using PostLint.Analysis;
using PostLint.Diagnostics;
using PostLint.Rules.Infrastructure;
using PostLint.Syntax;
using PostLint.Text;
using TargetPlatform = PostLint.Model.Platform;

namespace PostLint.Rules.Platform;

/// <summary>
/// PL5002: more hashtags than the platform allows or shows (<see cref="PlatformLimits.MaxHashtags"/>:
/// Instagram 5, Threads 1, X 50, YouTube 60; LINE and Facebook have no limit). Counts the hashtags
/// the lexer recognises. The finding runs from the first hashtag over the limit to the last.
/// Display fix: the post without the hashtags over the limit.
/// </summary>
public sealed class PL5002TooManyHashtags : PostAnalyzer
{
    /// <summary>The rule id, <c>PL5002</c>: how configuration (<c>rules</c>, front matter <c>ignore</c>), baselines and reports name this rule.</summary>
    public const string DiagnosticId = "PL5002";

    /// <summary>
    /// The descriptor of PL5002 ("Too many hashtags for the platform"): a warning by default. Profiles and the
    /// <c>rules</c> and <c>categories</c> settings change its severity; findings carry its id (<see cref="Diagnostic.Id"/>).
    /// </summary>
    public static readonly DiagnosticDescriptor Rule = new(
        DiagnosticId,
        "Too many hashtags for the platform",
        "ハッシュタグが {0} 個あります。{1}では {2} 個までです{3}。必要なものに絞ってください（{4}）",
        DiagnosticCategory.Platform,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "Platforms drop, refuse or ignore hashtags beyond their limit (Instagram 5 per post, Threads 1 topic tag, X 50, YouTube ignores all hashtags of a video with more than 60), and long strings of tags bury a disclosure. Keep the disclosure pair first and remove the rest.",
        references: ["上越市ソーシャルメディアガイドライン 4(4)②"]);

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var clause = ClauseText.For(context.Options, Rule);
        context.RegisterPostAction(post => Analyze(post, clause));
    }

    private static void Analyze(PostAnalysisContext context, string clause)
    {
        var limits = PlatformLimits.For(context.Platform);
        if (limits.MaxHashtags is not { } max)
        {
            return;
        }

        var syntax = context.Syntax;
        var count = syntax.Count(SyntaxKind.Hashtag);
        if (count <= max)
        {
            return;
        }

        var tokens = syntax.Tokens;
        var seen = 0;
        var firstOver = -1;
        var last = -1;
        var edits = ImmutableArray.CreateBuilder<TextEdit>(count - max);
        for (var i = 0; i < tokens.Length; i++)
        {
            if (tokens[i].Kind != SyntaxKind.Hashtag || ++seen <= max)
            {
                continue;
            }

            if (firstOver < 0)
            {
                firstOver = i;
            }

            last = i;

            // Remove the tag with the spaces before it, so the remaining tags keep one separator.
            var start = i > 0 && tokens[i - 1].Kind == SyntaxKind.Whitespace ? tokens[i - 1].Span.Start : tokens[i].Span.Start;
            edits.Add(TextEdit.Delete(TextSpan.FromBounds(start, tokens[i].Span.End)));
        }

        var span = TextSpan.FromBounds(tokens[firstOver].Span.Start, tokens[last].Span.End);
        var platform = PlatformText.DisplayName(limits.Platform);
        var fix = new CodeFix($"{max + 1} 個目以降のハッシュタグを削除する", FixApplicability.Display, edits.MoveToImmutable());
        context.ReportDiagnostic(Diagnostic.Create(
            Rule,
            span,
            [fix],
            count.ToString(CultureInfo.InvariantCulture),
            platform,
            max.ToString(CultureInfo.InvariantCulture),
            Consequence(limits.Platform),
            clause));
    }

    private static string Consequence(TargetPlatform platform) => platform switch
    {
        TargetPlatform.YouTube => "（超えると動画のハッシュタグがすべて無視されます）",
        TargetPlatform.Threads => "（トピックタグは1投稿に1つ）",
        TargetPlatform.Instagram => "（1投稿あたり。超えた分は付けられません）",
        _ => "（超えた分は投稿できません）",
    };
}
