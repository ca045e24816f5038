using System.Collections.Concurrent;
using System.Collections.Frozen;
using Microsoft.Extensions.DependencyInjection;
using PostLint.Analysis;
using PostLint.Configuration;
using PostLint.Extensions.DependencyInjection;
using PostLint.Diagnostics;
using PostLint.Reporting;
using PostLint.Rules.Profiles;

namespace PostLint.Server;

/// <summary>
/// The engines of a server: one per resolved configuration, built on first use and then shared by
/// every request (an engine is thread-safe). The configuration is the server's (<c>postlint.json</c>
/// and the command-line overrides); a request may only pick another built-in profile, so the number
/// of engines is bounded by the number of profiles.
/// </summary>
public sealed class EngineCatalog
{
    private readonly ServerOptions _options;
    private readonly ConcurrentDictionary<string, Lazy<ServerEngine>> _byProfile = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Builds the default engine at once, so that a configuration problem stops the server before it listens.</summary>
    /// <exception cref="ConfigurationException">The configuration is unusable (PL0002).</exception>
    public EngineCatalog(ServerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        Default = Create(options.Overrides);
        ProfileNames = BuiltInProfiles.Instance.ProfileNames.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        if (Default.Engine.Options.Profile is { } profile)
        {
            _byProfile[profile] = new Lazy<ServerEngine>(Default);
        }
    }

    /// <summary>The engine of the server's own configuration (used when a request names no profile).</summary>
    public ServerEngine Default { get; }

    /// <summary>The profiles a request may name.</summary>
    public FrozenSet<string> ProfileNames { get; }

    /// <summary>The engine for a profile (null or empty: <see cref="Default"/>); false for an unknown profile.</summary>
    /// <exception cref="ConfigurationException">The configuration does not work with that profile.</exception>
    public bool TryGet(string? profile, out ServerEngine engine)
    {
        if (string.IsNullOrWhiteSpace(profile))
        {
            engine = Default;
            return true;
        }

        profile = profile.Trim();
        if (!ProfileNames.Contains(profile))
        {
            engine = Default;
            return false;
        }

        engine = _byProfile.GetOrAdd(
            profile,
            static (name, options) => new Lazy<ServerEngine>(() => Create(options.Overrides with { Profile = name }, options), LazyThreadSafetyMode.ExecutionAndPublication),
            _options).Value;
        return true;
    }

    private ServerEngine Create(ConfigurationOverrides overrides) => Create(overrides, _options);

    private static ServerEngine Create(ConfigurationOverrides overrides, ServerOptions options)
    {
        var services = new ServiceCollection();
        services.AddPostLint(o =>
        {
            o.ConfigurationFile = options.ConfigurationFile;
            o.DiscoverConfigurationFrom = options.ConfigurationFile is null ? options.DiscoverConfigurationFrom : null;
            o.Overrides = overrides;
        }).AddBuiltInRules();
        using var provider = services.BuildServiceProvider();
        return new ServerEngine(provider.GetRequiredService<PostAnalysisEngine>());
    }
}

/// <summary>An engine with what every report of it starts with, computed once.</summary>
public sealed class ServerEngine
{
    public ServerEngine(PostAnalysisEngine engine)
    {
        ArgumentNullException.ThrowIfNull(engine);
        Engine = engine;
        Run = new ReportRun([.. EngineDiagnostics.All, .. engine.SupportedDiagnostics], engine.Options);
        RunResult = engine.RunDiagnostics.IsEmpty
            ? null
            : PostResult.ForRun(engine.RunDiagnostics);
    }

    public PostAnalysisEngine Engine { get; }

    /// <summary>The rules and options a report names in its header.</summary>
    public ReportRun Run { get; }

    /// <summary>The engine's once-per-run findings (PL0003), reported first as <c>postlint check</c> does; null when there are none.</summary>
    public PostResult? RunResult { get; }
}
