using System.Collections.Frozen;
using PostLint.Configuration;

namespace PostLint.Rules.Links;

/// <summary>
/// A set of <see cref="HostPattern"/>s that answers "which pattern matches this host?" with one
/// hash lookup per label of the host instead of a loop over the patterns, and without allocating
/// for ASCII hosts (the host is lower-cased into a stack buffer and looked up as a span). The
/// matching rules are <see cref="HostPattern"/>'s: <c>bit.ly</c> matches <c>bit.ly</c> and
/// <c>x.bit.ly</c> but not <c>orbit.ly</c>; <c>*.lg.jp</c> and <c>.xxx</c> match subdomains only.
/// </summary>
internal sealed class HostList
{
    // RFC 1035: a host name has at most 253 characters; longer ones are not hosts we can match.
    private const int MaxHostLength = 253;

    private readonly FrozenDictionary<string, HostPattern>.AlternateLookup<ReadOnlySpan<char>> _hostAndSubdomains;
    private readonly FrozenDictionary<string, HostPattern>.AlternateLookup<ReadOnlySpan<char>> _subdomainsOnly;

    public HostList(IEnumerable<HostPattern> patterns)
    {
        ArgumentNullException.ThrowIfNull(patterns);
        var hostAndSubdomains = new Dictionary<string, HostPattern>(StringComparer.Ordinal);
        var subdomainsOnly = new Dictionary<string, HostPattern>(StringComparer.Ordinal);
        foreach (var pattern in patterns)
        {
            // The first pattern for a suffix wins, so built-in entries keep their place in messages.
            (pattern.SubdomainsOnly ? subdomainsOnly : hostAndSubdomains).TryAdd(pattern.Suffix, pattern);
        }

        Count = hostAndSubdomains.Count + subdomainsOnly.Count;
        _hostAndSubdomains = hostAndSubdomains.ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        _subdomainsOnly = subdomainsOnly.ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>How many distinct patterns the list holds.</summary>
    public int Count { get; }

    public bool IsEmpty => Count == 0;

    /// <summary>
    /// The pattern that matches <paramref name="host"/> (any case, Unicode or punycode, with or
    /// without a trailing dot), or null. A host that is not a valid host name matches nothing.
    /// </summary>
    public HostPattern? Match(ReadOnlySpan<char> host)
    {
        host = host.TrimEnd('.');
        if (host.IsEmpty || IsEmpty)
        {
            return null;
        }

        if (host.Length <= MaxHostLength && TryLowerAscii(host, stackalloc char[host.Length], out var lowered))
        {
            return MatchNormalized(lowered);
        }

        // IDN hosts (rare) go through the IDNA mapping, which allocates.
        return HostPattern.TryNormalizeHost(host, out var normalized) ? MatchNormalized(normalized) : null;
    }

    public bool Contains(ReadOnlySpan<char> host) => Match(host) is not null;

    private HostPattern? MatchNormalized(ReadOnlySpan<char> host)
    {
        if (_hostAndSubdomains.TryGetValue(host, out var pattern))
        {
            return pattern;
        }

        // Every proper suffix that starts at a label boundary: a.b.c → b.c → c.
        for (var dot = host.IndexOf('.'); dot >= 0; dot = NextDot(host, dot))
        {
            var suffix = host[(dot + 1)..];
            if (_hostAndSubdomains.TryGetValue(suffix, out pattern) || _subdomainsOnly.TryGetValue(suffix, out pattern))
            {
                return pattern;
            }
        }

        return null;
    }

    private static int NextDot(ReadOnlySpan<char> host, int dot)
    {
        var next = host[(dot + 1)..].IndexOf('.');
        return next < 0 ? -1 : dot + 1 + next;
    }

    private static bool TryLowerAscii(ReadOnlySpan<char> host, Span<char> buffer, out ReadOnlySpan<char> lowered)
    {
        for (var i = 0; i < host.Length; i++)
        {
            var c = host[i];
            if (c > 0x7F)
            {
                lowered = default;
                return false;
            }

            buffer[i] = c is >= 'A' and <= 'Z' ? (char)(c | 0x20) : c;
        }

        lowered = buffer;
        return true;
    }
}
