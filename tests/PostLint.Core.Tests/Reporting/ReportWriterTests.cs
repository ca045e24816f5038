using System.Collections.Immutable;
using System.Text;
using System.Text.Json;
using PostLint.Analysis;
using PostLint.Configuration;
using PostLint.Core.Tests.Analysis;
using PostLint.Diagnostics;
using PostLint.Localization;
using PostLint.Reporting;
using PostLint.Tests;
using PostLint.Model;

namespace PostLint.Core.Tests.Reporting;

public sealed class ReportWriterTests
{
    private static readonly PostAnalysisEngine Engine = new([new BadTagAnalyzer(), new LineAnalyzer(), new PrefixAnalyzer()]);

    private static ReportRun Run => new([.. EngineDiagnostics.All, .. Engine.SupportedDiagnostics], Engine.Options);

    private static List<PostResult> Results()
    {
        var draft = new Post("draft.txt", "X😀 #bad\nとても長い二行目のテキストです、本当に") { Source = new PostSource("drafts/draft.txt") { IsWholeFile = true } };
        var record = new Post("p000017", "#bad") { Source = new PostSource("posts.jsonl", Line: 17, RecordNumber: 17) };
        var suppressed = Engine.Analyze(record).Select(d => d.WithSuppression(d.Id == "TS0004")).ToImmutableArray();
        return
        [
            new PostResult(draft, Engine.Analyze(draft)),
            new PostResult(record, suppressed),
            PostResult.ForRejectedRecord("line 18 is not JSON", "posts.jsonl", 18, 18),
        ];
    }

    private static string Render(Func<Stream, ReportWriter> create, ReportRun? run = null) =>
        ReportRendering.Render(create, run ?? Run, Results(), new ReportSummary { Posts = 2, Rejected = 1 });

    [Fact]
    public void Json_has_the_specified_shape_with_utf16_offsets()
    {
        using var document = JsonDocument.Parse(Render(s => new JsonReportWriter(s, leaveOpen: true)));
        var root = document.RootElement;
        Assert.Equal(1, root.GetProperty("version").GetInt32());
        Assert.Equal("postlint", root.GetProperty("tool").GetProperty("name").GetString());
        var results = root.GetProperty("results").EnumerateArray().ToList();
        var bad = results.First(r => r.GetProperty("ruleId").GetString() == "TS0001");
        Assert.Equal("draft.txt", bad.GetProperty("postId").GetString());
        Assert.Equal("drafts/draft.txt", bad.GetProperty("source").GetString());
        Assert.Equal("warning", bad.GetProperty("severity").GetString());
        Assert.Equal(4, bad.GetProperty("start").GetInt32());
        Assert.Equal(4, bad.GetProperty("length").GetInt32());
        Assert.Equal(1, bad.GetProperty("line").GetInt32());
        Assert.Equal(5, bad.GetProperty("column").GetInt32());
        Assert.Equal(9, bad.GetProperty("endColumn").GetInt32());
        Assert.Equal("テスト規程 1", bad.GetProperty("references")[0].GetString());
        var fix = bad.GetProperty("fixes")[0];
        Assert.Equal("safe", fix.GetProperty("applicability").GetString());
        Assert.Equal("#good", fix.GetProperty("edits")[0].GetProperty("newText").GetString());

        var baselined = results.Single(r => r.GetProperty("ruleId").GetString() == "TS0004" && r.GetProperty("postId").GetString() == "p000017");
        Assert.True(baselined.GetProperty("suppressed").GetBoolean());
        Assert.Equal(17, baselined.GetProperty("sourceLine").GetInt32());

        var summary = root.GetProperty("summary");
        Assert.Equal(2, summary.GetProperty("posts").GetInt32());
        Assert.Equal(1, summary.GetProperty("rejected").GetInt32());
        Assert.Equal(2, summary.GetProperty("errors").GetInt32());
        Assert.Equal(2, summary.GetProperty("warnings").GetInt32());
        Assert.Equal(2, summary.GetProperty("byRule").GetProperty("TS0001").GetInt32());
        Assert.Equal(1, summary.GetProperty("suppressed").GetInt32());
    }

