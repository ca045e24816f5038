using System.Collections.Frozen;
using System.Net;
using System.Text;
using Markdig;
using PostLint.Localization;

namespace PostLint.Server.Web;

/// <summary>
/// The rule pages, embedded in the assembly and rendered to HTML once: Japanese
/// (docs/rules/ja/PLxxxx.md), what the page and the API give by default, and English
/// (docs/rules/PLxxxx.md, <c>?lang=en</c>). Raw HTML in the Markdown is not passed through (it is
/// shown as text), so a page can never carry script past the Content-Security-Policy.
/// </summary>
public sealed class RuleDocs
{
    private const string Prefix = "PostLint.Server.docs.rules.";
    private const string JapanesePrefix = Prefix + "ja.";

    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .DisableHtml()
        .Build();

    private readonly FrozenDictionary<string, RulePage> _english;
    private readonly FrozenDictionary<string, RulePage> _japanese;

    public RuleDocs()
    {
        var assembly = typeof(RuleDocs).Assembly;
        var english = new Dictionary<string, RulePage>(StringComparer.OrdinalIgnoreCase);
        var japanese = new Dictionary<string, RulePage>(StringComparer.OrdinalIgnoreCase);
        foreach (var name in assembly.GetManifestResourceNames())
        {
            if (!name.StartsWith(Prefix, StringComparison.Ordinal) || !name.EndsWith(".md", StringComparison.Ordinal))
            {
                continue;
            }

            var isJapanese = name.StartsWith(JapanesePrefix, StringComparison.Ordinal);
            var id = name[(isJapanese ? JapanesePrefix : Prefix).Length..^3];
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream, Encoding.UTF8);
            var markdown = reader.ReadToEnd();
            var language = isJapanese ? DisplayLanguage.Japanese : DisplayLanguage.English;
            (isJapanese ? japanese : english)[id] = new RulePage(id, language, TitleOf(markdown, id), markdown, Markdown.ToHtml(markdown, Pipeline));
        }

        _english = english.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        _japanese = japanese.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The ids that have a page.</summary>
    public IEnumerable<string> Ids => _english.Keys;

    /// <summary>
    /// The page of a rule id (case-insensitive, a trailing <c>.md</c> allowed) in the language — the
    /// English page when a rule has no Japanese page yet; false for anything else.
    /// </summary>
    public bool TryGet(string? id, DisplayLanguage language, out RulePage page)
    {
        page = null!;
        if (string.IsNullOrEmpty(id) || id.Length > 16)
        {
            return false;
        }

        if (id.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
        {
            id = id[..^3];
        }

        return (language == DisplayLanguage.Japanese && _japanese.TryGetValue(id, out page!)) || _english.TryGetValue(id, out page!);
    }

    /// <summary>
    /// The language a request asks for with <c>?lang=</c>: none or <c>ja</c> is Japanese, <c>en</c>
    /// English (also <c>ja-JP</c>, <c>en-US</c>, any case); false for any other value.
    /// </summary>
    public static bool TryParseLanguage(string? value, out DisplayLanguage language)
    {
        language = DisplayLanguage.Japanese;
        if (string.IsNullOrWhiteSpace(value))
        {
            return true;
        }

        var code = value.Trim();
        var end = code.AsSpan().IndexOfAny("-_");
        var primary = end >= 0 ? code[..end] : code;
        if (primary.Equals("ja", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (primary.Equals("en", StringComparison.OrdinalIgnoreCase))
        {
            language = DisplayLanguage.English;
            return true;
        }

        return false;
    }

    /// <summary>A whole HTML document for the page, styled like the rest of the page (no inline script or style).</summary>
    public static string ToDocument(RulePage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var title = WebUtility.HtmlEncode(page.Title);
        var japanese = page.Language == DisplayLanguage.Japanese;
        var lang = japanese ? "ja" : "en";
        var crumb = japanese ? "ルールの説明" : "Rule documentation";

        // The same page in the other language, for a reader who needs it (ids are [A-Za-z0-9] only).
        var other = japanese
            ? $"<a href=\"/rules/{page.Id}?lang=en\" hreflang=\"en\" lang=\"en\">English</a>"
            : $"<a href=\"/rules/{page.Id}\" hreflang=\"ja\" lang=\"ja\">日本語</a>";
        return $"""
            <!doctype html>
            <html lang="{lang}">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{title} — PostLint</title>
            <link rel="stylesheet" href="/assets/app.css">
            </head>
            <body class="rule-page">
            <header class="site"><a href="/">PostLint</a> › {crumb} · {other}</header>
            <main class="doc">
            {page.Html}
            </main>
            </body>
            </html>
            """;
    }

    private static string TitleOf(string markdown, string id)
    {
        foreach (var line in markdown.AsSpan().EnumerateLines())
        {
            if (line.StartsWith("# "))
            {
                return line[2..].Trim().ToString();
            }
        }

        return id;
    }
}

/// <summary>A rule page in one language: the title (its first heading), the Markdown and the rendered HTML fragment.</summary>
public sealed record RulePage(string Id, DisplayLanguage Language, string Title, string Markdown, string Html);
