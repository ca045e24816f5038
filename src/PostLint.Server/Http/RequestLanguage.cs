using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;
using PostLint.Localization;

namespace PostLint.Server.Http;

/// <summary>
/// The language a request is answered in: the best of Japanese and English that its
/// <c>Accept-Language</c> header asks for (q-values honoured, <c>q=0</c> refused), else the
/// server's own language (<c>postlint serve --lang</c>, or the locale, like the other verbs).
/// A header that names neither language (<c>fr</c>, <c>*</c>) says nothing about which of the two
/// its reader prefers, so the server's language stands.
/// </summary>
public static class RequestLanguage
{
    private const string ContentLanguage = "Content-Language";

    /// <summary>The language of the answer to <paramref name="context"/>'s request.</summary>
    public static DisplayLanguage Of(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var fallback = context.RequestServices?.GetService<ServerOptions>()?.Language ?? DisplayLanguage.Japanese;
        return Choose(context.Request.Headers.AcceptLanguage, fallback);
    }

    /// <summary>The messages for <paramref name="context"/>'s request, with <c>Content-Language</c> set on its response.</summary>
    public static Messages MessagesFor(HttpContext context)
    {
        var language = Of(context);
        MarkResponse(context, language);
        return Messages.For(language);
    }

    /// <summary>Says on the response which language its words are in.</summary>
    public static void MarkResponse(HttpContext context, DisplayLanguage language)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!context.Response.HasStarted)
        {
            context.Response.Headers[ContentLanguage] = language == DisplayLanguage.English ? "en" : "ja";
        }
    }

    /// <summary>The language an <c>Accept-Language</c> header chooses, or <paramref name="fallback"/>.</summary>
    public static DisplayLanguage Choose(StringValues acceptLanguage, DisplayLanguage fallback)
    {
        if (StringValues.IsNullOrEmpty(acceptLanguage) || !StringWithQualityHeaderValue.TryParseList(acceptLanguage, out var ranges))
        {
            return fallback;
        }

        DisplayLanguage? best = null;
        var bestQuality = 0.0;
        foreach (var range in ranges)
        {
            var quality = range.Quality ?? 1.0;
            if (quality <= 0 || quality <= bestQuality)
            {
                continue; // the first of equal weights wins, as the header lists them in order of preference
            }

            var tag = range.Value.Value ?? string.Empty;
            DisplayLanguage? language = IsLanguage(tag, "en") ? DisplayLanguage.English
                : IsLanguage(tag, "ja") ? DisplayLanguage.Japanese
                : tag == "*" ? fallback
                : null;
            if (language is not null)
            {
                best = language;
                bestQuality = quality;
            }
        }

        return best ?? fallback;
    }

    /// <summary>True for <paramref name="code"/> itself and its regional forms (<c>en</c>, <c>en-US</c>; not <c>eng</c>).</summary>
    private static bool IsLanguage(string tag, string code) =>
        tag.StartsWith(code, StringComparison.OrdinalIgnoreCase) && (tag.Length == code.Length || tag[code.Length] is '-' or '_');
}
