using System.Globalization;
using PostLint.Localization;

namespace PostLint.Configuration;

/// <summary>
/// A host pattern from configuration or a host list. <c>example.jp</c> matches that host and every
/// subdomain (<c>www.example.jp</c>): lists of shorteners and trusted sites are matched by host
/// suffix. <c>*.lg.jp</c> matches subdomains only (<c>city.ishinomaki.lg.jp</c>, not <c>lg.jp</c>).
/// A pattern that starts with a dot (<c>.xxx</c>) names a top-level domain or suffix.
/// Hosts are compared in lower case and in their ASCII (punycode) form.
/// </summary>
public sealed class HostPattern : IEquatable<HostPattern>
{
    private static readonly IdnMapping Idn = new();

    private HostPattern(string text, string suffix, bool subdomainsOnly)
    {
        Text = text;
        Suffix = suffix;
        SubdomainsOnly = subdomainsOnly;
    }

    /// <summary>The pattern as written.</summary>
    public string Text { get; }

    /// <summary>The host or suffix it matches, lower case, ASCII.</summary>
    public string Suffix { get; }

    /// <summary>True for a <c>*.</c> pattern, which matches subdomains of <see cref="Suffix"/> but not the host itself.</summary>
    public bool SubdomainsOnly { get; }

    /// <summary>Parses a host pattern.</summary>
    /// <param name="text">The pattern as written (<c>example.jp</c>, <c>*.lg.jp</c>, <c>.xxx</c>, an IDN host).</param>
    /// <param name="pattern">The pattern, or null when the text is not valid.</param>
    /// <param name="error">What is wrong, in Japanese, or null on success.</param>
    public static bool TryParse(string? text, out HostPattern? pattern, out string? error)
    {
        var parsed = TryParseWithProblem(text, out pattern, out var message);
        error = message?.ToString();
        return parsed;
    }

    /// <summary>Parses a pattern; <paramref name="error"/> says why one cannot be used, in either display language.</summary>
    public static bool TryParseWithProblem(string? text, out HostPattern? pattern, out LocalizedMessage? error)
    {
        pattern = null;
        error = null;
        var value = text?.Trim() ?? string.Empty;
        if (value.Length == 0)
        {
            error = LocalizedMessage.Of("config.host.empty");
            return false;
        }

        if (value.Contains("://", StringComparison.Ordinal) || value.Contains('/', StringComparison.Ordinal))
        {
            error = LocalizedMessage.Of("config.host.url", value);
            return false;
        }

        var subdomainsOnly = false;
        if (value.StartsWith("*.", StringComparison.Ordinal))
        {
            subdomainsOnly = true;
            value = value[2..];
        }
        else if (value.StartsWith('.'))
        {
            subdomainsOnly = true;
            value = value[1..];
        }

        if (value.Length == 0 || value.Contains('*', StringComparison.Ordinal) || value.Contains(' ', StringComparison.Ordinal) || value.Contains(':', StringComparison.Ordinal))
        {
            error = LocalizedMessage.Of("config.host.notPattern", text);
            return false;
        }

        if (!TryNormalizeHost(value, out var ascii))
        {
            error = LocalizedMessage.Of("config.host.invalid", text);
            return false;
        }

        pattern = new HostPattern(text!.Trim(), ascii, subdomainsOnly);
        return true;
    }

    /// <summary>Parses a host pattern that is known to be valid.</summary>
    /// <exception cref="FormatException"><paramref name="text"/> is not a valid host pattern.</exception>
    public static HostPattern Parse(string text) =>
        TryParse(text, out var pattern, out var error) ? pattern! : throw new FormatException(error);

    /// <summary>Lower case, no trailing dot, IDN labels converted to punycode.</summary>
    public static bool TryNormalizeHost(ReadOnlySpan<char> host, out string normalized)
    {
        var trimmed = host.TrimEnd('.');
        var isAscii = true;
        foreach (var c in trimmed)
        {
            if (c > 0x7F)
            {
                isAscii = false;
                break;
            }
        }

        try
        {
            normalized = isAscii ? trimmed.ToString().ToLowerInvariant() : Idn.GetAscii(trimmed.ToString()).ToLowerInvariant();
            return normalized.Length > 0;
        }
        catch (ArgumentException)
        {
            normalized = string.Empty;
            return false;
        }
    }

    /// <summary>True when <paramref name="normalizedHost"/> (lower case ASCII, see <see cref="TryNormalizeHost"/>) matches.</summary>
    public bool Matches(ReadOnlySpan<char> normalizedHost)
    {
        if (!normalizedHost.EndsWith(Suffix, StringComparison.Ordinal))
        {
            return false;
        }

        if (normalizedHost.Length == Suffix.Length)
        {
            return !SubdomainsOnly;
        }

        // The suffix must start at a label boundary: bit.ly matches x.bit.ly, not orbit.ly.
        return normalizedHost[normalizedHost.Length - Suffix.Length - 1] == '.';
    }

    /// <summary>True when both match the same hosts (same suffix and subdomain rule), however they were written.</summary>
    public bool Equals(HostPattern? other) => other is not null && Suffix == other.Suffix && SubdomainsOnly == other.SubdomainsOnly;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as HostPattern);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Suffix, SubdomainsOnly);

    /// <summary>The pattern as written (<see cref="Text"/>).</summary>
    public override string ToString() => Text;
}
