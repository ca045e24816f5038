using System.Collections.Frozen;
using PostLint.Text;

namespace PostLint.Rules.Privacy;

/// <summary>
/// A set of e-mail domains, each covering its subdomains (<c>ezweb.ne.jp</c> covers
/// <c>biz.ezweb.ne.jp</c>; never <c>myezweb.ne.jp</c>). Lookups fold full-width letters and case
/// into a stack buffer and probe the frozen set with spans, so they allocate nothing.
/// </summary>
internal sealed class EmailDomainSet
{
    /// <summary>The longest domain name DNS allows; longer values are not looked up.</summary>
    private const int MaxDomainLength = 253;

    private readonly FrozenSet<string> _domains;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public EmailDomainSet(IEnumerable<string> domains)
    {
        ArgumentNullException.ThrowIfNull(domains);
        _domains = domains.Select(Fold).Where(static d => d.Length > 0).ToFrozenSet(StringComparer.Ordinal);
        _lookup = _domains.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public static EmailDomainSet Empty { get; } = new([]);

    public int Count => _domains.Count;

    public bool IsEmpty => _domains.Count == 0;

    /// <summary>True when <paramref name="domain"/> or one of its parent domains is in the set.</summary>
    public bool Contains(ReadOnlySpan<char> domain)
    {
        if (_domains.Count == 0 || domain.IsEmpty || domain.Length > MaxDomainLength)
        {
            return false;
        }

        Span<char> folded = stackalloc char[domain.Length];
        for (var i = 0; i < domain.Length; i++)
        {
            folded[i] = FoldChar(domain[i]);
        }

        // A trailing dot (the DNS root) names the same domain.
        if (folded[^1] == '.')
        {
            folded = folded[..^1];
        }

        var start = 0;
        while (start < folded.Length)
        {
            if (_lookup.Contains(folded[start..]))
            {
                return true;
            }

            var dot = folded[start..].IndexOf('.');
            if (dot < 0)
            {
                return false;
            }

            start += dot + 1;
        }

        return false;
    }

    private static string Fold(string domain)
    {
        var trimmed = domain.Trim().TrimStart('@', '＠').TrimEnd('.');
        return string.Create(trimmed.Length, trimmed, static (span, source) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = FoldChar(source[i]);
            }
        });
    }

    // Full-width letters and dots (ｇｍａｉｌ．ｃｏｍ) are the ASCII ones; domains compare without case.
    private static char FoldChar(char c) => char.ToLowerInvariant(ContactChars.Narrow(c));
}