    [Fact]
    public async Task Sarif_links_every_rule_to_the_configured_docs_address()
    {
        var options = new AnalyzerOptions { DocsUrl = "https://intranet.example.lg.jp/postlint/rules/" };
        var sarif = Render(s => new SarifReportWriter(s, baseDirectory: Directory.GetCurrentDirectory(), leaveOpen: true), new ReportRun([.. EngineDiagnostics.All, .. Engine.SupportedDiagnostics], options));
        var schema = await NJsonSchema.JsonSchema.FromFileAsync(TestPaths.TestData("sarif", "sarif-schema-2.1.0.json"));
        Assert.Empty(schema.Validate(sarif));
        using var document = JsonDocument.Parse(sarif);
        var driver = document.RootElement.GetProperty("runs")[0].GetProperty("tool").GetProperty("driver");
        Assert.Equal("https://intranet.example.lg.jp/postlint/rules/", driver.GetProperty("informationUri").GetString());
        var rule = driver.GetProperty("rules").EnumerateArray().Single(static r => r.GetProperty("id").GetString() == "TS0001");
        Assert.Equal("https://intranet.example.lg.jp/postlint/rules/TS0001.md", rule.GetProperty("helpUri").GetString());
    }

    [Theory]
    [InlineData("https://intranet.example.lg.jp/postlint/rules", "https://intranet.example.lg.jp/postlint/rules/")]
    [InlineData("http://docs.example/", "http://docs.example/")]
    public void Docs_addresses_get_a_trailing_slash(string given, string expected)
    {
        Assert.True(ConfigurationResolver.TryNormalizeDocsUrl(given, out var url));
        Assert.Equal(expected, url);
    }

    [Theory]
    [InlineData("docs/rules/")]
    [InlineData("ftp://example/")]
    [InlineData("")]
    public void Docs_addresses_must_be_absolute_http(string given) =>
        Assert.False(ConfigurationResolver.TryNormalizeDocsUrl(given, out _));

