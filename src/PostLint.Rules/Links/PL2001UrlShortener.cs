using System.Collections.Frozen;
using System.Collections.Immutable;
using PostLint.Analysis;
using PostLint.Diagnostics;
using PostLint.Rules.Infrastructure;
using PostLint.Syntax;

namespace PostLint.Rules.Links;

/// <summary>
/// PL2001: a link on a URL-shortener host (<c>bit.ly</c>, <c>tinyurl.com</c>, <c>t.co</c>,
/// <c>lin.ee</c>, <c>forms.gle</c>, …, and <c>links.shorteners</c>). 上越市ガイドライン 6(1)② 留意事項:
/// 「URL短縮サービス」の利用は、原則として行わないでください — a short link hides where it leads, so
/// readers cannot tell an official page from another. Matched by host suffix at a label boundary,
/// with or without protocol, case-insensitive, IDN as punycode. In platform exports the expanded
/// URL (<see cref="Model.Post.Links"/>) is judged, not the platform's own wrapper. Fixes:
/// <list type="bullet">
/// <item><c>youtu.be/ID</c> (written in the post): safe fix to <c>https://www.youtube.com/watch?v=ID</c>,
/// a start time <c>?t=</c> kept as <c>&amp;t=</c> — the share link names the video itself;</item>
/// <item>platform share links whose full URL only the service shows (<c>lin.ee</c>, <c>forms.gle</c>,
/// <c>amzn.to</c>): display fix saying where to find it (<c>Data/Lists/share-link-help.txt</c>);</item>
/// <item>other shorteners: display fix, since the original URL is not in the post.</item>
/// </list>
/// </summary>
public sealed class PL2001UrlShortener : PostAnalyzer
{
    /// <summary>The rule id, <c>PL2001</c>: how configuration (<c>rules</c>, front matter <c>ignore</c>), baselines and reports name this rule.</summary>
    public const string DiagnosticId = "PL2001";

    /// <summary>
    /// The descriptor of PL2001 ("URL shortener link"): a warning by default. Profiles and the
    /// <c>rules</c> and <c>categories</c> settings change its severity; findings carry its id (<see cref="Diagnostic.Id"/>).
    /// </summary>
    public static readonly DiagnosticDescriptor Rule = new(
        DiagnosticId,
        "URL shortener link",
        "{0} は URL短縮サービス（{1}）のリンクです。短縮URLではなく元のURLを記載してください（{2}）",
        DiagnosticCategory.Links,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "A shortened link hides its destination: readers cannot see whether it leads to an official page, and the link breaks when the service stops. Link the full URL instead. Platform wrappers in exports (t.co) are judged by the URL they expand to.",
        references: ["上越市ソーシャルメディアガイドライン 6(1)② 留意事項"]);

    /// <summary>The advice shown with every finding.</summary>
    public const string FixTitle = "短縮URLではなく元のURLを記載してください";

    private static readonly ImmutableArray<CodeFix> Fixes = [CodeFix.Display(FixTitle)];

    /// <summary>Where the full URL of a platform's share link is found, by host.</summary>
    private static readonly FrozenDictionary<string, ImmutableArray<CodeFix>> ShareLinkFixes =
        EmbeddedData.ReadList("Lists/share-link-help.txt")
            .Select(static line => line.Split('\t', 2))
            .ToFrozenDictionary(static parts => parts[0], static parts => ImmutableArray.Create(CodeFix.Display(FixTitle + "。" + parts[1])), StringComparer.OrdinalIgnoreCase);

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    /// <summary>Reads <c>links</c> (<see cref="LinkOptions"/>).</summary>
    public override ImmutableArray<Configuration.OptionSection> OptionSections { get; } = [LinkOptions.Section];

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var shorteners = LinkLists.Shorteners(context.Options);
        var clause = ClauseText.For(context.Options, Rule);
        context.RegisterSyntaxAction(url => Analyze(url, shorteners, clause), SyntaxKind.Url);
    }

    private static void Analyze(SyntaxAnalysisContext context, HostList shorteners, string clause)
    {
        var target = LinkTarget.For(context);
        var shortener = shorteners.Match(target.Host);
        if (shortener is null)
        {
            return;
        }

        var shown = target.Describe(context.TokenText);
        var fixes = Fixes;
        if (!target.IsExpanded && YouTubeWatchUrl(context.TokenText) is { } watch)
        {
            fixes = [CodeFix.Safe($"{watch} に置き換える", TextEdit.Replace(context.Token.Span, watch))];
        }
        else if (ShareLinkFixes.TryGetValue(shortener.Text, out var help))
        {
            fixes = help;
        }

        context.ReportDiagnostic(Diagnostic.Create(Rule, context.Token.Span, fixes, shown, shortener.Text, clause));
    }

    /// <summary>
    /// The full address of a YouTube share link (<c>youtu.be/ID?t=42</c> →
    /// <c>https://www.youtube.com/watch?v=ID&amp;t=42</c>), or null when the link is not one: the
    /// host exactly youtu.be, a video id of letters, digits, <c>-</c> and <c>_</c>, and no query
    /// parameter but <c>t</c> and YouTube's share tracker <c>si</c> (dropped).
    /// </summary>
    internal static string? YouTubeWatchUrl(ReadOnlySpan<char> url)
    {
        var rest = url;
        foreach (var scheme in (ReadOnlySpan<string>)["https://", "http://"])
        {
            if (rest.StartsWith(scheme, StringComparison.OrdinalIgnoreCase))
            {
                rest = rest[scheme.Length..];
                break;
            }
        }

        if (rest.StartsWith("www.", StringComparison.OrdinalIgnoreCase))
        {
            rest = rest[4..];
        }

        if (!rest.StartsWith("youtu.be/", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        rest = rest["youtu.be/".Length..];
        var idLength = 0;
        while (idLength < rest.Length && (char.IsAsciiLetterOrDigit(rest[idLength]) || rest[idLength] is '-' or '_'))
        {
            idLength++;
        }

        if (idLength == 0)
        {
            return null;
        }

        var id = rest[..idLength];
        var query = rest[idLength..];
        string? start = null;
        if (!query.IsEmpty)
        {
            if (query[0] != '?')
            {
                return null;
            }

            foreach (var range in query[1..].Split('&'))
            {
                var parameter = query[1..][range];
                if (parameter.StartsWith("t=", StringComparison.Ordinal) && parameter.Length > 2)
                {
                    start = parameter[2..].ToString();
                }
                else if (!parameter.StartsWith("si=", StringComparison.Ordinal) && !parameter.IsEmpty)
                {
                    return null;
                }
            }
        }

        return "https://www.youtube.com/watch?v=" + id.ToString() + (start is null ? string.Empty : "&t=" + start);
    }
}
