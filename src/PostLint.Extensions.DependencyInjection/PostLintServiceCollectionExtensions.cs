using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PostLint.Analysis;
using PostLint.Configuration;
using PostLint.Morphemes;
using PostLint.Morphology;
using PostLint.Rules;
using PostLint.Rules.Profiles;

namespace PostLint.Extensions.DependencyInjection;

/// <summary>What <c>AddPostLint</c> is configured with: where the configuration comes from and what overrides it.</summary>
public sealed class PostLintOptions
{
    /// <summary>A <c>postlint.json</c> to read; when null and <see cref="DiscoverConfigurationFrom"/> is set, it is searched upwards from there.</summary>
    public string? ConfigurationFile { get; set; }

    /// <summary>A folder to search for <c>postlint.json</c> (walking up) when no file is given.</summary>
    public string? DiscoverConfigurationFrom { get; set; }

    /// <summary>A configuration written in code, used instead of a file.</summary>
    public ConfigurationLayer? Configuration { get; set; }

    /// <summary>Command-line style overrides (profile, sponsored, platform, dictionaries).</summary>
    public ConfigurationOverrides Overrides { get; set; } = new();

    /// <summary>Shorthand for <c>Overrides with { Profile = value }</c>.</summary>
    public string? Profile
    {
        get => Overrides.Profile;
        set => Overrides = Overrides with { Profile = value };
    }
}

/// <summary>Builder returned by <see cref="PostLintServiceCollectionExtensions.AddPostLint"/> to add rules and profiles.</summary>
public sealed class PostLintBuilder
{
    internal PostLintBuilder(IServiceCollection services) => Services = services;

    /// <summary>The service collection PostLint was added to, for registrations of your own.</summary>
    public IServiceCollection Services { get; }

    /// <summary>Adds a custom rule (a <see cref="PostAnalyzer"/> subclass).</summary>
    public PostLintBuilder AddAnalyzer<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] TAnalyzer>()
        where TAnalyzer : PostAnalyzer
    {
        Services.AddSingleton<PostAnalyzer, TAnalyzer>();
        return this;
    }

    /// <summary>Adds a custom rule instance, such as one built with settings of its own; the engine shares it between threads.</summary>
    /// <returns>This builder, to chain further additions.</returns>
    public PostLintBuilder AddAnalyzer(PostAnalyzer analyzer)
    {
        Services.AddSingleton(analyzer);
        return this;
    }

    /// <summary>Adds every built-in rule (<see cref="BuiltInRules.CreateAnalyzers"/>) and the built-in profiles (ishinomaki, joetsu, mine, recommended).</summary>
    /// <returns>This builder, to chain further additions.</returns>
    public PostLintBuilder AddBuiltInRules()
    {
        foreach (var analyzer in BuiltInRules.CreateAnalyzers())
        {
            AddAnalyzer(analyzer);
        }

        return AddProfiles(BuiltInProfiles.Instance);
    }

    /// <summary>Uses <paramref name="provider"/> for morphemes instead of the MeCab dictionaries of <see cref="MecabMorphemeAnalyzerProvider.Shared"/>.</summary>
    /// <returns>This builder, to chain further additions.</returns>
    public PostLintBuilder UseMorphology(MorphemeAnalyzerProvider provider)
    {
        ArgumentNullException.ThrowIfNull(provider);
        Services.Replace(ServiceDescriptor.Singleton(provider));
        return this;
    }

    /// <summary>Adds profiles that configuration files and <see cref="PostLintOptions.Profile"/> can name (a city's own profile).</summary>
    /// <returns>This builder, to chain further additions.</returns>
    public PostLintBuilder AddProfiles(IProfileProvider provider)
    {
        Services.AddSingleton(provider);
        return this;
    }
}

/// <summary>
/// Registers PostLint in a service collection: the configuration, MeCab morphology
/// (<see cref="MecabMorphemeAnalyzerProvider.Shared"/>) and a shared, thread-safe engine.
/// </summary>
public static class PostLintServiceCollectionExtensions
{
    /// <summary>
    /// Adds the engine. Add rules with the returned builder — the built-in ones with
    /// <see cref="PostLintBuilder.AddBuiltInRules"/>, your own with <c>.AddAnalyzer&lt;T&gt;()</c>.
    /// Resolving <see cref="PostAnalysisEngine"/> throws <see cref="ConfigurationException"/> (PL0002)
    /// when the configuration is unusable.
    /// </summary>
    public static PostLintBuilder AddPostLint(this IServiceCollection services, Action<PostLintOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = new PostLintOptions();
        configure?.Invoke(options);
        services.TryAddSingleton(options);
        services.TryAddSingleton<MorphemeAnalyzerProvider>(MecabMorphemeAnalyzerProvider.Shared);
        services.TryAddSingleton(static provider => CreatePlan(provider));
        services.TryAddSingleton(static provider => provider.GetRequiredService<ConfigurationPlan>().Options);
        services.TryAddSingleton(static provider => new PostAnalysisEngine(
            provider.GetServices<PostAnalyzer>(),
            provider.GetRequiredService<AnalyzerOptions>(),
            provider.GetRequiredService<MorphemeAnalyzerProvider>()));
        // Drafts with per-path overrides or front matter get engines of their own, built once per configuration.
        services.TryAddSingleton(static provider => new PostAnalysisEngines(
            provider.GetServices<PostAnalyzer>(),
            provider.GetRequiredService<ConfigurationPlan>(),
            provider.GetRequiredService<PostAnalysisEngine>(),
            provider.GetRequiredService<MorphemeAnalyzerProvider>()));
        return new PostLintBuilder(services);
    }

    private static ConfigurationPlan CreatePlan(IServiceProvider provider)
    {
        var options = provider.GetRequiredService<PostLintOptions>();
        var resolver = ConfigurationResolver.For(provider.GetServices<IProfileProvider>(), provider.GetServices<PostAnalyzer>());
        var problems = new List<ConfigurationProblem>();
        ConfigurationPlan result;
        if (options.Configuration is not null)
        {
            result = resolver.Plan(options.Configuration, options.Overrides, problems);
        }
        else
        {
            var file = options.ConfigurationFile ??
                (options.DiscoverConfigurationFrom is null ? null : ConfigurationFileLocator.Find(options.DiscoverConfigurationFrom));
            result = resolver.PlanFile(file, options.Overrides, out var fileProblems);
            problems.AddRange(fileProblems);
        }

        return problems.Count > 0 ? throw new ConfigurationException(problems) : result;
    }
}
