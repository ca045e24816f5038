using System.Text;
using System.Text.Json;
using PostLint.Analysis;
using PostLint.Core.Tests.Analysis;
using PostLint.Diagnostics;
using PostLint.Localization;
using PostLint.Reporting;
using PostLint.Tests;
using PostLint.Model;

namespace PostLint.Core.Tests.Reporting;

/// <summary>
/// Every writer renders the three kinds of <see cref="DiagnosticLocation"/>: a span of a post, a
/// file (with and without line and column) and the run, with no stand-in post anywhere.
/// </summary>
public sealed class DiagnosticLocationReportTests
{
    private static readonly PostAnalysisEngine Engine = new([new BadTagAnalyzer()]);

    private static ReportRun Run => new([.. EngineDiagnostics.All, .. Engine.SupportedDiagnostics], Engine.Options);

    private static List<PostResult> Results()
    {
        var record = new Post("p7", "#bad") { Source = new PostSource("posts.jsonl", Line: 7, RecordNumber: 7) };
        return
        [
            PostResult.ForRun([Diagnostic.Create(EngineDiagnostics.DictionaryNotFound, DiagnosticLocation.None, "辞書なし")]),
            PostResult.ForProblem(EngineDiagnostics.Configuration, "unknown key", DiagnosticLocation.InFile("postlint.json", 4, 5)),
            PostResult.ForProblem(EngineDiagnostics.InputRecord, "empty file", DiagnosticLocation.InFile("empty.txt")),
            PostResult.ForRejectedRecord("record 9: not JSON", "posts.jsonl", 9, 9, "p9"),
            new PostResult(record, Engine.Analyze(record)),
        ];
    }

    private static string Render(Func<Stream, ReportWriter> create) =>
        ReportRendering.Render(create, Run, Results(), new ReportSummary { Posts = 1, Rejected = 2 });

    [Fact]
    public void The_factories_make_the_three_kinds()
    {
        Assert.Equal(DiagnosticLocationKind.None, DiagnosticLocation.None.Kind);
        Assert.Equal(default, DiagnosticLocation.None);
        var file = DiagnosticLocation.InFile("a.json", 3, 9);
        Assert.Equal((DiagnosticLocationKind.File, "a.json", 3, 9), (file.Kind, file.Path, file.Line!.Value, file.Column!.Value));
        Assert.Null(DiagnosticLocation.InFile("a.json").Line);
        Assert.Null(DiagnosticLocation.InFile("a.json", 2).Column);
        var post = DiagnosticLocation.InPost(new PostLint.Text.TextSpan(2, 3));
        Assert.Equal((DiagnosticLocationKind.Post, null, new PostLint.Text.TextSpan(2, 3)), (post.Kind, post.Path, post.Span));
        Assert.Equal(["(none)", "a.json(3,9)", "a.json(2)", "a.json"], [DiagnosticLocation.None.ToString(), file.ToString(), DiagnosticLocation.InFile("a.json", 2).ToString(), DiagnosticLocation.InFile("a.json").ToString()]);
        Assert.Throws<ArgumentException>(() => DiagnosticLocation.InFile("a.json", null, 4));
        Assert.Throws<ArgumentOutOfRangeException>(() => DiagnosticLocation.InFile("a.json", 0));
        Assert.ThrowsAny<ArgumentException>(() => DiagnosticLocation.InFile(""));

        var diagnostic = Diagnostic.Create(EngineDiagnostics.Configuration, file, "x");
        Assert.Equal(file, diagnostic.Location);
        Assert.Equal(default, diagnostic.Span);
        Assert.Same(diagnostic, diagnostic.WithOffset(10));
        Assert.Equal(DiagnosticLocation.InPost(new PostLint.Text.TextSpan(1, 4)), Diagnostic.Create(EngineDiagnostics.Configuration, new PostLint.Text.TextSpan(1, 4), "x").Location);
    }

    [Fact]
    public void Text_names_the_file_as_far_as_known_and_the_tool_for_the_run()
    {
        using var output = new StringWriter();
        using (var writer = new TextReportWriter(output, new TextReportOptions { Messages = Messages.English }))
        {
            writer.WriteHeader(Run);
            foreach (var result in Results())
            {
                writer.WriteResult(result);
            }
        }

        var lines = output.ToString().Split('\n').Select(static l => l.TrimEnd('\r')).Where(static l => l.Length > 0).ToList();
        Assert.Equal("postlint: suggestion PL0003: MeCab 辞書を使えないため、内容ルールは表層形で照合します（辞書なし）", lines[0]);
        Assert.Equal("postlint.json(4,5): error PL0002: 設定に問題があります: unknown key", lines[1]);
        Assert.Equal("empty.txt: error PL0001: レコードを読み取れませんでした: empty file", lines[2]);
        Assert.Equal("posts.jsonl(9): error PL0001: レコードを読み取れませんでした: record 9: not JSON", lines[3]);
        Assert.StartsWith("posts.jsonl(7) p7(1,1): warning TS0001:", lines[4], StringComparison.Ordinal);
    }

