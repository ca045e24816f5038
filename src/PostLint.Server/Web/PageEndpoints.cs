using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using PostLint.Localization;
using PostLint.Server.Http;

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
                ? new LocalizedProblem(StatusCodes.Status400BadRequest, LocalizedMessage.Of("server.lang.title"), LocalizedMessage.Of("server.lang.detail", lang))
                : docs.TryGet(id, language, out var page)
                    ? Results.Content(RuleDocs.ToDocument(page), "text/html; charset=utf-8")
                    : new LocalizedProblem(StatusCodes.Status404NotFound, LocalizedMessage.Of("server.page.notFound.title"), LocalizedMessage.Of("server.page.noRule.detail", id)))
            .ExcludeFromDescription();
    }
}
