using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using PostLint.Diagnostics;
using PostLint.Localization;
using PostLint.Server.Web;

namespace PostLint.Server.Api;

/// <summary><c>GET /api/v1/rules</c> and <c>/rules/{id}</c>: the rules with their severity under a profile, and each rule's page.</summary>
internal static class RuleEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/rules", GetRules)
            .WithName("rules")
            .WithSummary("List the rules")
            .WithDescription("Every rule with its severity under the profile (default: the server's configuration), as `postlint rules --format json`.")
            .Produces<RulesResponse>(StatusCodes.Status200OK, "application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest);

        api.MapGet("/rules/{id}", GetRule)
            .WithName("rule")
            .WithSummary("A rule's documentation")
            .WithDescription("The rule's page as Markdown and as HTML, with its severity under the profile: Japanese (docs/rules/ja/PLxxxx.md) by default, English (docs/rules/PLxxxx.md) with `lang=en`.")
            .Produces<RuleDocument>(StatusCodes.Status200OK, "application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static IResult GetRules(string? profile, EngineCatalog engines)
    {
        if (!ApiRequests.TryGetEngine(engines, profile, out var engine, out var problem))
        {
            return problem!;
        }

        var run = engine.Run;
        var rules = run.Rules.Select(rule => new RuleModel(
            rule.Id,
            rule.Title,
            Messages.Japanese.RuleTitle(rule),
            rule.Category,
            SeverityName(engine, rule),
            rule.DefaultSeverity.ToReportName(),
            rule.HelpLinkUri,
            "/rules/" + rule.Id,
            [.. run.Options.GetReferences(rule)])).ToArray();
        return Results.Json(new RulesResponse(run.Options.Profile, run.Options.ProfileTitle, rules), ServerJsonContext.Answers.RulesResponse);
    }

    private static IResult GetRule(string id, string? profile, string? lang, EngineCatalog engines, RuleDocs docs)
    {
        if (!RuleDocs.TryParseLanguage(lang, out var language))
        {
            return ApiRequests.Problem(StatusCodes.Status400BadRequest, LocalizedMessage.Of("server.lang.title"), LocalizedMessage.Of("server.lang.detail", lang));
        }

        if (!ApiRequests.TryGetEngine(engines, profile, out var engine, out var problem))
        {
            return problem!;
        }

        var rule = engine.Run.Rules.FirstOrDefault(r => string.Equals(r.Id, id, StringComparison.OrdinalIgnoreCase));
        if (rule is null || !docs.TryGet(rule.Id, language, out var page))
        {
            return ApiRequests.Problem(StatusCodes.Status404NotFound, LocalizedMessage.Of("server.rule.notFound.title"), LocalizedMessage.Of("server.rule.notFound.detail", id));
        }

        return Results.Json(
            new RuleDocument(rule.Id, page.Language == DisplayLanguage.English ? "en" : "ja", rule.Title, Messages.Japanese.RuleTitle(rule), rule.Category, SeverityName(engine, rule), rule.DefaultSeverity.ToReportName(), [.. engine.Run.Options.GetReferences(rule)], page.Markdown, page.Html),
            ServerJsonContext.Answers.RuleDocument);
    }

    private static string SeverityName(ServerEngine engine, DiagnosticDescriptor rule) =>
        engine.Engine.Options.GetEffectiveSeverity(rule)?.ToReportName() ?? "none";
}
