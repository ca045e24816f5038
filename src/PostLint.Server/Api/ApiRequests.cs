using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using PostLint.Localization;
using PostLint.Server.Http;
using PostLint.Syntax;
using PostLint.Model;

namespace PostLint.Server.Api;

/// <summary>
/// Reads request bodies and turns every way a request can be wrong into an RFC 7807 problem with
/// the reason (a 4xx, never a 500): wrong content type, a body over the limit, malformed JSON with
/// its line and position, a missing or unknown field, an unknown profile or platform.
/// </summary>
internal static class ApiRequests
{
    /// <summary>Reads a JSON body of at most <paramref name="maxBytes"/>; on failure the problem says why.</summary>
    public static async Task<(T? Value, IResult? Problem)> ReadJsonAsync<T>(HttpContext context, JsonTypeInfo<T> typeInfo, long maxBytes)
        where T : class
    {
        var request = context.Request;
        if (!request.HasJsonContentType())
        {
            return (null, Problem(StatusCodes.Status415UnsupportedMediaType, LocalizedMessage.Of("server.json.contentType.title"), LocalizedMessage.Of("server.json.contentType.detail", Describe(request.ContentType))));
        }

        if (request.ContentLength > maxBytes)
        {
            return (null, TooLarge(maxBytes));
        }

        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = maxBytes;
        }

        try
        {
            var value = await JsonSerializer.DeserializeAsync(request.Body, typeInfo, context.RequestAborted).ConfigureAwait(false);
            return value is null
                ? (null, Problem(StatusCodes.Status400BadRequest, LocalizedMessage.Of("server.json.unreadable.title"), LocalizedMessage.Of("server.json.null.detail")))
                : (value, null);
        }
        catch (JsonException e)
        {
            return (null, Problem(StatusCodes.Status400BadRequest, LocalizedMessage.Of("server.json.unreadable.title"), DescribeJsonError(e)));
        }
        catch (BadHttpRequestException e)
        {
            return (null, e.StatusCode == StatusCodes.Status413PayloadTooLarge
                ? TooLarge(maxBytes)
                : Problem(e.StatusCode, LocalizedMessage.Of("server.request.unreadable.title"), LocalizedMessage.Of("server.request.unreadable.detail", e.Message)));
        }
    }

    /// <summary>
    /// Where the JSON went wrong, for a person: the position and the field, then System.Text.Json's
    /// own reason as it gives it (its words, which name the token or the member it could not use).
    /// </summary>
    public static LocalizedMessage DescribeJsonError(JsonException e)
    {
        ArgumentNullException.ThrowIfNull(e);
        var where = e.LineNumber is { } line
            ? LocalizedMessage.Of("server.json.at", line + 1, (e.BytePositionInLine ?? 0) + 1)
            : LocalizedMessage.Of("server.json.atUnknown");
        var reason = JsonErrorText.Describe(e.InnerException?.Message ?? e.Message);
        return string.IsNullOrEmpty(e.Path) || e.Path == "$"
            ? LocalizedMessage.Of("server.json.error.detail", where, reason)
            : LocalizedMessage.Of("server.json.errorInField.detail", where, e.Path, reason);
    }

    /// <summary>Checks a draft request and builds the engine and post for it.</summary>
    public static bool TryPrepare(CheckRequest request, EngineCatalog engines, ServerOptions options, out ServerEngine engine, out Post post, out IResult? problem)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(engines);
        ArgumentNullException.ThrowIfNull(options);
        post = null!;
        if (!TryGetEngine(engines, request.Profile, out engine, out problem))
        {
            return false;
        }

        if (request.Text is null)
        {
            problem = Problem(StatusCodes.Status400BadRequest, LocalizedMessage.Of("server.text.missing.title"), LocalizedMessage.Of("server.text.missing.detail"));
            return false;
        }

        if (request.Text.Length > options.MaxTextLength)
        {
            problem = Problem(StatusCodes.Status413PayloadTooLarge, LocalizedMessage.Of("server.text.tooLong.title"), LocalizedMessage.Of("server.text.tooLong.detail", options.MaxTextLength, request.Text.Length));
            return false;
        }

        Platform? platform = null;
        if (request.Platform is { Length: > 0 } name)
        {
            if (!PlatformLimits.TryParsePlatform(name, out var parsed))
            {
                problem = UnknownPlatform(name);
                return false;
            }

            platform = parsed;
        }

        var id = string.IsNullOrWhiteSpace(request.Id) ? "draft" : request.Id;
        post = new Post(id, request.Text)
        {
            Source = new PostSource(id) { IsWholeFile = true },
            Platform = platform,
            Sponsored = request.Sponsored,
            CreatedAt = request.CreatedAt,
        };
        return true;
    }

    public static bool TryGetEngine(EngineCatalog engines, string? profile, out ServerEngine engine, out IResult? problem)
    {
        ArgumentNullException.ThrowIfNull(engines);
        problem = null;
        try
        {
            if (engines.TryGet(profile, out engine))
            {
                return true;
            }
        }
        catch (Configuration.ConfigurationException e)
        {
            engine = engines.Default;
            var problems = e.Problems;
            problem = new LocalizedProblem(
                StatusCodes.Status400BadRequest,
                LocalizedMessage.Of("server.profile.config.title"),
                messages => string.Join("\n", problems.Select(p => $"{p.Path ?? "postlint.json"}({p.Line},{p.Column}): PL0002: {p.MessageIn(messages)}")));
            return false;
        }

        problem = Problem(StatusCodes.Status400BadRequest, LocalizedMessage.Of("server.profile.unknown.title"), LocalizedMessage.Of("server.profile.unknown.detail", profile, string.Join(", ", engines.ProfileNames.Order(StringComparer.Ordinal))));
        return false;
    }

    public static IResult UnknownPlatform(string name) =>
        Problem(StatusCodes.Status400BadRequest, LocalizedMessage.Of("server.platform.unknown.title"), LocalizedMessage.Of("server.platform.unknown.detail", name, string.Join(", ", PlatformLimits.PlatformNames)));

    public static IResult TooLarge(long maxBytes) =>
        Problem(StatusCodes.Status413PayloadTooLarge, LocalizedMessage.Of("server.tooLarge.title"), LocalizedMessage.Of("server.tooLarge.detail", maxBytes));

    /// <summary>A problem in the language of the request that gets it.</summary>
    public static IResult Problem(int status, LocalizedMessage title, LocalizedMessage detail) =>
        new LocalizedProblem(status, title, detail);

    private static LocalizedMessage Describe(string? contentType) =>
        string.IsNullOrEmpty(contentType) ? LocalizedMessage.Of("server.json.noContentType") : LocalizedMessage.Verbatim(contentType);
}
