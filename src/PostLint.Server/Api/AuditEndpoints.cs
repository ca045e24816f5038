using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;
using Microsoft.OpenApi;
using PostLint.Analysis;
using PostLint.Input;
using PostLint.Localization;
using PostLint.Reporting;
using PostLint.Server.Http;

namespace PostLint.Server.Api;

/// <summary>
/// <c>POST /api/v1/audit</c>: an uploaded export (one or more files of a multipart form: an X
/// archive's <c>tweets.js</c> and <c>note-tweet.js</c> or its <c>.zip</c>, JSON Lines, CSV, a
/// Facebook or Instagram JSON file, text files) is read by the same readers as <c>postlint audit</c>
/// and the report is streamed back as it is written (JSON, SARIF or CSV).
/// <para>The files go to a private temporary folder under names the server makes from the upload's
/// names (only their last parts, in safe characters: no name can point outside the folder), which
/// is deleted after the audit. Paths in the report are the uploaded names, never the server's.</para>
/// </summary>
internal static partial class AuditEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapPost("/audit", AuditAsync)
            .WithName("audit")
            .WithSummary("Audit an uploaded export")
            .WithDescription("Upload the files of an export as multipart/form-data (any field name). Query: `profile`, `platform`, `sponsored` (true/false), `inputFormat` (auto, text, jsonl, csv, x-archive, facebook, instagram), `format` (json, sarif, csv), `postText` (true: each JSON finding also carries its post's text, `postText`). The report is streamed as `postlint audit` writes it.")
            .Produces<JsonReport>(StatusCodes.Status200OK, "application/json")
            .Produces(StatusCodes.Status200OK, contentType: "application/sarif+json")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .DisableAntiforgery();
    }

    /// <summary>
    /// The upload as the OpenAPI document describes it (set by an operation transformer: a form of
    /// files has no JSON schema to generate, and NativeAOT has no reflection to find one).
    /// </summary>
    internal static OpenApiRequestBody UploadBody() => new()
    {
        Required = true,
        Description = "The files of an export (X archive tweets.js and note-tweet.js, JSON Lines, CSV, Facebook or Instagram JSON, text files); any field name.",
        Content = new Dictionary<string, OpenApiMediaType>
        {
            ["multipart/form-data"] = new OpenApiMediaType
            {
                Schema = new OpenApiSchema
                {
                    Type = JsonSchemaType.Object,
                    Properties = new Dictionary<string, IOpenApiSchema>
                    {
                        ["files"] = new OpenApiSchema
                        {
                            Type = JsonSchemaType.Array,
                            Items = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary" },
                        },
                    },
                    Required = new HashSet<string> { "files" },
                },
            },
        },
    };

    private static async Task AuditAsync(
        HttpContext context,
        string? profile,
        string? platform,
        string? sponsored,
        string? inputFormat,
        string? format,
        string? postText,
        EngineCatalog engines,
        ServerOptions options,
        AuditGate gate,
        ILoggerFactory loggers)
    {
        var problem = Validate(engines, profile, platform, sponsored, inputFormat, format, postText, out var settings);
        if (problem is not null)
        {
            await problem.ExecuteAsync(context).ConfigureAwait(false);
            return;
        }

        var request = context.Request;
        if (!request.HasFormContentType)
        {
            await ApiRequests.Problem(StatusCodes.Status415UnsupportedMediaType, LocalizedMessage.Of("server.upload.notForm.title"), LocalizedMessage.Of("server.upload.notForm.detail")).ExecuteAsync(context).ConfigureAwait(false);
            return;
        }

        if (request.ContentLength > options.MaxUploadBytes)
        {
            await ApiRequests.TooLarge(options.MaxUploadBytes).ExecuteAsync(context).ConfigureAwait(false);
            return;
        }

        await gate.WaitAsync(context.RequestAborted).ConfigureAwait(false);
        var folder = Directory.CreateTempSubdirectory("postlint-serve-");
        try
        {
            var (root, uploadProblem) = await SaveUploadAsync(context, folder.FullName, options).ConfigureAwait(false);
            if (uploadProblem is not null)
            {
                await uploadProblem.ExecuteAsync(context).ConfigureAwait(false);
                return;
            }

            await StreamReportAsync(context, settings, root!, folder.FullName, options, loggers.CreateLogger("PostLint.Server.Audit")).ConfigureAwait(false);
        }
        finally
        {
            gate.Release();
            try
            {
                folder.Delete(recursive: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                LogCleanupFailed(loggers.CreateLogger("PostLint.Server.Audit"), folder.FullName, e.Message);
            }
        }
    }

    private sealed record AuditSettings(ServerEngine Engine, Model.Post? Template, InputFormat InputFormat, ReportFormat Format, bool PostText);

    private static IResult? Validate(EngineCatalog engines, string? profile, string? platform, string? sponsored, string? inputFormat, string? format, string? postText, out AuditSettings settings)
    {
        settings = null!;
        if (!ApiRequests.TryGetEngine(engines, profile, out var engine, out var problem))
        {
            return problem;
        }

        Model.Platform? platformValue = null;
        if (!string.IsNullOrEmpty(platform))
        {
            if (!Syntax.PlatformLimits.TryParsePlatform(platform, out var parsed))
            {
                return ApiRequests.UnknownPlatform(platform);
            }

            platformValue = parsed;
        }

        bool? sponsoredValue = null;
        if (!string.IsNullOrEmpty(sponsored))
        {
            if (!bool.TryParse(sponsored, out var parsed))
            {
                return ApiRequests.Problem(StatusCodes.Status400BadRequest, LocalizedMessage.Of("server.query.notBoolean.title", "sponsored"), LocalizedMessage.Of("server.query.notBoolean.detail", "sponsored", sponsored));
            }

            sponsoredValue = parsed;
        }

        var withText = false;
        if (!string.IsNullOrEmpty(postText) && !bool.TryParse(postText, out withText))
        {
            return ApiRequests.Problem(StatusCodes.Status400BadRequest, LocalizedMessage.Of("server.query.notBoolean.title", "postText"), LocalizedMessage.Of("server.query.notBoolean.detail", "postText", postText));
        }

        if (!InputFormats.TryParse(string.IsNullOrEmpty(inputFormat) ? "auto" : inputFormat, out var input))
        {
            return ApiRequests.Problem(StatusCodes.Status400BadRequest, LocalizedMessage.Of("server.query.unknownFormat.title", "inputFormat"), LocalizedMessage.Of("server.query.unknownFormat.detail", "inputFormat", inputFormat, string.Join(", ", InputFormats.Names)));
        }

        var reportFormat = (format ?? "json").Trim().ToUpperInvariant() switch
        {
            "JSON" => ReportFormat.Json,
            "SARIF" => ReportFormat.Sarif,
            "CSV" => ReportFormat.Csv,
            _ => (ReportFormat?)null,
        };
        if (reportFormat is null)
        {
            return ApiRequests.Problem(StatusCodes.Status400BadRequest, LocalizedMessage.Of("server.query.unknownFormat.title", "format"), LocalizedMessage.Of("server.query.unknownFormat.detail", "format", format, "json, sarif, csv"));
        }

        // Platform and sponsored from the request apply to every post that does not say otherwise.
        var template = platformValue is null && sponsoredValue is null ? null : new Model.Post(string.Empty, string.Empty) { Platform = platformValue, Sponsored = sponsoredValue };
        settings = new AuditSettings(engine, template, input, reportFormat.Value, withText);
        return null;
    }

    /// <summary>Saves the uploaded files; returns the path to read (the one file, or the folder of several).</summary>
    private static async Task<(string? Root, IResult? Problem)> SaveUploadAsync(HttpContext context, string folder, ServerOptions options)
    {
        IFormCollection form;
        try
        {
            if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
            {
                limit.MaxRequestBodySize = options.MaxUploadBytes;
            }

            context.Features.Set<IFormFeature>(new FormFeature(context.Request, new Microsoft.AspNetCore.Http.Features.FormOptions
            {
                MultipartBodyLengthLimit = options.MaxUploadBytes,
                ValueCountLimit = options.MaxUploadFiles + 16,
            }));
            form = await context.Request.ReadFormAsync(context.RequestAborted).ConfigureAwait(false);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (null, ApiRequests.TooLarge(options.MaxUploadBytes));
        }
        catch (Exception e) when (e is InvalidDataException or BadHttpRequestException or IOException)
        {
            return (null, ApiRequests.Problem(StatusCodes.Status400BadRequest, LocalizedMessage.Of("server.upload.unreadable.title"), LocalizedMessage.Of("server.upload.notMultipart.detail", e.Message)));
        }

        if (form.Files.Count == 0)
        {
            return (null, ApiRequests.Problem(StatusCodes.Status400BadRequest, LocalizedMessage.Of("server.upload.noFiles.title"), LocalizedMessage.Of("server.upload.noFiles.detail")));
        }

        if (form.Files.Count > options.MaxUploadFiles)
        {
            return (null, ApiRequests.Problem(StatusCodes.Status400BadRequest, LocalizedMessage.Of("server.upload.tooMany.title"), LocalizedMessage.Of("server.upload.tooMany.detail", options.MaxUploadFiles, form.Files.Count)));
        }

        var saved = new List<string>();
        foreach (var file in form.Files)
        {
            var relative = UploadNames.ToRelativePath(file.FileName, saved.Count + 1);
            var path = UploadNames.Unique(Path.Combine(folder, relative));
            if (!Path.GetFullPath(path).StartsWith(folder + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            {
                return (null, ApiRequests.Problem(StatusCodes.Status400BadRequest, LocalizedMessage.Of("server.upload.badName.title"), LocalizedMessage.Of("server.upload.badName.detail", file.FileName)));
            }

            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var target = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true);
            await using (target.ConfigureAwait(false))
            {
                await file.CopyToAsync(target, context.RequestAborted).ConfigureAwait(false);
            }

            saved.Add(path);
        }

        return (saved.Count == 1 ? saved[0] : UploadNames.SingleTopFolder(folder), null);
    }

    private static async Task StreamReportAsync(HttpContext context, AuditSettings settings, string root, string folder, ServerOptions options, ILogger logger)
    {
        IReadOnlyList<InputSource> sources;
        try
        {
            sources = PostReaders.Resolve([root], settings.InputFormat);
        }
        catch (FileNotFoundException e)
        {
            await ApiRequests.Problem(StatusCodes.Status400BadRequest, LocalizedMessage.Of("server.upload.unreadable.title"), LocalizedMessage.Of("server.upload.missing.detail", UploadNames.Hide(e.FileName ?? string.Empty, folder))).ExecuteAsync(context).ConfigureAwait(false);
            return;
        }

        // A .zip is read as an X archive when the readers know zips; until then it would be read
        // as one unreadable text post, so say what to upload instead.
        if (sources.FirstOrDefault(static s => s.Format != InputFormat.XArchive && s.Path.EndsWith(".zip", StringComparison.OrdinalIgnoreCase)) is { } zip)
        {
            await ApiRequests.Problem(StatusCodes.Status400BadRequest, LocalizedMessage.Of("server.upload.zip.title"), LocalizedMessage.Of("server.upload.zip.detail", UploadNames.Hide(zip.Path, folder))).ExecuteAsync(context).ConfigureAwait(false);
            return;
        }

        // PL0001 reasons and the CSV's headers and values are in the language of the request.
        var messages = RequestLanguage.MessagesFor(context);
        var response = context.Response;
        response.StatusCode = StatusCodes.Status200OK;
        (response.ContentType, var extension) = settings.Format switch
        {
            ReportFormat.Sarif => ("application/sarif+json; charset=utf-8", "sarif"),
            ReportFormat.Csv => ("text/csv; charset=utf-8", "csv"),
            _ => (DraftEndpoints.JsonContentType, "json"),
        };
        response.Headers.ContentDisposition = $"inline; filename=\"postlint-audit.{extension}\"";

        // The report writers are synchronous (they are shared with the CLI); this request may write
        // synchronously, through a buffer, while the analysis runs on the audit pipeline's threads.
        if (context.Features.Get<IHttpBodyControlFeature>() is { } bodyControl)
        {
            bodyControl.AllowSynchronousIO = true;
        }

        var engine = settings.Engine;
        var readerOptions = new InputReaderOptions { Format = settings.InputFormat, DefaultTimeZone = engine.Engine.Options.Get(PostLint.Rules.Operations.OperationsOptions.Section).TimeZone };
        var body = new BufferedStream(response.Body, 1 << 16);
        await using (body.ConfigureAwait(false))
        {
            using var writer = CreateWriter(settings.Format, body, settings.PostText, messages);
            var summary = new ReportSummary();
            try
            {
                await Task.Run(
                    async () =>
                    {
                        writer.WriteHeader(engine.Run);
                        var records = PostReaders.Read(sources, readerOptions, context.RequestAborted)
                            .Select(record => UploadNames.Relative(record, folder, settings.Template));
                        await AuditPipeline.RunAsync(
                            records,
                            engine.Engine,
                            item =>
                            {
                                switch (item.Record.Kind)
                                {
                                    case InputRecordKind.Post: summary.Posts++; break;
                                    case InputRecordKind.Rejected: summary.Rejected++; break;
                                    default: summary.Skipped++; break;
                                }

                                // Account findings on posts read earlier (PL6002 when the export runs newest first) come first.
                                foreach (var earlier in item.EarlierResults)
                                {
                                    summary.Count(earlier);
                                    writer.WriteResult(earlier);
                                }

                                if (item.Result is { } result)
                                {
                                    summary.Count(result);
                                    writer.WriteResult(result);
                                }
                            },
                            new AuditPipelineOptions { Jobs = options.AuditJobs, Language = messages.Language },
                            context.RequestAborted).ConfigureAwait(false);
                        writer.WriteSummary(summary);
                    },
                    context.RequestAborted).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
            {
                // The client went away: nothing to answer.
                return;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or PostAnalyzerException)
            {
                // The report has started: a problem document can no longer be sent. End the
                // response abruptly so the client sees an incomplete report, not a complete-looking one.
                LogAuditFailed(logger, UploadNames.Hide(e.Message, folder));
                context.Abort();
                return;
            }
        }
    }

    private static ReportWriter CreateWriter(ReportFormat format, Stream stream, bool postText, Messages messages) => format switch
    {
        ReportFormat.Sarif => new SarifReportWriter(stream, leaveOpen: true),
        ReportFormat.Csv => new CsvReportWriter(stream, messages, leaveOpen: true),
        _ => new JsonReportWriter(stream, leaveOpen: true) { IncludePostText = postText },
    };

    [LoggerMessage(Level = LogLevel.Error, Message = "An audit stopped: {Reason}")]
    private static partial void LogAuditFailed(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The upload folder {Folder} could not be deleted: {Reason}")]
    private static partial void LogCleanupFailed(ILogger logger, string folder, string reason);
}
