using System.Collections.Immutable;
using PostLint.Analysis;
using PostLint.Syntax;
using PostLint.Model;

namespace PostLint.Rules.Links;

/// <summary>
/// The URL a link rule judges for one URL token. For a draft that is the URL as written. In a
/// platform export the post shows the platform's wrapper (X's <c>t.co</c>) and the export lists
/// the real target in <see cref="Post.Links"/>: when an entry's <see cref="PostLink.Shown"/> is
/// the token's text (ignoring case, and ignoring <c>http://</c>/<c>https://</c> when only one side
/// has it), the rules judge its <see cref="PostLink.Expanded"/> URL instead.
/// </summary>
internal readonly ref struct LinkTarget
{
    private LinkTarget(ReadOnlySpan<char> url, ReadOnlySpan<char> host, bool hasProtocol, bool isHttps, string? expandedFrom)
    {
        Url = url;
        Host = host;
        HasProtocol = hasProtocol;
        IsHttps = hasProtocol && isHttps;
        ExpandedUrl = expandedFrom;
    }

    /// <summary>The URL judged: the token's text, or the expanded URL.</summary>
    public ReadOnlySpan<char> Url { get; }

    /// <summary>The host of <see cref="Url"/>, as written (not normalized).</summary>
    public ReadOnlySpan<char> Host { get; }

    /// <summary>True when the URL starts with <c>http://</c> or <c>https://</c>.</summary>
    public bool HasProtocol { get; }

    public bool IsHttps { get; }

    /// <summary>The expanded URL from the post's metadata when it replaced the token, else null.</summary>
    public string? ExpandedUrl { get; }

    public bool IsExpanded => ExpandedUrl is not null;

    /// <summary>How messages name the link: the token, plus the expanded URL when that was judged.</summary>
    public string Describe(ReadOnlySpan<char> tokenText) =>
        IsExpanded ? $"{tokenText}（展開先 {ExpandedUrl}）" : tokenText.ToString();

    /// <summary>The target of the URL token at <paramref name="context"/>.</summary>
    public static LinkTarget For(in SyntaxAnalysisContext context)
    {
        var token = context.Token;
        var text = context.TokenText;
        var expanded = FindExpansion(context.Post.Links, text);
        if (expanded is not null)
        {
            return FromUrl(expanded);
        }

        return new LinkTarget(
            text,
            context.ValueText,
            token.Has(SyntaxTokenFlags.HasProtocol),
            token.Has(SyntaxTokenFlags.Https),
            expandedFrom: null);
    }

    /// <summary>Reads scheme and host from a URL string (an expanded URL from an export).</summary>
    public static LinkTarget FromUrl(string url)
    {
        var rest = url.AsSpan().Trim();
        var hasProtocol = false;
        var isHttps = false;
        var schemeEnd = rest.IndexOf("://", StringComparison.Ordinal);
        if (schemeEnd > 0 && IsScheme(rest[..schemeEnd]))
        {
            var scheme = rest[..schemeEnd];
            isHttps = scheme.Equals("https", StringComparison.OrdinalIgnoreCase);
            hasProtocol = isHttps || scheme.Equals("http", StringComparison.OrdinalIgnoreCase);
            rest = rest[(schemeEnd + 3)..];
        }
        else if (rest.StartsWith("//", StringComparison.Ordinal))
        {
            rest = rest[2..];
        }
        else if (IsOpaqueUri(rest))
        {
            // mailto:, tel: and the like name no host.
            return new LinkTarget(url.AsSpan().Trim(), [], hasProtocol: false, isHttps: false, url);
        }

        var authorityEnd = rest.IndexOfAny('/', '?', '#');
        var authority = authorityEnd < 0 ? rest : rest[..authorityEnd];
        var at = authority.LastIndexOf('@');
        if (at >= 0)
        {
            authority = authority[(at + 1)..];
        }

        ReadOnlySpan<char> host;
        if (authority.StartsWith('['))
        {
            // An IPv6 literal: keep the brackets' content; no host list names one.
            var close = authority.IndexOf(']');
            host = close < 0 ? authority[1..] : authority[1..close];
        }
        else
        {
            var colon = authority.IndexOf(':');
            host = colon < 0 ? authority : authority[..colon];
        }

        return new LinkTarget(url.AsSpan().Trim(), host, hasProtocol, isHttps, url);
    }

    private static string? FindExpansion(ImmutableArray<PostLink> links, ReadOnlySpan<char> shown)
    {
        if (links.IsDefaultOrEmpty)
        {
            return null;
        }

        var shownWithoutProtocol = WithoutProtocol(shown);
        foreach (var link in links)
        {
            if (link.Shown is null || string.IsNullOrWhiteSpace(link.Expanded))
            {
                continue;
            }

            var candidate = link.Shown.AsSpan().Trim();
            if (candidate.Equals(shown, StringComparison.OrdinalIgnoreCase) ||
                WithoutProtocol(candidate).Equals(shownWithoutProtocol, StringComparison.OrdinalIgnoreCase))
            {
                return link.Expanded;
            }
        }

        return null;
    }

    private static ReadOnlySpan<char> WithoutProtocol(ReadOnlySpan<char> url)
    {
        if (url.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
        {
            return url[8..];
        }

        return url.StartsWith("http://", StringComparison.OrdinalIgnoreCase) ? url[7..] : url;
    }

    /// <summary>A scheme followed by something that is not a port (<c>mailto:a@b</c>, not <c>host:8080/</c>).</summary>
    private static bool IsOpaqueUri(ReadOnlySpan<char> url)
    {
        var colon = url.IndexOf(':');
        if (colon <= 0 || !IsScheme(url[..colon]))
        {
            return false;
        }

        var afterColon = url[(colon + 1)..];
        var portEnd = afterColon.IndexOfAny('/', '?', '#');
        var port = portEnd < 0 ? afterColon : afterColon[..portEnd];
        return port.IsEmpty || port.ContainsAnyExcept(PortDigits);
    }

    private static readonly System.Buffers.SearchValues<char> PortDigits = System.Buffers.SearchValues.Create("0123456789");

    private static bool IsScheme(ReadOnlySpan<char> candidate)
    {
        // RFC 3986: ALPHA *( ALPHA / DIGIT / "+" / "-" / "." )
        if (candidate.IsEmpty || !char.IsAsciiLetter(candidate[0]))
        {
            return false;
        }

        foreach (var c in candidate)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c is not ('+' or '-' or '.'))
            {
                return false;
            }
        }

        return true;
    }
}
