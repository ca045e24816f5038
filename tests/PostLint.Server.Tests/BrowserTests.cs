using System.IO.Compression;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.Playwright;
using PostLint.Tests;

namespace PostLint.Server.Tests;

/// <summary>
/// Debian's Chromium, headless, driven by Playwright (its own browser download is never used), on a
/// real server. Without /usr/bin/chromium the tests are skipped, except under CI, where the setup
/// script installs it and its absence is a failure. With <c>POSTLINT_SCREENSHOTS=folder</c> the
/// tests also save the screenshots of docs/serve.md there.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private WebApplication? _app;
    private IPlaywright? _playwright;

    public Uri BaseAddress { get; private set; } = null!;

    public IBrowser? Browser { get; private set; }

    public static bool Available => File.Exists(ChromiumPath);

    public async Task InitializeAsync()
    {
        (_app, BaseAddress) = await ServerFixture.StartAsync(ServerFixture.DefaultOptions);
        if (!Available)
        {
            return;
        }

        // The machine may be busy (CI shares two cores): wait for the page generously, never sleep.
        Assertions.SetDefaultExpectTimeout(30_000);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
        });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }
}

public sealed class BrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private static readonly string? ScreenshotFolder = Environment.GetEnvironmentVariable("POSTLINT_SCREENSHOTS");

    private async Task<IPage> OpenAsync()
    {
        if (!BrowserFixture.Available)
        {
            Assert.False(string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase), $"{BrowserFixture.ChromiumPath} is missing: scripts/setup.sh installs it");
            Skip.If(true, $"{BrowserFixture.ChromiumPath} is not installed (scripts/setup.sh installs it)");
        }

        var context = await fixture.Browser!.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = fixture.BaseAddress.ToString(),
            Locale = "ja-JP",
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
        });
        context.SetDefaultTimeout(60_000);
        var page = await context.NewPageAsync();
        var errors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                errors.Add(message.Text);
            }
        };
        await page.GotoAsync("/");
        return page;
    }

    private static async Task ScreenshotAsync(IPage page, string name)
    {
        if (!string.IsNullOrEmpty(ScreenshotFolder))
        {
            Directory.CreateDirectory(ScreenshotFolder);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotFolder, name), FullPage = true });
        }
    }

    [SkippableFact]
    public async Task A_typed_draft_shows_PL1001_on_the_source_tag_and_the_fix_puts_PR_first()
    {
        var page = await OpenAsync();
        await page.SelectOptionAsync("#profile", "ishinomaki");
        await page.CheckAsync("#sponsored");
        var draft = page.Locator("#draft");
        await draft.PressSequentiallyAsync("#石巻市 #PR");
        await draft.PressAsync("Enter");
        await draft.PressSequentiallyAsync("牡蠣が美味しい季節です。詳しくは https://www.city.ishinomaki.lg.jp/ をご覧ください");

        var highlight = page.Locator("#backdrop mark[data-rules~='PL1001']");
        await Assertions.Expect(highlight).ToHaveTextAsync("#石巻市");
        var finding = page.Locator("#findings li[data-rule='PL1001']");
        await Assertions.Expect(finding).ToBeVisibleAsync();
        await Assertions.Expect(finding.Locator(".badge")).ToHaveTextAsync("エラー");
        await Assertions.Expect(finding.Locator(".refs li").First).ToContainTextAsync("5(1)ア");
        await Assertions.Expect(finding.Locator("a.rule-id")).ToHaveAttributeAsync("href", "/rules/PL1001");
        await Assertions.Expect(page.Locator("#findings")).ToHaveAttributeAsync("role", "list");
        await Assertions.Expect(page.Locator("#counter-text")).ToContainTextAsync("/ 280");
        await ScreenshotAsync(page, "serve-draft.png");

        await finding.Locator("button.apply").ClickAsync();

        await Assertions.Expect(draft).ToHaveValueAsync("#PR #石巻市\n牡蠣が美味しい季節です。詳しくは https://www.city.ishinomaki.lg.jp/ をご覧ください");
        await Assertions.Expect(page.Locator("#findings li[data-rule='PL1001']")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("#backdrop mark[data-rules~='PL1001']")).ToHaveCountAsync(0);
    }

    [SkippableFact]
    public async Task Apply_all_safe_fixes_rewrites_the_draft()
    {
        var page = await OpenAsync();
        await page.SelectOptionAsync("#profile", "ishinomaki");
        await page.CheckAsync("#sponsored");
        await page.Locator("#draft").FillAsync("牡蠣の季節 #石巻市 #PR");
        await Assertions.Expect(page.Locator("#findings li[data-rule='PL1001']")).ToBeVisibleAsync();

        await page.ClickAsync("#fix-all");

        await Assertions.Expect(page.Locator("#draft")).ToHaveValueAsync("牡蠣の季節 #PR #石巻市");
        await Assertions.Expect(page.Locator("#status")).ToContainTextAsync("PL1001");
    }

    [SkippableFact]
    public async Task The_counter_counts_like_X_and_turns_red_over_the_limit()
    {
        var page = await OpenAsync();
        await page.Locator("#draft").FillAsync(new string('あ', 141));
        await Assertions.Expect(page.Locator("#counter-text")).ToContainTextAsync("282 / 280");
        await Assertions.Expect(page.Locator("#counter")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("over"));
    }

    [SkippableFact]
    public async Task The_tabs_work_with_the_keyboard()
    {
        var page = await OpenAsync();
        await page.FocusAsync("#tab-draft");
        await page.Keyboard.PressAsync("ArrowRight");
        await Assertions.Expect(page.Locator("#tab-audit")).ToHaveAttributeAsync("aria-selected", "true");
        await Assertions.Expect(page.Locator("#panel-audit")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#panel-draft")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator("#tab-audit")).ToBeFocusedAsync();
    }

    [SkippableFact]
    public async Task An_uploaded_X_archive_shows_the_counts_postlint_audit_prints()
    {
        var expected = CliAuditByRule(TestPaths.InRepo("samples", "x-archive"), "--profile", "ishinomaki");
        Assert.NotEmpty(expected);

        var page = await OpenAsync();
        await page.SelectOptionAsync("#profile", "ishinomaki");
        await page.ClickAsync("#tab-audit");
        var data = TestPaths.InRepo("samples", "x-archive", "data");
        await page.SetInputFilesAsync("#audit-files", [Path.Combine(data, "tweets.js"), Path.Combine(data, "note-tweet.js")]);
        await page.ClickAsync("#audit-run");

        await Assertions.Expect(page.Locator("#audit-result")).ToBeVisibleAsync();
        foreach (var (rule, count) in expected)
        {
            await Assertions.Expect(page.Locator($"#audit-by-rule tr[data-rule='{rule}'] td.num")).ToHaveTextAsync(count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        await Assertions.Expect(page.Locator("#audit-by-rule tbody tr")).ToHaveCountAsync(expected.Count);
        await ScreenshotAsync(page, "serve-audit.png");

        var (firstRule, firstCount) = expected.First();
        await page.SelectOptionAsync("#filter-rule", firstRule);
        await Assertions.Expect(page.Locator("#audit-findings tbody tr")).ToHaveCountAsync(firstCount);
        await Assertions.Expect(page.Locator($"#audit-findings tbody tr[data-rule='{firstRule}']")).ToHaveCountAsync(firstCount);
    }

    [SkippableFact]
    public async Task An_uploaded_X_archive_zip_shows_the_counts_postlint_audit_prints_for_it()
    {
        // The archive as X delivers it: one .zip with twitter-…/data/tweets.js and note-tweet.js.
        using var folder = new TempFolder();
        var zip = Path.Combine(folder.Path, "twitter-2025-04-01.zip");
        using (var archive = ZipFile.Open(zip, ZipArchiveMode.Create))
        {
            foreach (var name in new[] { "tweets.js", "note-tweet.js", "manifest.js" })
            {
                archive.CreateEntryFromFile(TestPaths.InRepo("samples", "x-archive", "data", name), "twitter-2025-04-01/data/" + name);
            }
        }

        var expected = CliAuditByRule(zip, "--profile", "ishinomaki");
        Assert.NotEmpty(expected);
        Assert.Equal(CliAuditByRule(TestPaths.InRepo("samples", "x-archive"), "--profile", "ishinomaki"), expected);

        var page = await OpenAsync();
        await page.SelectOptionAsync("#profile", "ishinomaki");
        await page.ClickAsync("#tab-audit");
        await page.SetInputFilesAsync("#audit-files", zip);
        await page.ClickAsync("#audit-run");

        await Assertions.Expect(page.Locator("#audit-result")).ToBeVisibleAsync();
        foreach (var (rule, count) in expected)
        {
            await Assertions.Expect(page.Locator($"#audit-by-rule tr[data-rule='{rule}'] td.num")).ToHaveTextAsync(count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        await Assertions.Expect(page.Locator("#audit-by-rule tbody tr")).ToHaveCountAsync(expected.Count);
    }

    [SkippableFact]
    public async Task Copy_puts_the_draft_on_the_clipboard()
    {
        var page = await OpenAsync();
        await page.Context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"]);
        await page.Locator("#draft").FillAsync("#PR #石巻市 牡蠣の季節です");
        await page.ClickAsync("#copy");
        await Assertions.Expect(page.Locator("#status")).ToHaveTextAsync("本文をコピーしました。");
        Assert.Equal("#PR #石巻市 牡蠣の季節です", await page.EvaluateAsync<string>("() => navigator.clipboard.readText()"));
    }

    [SkippableFact]
    public async Task The_audit_report_downloads_as_CSV_for_Excel()
    {
        var page = await OpenAsync();
        await page.SelectOptionAsync("#profile", "ishinomaki");
        await page.ClickAsync("#tab-audit");
        await page.SetInputFilesAsync("#audit-files", [Path.Combine(TestPaths.InRepo("samples", "x-archive", "data"), "tweets.js")]);
        await page.ClickAsync("#audit-run");
        await Assertions.Expect(page.Locator("#audit-result")).ToBeVisibleAsync();

        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync(".downloads button[data-format='csv']"));

        Assert.Equal("postlint-audit.csv", download.SuggestedFilename);
        var bytes = await File.ReadAllBytesAsync((await download.PathAsync())!);
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        Assert.Contains("PL1001", System.Text.Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task A_rule_link_opens_the_rule_page_rendered_by_the_server()
    {
        var page = await OpenAsync();
        await page.GotoAsync("/rules/PL1001");
        await Assertions.Expect(page.Locator("main.doc h1")).ToContainTextAsync("PL1001");
        await Assertions.Expect(page.Locator("main.doc table").First).ToBeVisibleAsync();
        await ScreenshotAsync(page, "serve-rule.png");
    }

    private static List<(string Rule, int Count)> CliAuditByRule(params string[] args)
    {
        using var folder = new TempFolder();
        var output = Path.Combine(folder.Path, "report.json");
        Cli.Program.Run(["audit", .. args, "--format", "json", "-o", output], new StringWriter(), new StringWriter());
        var byRule = JsonNode.Parse(File.ReadAllText(output))!["summary"]!["byRule"]!.AsObject();
        return [.. byRule.Select(p => (p.Key, (int)p.Value!))];
    }
}
