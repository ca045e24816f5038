using System.Collections.Immutable;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using PostLint.Analysis;
using PostLint.Diagnostics;
using PostLint.Reporting;
using PostLint.Syntax;
using PostLint.Model;

namespace PostLint.Server.Api;

/// <summary><c>POST /api/v1/check</c>, <c>/fix</c> and <c>/measure</c>: one draft at a time, as <c>postlint check</c> and <c>postlint fix</c> do.</summary>
internal static class DraftEndpoints
{
    public const string JsonContentType = "application/json; charset=utf-8";

    public static void Map(RouteGroupBuilder api)
    {
        api.MapPost("/check", CheckAsync)
            .WithName("check")
            .WithSummary("Check a draft")
            .WithDescription("Returns exactly the JSON report that `postlint check --format json` writes for the draft (one post, id `draft` unless `id` is given).")
            .Accepts<CheckRequest>("application/json")
            .Produces<JsonReport>(StatusCodes.Status200OK, "application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);

        api.MapPost("/fix", FixAsync)
            .WithName("fix")
            .WithSummary("Apply the fixes to a draft")
            .WithDescription("Applies every safe fix (and the unsafe ones with `unsafeFixes: true`) until the draft is stable, like `postlint fix`.")
            .Accepts<FixRequest>("application/json")
            .Produces<FixResponse>(StatusCodes.Status200OK, "application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);

        api.MapPost("/measure", MeasureAsync)
            .WithName("measure")
            .WithSummary("Measure a draft against its platform's limit")
            .WithDescription("The length as the platform counts it (X: weighted length of twitter-text v3, URLs count 23) and the platform's limit (PL5001).")
            .Accepts<CheckRequest>("application/json")
            .Produces<MeasureResponse>(StatusCodes.Status200OK, "application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
    }

    private static async Task<IResult> CheckAsync(HttpContext context, EngineCatalog engines, ServerOptions options)
    {
        var (request, problem) = await ApiRequests.ReadJsonAsync(context, ServerJsonContext.Default.CheckRequest, options.MaxJsonBodyBytes).ConfigureAwait(false);
        if (problem is not null)
        {
            return problem;
        }

        if (!ApiRequests.TryPrepare(request!, engines, options, out var engine, out var post, out problem))
        {
            return problem!;
        }

        var diagnostics = engine.Engine.Analyze(post, context.RequestAborted);
        return Results.Bytes(WriteReport(engine, post, diagnostics), JsonContentType);
    }

    /// <summary>The report of one draft, written by the same writer as <c>postlint check --format json</c>.</summary>
    public static byte[] WriteReport(ServerEngine engine, Post post, ImmutableArray<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(engine);
        using var buffer = new MemoryStream(1024 + (diagnostics.Length * 512));
        using (var writer = new JsonReportWriter(buffer, leaveOpen: true))
        {
            var summary = new ReportSummary { Posts = 1 };
            writer.WriteHeader(engine.Run);
            if (engine.RunResult is { } runResult)
            {
                summary.Count(runResult);
                writer.WriteResult(runResult);
            }

            var result = new PostResult(post, diagnostics);
            summary.Count(result);
            writer.WriteResult(result);
            writer.WriteSummary(summary);
        }

        return buffer.ToArray();
    }

    private static async Task<IResult> FixAsync(HttpContext context, EngineCatalog engines, ServerOptions options)
    {
        var (request, problem) = await ApiRequests.ReadJsonAsync(context, ServerJsonContext.Default.FixRequest, options.MaxJsonBodyBytes).ConfigureAwait(false);
        if (problem is not null)
        {
            return problem;
        }

        if (!ApiRequests.TryPrepare(request!, engines, options, out var engine, out var post, out problem))
        {
            return problem!;
        }

        var result = engine.Engine.Fix(post, request!.UnsafeFixes == true, cancellationToken: context.RequestAborted);
        var applied = result.Applied.Select(static a => new AppliedFixModel(a.RuleId, a.Title, a.Applicability.ToName())).ToArray();
        return Results.Json(new FixResponse(result.FixedText, result.Changed, applied, result.Passes), ServerJsonContext.Answers.FixResponse);
    }

    private static async Task<IResult> MeasureAsync(HttpContext context, EngineCatalog engines, ServerOptions options)
    {
        var (request, problem) = await ApiRequests.ReadJsonAsync(context, ServerJsonContext.Default.CheckRequest, options.MaxJsonBodyBytes).ConfigureAwait(false);
        if (problem is not null)
        {
            return problem;
        }

        if (!ApiRequests.TryPrepare(request!, engines, options, out var engine, out var post, out problem))
        {
            return problem!;
        }

        var platform = post.Platform ?? engine.Engine.Options.Platform;
        var limits = PlatformLimits.For(platform);
        var length = PlatformLimits.CountLength(platform, post.Text);
        var name = PlatformLimits.PlatformNames.FirstOrDefault(n => PlatformLimits.TryParsePlatform(n, out var p) && p == platform) ?? platform.ToString().ToLowerInvariant();
        return Results.Json(new MeasureResponse(name, length, limits.MaxLength, UnitName(limits.Unit), length > limits.MaxLength), ServerJsonContext.Answers.MeasureResponse);
    }

    private static string UnitName(LengthUnit unit) => unit switch
    {
        LengthUnit.XWeighted => "x-weighted",
        LengthUnit.ThreadsCharacters => "characters",
        LengthUnit.Graphemes => "graphemes",
        _ => "utf16",
    };
}
