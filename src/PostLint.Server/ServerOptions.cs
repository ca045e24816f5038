using PostLint.Configuration;
using PostLint.Localization;

namespace PostLint.Server;

/// <summary>How <c>postlint serve</c> runs: where it listens, which configuration its engines use, and its limits.</summary>
public sealed record ServerOptions
{
    /// <summary>The default address: loopback only, so a draft never leaves the machine unless asked.</summary>
    public const string DefaultUrl = "http://127.0.0.1:8080";

    /// <summary>Addresses to listen on (Kestrel URLs). Port 0 picks a free port.</summary>
    public IReadOnlyList<string> Urls { get; init; } = [DefaultUrl];

    /// <summary>A <c>postlint.json</c> to use; when null it is searched upwards from <see cref="DiscoverConfigurationFrom"/>.</summary>
    public string? ConfigurationFile { get; init; }

    /// <summary>The folder to search for <c>postlint.json</c> when no file is given (null: none is searched).</summary>
    public string? DiscoverConfigurationFrom { get; init; }

    /// <summary>Overrides from the command line (<c>--profile</c>, <c>--sponsored</c>, <c>--platform</c>, <c>--dicdir</c>).</summary>
    public ConfigurationOverrides Overrides { get; init; } = new();

    /// <summary>
    /// The language of problems and reports when a request's <c>Accept-Language</c> names neither
    /// Japanese nor English (<c>postlint serve --lang</c>, else the locale; Japanese by default).
    /// </summary>
    public DisplayLanguage Language { get; init; } = DisplayLanguage.Japanese;

    /// <summary>An origin allowed to call the API from a browser (<c>--cors</c>); null: no CORS at all.</summary>
    public string? CorsOrigin { get; init; }

    /// <summary>The largest JSON request body (<c>/check</c>, <c>/fix</c>, <c>/measure</c>).</summary>
    public long MaxJsonBodyBytes { get; init; } = 1024 * 1024;

    /// <summary>The longest post text accepted (Facebook allows 63,206 characters; this leaves room).</summary>
    public int MaxTextLength { get; init; } = 100_000;

    /// <summary>The largest upload to <c>/audit</c> (all files together).</summary>
    public long MaxUploadBytes { get; init; } = 256L * 1024 * 1024;

    /// <summary>The most files in one upload.</summary>
    public int MaxUploadFiles { get; init; } = 64;

    /// <summary>Audits that run at once; more wait their turn (each uses every core).</summary>
    public int MaxConcurrentAudits { get; init; } = 2;

    /// <summary>Threads one audit analyses on (default: the number of cores).</summary>
    public int AuditJobs { get; init; } = Environment.ProcessorCount;
}
