using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace PostLint.Server.Tests;

/// <summary>Every bad request gets an RFC 7807 problem with the reason (4xx, never 500), and the server keeps serving.</summary>
public sealed class ProblemTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    private async Task<JsonNode> AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal((int)status, (int)problem["status"]!);
        Assert.False(string.IsNullOrWhiteSpace((string?)problem["title"]));

        // The server still answers a good request after the bad one.
        using var good = await server.Client.PostAsync("api/v1/check", ServerFixture.Json("""{"text":"こんにちは"}"""));
        Assert.Equal(HttpStatusCode.OK, good.StatusCode);
        return problem;
    }

    [Fact]
    public async Task Malformed_JSON_is_400_with_the_position()
    {
        using var response = await server.Client.PostAsync("api/v1/check", ServerFixture.Json("{\"text\": \"#PR\",\n  \"profile\": }"));
        var problem = await AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains("2 行", (string?)problem["detail"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Truncated_JSON_is_400()
    {
        using var response = await server.Client.PostAsync("api/v1/fix", ServerFixture.Json("{\"text\": \"#PR"));
        await AssertProblemAsync(response, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_field_of_the_wrong_type_is_400_naming_the_field()
    {
        using var response = await server.Client.PostAsync("api/v1/check", ServerFixture.Json("""{"text":"#PR","sponsored":"yes"}"""));
        var problem = await AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains("sponsored", (string?)problem["detail"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_misspelt_field_is_400_not_ignored()
    {
        using var response = await server.Client.PostAsync("api/v1/check", ServerFixture.Json("""{"text":"#PR","sponsered":true}"""));
        var problem = await AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains("sponsered", (string?)problem["detail"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_createdAt_is_400()
    {
        using var response = await server.Client.PostAsync("api/v1/check", ServerFixture.Json("""{"text":"#PR","createdAt":"昨日"}"""));
        var problem = await AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains("createdAt", (string?)problem["detail"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Missing_text_is_400()
    {
        using var response = await server.Client.PostAsync("api/v1/check", ServerFixture.Json("""{"profile":"ishinomaki"}"""));
        var problem = await AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains("text", (string?)problem["detail"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_null_body_is_400()
    {
        using var response = await server.Client.PostAsync("api/v1/check", ServerFixture.Json("null"));
        await AssertProblemAsync(response, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task An_unknown_profile_is_400_listing_the_profiles()
    {
        using var response = await server.Client.PostAsync("api/v1/check", ServerFixture.Json("""{"text":"#PR","profile":"tokyo"}"""));
        var problem = await AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains("ishinomaki", (string?)problem["detail"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_platform_is_400_listing_the_platforms()
    {
        using var response = await server.Client.PostAsync("api/v1/check", ServerFixture.Json("""{"text":"#PR","platform":"myspace"}"""));
        var problem = await AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains("threads", (string?)problem["detail"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_body_that_is_not_JSON_is_415()
    {
        using var response = await server.Client.PostAsync("api/v1/check", new StringContent("text=#PR", Encoding.UTF8, "application/x-www-form-urlencoded"));
        await AssertProblemAsync(response, HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task A_body_over_the_limit_is_413()
    {
        var padding = new string(' ', 70 * 1024);
        using var response = await server.Client.PostAsync("api/v1/check", ServerFixture.Json("{\"text\":\"#PR\"" + padding + "}"));
        await AssertProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task A_body_over_the_limit_without_a_length_is_413()
    {
        var padding = new string(' ', 70 * 1024);
        var content = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes("{\"text\":\"#PR\"" + padding + "}")));
        content.Headers.ContentType = new("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/v1/check") { Content = content };
        request.Headers.TransferEncodingChunked = true;
        using var response = await server.Client.SendAsync(request);
        await AssertProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task A_text_over_the_length_limit_is_413()
    {
        using var response = await server.Client.PostAsync("api/v1/check", ServerFixture.Json($$"""{"text":"{{new string('あ', 20_001)}}"}"""));
        await AssertProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task An_unknown_address_is_a_404_problem()
    {
        using var response = await server.Client.GetAsync("api/v1/nothing");
        await AssertProblemAsync(response, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_wrong_method_is_405()
    {
        using var response = await server.Client.GetAsync("api/v1/check");
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }
}
