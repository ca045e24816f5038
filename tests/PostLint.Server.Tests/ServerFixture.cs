using System.Net.Http.Headers;
using System.Text;
using Microsoft.AspNetCore.Builder;
using PostLint.Server.Hosting;

namespace PostLint.Server.Tests;

/// <summary>A real server (Kestrel) on a free loopback port, started once for the tests of a class.</summary>
public sealed class ServerFixture : IAsyncLifetime
{
    private WebApplication? _app;

    public Uri BaseAddress { get; private set; } = null!;

    public HttpClient Client { get; private set; } = null!;

    /// <summary>Options of the server; tests that need others start their own with <see cref="StartAsync"/>.</summary>
    public static ServerOptions DefaultOptions => new()
    {
        Urls = ["http://127.0.0.1:0"],
        DiscoverConfigurationFrom = null,
        MaxJsonBodyBytes = 64 * 1024,
        MaxTextLength = 20_000,
        MaxUploadBytes = 4 * 1024 * 1024,
        AuditJobs = 2,
    };

    public async Task InitializeAsync()
    {
        (_app, BaseAddress) = await StartAsync(DefaultOptions);
        Client = new HttpClient { BaseAddress = BaseAddress };
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }

    public static async Task<(WebApplication App, Uri BaseAddress)> StartAsync(ServerOptions options)
    {
        var app = PostLintServer.Create(options, logging => { });
        await app.StartAsync();
        var address = PostLintServer.Addresses(app).Single();
        return (app, new Uri(address.EndsWith('/') ? address : address + "/"));
    }

    public static StringContent Json(string json) => new(json, Encoding.UTF8, new MediaTypeHeaderValue("application/json"));
}