    [Fact]
    public void Json_has_no_post_fields_outside_a_post_and_says_the_scope()
    {
        using var document = JsonDocument.Parse(Render(s => new JsonReportWriter(s, leaveOpen: true) { IncludePostText = true }));
        var results = document.RootElement.GetProperty("results").EnumerateArray().ToList();
        Assert.Equal(5, results.Count);
        static string[] Keys(JsonElement e) => [.. e.EnumerateObject().Select(static p => p.Name)];

        Assert.Equal(["scope", "ruleId", "severity", "message", "references", "fixes"], Keys(results[0]));
        Assert.Equal("run", results[0].GetProperty("scope").GetString());
        Assert.Equal("PL0003", results[0].GetProperty("ruleId").GetString());

        Assert.Equal(["scope", "source", "ruleId", "severity", "message", "sourceLine", "sourceColumn", "references", "fixes"], Keys(results[1]));
        Assert.Equal(("file", "postlint.json", 4, 5), (results[1].GetProperty("scope").GetString(), results[1].GetProperty("source").GetString(), results[1].GetProperty("sourceLine").GetInt32(), results[1].GetProperty("sourceColumn").GetInt32()));

        Assert.Equal(["scope", "source", "ruleId", "severity", "message", "references", "fixes"], Keys(results[2]));
        Assert.Equal("empty.txt", results[2].GetProperty("source").GetString());

        Assert.Equal(["scope", "source", "ruleId", "severity", "message", "sourceLine", "record", "recordId", "references", "fixes"], Keys(results[3]));
        Assert.Equal((9, 9, "p9"), (results[3].GetProperty("sourceLine").GetInt32(), results[3].GetProperty("record").GetInt32(), results[3].GetProperty("recordId").GetString()));

        // A finding in a post keeps every field it always had.
        Assert.Equal(["postId", "source", "ruleId", "severity", "message", "start", "length", "line", "column", "endLine", "endColumn", "sourceLine", "record", "text", "references", "fixes", "postText"], Keys(results[4]));
        Assert.Equal("p7", results[4].GetProperty("postId").GetString());
    }

