using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.Playwright;

namespace PostLint.Server.Tests;

/// <summary>
/// Readable contrast, measured in the browser rather than read from the stylesheet: every piece
/// of visible text on both views (with findings of each severity, and an audit result) has the
/// WCAG 2.x contrast ratio against the background it is drawn on — 4.5:1 for ordinary text, 3:1
/// for large text (24px, or 18.66px bold). With <c>POSTLINT_SCREENSHOTS=folder</c> the measured
/// table is written there as contrast.md (docs/serve.md quotes it).
/// </summary>
public sealed class ContrastTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    // Every element that holds text: its colour and the colour behind it, blending translucent
    // backgrounds over their parents down to the page (white when nothing is painted).
    private const string MeasureScript = """
        () => {
          const parse = s => { const m = /rgba?\(([^)]+)\)/.exec(s); if (!m) return null; const p = m[1].split(',').map(x => parseFloat(x)); return { r: p[0], g: p[1], b: p[2], a: p.length > 3 ? p[3] : 1 }; };
          const background = el => {
            const layers = [];
            for (let e = el; e; e = e.parentElement) { const c = parse(getComputedStyle(e).backgroundColor); if (c && c.a > 0) { layers.push(c); if (c.a >= 1) break; } }
            let base = { r: 255, g: 255, b: 255 };
            for (let i = layers.length - 1; i >= 0; i--) { const c = layers[i]; base = { r: c.r * c.a + base.r * (1 - c.a), g: c.g * c.a + base.g * (1 - c.a), b: c.b * c.a + base.b * (1 - c.a) }; }
            return [base.r, base.g, base.b];
          };
          const out = []; const seen = new Set();
          const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
          while (walker.nextNode()) {
            const node = walker.currentNode; const el = node.parentElement;
            if (!node.textContent.trim() || seen.has(el)) continue;
            seen.add(el);
            const style = getComputedStyle(el); const rect = el.getBoundingClientRect();
            if (style.visibility === 'hidden' || rect.width === 0 || rect.height === 0 || el.closest('[hidden]')) continue;
            const fg = parse(style.color); if (!fg || fg.a === 0) continue;
            const name = el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + (typeof el.className === 'string' && el.className ? '.' + el.className.trim().split(/\s+/).join('.') : '');
            out.push({ name, text: node.textContent.trim().slice(0, 24), fg: [fg.r, fg.g, fg.b], bg: background(el), size: parseFloat(style.fontSize), weight: parseInt(style.fontWeight, 10) });
          }
          return JSON.stringify(out);
        }
        """;

    [SkippableFact]
    public async Task Every_text_on_the_draft_and_audit_views_has_readable_contrast()
    {
        Skip.IfNot(BrowserFixture.Available || string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase), $"{BrowserFixture.ChromiumPath} is not installed (scripts/setup.sh installs it)");
        Assert.True(BrowserFixture.Available, $"{BrowserFixture.ChromiumPath} is missing: scripts/setup.sh installs it");
        var context = await fixture.Browser!.NewContextAsync(new BrowserNewContextOptions { BaseURL = fixture.BaseAddress.ToString(), Locale = "ja-JP", ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        context.SetDefaultTimeout(60_000);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");

        // A draft with an error (PL1001), a warning (PL1006) and suggestions (PL2001, PL5004).
        await page.SelectOptionAsync("#profile", "ishinomaki");
        await page.CheckAsync("#sponsored");
        await page.Locator("#draft").FillAsync("#石巻市 #PR\nｶｷﾏﾂﾘ 詳しくは https://bit.ly/3xYzAbC へ 牡蠣#グルメ");
        foreach (var severity in new[] { "error", "warning", "suggestion" })
        {
            await Assertions.Expect(page.Locator($"#findings .badge.{severity}").First).ToBeVisibleAsync();
        }

        var measured = await MeasureAsync(page, "下書き");

        await page.ClickAsync("#tab-audit");
        var data = PostLint.Tests.TestPaths.InRepo("samples", "x-archive", "data");
        await page.SetInputFilesAsync("#audit-files", [Path.Combine(data, "tweets.js"), Path.Combine(data, "note-tweet.js")]);
        await page.ClickAsync("#audit-run");
        await Assertions.Expect(page.Locator("#audit-result")).ToBeVisibleAsync();
        measured.AddRange(await MeasureAsync(page, "監査"));

        Assert.True(measured.Count > 30, $"only {measured.Count} texts were measured");
        var failures = measured.Where(static m => m.Ratio < m.Required).Select(static m => $"{m.View} {m.Name} 「{m.Text}」 {m.Ratio:0.00}:1 < {m.Required}:1").ToList();
        Assert.True(failures.Count == 0, "contrast below WCAG AA:\n" + string.Join('\n', failures));
        WriteTable(measured);
        await context.CloseAsync();
    }

    private static async Task<List<Measurement>> MeasureAsync(IPage page, string view)
    {
        var json = await page.EvaluateAsync<string>(MeasureScript);
        var list = new List<Measurement>();
        foreach (var item in JsonDocument.Parse(json).RootElement.EnumerateArray())
        {
            var fg = Color(item.GetProperty("fg"));
            var bg = Color(item.GetProperty("bg"));
            var size = item.GetProperty("size").GetDouble();
            var large = size >= 24 || (size >= 18.66 && item.GetProperty("weight").GetInt32() >= 700);
            list.Add(new Measurement(view, item.GetProperty("name").GetString()!, item.GetProperty("text").GetString()!, Ratio(fg, bg), large ? 3.0 : 4.5));
        }

        return list;
    }

    private static (double R, double G, double B) Color(JsonElement rgb) => (rgb[0].GetDouble(), rgb[1].GetDouble(), rgb[2].GetDouble());

    /// <summary>WCAG 2.x contrast ratio: (L1 + 0.05) / (L2 + 0.05) of the relative luminances.</summary>
    internal static double Ratio((double R, double G, double B) a, (double R, double G, double B) b)
    {
        var la = Luminance(a);
        var lb = Luminance(b);
        return (Math.Max(la, lb) + 0.05) / (Math.Min(la, lb) + 0.05);
    }

    private static double Luminance((double R, double G, double B) c) => (0.2126 * Channel(c.R)) + (0.7152 * Channel(c.G)) + (0.0722 * Channel(c.B));

    private static double Channel(double value)
    {
        var s = value / 255.0;
        return s <= 0.04045 ? s / 12.92 : Math.Pow((s + 0.055) / 1.055, 2.4);
    }

    [Theory]
    [InlineData(0, 0, 0, 255, 255, 255, 21.0)]
    [InlineData(255, 255, 255, 255, 255, 255, 1.0)]
    [InlineData(118, 118, 118, 255, 255, 255, 4.54)] // #767676 on white: the lightest AA grey
    public void The_ratio_is_wcags(double r1, double g1, double b1, double r2, double g2, double b2, double expected) =>
        Assert.Equal(expected, Ratio((r1, g1, b1), (r2, g2, b2)), 2);

    private static void WriteTable(List<Measurement> measured)
    {
        var folder = Environment.GetEnvironmentVariable("POSTLINT_SCREENSHOTS");
        if (string.IsNullOrEmpty(folder))
        {
            return;
        }

        var table = new StringBuilder("| 画面 | 要素 | 例 | コントラスト比 | 基準 |\n|---|---|---|---|---|\n");
        foreach (var group in measured.GroupBy(static m => (m.View, m.Name)).Select(static g => g.MinBy(static m => m.Ratio)!).OrderBy(static m => m.Ratio))
        {
            table.Append(CultureInfo.InvariantCulture, $"| {group.View} | `{group.Name}` | {group.Text.Replace("|", "\\|", StringComparison.Ordinal)} | {group.Ratio:0.00}:1 | {group.Required}:1 |\n");
        }

        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "contrast.md"), table.ToString());
    }

    private sealed record Measurement(string View, string Name, string Text, double Ratio, double Required);
}
