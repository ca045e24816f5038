using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace PostLint.Server.Web;

/// <summary>The page (<c>/</c>), its files (<c>/assets/…</c>) and the rule pages (<c>/rules/PL1001</c>), none of them in the OpenAPI document.</summary>
internal static class PageEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/", static (HttpContext context, StaticAssets assets) => assets.Serve(context, "index.html")).ExcludeFromDescription();
        app.MapGet("/assets/{name}", static (HttpContext context, string name, StaticAssets assets) => assets.Serve(context, name)).ExcludeFromDescription();
        app.MapGet("/rules/{id}", static (string id, RuleDocs docs) =>
            docs.TryGet(id, out var page)
                ? Results.Content(RuleDocs.ToDocument(page), "text/html; charset=utf-8")
                : Results.Problem(detail: $"ルール '{id}' の説明はありません。", statusCode: StatusCodes.Status404NotFound, title: "ページがありません"))
            .ExcludeFromDescription();
    }
}
