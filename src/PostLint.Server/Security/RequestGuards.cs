using System.Net;
using Microsoft.AspNetCore.Http;
using PostLint.Localization;
using PostLint.Server.Http;

namespace PostLint.Server.Security;

/// <summary>
/// What every request passes before it reaches the API or the page:
/// <list type="bullet">
/// <item>the Host header must name this server (a loopback name or a host it was bound to), so a
/// web site that rebinds its DNS name to 127.0.0.1 cannot read the API from a visitor's browser;</item>
/// <item>a request that changes something (POST) from a browser must come from this page or from
/// the <c>--cors</c> origin (its <c>Origin</c> header), so another site cannot make the visitor's
/// browser submit drafts or uploads;</item>
/// <item>every response carries a strict Content-Security-Policy (scripts and styles only from this
/// server's files, no inline script), and is never framed or sniffed.</item>
/// </list>
/// </summary>
public sealed class RequestGuards
{
    /// <summary>The page's policy: everything from this server only; nothing inline; no frames; no plugins.</summary>
    public const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
        "font-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    private static readonly string[] LoopbackNames = ["localhost", "127.0.0.1", "[::1]", "::1"];

    private readonly HashSet<string> _allowedHosts;
    private readonly string? _corsOrigin;

    public RequestGuards(IEnumerable<string> urls, string? corsOrigin)
    {
        ArgumentNullException.ThrowIfNull(urls);
        _corsOrigin = corsOrigin?.TrimEnd('/');
        _allowedHosts = new HashSet<string>(LoopbackNames, StringComparer.OrdinalIgnoreCase);
        foreach (var url in urls)
        {
            var host = HostOf(url);
            if (host is null)
            {
                continue;
            }

            if (IsWildcard(host))
            {
                // Bound to every interface: the machine's own names are what people will type.
                _allowedHosts.Add(Environment.MachineName);
                _allowedHosts.Add(Dns.GetHostName());
            }
            else
            {
                _allowedHosts.Add(host);
            }
        }
    }

    /// <summary>The host names accepted in the Host header.</summary>
    public IReadOnlyCollection<string> AllowedHosts => _allowedHosts;

    /// <summary>True when an address is reachable only from this machine.</summary>
    public static bool IsLoopbackUrl(string url)
    {
        var host = HostOf(url);
        if (host is null)
        {
            return false;
        }

        if (string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        return IPAddress.TryParse(host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address);
    }

    public async Task InvokeAsync(HttpContext context, Func<Task> next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        headers["Cross-Origin-Opener-Policy"] = "same-origin";
        headers["Cross-Origin-Resource-Policy"] = "same-origin";

        var host = context.Request.Host;
        if (!host.HasValue || !_allowedHosts.Contains(host.Host))
        {
            await new LocalizedProblem(
                StatusCodes.Status400BadRequest,
                LocalizedMessage.Of("server.host.title"),
                LocalizedMessage.Of("server.host.detail", host.Value)).ExecuteAsync(context).ConfigureAwait(false);
            return;
        }

        if (!HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method) && !HttpMethods.IsOptions(context.Request.Method) &&
            context.Request.Headers.Origin is { Count: > 0 } origin && !IsAllowedOrigin(context, origin.ToString()))
        {
            await new LocalizedProblem(
                StatusCodes.Status403Forbidden,
                LocalizedMessage.Of("server.origin.title"),
                LocalizedMessage.Of("server.origin.detail", origin.ToString())).ExecuteAsync(context).ConfigureAwait(false);
            return;
        }

        await next().ConfigureAwait(false);
    }

    private bool IsAllowedOrigin(HttpContext context, string origin)
    {
        var own = context.Request.Scheme + "://" + context.Request.Host.Value;
        return string.Equals(origin, own, StringComparison.OrdinalIgnoreCase) ||
            (_corsOrigin is not null && string.Equals(origin, _corsOrigin, StringComparison.OrdinalIgnoreCase));
    }

    private static bool IsWildcard(string host) =>
        host is "*" or "+" or "0.0.0.0" or "[::]" or "::";

    /// <summary>The host of a Kestrel URL (which may be <c>http://*:8080</c> or <c>http://+:8080</c>, not valid URIs).</summary>
    private static string? HostOf(string url)
    {
        var rest = url.Trim();
        var scheme = rest.IndexOf("://", StringComparison.Ordinal);
        if (scheme < 0)
        {
            return null;
        }

        rest = rest[(scheme + 3)..];
        var end = rest.IndexOf('/', StringComparison.Ordinal);
        if (end >= 0)
        {
            rest = rest[..end];
        }

        if (rest.StartsWith('['))
        {
            var close = rest.IndexOf(']', StringComparison.Ordinal);
            return close < 0 ? null : rest[..(close + 1)];
        }

        var colon = rest.LastIndexOf(':');
        return colon >= 0 ? rest[..colon] : rest;
    }
}
