using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using PostLint.Server.Api;

namespace PostLint.Server.Tests;

public sealed class CheckApiTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    private const string SponsoredDraft = "#石巻市 #PR\n牡蠣が美味しい季節です";

    [Fact]
    public async Task Check_reports_PL1001_on_the_source_tag_with_its_swap_fix()
    {
        using var response = await server.Client.PostAsync("api/v1/check", ServerFixture.Json("""{"text":"#石巻市 #PR\n牡蠣が美味しい季節です","profile":"ishinomaki","sponsored":true}"""));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        var report = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("ishinomaki", (string?)report["tool"]!["profile"]);
        var finding = report["results"]!.AsArray().Single(r => (string?)r!["ruleId"] == "PL1001")!;
        Assert.Equal("error", (string?)finding["severity"]);
        Assert.Equal(0, (int)finding["start"]!);
        Assert.Equal("#石巻市".Length, (int)finding["length"]!);
        Assert.Equal("draft", (string?)finding["postId"]);
        Assert.Contains(finding["references"]!.AsArray(), r => ((string?)r)!.Contains("5(1)ア", StringComparison.Ordinal));
        var fix = finding["fixes"]!.AsArray().Single()!;
        Assert.Equal("safe", (string?)fix["applicability"]);
        Assert.Equal(1, (int)report["summary"]!["posts"]!);
        Assert.Equal(1, (int)report["summary"]!["byRule"]!["PL1001"]!);
    }

    [Fact]
    public async Task Check_writes_the_same_report_as_postlint_check_format_json()
    {
        using var folder = new TempFolder();
        var path = folder.Write("draft.txt", SponsoredDraft);
        var cliOutput = new StringWriter();
        var exit = Cli.Program.Run(["check", path, "--format", "json", "--profile", "ishinomaki", "--sponsored"], cliOutput, new StringWriter());
        Assert.Equal(1, exit);

        using var response = await server.Client.PostAsync("api/v1/check", ServerFixture.Json(JsonSerializer.Serialize(new { text = SponsoredDraft, id = "draft.txt", profile = "ishinomaki", sponsored = true })));
        var apiText = await response.Content.ReadAsStringAsync();

        // The CLI names the file it read; the API names the draft by its id. Everything else is the same writer's output.
        var expected = cliOutput.ToString().Replace(JsonEncodedText.Encode(path, System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping).ToString(), "draft.txt", StringComparison.Ordinal);
        Assert.Equal(expected, apiText);
    }

    [Fact]
    public async Task The_report_matches_the_schema_the_OpenAPI_document_describes()
    {
        using var response = await server.Client.PostAsync("api/v1/check", ServerFixture.Json("""{"text":"#石巻市 #PR bit.ly/abc 090-1234-5678","profile":"ishinomaki","sponsored":true}"""));
        var json = await response.Content.ReadAsStringAsync();

        // Strict: a field the writer adds that the documented model lacks fails here.
        var report = JsonSerializer.Deserialize(json, ServerJsonContext.Default.JsonReport)!;
        Assert.Equal(1, report.Version);
        Assert.Contains(report.Results, r => r.RuleId == "PL1001");
        Assert.Contains(report.Results, r => r.RuleId == "PL2001");
        Assert.Equal(report.Results.Count, report.Summary.ByRule.Values.Sum());
    }

    [Fact]
    public async Task Fix_applies_the_safe_fixes_and_names_them()
    {
        using var response = await server.Client.PostAsync("api/v1/fix", ServerFixture.Json("""{"text":"#石巻市 #PR\n牡蠣","profile":"ishinomaki","sponsored":true}"""));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = JsonSerializer.Deserialize(await response.Content.ReadAsStringAsync(), ServerJsonContext.Default.FixResponse)!;
        Assert.Equal("#PR #石巻市\n牡蠣", result.FixedText);
        Assert.True(result.Changed);
        Assert.Contains(result.Applied, a => a.RuleId == "PL1001" && a.Applicability == "safe");
    }

    [Fact]
    public async Task Fix_applies_unsafe_fixes_only_when_asked()
    {
        const string Draft = "牡蠣が美味しい季節です";
        using var safeOnly = await server.Client.PostAsync("api/v1/fix", ServerFixture.Json($$"""{"text":"{{Draft}}","profile":"ishinomaki","sponsored":true}"""));
        using var withUnsafe = await server.Client.PostAsync("api/v1/fix", ServerFixture.Json($$"""{"text":"{{Draft}}","profile":"ishinomaki","sponsored":true,"unsafeFixes":true}"""));

        var safe = JsonSerializer.Deserialize(await safeOnly.Content.ReadAsStringAsync(), ServerJsonContext.Default.FixResponse)!;
        var all = JsonSerializer.Deserialize(await withUnsafe.Content.ReadAsStringAsync(), ServerJsonContext.Default.FixResponse)!;
        Assert.Equal(Draft, safe.FixedText);
        Assert.False(safe.Changed);
        Assert.StartsWith("#PR #石巻市", all.FixedText, StringComparison.Ordinal);
        Assert.Contains(all.Applied, a => a.RuleId == "PL1004" && a.Applicability == "unsafe");
    }

    [Fact]
    public async Task Platform_and_createdAt_reach_the_rules()
    {
        var longText = new string('あ', 141);
        using var onX = await server.Client.PostAsync("api/v1/check", ServerFixture.Json($$"""{"text":"{{longText}}","platform":"x"}"""));
        using var onThreads = await server.Client.PostAsync("api/v1/check", ServerFixture.Json($$"""{"text":"{{longText}}","platform":"threads"}"""));

        Assert.Contains("\"PL5001\"", await onX.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain("\"PL5001\"", await onThreads.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // 上越市: posted on a Sunday evening (JST) is outside business hours.
        using var sunday = await server.Client.PostAsync("api/v1/check", ServerFixture.Json("""{"text":"図書館のお知らせです","profile":"joetsu","createdAt":"2025-06-01T21:00:00+09:00"}"""));
        using var monday = await server.Client.PostAsync("api/v1/check", ServerFixture.Json("""{"text":"図書館のお知らせです","profile":"joetsu","createdAt":"2025-06-02T10:00:00+09:00"}"""));
        Assert.Contains("\"PL6001\"", await sunday.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain("\"PL6001\"", await monday.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Measure_counts_like_X_and_compares_with_the_platform_limit()
    {
        using var shortDraft = await server.Client.PostAsync("api/v1/measure", ServerFixture.Json("""{"text":"石巻 https://example.com/a/very/long/path/that/counts/as/23"}"""));
        var measured = JsonSerializer.Deserialize(await shortDraft.Content.ReadAsStringAsync(), ServerJsonContext.Default.MeasureResponse)!;
        Assert.Equal("x", measured.Platform);
        Assert.Equal(4 + 1 + 23, measured.Length);
        Assert.Equal(280, measured.Limit);
        Assert.False(measured.Over);

        using var overLimit = await server.Client.PostAsync("api/v1/measure", ServerFixture.Json($$"""{"text":"{{new string('あ', 141)}}"}"""));
        var over = JsonSerializer.Deserialize(await overLimit.Content.ReadAsStringAsync(), ServerJsonContext.Default.MeasureResponse)!;
        Assert.Equal(282, over.Length);
        Assert.True(over.Over);
    }
}
