using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Primitives;
using PostLint.Localization;
using PostLint.Server.Http;

namespace PostLint.Server.Tests;

/// <summary>
/// Problems and reports of the server are in the language of the request: Japanese by default,
/// English for <c>Accept-Language: en…</c> or a server started with <c>--lang en</c>, with the
/// answer's language in <c>Content-Language</c>; <c>type</c> and <c>status</c> do not change.
/// </summary>
public sealed class LanguageTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    private static async Task<(JsonNode Problem, string? Language)> SendAsync(HttpClient client, HttpRequestMessage request)
    {
        using (request)
        {
            using var response = await client.SendAsync(request);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
            var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
            Assert.Equal((int)response.StatusCode, (int)problem["status"]!);
            return (problem, response.Content.Headers.ContentLanguage.SingleOrDefault());
        }
    }

    private static HttpRequestMessage UnknownProfile(string? acceptLanguage)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "api/v1/check") { Content = ServerFixture.Json("""{"text":"#PR","profile":"tokyo"}""") };
        if (acceptLanguage is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept-Language", acceptLanguage);
        }

        return request;
    }

    [Fact]
    public async Task A_problem_is_japanese_by_default()
    {
        var (problem, language) = await SendAsync(server.Client, UnknownProfile(null));
        Assert.Equal("不明な profile です", (string?)problem["title"]);
        Assert.StartsWith("profile 'tokyo' はありません。使える profile: ", (string?)problem["detail"], StringComparison.Ordinal);
        Assert.Equal("ja", language);
    }

    [Fact]
    public async Task A_problem_is_english_for_an_english_accept_language()
    {
        var (japanese, _) = await SendAsync(server.Client, UnknownProfile(null));
        var (problem, language) = await SendAsync(server.Client, UnknownProfile("en-US,en;q=0.9"));
        Assert.Equal("Unknown profile", (string?)problem["title"]);
        Assert.StartsWith("There is no profile 'tokyo'. Profiles: ", (string?)problem["detail"], StringComparison.Ordinal);
        Assert.Equal("en", language);
        Assert.Equal((string?)japanese["type"], (string?)problem["type"]);
        Assert.Equal(400, (int)problem["status"]!);
    }

    [Fact]
    public async Task Q_values_choose_between_the_languages()
    {
        Assert.Equal("Unknown profile", (string?)(await SendAsync(server.Client, UnknownProfile("fr-FR, ja;q=0.5, en;q=0.8"))).Problem["title"]);
        Assert.Equal("不明な profile です", (string?)(await SendAsync(server.Client, UnknownProfile("en;q=0, ja-JP"))).Problem["title"]);
        Assert.Equal("不明な profile です", (string?)(await SendAsync(server.Client, UnknownProfile("de-DE, fr;q=0.9"))).Problem["title"]);
    }

    [Fact]
    public async Task A_server_started_in_english_answers_english_without_the_header_and_japanese_when_asked()
    {
        var (app, address) = await ServerFixture.StartAsync(ServerFixture.DefaultOptions with { Language = DisplayLanguage.English });
        try
        {
            using var client = new HttpClient { BaseAddress = address };
            var (english, englishLanguage) = await SendAsync(client, UnknownProfile(null));
            Assert.Equal("Unknown profile", (string?)english["title"]);
            Assert.Equal("en", englishLanguage);

            var (japanese, japaneseLanguage) = await SendAsync(client, UnknownProfile("ja"));
            Assert.Equal("不明な profile です", (string?)japanese["title"]);
            Assert.Equal("ja", japaneseLanguage);

            // A language the server does not speak leaves its own.
            Assert.Equal("Unknown profile", (string?)(await SendAsync(client, UnknownProfile("ko-KR"))).Problem["title"]);
        }
        finally
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }

    [Fact]
    public async Task The_problems_of_the_framework_get_a_title_in_the_request_language()
    {
        var (japanese, language) = await SendAsync(server.Client, new HttpRequestMessage(HttpMethod.Get, "api/v1/nothing"));
        Assert.Equal("ページがありません", (string?)japanese["title"]);
        Assert.Equal("ja", language);

        var request = new HttpRequestMessage(HttpMethod.Get, "api/v1/nothing");
        request.Headers.AcceptLanguage.ParseAdd("en");
        var (english, _) = await SendAsync(server.Client, request);
        Assert.Equal("Not found", (string?)english["title"]);
    }

    [Fact]
    public async Task A_guard_refusal_and_a_json_error_are_in_the_request_language()
    {
        var host = new HttpRequestMessage(HttpMethod.Get, "api/v1/rules");
        host.Headers.Host = "evil.example";
        host.Headers.AcceptLanguage.ParseAdd("en-GB");
        var (refusal, _) = await SendAsync(server.Client, host);
        Assert.Equal("The Host header is not allowed", (string?)refusal["title"]);
        Assert.StartsWith("'evil.example' is not a name of this server.", (string?)refusal["detail"], StringComparison.Ordinal);

        var json = new HttpRequestMessage(HttpMethod.Post, "api/v1/check") { Content = ServerFixture.Json("{\"text\": \"#PR\",\n  \"profile\": }") };
        var (japanese, _) = await SendAsync(server.Client, json);
        Assert.Equal("JSON を読み取れません", (string?)japanese["title"]);
        Assert.StartsWith("JSON の 2 行 ", (string?)japanese["detail"], StringComparison.Ordinal);

        json = new HttpRequestMessage(HttpMethod.Post, "api/v1/check") { Content = ServerFixture.Json("{\"text\": \"#PR\",\n  \"profile\": }") };
        json.Headers.AcceptLanguage.ParseAdd("en");
        var (english, _) = await SendAsync(server.Client, json);
        Assert.Equal("The JSON cannot be read", (string?)english["title"]);
        Assert.StartsWith("The JSON has a problem at line 2, byte ", (string?)english["detail"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_audit_reports_its_rejected_records_in_the_request_language()
    {
        static MultipartFormDataContent Upload()
        {
            var content = new ByteArrayContent(Encoding.UTF8.GetBytes("{\"id\":\"a\",\"text\":\"こんにちは\"}\n{\"id\":\"b\"}\n"));
            content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            return new MultipartFormDataContent { { content, "files", "posts.jsonl" } };
        }

        using var japanese = await server.Client.PostAsync("api/v1/audit", Upload());
        Assert.Equal("ja", japanese.Content.Headers.ContentLanguage.Single());
        var japaneseReason = (string?)JsonNode.Parse(await japanese.Content.ReadAsStringAsync())!["results"]!.AsArray().Single(r => (string?)r!["ruleId"] == "PL0001")!["message"];
        Assert.Contains("`text` がありません", japaneseReason, StringComparison.Ordinal);

        using var request = new HttpRequestMessage(HttpMethod.Post, "api/v1/audit") { Content = Upload() };
        request.Headers.AcceptLanguage.ParseAdd("en-US");
        using var english = await server.Client.SendAsync(request);
        Assert.Equal("en", english.Content.Headers.ContentLanguage.Single());
        var englishReason = (string?)JsonNode.Parse(await english.Content.ReadAsStringAsync())!["results"]!.AsArray().Single(r => (string?)r!["ruleId"] == "PL0001")!["message"];
        Assert.Contains("the record has no 'text'", englishReason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, DisplayLanguage.Japanese)]
    [InlineData("", DisplayLanguage.Japanese)]
    [InlineData("en", DisplayLanguage.English)]
    [InlineData("EN-us", DisplayLanguage.English)]
    [InlineData("ja-JP,ja;q=0.9,en;q=0.8", DisplayLanguage.Japanese)]
    [InlineData("en-US,en;q=0.9,ja;q=0.8", DisplayLanguage.English)]
    [InlineData("ja;q=0.4, en;q=0.6", DisplayLanguage.English)]
    [InlineData("eng, ja;q=0.1", DisplayLanguage.Japanese)]
    [InlineData("*", DisplayLanguage.Japanese)]
    [InlineData("en;q=0", DisplayLanguage.Japanese)]
    [InlineData("de, *;q=0.5", DisplayLanguage.Japanese)]
    public void Accept_language_picks_the_best_of_japanese_and_english(string? header, DisplayLanguage expected)
    {
        Assert.Equal(expected, RequestLanguage.Choose(new StringValues(header), DisplayLanguage.Japanese));
    }

    [Fact]
    public void A_header_without_either_language_keeps_the_server_language()
    {
        Assert.Equal(DisplayLanguage.English, RequestLanguage.Choose(new StringValues("fr, *;q=0.1"), DisplayLanguage.English));
        Assert.Equal(DisplayLanguage.Japanese, RequestLanguage.Choose(new StringValues("en;q=0.2, ja;q=0.9"), DisplayLanguage.English));
    }
}
