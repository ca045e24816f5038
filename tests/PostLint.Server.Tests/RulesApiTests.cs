using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using PostLint.Server.Api;

namespace PostLint.Server.Tests;

public sealed class RulesApiTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    [Fact]
    public async Task Rules_lists_every_rule_with_its_severity_under_the_profile()
    {
        var ishinomaki = JsonSerializer.Deserialize(await server.Client.GetStringAsync("api/v1/rules?profile=ishinomaki"), ServerJsonContext.Default.RulesResponse)!;
        var joetsu = JsonSerializer.Deserialize(await server.Client.GetStringAsync("api/v1/rules?profile=joetsu"), ServerJsonContext.Default.RulesResponse)!;

        Assert.Equal("ishinomaki", ishinomaki.Profile);
        Assert.Equal("error", ishinomaki.Rules.Single(r => r.Id == "PL1001").Severity);
        Assert.Equal("none", ishinomaki.Rules.Single(r => r.Id == "PL6001").Severity);
        Assert.Equal("warning", joetsu.Rules.Single(r => r.Id == "PL6001").Severity);
        Assert.Equal("/rules/PL1001", ishinomaki.Rules.Single(r => r.Id == "PL1001").DocUrl);
        Assert.Contains(ishinomaki.Rules, r => r.Id == "PL0001");
        var pl1001 = ishinomaki.Rules.Single(r => r.Id == "PL1001");
        Assert.Equal(Localization.Messages.Japanese.RuleTitle(FindRule("PL1001")), pl1001.TitleJa);
        Assert.NotEqual(pl1001.Title, pl1001.TitleJa);
    }

    private static Diagnostics.DiagnosticDescriptor FindRule(string id) =>
        Rules.BuiltInRules.CreateAnalyzers().SelectMany(a => a.SupportedDiagnostics).First(d => d.Id == id);

    [Fact]
    public async Task A_rule_page_comes_as_Markdown_and_HTML()
    {
        Assert.Contains("\"titleJa\": \"情報元タグ", (await server.Client.GetStringAsync("api/v1/rules/PL1001")).Replace("\":\"", "\": \"", StringComparison.Ordinal), StringComparison.Ordinal);
        var doc = JsonSerializer.Deserialize(await server.Client.GetStringAsync("api/v1/rules/pl1001?profile=ishinomaki"), ServerJsonContext.Default.RuleDocument)!;

        Assert.Equal("PL1001", doc.Id);
        Assert.Equal("ja", doc.Language);
        Assert.StartsWith("# PL1001: 情報元タグが関係タグより前にある\n", doc.Markdown, StringComparison.Ordinal);
        Assert.Contains("<h2>直し方</h2>", doc.Html, StringComparison.Ordinal);
        Assert.Contains("<table>", doc.Html, StringComparison.Ordinal);
        Assert.Contains("<h2", doc.Html, StringComparison.Ordinal);
        Assert.Contains("<code>#石巻市 #PR", doc.Html, StringComparison.Ordinal);
        Assert.Equal("error", doc.Severity);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("EN-us")]
    public async Task A_rule_page_comes_in_English_with_lang_en(string lang)
    {
        var doc = JsonSerializer.Deserialize(await server.Client.GetStringAsync("api/v1/rules/PL1001?lang=" + lang), ServerJsonContext.Default.RuleDocument)!;

        Assert.Equal("en", doc.Language);
        Assert.StartsWith("# PL1001: Source tag before disclosure tag\n", doc.Markdown, StringComparison.Ordinal);
        Assert.Contains("<h2>How to fix</h2>", doc.Html, StringComparison.Ordinal);
        Assert.Contains("<code>#石巻市 #PR", doc.Html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("api/v1/rules/PL1001?lang=fr")]
    [InlineData("rules/PL1001?lang=de")]
    public async Task A_language_PostLint_does_not_speak_is_a_400_problem(string path)
    {
        using var response = await server.Client.GetAsync(path);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("lang", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_rule_page_is_served_as_a_page_for_the_finding_links()
    {
        using var response = await server.Client.GetAsync("rules/PL1001");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("<html lang=\"ja\">", html, StringComparison.Ordinal);
        Assert.Contains("<title>PL1001: 情報元タグが関係タグより前にある — PostLint</title>", html, StringComparison.Ordinal);
        Assert.Contains("<h2>ルールの説明</h2>", html, StringComparison.Ordinal);
        Assert.Contains("石巻市ソーシャルメディアガイドライン 5(1)ア", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/rules/PL1001?lang=en\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_rule_page_is_served_in_English_with_lang_en()
    {
        var html = await server.Client.GetStringAsync("rules/pl1001?lang=en");
        Assert.Contains("<html lang=\"en\">", html, StringComparison.Ordinal);
        Assert.Contains("<title>PL1001: Source tag before disclosure tag — PostLint</title>", html, StringComparison.Ordinal);
        Assert.Contains("<h2>Rule description</h2>", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/rules/PL1001\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_rule_of_the_engine_has_a_page()
    {
        var rules = JsonSerializer.Deserialize(await server.Client.GetStringAsync("api/v1/rules"), ServerJsonContext.Default.RulesResponse)!;
        foreach (var rule in rules.Rules)
        {
            using var response = await server.Client.GetAsync("api/v1/rules/" + rule.Id);
            Assert.True(response.StatusCode == HttpStatusCode.OK, rule.Id);

            // Japanese by default: the embedded docs/rules/ja page, titled with the rule's Japanese title.
            var doc = JsonSerializer.Deserialize(await response.Content.ReadAsStringAsync(), ServerJsonContext.Default.RuleDocument)!;
            Assert.True(doc.Language == "ja", $"{rule.Id} has no Japanese page");
            Assert.StartsWith($"# {rule.Id}: {rule.TitleJa}\n", doc.Markdown, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("PL9999")]
    [InlineData("README")]
    public async Task An_unknown_rule_is_a_404_problem(string id)
    {
        using var response = await server.Client.GetAsync("api/v1/rules/" + id);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task The_OpenAPI_document_describes_the_API()
    {
        using var response = await server.Client.GetAsync("openapi/v1.json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.StartsWith("3.", (string?)document["openapi"], StringComparison.Ordinal);
        var paths = document["paths"]!.AsObject();
        foreach (var path in new[] { "/api/v1/check", "/api/v1/fix", "/api/v1/measure", "/api/v1/rules", "/api/v1/rules/{id}", "/api/v1/audit" })
        {
            Assert.True(paths.ContainsKey(path), path);
        }

        Assert.False(paths.ContainsKey("/"));
        var schemas = document["components"]!["schemas"]!.AsObject();
        Assert.True(schemas["CheckRequest"]!["properties"]!.AsObject().ContainsKey("text"));
        Assert.True(schemas["ReportFinding"]!["properties"]!.AsObject().ContainsKey("ruleId"));
        var checkBody = paths["/api/v1/check"]!["post"]!["requestBody"]!["content"]!.AsObject();
        Assert.True(checkBody.ContainsKey("application/json"));
        var upload = paths["/api/v1/audit"]!["post"]!["requestBody"]!["content"]!["multipart/form-data"]!["schema"]!;
        Assert.Equal("binary", (string?)upload["properties"]!["files"]!["items"]!["format"]);
        var auditParameters = paths["/api/v1/audit"]!["post"]!["parameters"]!.AsArray().Select(p => (string?)p!["name"]).ToArray();
        Assert.Contains("profile", auditParameters);
        Assert.Contains("format", auditParameters);
    }
}
