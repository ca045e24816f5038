using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace PostLint.Server.Web;

/// <summary>The page (<c>/</c>), its files (<c>/assets/…</c>) and the rule pages (<c>/rules/PL1001</c>, Japanese; <c>?lang=en</c> for English), none of them in the OpenAPI document.</summary>
internal static class PageEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/", static (HttpContext context, StaticAssets assets) => assets.Serve(context, "index.html")).ExcludeFromDescription();
        app.MapGet("/assets/{name}", static (HttpContext context, string name, StaticAssets assets) => assets.Serve(context, name)).ExcludeFromDescription();
        app.MapGet("/rules/{id}", static (string id, string? lang, RuleDocs docs) =>
            !RuleDocs.TryParseLanguage(lang, out var language)
                ? Results.Problem(detail: $"lang は ja（日本語、既定）か en（英語）です。受け取った値: '{lang}'", statusCode: StatusCodes.Status400BadRequest, title: "lang の値が正しくありません")
                : docs.TryGet(id, language, out var page)
                    ? Results.Content(RuleDocs.ToDocument(page), "text/html; charset=utf-8")
                    : Results.Problem(detail: $"ルール '{id}' の説明はありません。", statusCode: StatusCodes.Status404NotFound, title: "ページがありません"))
            .ExcludeFromDescription();
    }
}
