using System.Net;
using System.Text.RegularExpressions;
using PostLint.Server.Security;

namespace PostLint.Server.Tests;

public sealed partial class SafetyTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    [Theory]
    [InlineData("evil.example")]
    [InlineData("attacker.test:8080")]
    [InlineData("127.0.0.1.nip.io")]
    public async Task A_foreign_Host_header_is_refused(string host)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "api/v1/rules");
        request.Headers.Host = host;
        using var response = await server.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.DoesNotContain("PL1001", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("localhost")]
    [InlineData("127.0.0.1")]
    [InlineData("LOCALHOST:8080")]
    public async Task Loopback_names_are_accepted(string host)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "api/v1/rules");
        request.Headers.Host = host;
        using var response = await server.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_POST_from_another_site_is_refused()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/v1/check") { Content = ServerFixture.Json("""{"text":"#PR"}""") };
        request.Headers.Add("Origin", "https://evil.example");
        using var response = await server.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task A_POST_from_the_page_itself_is_accepted()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/v1/check") { Content = ServerFixture.Json("""{"text":"#PR"}""") };
        request.Headers.Add("Origin", server.BaseAddress.GetLeftPart(UriPartial.Authority));
        using var response = await server.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task There_is_no_CORS_unless_asked()
    {
        using var request = new HttpRequestMessage(HttpMethod.Options, "api/v1/check");
        request.Headers.Add("Origin", "https://cms.example");
        request.Headers.Add("Access-Control-Request-Method", "POST");
        using var response = await server.Client.SendAsync(request);
        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task With_cors_the_named_origin_may_call_the_API_and_no_other()
    {
        var (app, address) = await ServerFixture.StartAsync(ServerFixture.DefaultOptions with { CorsOrigin = "https://cms.example" });
        try
        {
            using var client = new HttpClient { BaseAddress = address };
            using var preflight = new HttpRequestMessage(HttpMethod.Options, "api/v1/check");
            preflight.Headers.Add("Origin", "https://cms.example");
            preflight.Headers.Add("Access-Control-Request-Method", "POST");
            preflight.Headers.Add("Access-Control-Request-Headers", "content-type");
            using var allowed = await client.SendAsync(preflight);
            Assert.Equal("https://cms.example", allowed.Headers.GetValues("Access-Control-Allow-Origin").Single());

            using var post = new HttpRequestMessage(HttpMethod.Post, "api/v1/check") { Content = ServerFixture.Json("""{"text":"#PR"}""") };
            post.Headers.Add("Origin", "https://cms.example");
            using var posted = await client.SendAsync(post);
            Assert.Equal(HttpStatusCode.OK, posted.StatusCode);

            using var other = new HttpRequestMessage(HttpMethod.Post, "api/v1/check") { Content = ServerFixture.Json("""{"text":"#PR"}""") };
            other.Headers.Add("Origin", "https://evil.example");
            using var refused = await client.SendAsync(other);
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        }
        finally
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }

    [Fact]
    public async Task The_page_has_a_strict_policy_and_no_inline_script_or_style()
    {
        using var response = await server.Client.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var policy = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("script-src 'self'", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", policy, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());

        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("lang=\"ja\"", html, StringComparison.Ordinal);
        Assert.DoesNotMatch(InlineScript(), html);
        Assert.DoesNotMatch(InlineHandlerOrStyle(), html);
        Assert.DoesNotContain("http://", html.Replace("http://www.w3.org/2000/svg", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain("https://", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_asset_of_the_page_is_served_from_the_assembly()
    {
        var html = await server.Client.GetStringAsync("/");
        var assets = AssetReference().Matches(html).Select(m => m.Groups[1].Value).ToArray();
        Assert.NotEmpty(assets);
        foreach (var asset in assets)
        {
            using var response = await server.Client.GetAsync(asset);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }

    [Theory]
    [InlineData("/assets/..%2F..%2FPostLint.sln")]
    [InlineData("/assets/%2Fetc%2Fpasswd")]
    [InlineData("/assets/app.cs")]
    [InlineData("/rules/..%2F..%2FREADME")]
    [InlineData("/PostLint.sln")]
    [InlineData("/appsettings.json")]
    public async Task Nothing_of_the_file_system_is_reachable(string path)
    {
        using var response = await server.Client.GetAsync(path);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("http://127.0.0.1:8080", true)]
    [InlineData("http://localhost:8080", true)]
    [InlineData("http://[::1]:8080", true)]
    [InlineData("http://0.0.0.0:8080", false)]
    [InlineData("http://*:8080", false)]
    [InlineData("http://192.168.1.10:8080", false)]
    public void Loopback_addresses_are_told_apart_from_the_others(string url, bool loopback) =>
        Assert.Equal(loopback, RequestGuards.IsLoopbackUrl(url));

    [GeneratedRegex(@"<script(?![^>]*\bsrc=)[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex InlineScript();

    [GeneratedRegex(@"\s(on[a-z]+|style)\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex InlineHandlerOrStyle();

    [GeneratedRegex(@"(?:src|href)=""(/assets/[^""]+)""")]
    private static partial Regex AssetReference();
}