    [Fact]
    public void Csv_leaves_the_post_columns_empty_outside_a_post()
    {
        using var stream = new MemoryStream();
        using (var writer = new CsvReportWriter(stream, Messages.English, leaveOpen: true))
        {
            writer.WriteHeader(Run);
            foreach (var result in Results())
            {
                writer.WriteResult(result);
            }

            writer.WriteSummary(new ReportSummary());
        }

        var rows = Encoding.UTF8.GetString(stream.ToArray()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(",,,,,PL0003,suggestion,MeCab 辞書を使えないため、内容ルールは表層形で照合します（辞書なし）,,,,false,,", rows[1]);
        Assert.Equal(",postlint.json,4,,,PL0002,error,設定に問題があります: unknown key,,,,false,,", rows[2]);
        Assert.Equal(",empty.txt,,,,PL0001,error,レコードを読み取れませんでした: empty file,,,,false,,", rows[3]);
        Assert.Equal(",posts.jsonl,9,,,PL0001,error,レコードを読み取れませんでした: record 9: not JSON,,,,false,,", rows[4]);
        Assert.StartsWith("p7,posts.jsonl,7,1,1,TS0001,", rows[5], StringComparison.Ordinal);
    }

    [Fact]
    public void GitHub_gives_a_file_only_what_is_known_and_the_run_no_file()
    {
        using var output = new StringWriter();
        var writer = new GitHubReportWriter(output);
        writer.WriteHeader(Run);
        foreach (var result in Results())
        {
            writer.WriteResult(result);
        }

        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(static l => l.TrimEnd('\r')).ToList();
        Assert.Equal("::notice title=PL0003 MeCab 辞書が見つからない::PL0003 MeCab 辞書を使えないため、内容ルールは表層形で照合します（辞書なし）", lines[0]);
        Assert.Equal("::error file=postlint.json,line=4,col=5,title=PL0002 設定の問題::PL0002 設定に問題があります: unknown key", lines[1]);
        Assert.Equal("::error file=empty.txt,title=PL0001 入力レコードを読み取れない::PL0001 レコードを読み取れませんでした: empty file", lines[2]);
        Assert.Equal("::error file=posts.jsonl,line=9,title=PL0001 入力レコードを読み取れない::PL0001 レコードを読み取れませんでした: record 9: not JSON", lines[3]);
        Assert.StartsWith("::warning file=posts.jsonl,line=7,col=1,endLine=7,endColumn=1,title=TS0001 Bad tag::", lines[4], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sarif_puts_files_in_physical_locations_and_the_run_in_a_notification()
    {
        var sarif = Render(s => new SarifReportWriter(s, baseDirectory: Directory.GetCurrentDirectory(), leaveOpen: true));
        var schema = await NJsonSchema.JsonSchema.FromFileAsync(TestPaths.TestData("sarif", "sarif-schema-2.1.0.json"));
        Assert.Empty(schema.Validate(sarif));

        using var document = JsonDocument.Parse(sarif);
        var run = document.RootElement.GetProperty("runs")[0];
        var results = run.GetProperty("results").EnumerateArray().ToList();
        Assert.Equal(["PL0002", "PL0001", "PL0001", "TS0001"], results.Select(static r => r.GetProperty("ruleId").GetString()));

        var config = results[0];
        var physical = config.GetProperty("locations")[0].GetProperty("physicalLocation");
        Assert.Equal("postlint.json", physical.GetProperty("artifactLocation").GetProperty("uri").GetString());
        Assert.Equal("%SRCROOT%", physical.GetProperty("artifactLocation").GetProperty("uriBaseId").GetString());
        Assert.Equal(["startLine", "startColumn"], physical.GetProperty("region").EnumerateObject().Select(static p => p.Name));
        Assert.Equal((4, 5), (physical.GetProperty("region").GetProperty("startLine").GetInt32(), physical.GetProperty("region").GetProperty("startColumn").GetInt32()));
        Assert.False(config.GetProperty("locations")[0].TryGetProperty("logicalLocations", out _));
        Assert.False(config.TryGetProperty("properties", out _));

        var wholeFile = results[1].GetProperty("locations")[0].GetProperty("physicalLocation");
        Assert.Equal("empty.txt", wholeFile.GetProperty("artifactLocation").GetProperty("uri").GetString());
        Assert.False(wholeFile.TryGetProperty("region", out _));

        var record = results[2];
        Assert.Equal(["startLine"], record.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region").EnumerateObject().Select(static p => p.Name));
        Assert.Equal(["record", "recordId"], record.GetProperty("properties").EnumerateObject().Select(static p => p.Name));

        // No result names a post that is not there; the finding in a post names its own.
        Assert.Equal(["p7"], results.Where(static r => r.TryGetProperty("properties", out var p) && p.TryGetProperty("postId", out _)).Select(static r => r.GetProperty("properties").GetProperty("postId").GetString()));

        var invocation = run.GetProperty("invocations")[0];
        var notification = Assert.Single(invocation.GetProperty("toolExecutionNotifications").EnumerateArray());
        Assert.Equal("note", notification.GetProperty("level").GetString());
        Assert.Equal("PL0003", notification.GetProperty("associatedRule").GetProperty("id").GetString());
        Assert.Equal(2, notification.GetProperty("associatedRule").GetProperty("index").GetInt32());
        Assert.Equal("MeCab 辞書を使えないため、内容ルールは表層形で照合します（辞書なし）", notification.GetProperty("message").GetProperty("text").GetString());
        Assert.False(notification.TryGetProperty("locations", out _));
    }

    [Fact]
    public void Baselines_pass_over_diagnostics_outside_a_post()
    {
        using var stream = new MemoryStream();
        using (var writer = new BaselineWriter(stream, leaveOpen: true))
        {
            foreach (var result in Results())
            {
                writer.Add(result);
            }

            writer.Complete();
            Assert.Equal(1, writer.Findings);
        }

        var path = Path.Combine(Path.GetTempPath(), $"postlint-baseline-{Guid.NewGuid():N}.json");
        File.WriteAllBytes(path, stream.ToArray());
        try
        {
            var baseline = Baseline.Load(path);
            var applied = Results().Select(baseline.Apply).ToList();
            Assert.All(applied.Take(4), r => Assert.False(Assert.Single(r.Diagnostics).IsSuppressed));
            Assert.All(applied[4].Diagnostics, static d => Assert.True(d.IsSuppressed));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
