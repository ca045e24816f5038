using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using PostLint.Server.Api;
using PostLint.Server.Http;
using PostLint.Server.Security;
using PostLint.Server.Web;

namespace PostLint.Server.Hosting;

/// <summary>
/// <c>postlint serve</c>: the PostLint engine behind a local page (Japanese, every asset embedded)
/// and an HTTP API under <c>/api/v1</c> with an OpenAPI document at <c>/openapi/v1.json</c>.
/// Built on ASP.NET Core's slim builder with source-generated JSON, so it runs in a NativeAOT binary.
/// </summary>
public static class PostLintServer
{
    /// <summary>Builds the server (not started).</summary>
    /// <exception cref="Configuration.ConfigurationException">The configuration is unusable (PL0002).</exception>
    public static WebApplication Create(ServerOptions options, Action<ILoggingBuilder>? configureLogging = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var engines = new EngineCatalog(options);
        var guards = new RequestGuards(options.Urls, options.CorsOrigin);

        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            Args = [],
            // Not the current folder: an appsettings.json there must not change how the server runs.
            ContentRootPath = AppContext.BaseDirectory,
            EnvironmentName = Environments.Production,
        });
        builder.WebHost.UseUrls([.. options.Urls]);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = options.MaxUploadBytes;
            kestrel.Limits.MaxRequestHeadersTotalSize = 32 * 1024;
        });
        builder.Logging.ClearProviders();
        if (configureLogging is null)
        {
            builder.Logging.AddSimpleConsole(console => console.SingleLine = true).SetMinimumLevel(LogLevel.Warning);
        }
        else
        {
            configureLogging(builder.Logging);
        }

        var services = builder.Services;
        services.AddSingleton(options);
        services.AddSingleton(engines);
        services.AddSingleton(guards);
        services.AddSingleton(new AuditGate(options.MaxConcurrentAudits));
        services.AddSingleton<RuleDocs>();
        services.AddSingleton<StaticAssets>();
        // Problems the framework makes itself (an unknown address, a wrong method, an unhandled
        // failure) get the title of their status in the request's language, like the server's own.
        services.AddProblemDetails(problems => problems.CustomizeProblemDetails = ProblemLanguage.Apply);
        services.ConfigureHttpJsonOptions(json => json.SerializerOptions.TypeInfoResolverChain.Insert(0, ServerJsonContext.Default));
        services.AddOpenApi("v1", openApi => openApi.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "PostLint API";
            document.Info.Description = "Checks social-media posts for Japanese municipalities against the cities' guidelines. The same engine, rules and JSON report as the postlint CLI.";
            document.Info.Version = Reporting.ReportRun.ToolVersion;
            return Task.CompletedTask;
        }).AddOperationTransformer((operation, context, _) =>
        {
            if (context.Description.ActionDescriptor.EndpointMetadata.OfType<IEndpointNameMetadata>().Any(static m => m.EndpointName == "audit"))
            {
                operation.RequestBody = AuditEndpoints.UploadBody();
            }

            return Task.CompletedTask;
        }));
        if (options.CorsOrigin is { } origin)
        {
            services.AddCors(cors => cors.AddDefaultPolicy(policy => policy
                .WithOrigins(origin.TrimEnd('/'))
                .WithMethods(HttpMethods.Get, HttpMethods.Post)
                .WithHeaders("Content-Type")));
        }

        var app = builder.Build();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.Use((context, next) => guards.InvokeAsync(context, () => next(context)));
        if (options.CorsOrigin is not null)
        {
            app.UseCors();
        }

        app.MapOpenApi("/openapi/{documentName}.json");
        var api = app.MapGroup("/api/v1");
        DraftEndpoints.Map(api);
        RuleEndpoints.Map(api);
        AuditEndpoints.Map(api);
        PageEndpoints.Map(app);
        return app;
    }

    /// <summary>The addresses the server listens on once started (with the real port when 0 was asked).</summary>
    public static IReadOnlyList<string> Addresses(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        return [.. app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? []];
    }
}
