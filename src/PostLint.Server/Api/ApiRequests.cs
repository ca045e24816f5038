using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using PostLint.Analysis;
using PostLint.Syntax;

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
            return (null, Problem(StatusCodes.Status415UnsupportedMediaType, "Content-Type が application/json ではありません", $"本文は JSON で送ってください (Content-Type: application/json)。受け取った Content-Type: {Describe(request.ContentType)}"));
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
                ? (null, Problem(StatusCodes.Status400BadRequest, "JSON を読み取れません", "本文が null です。JSON オブジェクトを送ってください。"))
                : (value, null);
        }
        catch (JsonException e)
        {
            return (null, Problem(StatusCodes.Status400BadRequest, "JSON を読み取れません", DescribeJsonError(e)));
        }
        catch (BadHttpRequestException e)
        {
            return (null, e.StatusCode == StatusCodes.Status413PayloadTooLarge
                ? TooLarge(maxBytes)
                : Problem(e.StatusCode, "リクエストを読み取れません", e.Message));
        }
    }

    /// <summary>Where the JSON went wrong, for a person: the position and the field.</summary>
    public static string DescribeJsonError(JsonException e)
    {
        ArgumentNullException.ThrowIfNull(e);
        var where = e.LineNumber is { } line
            ? string.Create(CultureInfo.InvariantCulture, $"{line + 1} 行 {(e.BytePositionInLine ?? 0) + 1} バイト目")
            : "位置不明";
        var path = string.IsNullOrEmpty(e.Path) || e.Path == "$" ? string.Empty : $"、フィールド {e.Path}";
        var reason = e.InnerException?.Message ?? e.Message;
        return $"JSON の {where}{path} に問題があります: {reason}";
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
            problem = Problem(StatusCodes.Status400BadRequest, "text がありません", "フィールド text に投稿の本文を入れてください。");
            return false;
        }

        if (request.Text.Length > options.MaxTextLength)
        {
            problem = Problem(StatusCodes.Status413PayloadTooLarge, "本文が長すぎます", string.Create(CultureInfo.InvariantCulture, $"text は {options.MaxTextLength:N0} 文字までです（受け取った長さ: {request.Text.Length:N0} 文字）。"));
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
            problem = Problem(StatusCodes.Status400BadRequest, "この profile では設定を使えません", string.Join("\n", e.Problems.Select(static p => $"{p.Path ?? "postlint.json"}({p.Line},{p.Column}): PL0002: {p.Message}")));
            return false;
        }

        problem = Problem(StatusCodes.Status400BadRequest, "不明な profile です", $"profile '{profile}' はありません。使える profile: {string.Join(", ", engines.ProfileNames.Order(StringComparer.Ordinal))}");
        return false;
    }

    public static IResult UnknownPlatform(string name) =>
        Problem(StatusCodes.Status400BadRequest, "不明な platform です", $"platform '{name}' はありません。使える platform: {string.Join(", ", PlatformLimits.PlatformNames)}");

    public static IResult TooLarge(long maxBytes) =>
        Problem(StatusCodes.Status413PayloadTooLarge, "リクエストが大きすぎます", string.Create(CultureInfo.InvariantCulture, $"本文は {maxBytes:N0} バイトまでです。"));

    public static IResult Problem(int status, string title, string detail) =>
        Results.Problem(detail: detail, statusCode: status, title: title);

    private static string Describe(string? contentType) => string.IsNullOrEmpty(contentType) ? "(なし)" : contentType;
}