    [Fact]
    public async Task Sarif_validates_against_the_official_schema()
    {
        var sarif = Render(s => new SarifReportWriter(s, baseDirectory: Directory.GetCurrentDirectory(), leaveOpen: true));
        var schema = await NJsonSchema.JsonSchema.FromFileAsync(TestPaths.TestData("sarif", "sarif-schema-2.1.0.json"));
        var errors = schema.Validate(sarif);
        Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => $"{e.Path}: {e.Kind}")));

        using var document = JsonDocument.Parse(sarif);
        var run = document.RootElement.GetProperty("runs")[0];
        Assert.Equal("utf16CodeUnits", run.GetProperty("columnKind").GetString());
        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().ToList();
        // No docs address configured: no help link and no information link, rather than an invented host.
        Assert.All(rules, static r => Assert.False(r.TryGetProperty("helpUri", out _)));
        Assert.False(run.GetProperty("tool").GetProperty("driver").TryGetProperty("informationUri", out _));
        Assert.Contains(rules, r => r.GetProperty("id").GetString() == "TS0003" && !r.GetProperty("defaultConfiguration").GetProperty("enabled").GetBoolean());
        var results = run.GetProperty("results").EnumerateArray().ToList();
        var bad = results.First(r => r.GetProperty("ruleId").GetString() == "TS0001");
        var region = bad.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region");
        Assert.Equal(5, region.GetProperty("startColumn").GetInt32());
        Assert.Equal(4, region.GetProperty("charOffset").GetInt32());
        Assert.Equal("#good", bad.GetProperty("fixes")[0].GetProperty("artifactChanges")[0].GetProperty("replacements")[0].GetProperty("insertedContent").GetProperty("text").GetString());
        var suppressed = results.Single(r => r.TryGetProperty("suppressions", out _));
        Assert.Equal("external", suppressed.GetProperty("suppressions")[0].GetProperty("kind").GetString());
        Assert.Equal(17, suppressed.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region").GetProperty("startLine").GetInt32());
        Assert.Equal("p000017", suppressed.GetProperty("locations")[0].GetProperty("logicalLocations")[0].GetProperty("name").GetString());
    }

    [Fact]
    public void Text_is_compiler_style_with_a_caret_under_wide_characters()
    {
        using var output = new StringWriter();
        var writer = new TextReportWriter(output);
        writer.WriteHeader(Run);
        var summary = new ReportSummary { Posts = 1 };
        var draft = Results()[0];
        summary.Count(draft);
        writer.WriteResult(draft);
        writer.WriteSummary(summary);
        var lines = output.ToString().Split('\n');
        Assert.Equal("drafts/draft.txt(1,5): 警告 TS0001: タグ #bad は使えません [テスト規程 1]", lines[0].TrimEnd('\r'));
        Assert.Equal(" 1 | X😀 #bad", lines[1].TrimEnd('\r'));
        // X (1) + 😀 (2 columns) + space = 4 columns before the tag.
        Assert.Equal("   |     ^^^^", lines[2].TrimEnd('\r'));
        Assert.Equal("    = 修正: #good に置き換える", lines[3].TrimEnd('\r'));
        Assert.Contains("エラー 1 件、警告 1 件、提案 0 件（投稿 1 件）。--fix で直せる指摘 1 件", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Text_is_english_when_asked()
    {
        using var output = new StringWriter();
        var writer = new TextReportWriter(output, new TextReportOptions { Messages = Messages.English });
        writer.WriteHeader(Run);
        var summary = new ReportSummary { Posts = 1 };
        var draft = Results()[0];
        summary.Count(draft);
        writer.WriteResult(draft);
        writer.WriteSummary(summary);
        var lines = output.ToString().Split('\n');
        Assert.Equal("drafts/draft.txt(1,5): warning TS0001: タグ #bad は使えません [テスト規程 1]", lines[0].TrimEnd('\r'));
        Assert.Equal("    = fix: #good に置き換える", lines[3].TrimEnd('\r'));
        Assert.Contains("1 error, 1 warning, 0 suggestions in 1 post; 1 fixable with --fix", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void An_audit_summary_counts_posts_with_findings_reads_every_record_and_has_no_fix_hint()
    {
        using var output = new StringWriter();
        var writer = new TextReportWriter(output, new TextReportOptions { IsAudit = true });
        writer.WriteHeader(Run);
        var summary = new ReportSummary { Posts = 2000 };
        foreach (var result in Results())
        {
            summary.Count(result);
            writer.WriteResult(result);
        }

        writer.WriteSummary(summary);
        var text = output.ToString();
        Assert.Contains($"問題のある投稿 {summary.PostsWithFindings:N0} / 2,000 件（", text, StringComparison.Ordinal);
        Assert.Contains("読み込み 2,000 件 = 解析 2,000 件 + 読み取れず 0 件 + 対象外 0 件", text, StringComparison.Ordinal);
        Assert.DoesNotContain("--fix", text, StringComparison.Ordinal);
        // The table by rule gives each rule's severity word and its title.
        Assert.Matches(@"(?m)^ルール\s+重大度\s+件数\s+内容$", text);
        Assert.Matches(@"(?m)^TS0001\s+警告\s+\d+\s+Bad tag$", text);
    }

    [Fact]
    public void Posts_with_findings_leave_out_suppressed_findings_and_engine_problems()
    {
        var summary = new ReportSummary();
        var results = Results();
        foreach (var result in results)
        {
            summary.Count(result);
        }

        var expected = results.Count(r => r.Diagnostics.Any(d => !d.IsSuppressed && d.Severity != DiagnosticSeverity.Hidden && !d.Id.StartsWith("PL000", StringComparison.Ordinal)));
        Assert.Equal(expected, summary.PostsWithFindings);
        Assert.True(expected < results.Count);
    }

    [Fact]
    public void GitHub_annotations_escape_their_properties()
    {
        using var output = new StringWriter();
        var writer = new GitHubReportWriter(output);
        writer.WriteHeader(Run);
        foreach (var result in Results())
        {
            writer.WriteResult(result);
        }

        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains("::warning file=drafts/draft.txt,line=1,col=5,endLine=1,endColumn=9,title=TS0001 Bad tag::TS0001 タグ #bad は使えません [テスト規程 1]", lines.Select(l => l.TrimEnd('\r')));
        Assert.Contains("::error file=posts.jsonl,line=18,title=PL0001 入力レコードを読み取れない::PL0001 レコードを読み取れませんでした: line 18 is not JSON", lines.Select(l => l.TrimEnd('\r')));
        Assert.DoesNotContain(lines, l => l.Contains("TS0004", StringComparison.Ordinal) && l.Contains("p000017", StringComparison.Ordinal));
    }

    private static string[] CsvRows(Messages? messages, IEnumerable<PostResult> results)
    {
        using var stream = new MemoryStream();
        using (var writer = messages is null ? new CsvReportWriter(stream, leaveOpen: true) : new CsvReportWriter(stream, messages, leaveOpen: true))
        {
            writer.WriteHeader(Run);
            foreach (var result in results)
            {
                writer.WriteResult(result);
            }

            writer.WriteSummary(new ReportSummary());
        }

        var bytes = stream.ToArray();
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        return Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
    }

    [Fact]
    public void Csv_starts_with_a_bom_and_has_japanese_headers_and_words_by_default()
    {
        var rows = CsvRows(null, Results());
        Assert.Equal("投稿ID,ファイル,ファイルの行,行,列,ルールID,重大度,指摘,該当箇所,根拠,修正,ベースラインで抑制,投稿日時,本文", rows[0]);
        Assert.Contains("draft.txt,drafts/draft.txt,1,1,5,TS0001,警告,タグ #bad は使えません,#bad,テスト規程 1,修正: #good に置き換える,いいえ,,\"X😀 #bad\nとても長い二行目のテキストです、本当に\"", rows);
    }

    [Fact]
    public void Csv_is_english_when_asked_and_quotes_fields()
    {
        var rows = CsvRows(Messages.English, Results());
        Assert.Equal("post_id,source,source_line,line,column,rule_id,severity,message,matched_text,references,fix,suppressed,created_at,text", rows[0]);
        Assert.Contains("draft.txt,drafts/draft.txt,1,1,5,TS0001,warning,タグ #bad は使えません,#bad,テスト規程 1,safe: #good に置き換える,false,,\"X😀 #bad\nとても長い二行目のテキストです、本当に\"", rows);
    }

    [Fact]
    public void Csv_and_json_carry_the_posts_date_and_text()
    {
        var post = new Post("1907", "#bad, \"牡蠣\"") { CreatedAt = new DateTimeOffset(2025, 1, 5, 9, 30, 0, TimeSpan.FromHours(9)), Source = new PostSource("posts.jsonl", 3, 3) };
        var result = new PostResult(post, Engine.Analyze(post));
        var rows = CsvRows(null, [result]);
        Assert.Contains(rows, r => r.StartsWith("1907,posts.jsonl,3,1,1,TS0001,警告,", StringComparison.Ordinal) && r.EndsWith(",2025-01-05 09:30:00,\"#bad, \"\"牡蠣\"\"\"", StringComparison.Ordinal));

        using var stream = new MemoryStream();
        using (var writer = new JsonReportWriter(stream, leaveOpen: true))
        {
            writer.WriteHeader(Run);
            writer.WriteResult(result);
            writer.WriteSummary(new ReportSummary { Posts = 1 });
        }

        using var document = JsonDocument.Parse(stream.ToArray());
        var finding = document.RootElement.GetProperty("results").EnumerateArray().First(r => r.GetProperty("ruleId").GetString() == "TS0001");
        Assert.Equal("2025-01-05T09:30:00+09:00", finding.GetProperty("createdAt").GetString());
        Assert.Equal("#bad, \"牡蠣\"", finding.GetProperty("text").GetString());
        Assert.Equal("warning", finding.GetProperty("severity").GetString()); // JSON keys and values stay English
    }

    [Fact]
    public void Fingerprints_ignore_offsets_but_not_the_matched_text()
    {
        var a = Engine.Analyze(new Post("p1", "#bad")).Single(d => d.Id == "TS0001");
        var b = Engine.Analyze(new Post("p1", "前置き #bad")).Single(d => d.Id == "TS0001");
        Assert.Equal(Fingerprint.Compute(new Post("p1", "#bad"), a), Fingerprint.Compute(new Post("p1", "前置き #bad"), b));
        Assert.NotEqual(Fingerprint.Compute(new Post("p1", "#bad"), a), Fingerprint.Compute(new Post("p2", "#bad"), a));
    }
}
