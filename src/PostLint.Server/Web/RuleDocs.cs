using System.Collections.Frozen;
using System.Net;
using System.Text;
using Markdig;

namespace PostLint.Server.Web;

/// <summary>
/// The rule pages (docs/rules/PLxxxx.md), embedded in the assembly and rendered to HTML once.
/// Raw HTML in the Markdown is not passed through (it is shown as text), so a page can never carry
/// script past the Content-Security-Policy.
/// </summary>
public sealed class RuleDocs
{
    private const string Prefix = "PostLint.Server.docs.rules.";

    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .DisableHtml()
        .Build();

    private readonly FrozenDictionary<string, RulePage> _pages;

    public RuleDocs()
    {
        var assembly = typeof(RuleDocs).Assembly;
        var pages = new Dictionary<string, RulePage>(StringComparer.OrdinalIgnoreCase);
        foreach (var name in assembly.GetManifestResourceNames())
        {
            if (!name.StartsWith(Prefix, StringComparison.Ordinal) || !name.EndsWith(".md", StringComparison.Ordinal))
            {
                continue;
            }

            var id = name[Prefix.Length..^3];
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream, Encoding.UTF8);
            var markdown = reader.ReadToEnd();
            pages[id] = new RulePage(id, TitleOf(markdown, id), markdown, Markdown.ToHtml(markdown, Pipeline));
        }

        _pages = pages.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The ids that have a page.</summary>
    public IEnumerable<string> Ids => _pages.Keys;

    /// <summary>The page of a rule id (case-insensitive, a trailing <c>.md</c> allowed); false for anything else.</summary>
    public bool TryGet(string? id, out RulePage page)
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

        return _pages.TryGetValue(id, out page!);
    }

    /// <summary>A whole HTML document for the page, styled like the rest of the page (no inline script or style).</summary>
    public static string ToDocument(RulePage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var title = WebUtility.HtmlEncode(page.Title);
        return $"""
            <!doctype html>
            <html lang="ja">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{title} — PostLint</title>
            <link rel="stylesheet" href="/assets/app.css">
            </head>
            <body class="rule-page">
            <header class="site"><a href="/">PostLint</a> › ルールの説明</header>
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

/// <summary>A rule page: the title (its first heading), the Markdown and the rendered HTML fragment.</summary>
public sealed record RulePage(string Id, string Title, string Markdown, string Html);
