using System.Text.Json;
using System.Text.Json.Serialization;

namespace PostLint.Server.Api;

/// <summary>A draft to check: the text and, optionally, how to read it (the same settings as <c>postlint check</c>'s options).</summary>
public record CheckRequest
{
    /// <summary>The post text (required).</summary>
    public string? Text { get; init; }

    /// <summary>The id reported as <c>postId</c> and <c>source</c> (default: <c>draft</c>).</summary>
    public string? Id { get; init; }

    /// <summary>A built-in profile (ishinomaki, joetsu, mine, recommended) instead of the server's configuration.</summary>
    public string? Profile { get; init; }

    /// <summary>The platform the post is for: x, threads, instagram, line, facebook, youtube.</summary>
    public string? Platform { get; init; }

    /// <summary>True for sponsored work commissioned by the city (a disclosure is required, PL1004).</summary>
    public bool? Sponsored { get; init; }

    /// <summary>When the post is (or was) to be posted, with its offset (PL6001 business hours).</summary>
    public DateTimeOffset? CreatedAt { get; init; }
}

/// <summary>A draft to fix: as for <c>/check</c>, and whether unsafe fixes are applied too.</summary>
public sealed record FixRequest : CheckRequest
{
    /// <summary>Also apply unsafe fixes (they may change the meaning), like <c>--unsafe-fixes</c>.</summary>
    public bool? UnsafeFixes { get; init; }
}

/// <summary>The text after every applicable fix, and what was applied.</summary>
public sealed record FixResponse(string FixedText, bool Changed, IReadOnlyList<AppliedFixModel> Applied, int Passes);

/// <summary>One fix that was applied.</summary>
public sealed record AppliedFixModel(string RuleId, string Title, string Applicability);

/// <summary>A draft's length as its platform counts it (X: weighted, twitter-text v3).</summary>
public sealed record MeasureResponse(string Platform, int Length, int Limit, string Unit, bool Over);

/// <summary>Every rule with its severity under a profile.</summary>
public sealed record RulesResponse(string? Profile, string? ProfileTitle, IReadOnlyList<RuleModel> Rules);

/// <summary>A rule as <c>postlint rules --format json</c> lists it, with its Japanese title and the address of its page on this server.</summary>
public sealed record RuleModel(
    string Id,
    string Title,
    string TitleJa,
    string Category,
    string Severity,
    string DefaultSeverity,
    string HelpUri,
    string DocUrl,
    IReadOnlyList<string> References);

/// <summary>
/// A rule's documentation page as Markdown and as HTML, in <see cref="Language"/> (<c>ja</c>:
/// docs/rules/ja/PLxxxx.md, the default; <c>en</c>: docs/rules/PLxxxx.md).
/// </summary>
public sealed record RuleDocument(
    string Id,
    string Language,
    string Title,
    string TitleJa,
    string Category,
    string Severity,
    string DefaultSeverity,
    IReadOnlyList<string> References,
    string Markdown,
    string Html);

/// <summary>The JSON report (<c>postlint check --format json</c>), described for the OpenAPI document.</summary>
public sealed record JsonReport(int Version, ReportTool Tool, IReadOnlyList<ReportFinding> Results, ReportTotals Summary);

public sealed record ReportTool(string Name, string Version, string? Profile);

/// <summary>One finding: <c>start</c>/<c>length</c> are UTF-16 offsets into the post text.</summary>
public sealed record ReportFinding(
    string PostId,
    string Source,
    string RuleId,
    string Severity,
    string Message,
    int Start,
    int Length,
    int Line,
    int Column,
    int EndLine,
    int EndColumn,
    int? SourceLine,
    long? Record,
    IReadOnlyList<string> References,
    IReadOnlyList<ReportFix> Fixes,
    bool? Suppressed,
    string? PostText,
    string? CreatedAt = null,
    string? Text = null);

public sealed record ReportFix(string Title, string Applicability, IReadOnlyList<ReportEdit> Edits);

public sealed record ReportEdit(int Start, int Length, string NewText);

public sealed record ReportTotals(
    long Posts,
    long Rejected,
    long Errors,
    long Warnings,
    long Suggestions,
    IReadOnlyDictionary<string, int> ByRule,
    long Read,
    long Skipped,
    long Suppressed);

/// <summary>
/// The serializer metadata of the API, generated at build time (no reflection: NativeAOT). Request
/// bodies are strict: an unknown field is an error, so a misspelt <c>sponsered</c> is not silently ignored.
/// </summary>
[JsonSourceGenerationOptions(
    JsonSerializerDefaults.Web,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(CheckRequest))]
[JsonSerializable(typeof(FixRequest))]
[JsonSerializable(typeof(FixResponse))]
[JsonSerializable(typeof(MeasureResponse))]
[JsonSerializable(typeof(RulesResponse))]
[JsonSerializable(typeof(RuleDocument))]
[JsonSerializable(typeof(JsonReport))]
public sealed partial class ServerJsonContext : JsonSerializerContext
{
    /// <summary>
    /// The context the server answers with: as <see cref="JsonSerializerContext"/>'s default, but
    /// Japanese is written as is (like the reports), not as <c>\uXXXX</c> escapes.
    /// </summary>
    public static ServerJsonContext Answers { get; } = new(new JsonSerializerOptions(JsonSerializerDefaults.Web)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    });
}
