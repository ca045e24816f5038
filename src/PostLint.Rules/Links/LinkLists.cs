using System.Collections.Immutable;
using PostLint.Configuration;
using PostLint.Rules.Infrastructure;

namespace PostLint.Rules.Links;

/// <summary>
/// The host lists the link rules share: the built-in lists (<c>Data/Lists/url-shorteners.txt</c>,
/// <c>Data/Lists/denied-hosts.txt</c>) merged with what the configuration adds
/// (<c>links.shorteners</c>, <c>links.deny</c>). Built-in lists are read once per process; a
/// merged list is cached per options instance, so every engine built from the same options
/// shares it.
/// </summary>
internal static class LinkLists
{
    public const string ShortenersFile = "Lists/url-shorteners.txt";

    public const string DeniedHostsFile = "Lists/denied-hosts.txt";

    private static readonly Lazy<ImmutableArray<HostPattern>> BuiltInShortenerPatterns = new(() => ReadHostPatterns(ShortenersFile));

    private static readonly Lazy<ImmutableArray<HostPattern>> BuiltInDeniedPatterns = new(() => ReadHostPatterns(DeniedHostsFile));

    private static readonly Lazy<HostList> BuiltInShortenerList = new(() => new HostList(BuiltInShortenerPatterns.Value));

    private static readonly Lazy<HostList> BuiltInDeniedList = new(() => new HostList(BuiltInDeniedPatterns.Value));

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<AnalyzerOptions, HostList> ShortenerCache = [];

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<AnalyzerOptions, HostList> DeniedCache = [];

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<AnalyzerOptions, HostList> TrustedCache = [];

    /// <summary>The hosts of <c>url-shorteners.txt</c>, in file order.</summary>
    public static ImmutableArray<HostPattern> BuiltInShorteners => BuiltInShortenerPatterns.Value;

    /// <summary>The patterns of <c>denied-hosts.txt</c>, in file order.</summary>
    public static ImmutableArray<HostPattern> BuiltInDeniedHosts => BuiltInDeniedPatterns.Value;

    /// <summary>Built-in shorteners plus <see cref="LinkOptions.Shorteners"/>.</summary>
    public static HostList Shorteners(AnalyzerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.Get(LinkOptions.Section).Shorteners.IsDefaultOrEmpty
            ? BuiltInShortenerList.Value
            : ShortenerCache.GetValue(options, static o => new HostList([.. BuiltInShortenerPatterns.Value, .. o.Get(LinkOptions.Section).Shorteners]));
    }

    /// <summary>Built-in denied hosts plus <see cref="LinkOptions.Deny"/>.</summary>
    public static HostList Denied(AnalyzerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.Get(LinkOptions.Section).Deny.IsDefaultOrEmpty
            ? BuiltInDeniedList.Value
            : DeniedCache.GetValue(options, static o => new HostList([.. BuiltInDeniedPatterns.Value, .. o.Get(LinkOptions.Section).Deny]));
    }

    /// <summary>The hosts of <see cref="LinkOptions.Trusted"/> (empty when none are configured).</summary>
    public static HostList Trusted(AnalyzerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return TrustedCache.GetValue(options, static o => new HostList(o.Get(LinkOptions.Section).Trusted is { IsDefault: false } trusted ? trusted : []));
    }

    /// <summary>True when <paramref name="pattern"/> came from a built-in list rather than the configuration.</summary>
    public static bool IsBuiltInDenied(HostPattern pattern) => BuiltInDeniedPatterns.Value.Contains(pattern);

    /// <summary>
    /// Reads a host list file: one pattern per line (the first word; the rest of the line is a
    /// comment), <c>#</c> lines are the header. A bad entry is a bug in the shipped data, so it
    /// fails loudly with the file and the entry.
    /// </summary>
    internal static ImmutableArray<HostPattern> ReadHostPatterns(string relativePath)
    {
        var patterns = ImmutableArray.CreateBuilder<HostPattern>();
        foreach (var entry in EmbeddedData.ReadList(relativePath))
        {
            var end = entry.AsSpan().IndexOfAny(' ', '\t');
            var host = end < 0 ? entry : entry[..end];
            if (!HostPattern.TryParse(host, out var pattern, out var error))
            {
                throw new InvalidDataException($"Data/{relativePath}: entry '{host}': {error}.");
            }

            patterns.Add(pattern!);
        }

        return patterns.ToImmutable();
    }
}
