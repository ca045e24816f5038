using System.Globalization;
using System.Text;
using System.Text.Json;
using PostLint.Cli.Infrastructure;

namespace PostLint.Cli.Tests;

/// <summary>Audits of damaged, oversized and unusual inputs: every record is accounted for and the run goes on.</summary>
public sealed class AuditInputHardeningTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly string _config;

    public AuditInputHardeningTests()
    {
        _config = _folder.Write("postlint.json", """{ "rules": { "PL1001": "none" } }""");
    }

    public void Dispose() => _folder.Dispose();

    private (int Exit, string Output, string Error) Audit(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var console = new CliConsole(output, error, errorIsTerminal: false);
        var exit = Program.Run(["audit", "--config", _config, .. args], console);
        return (exit, output.ToString(), error.ToString());
    }

    private static (JsonElement Summary, List<JsonElement> Results) ReadReport(string path)
    {
        using var json = JsonDocument.Parse(File.ReadAllBytes(path));
        var root = json.RootElement.Clone();
        return (root.GetProperty("summary"), [.. root.GetProperty("results").EnumerateArray()]);
    }

    [Fact]
    public void A_lone_surrogate_at_record_5001_of_10001_is_one_pl0001_and_the_audit_goes_on()
    {
        var text = new StringBuilder();
        for (var i = 1; i <= 10_001; i++)
        {
            var body = i == 5_001 ? "切れた絵文字\\ud800" : "お知らせ" + i.ToString(CultureInfo.InvariantCulture);
            text.Append(CultureInfo.InvariantCulture, $"{{\"id\":\"p{i}\",\"text\":\"{body}\"}}\n");
        }

        var input = _folder.Write("posts.jsonl", text.ToString());
        var report = Path.Combine(_folder.Path, "report.json");
        var (exit, _, error) = Audit(input, "--format", "json", "-o", report);
        Assert.Equal(1, exit); // PL0001 is an error-level finding, not a failure of the run
        Assert.DoesNotContain("Exception", error, StringComparison.Ordinal);
        var (summary, results) = ReadReport(report);
        Assert.Equal(10_001, summary.GetProperty("read").GetInt32());
        Assert.Equal(10_000, summary.GetProperty("posts").GetInt32());
        Assert.Equal(1, summary.GetProperty("rejected").GetInt32());
        var rejection = Assert.Single(results, static r => r.GetProperty("ruleId").GetString() == "PL0001");
        // The record is not a post: its file and line, and the id it gave, but no post fields.
        Assert.False(rejection.TryGetProperty("postId", out _));
        Assert.False(rejection.TryGetProperty("start", out _));
        Assert.Equal("file", rejection.GetProperty("scope").GetString());
        Assert.Equal(input, rejection.GetProperty("source").GetString());
        Assert.Equal("p5001", rejection.GetProperty("recordId").GetString());
        Assert.Equal(5_001, rejection.GetProperty("sourceLine").GetInt32());
        Assert.Equal(5_001, rejection.GetProperty("record").GetInt32());
        Assert.Contains("`text`: 文字列に対になっていないサロゲート", rejection.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_csv_with_japanese_headers_prints_the_column_mapping_and_reads_every_column()
    {
        var input = _folder.Write("投稿.csv", "投稿ID,投稿日時,本文,媒体\nA-1,2025/4/1 9:00,桜が見頃です,インスタグラム\nA-2,2025/4/2 10:00,お知らせです,X\n");
        var report = Path.Combine(_folder.Path, "report.json");
        var (exit, _, error) = Audit(input, "--format", "json", "-o", report);
        Assert.Equal(0, exit);
        Assert.StartsWith("postlint: 列の対応 (投稿.csv): 投稿ID→id, 投稿日時→createdAt, 本文→text, 媒体→platform" + Environment.NewLine, error, StringComparison.Ordinal);
        var (summary, _) = ReadReport(report);
        Assert.Equal(2, summary.GetProperty("posts").GetInt32());
    }

    [Fact]
    public void An_unknown_id_column_is_a_usage_error_before_any_work()
    {
        var input = _folder.Write("posts.csv", "投稿ID,本文\n1,お知らせ\n");
        var report = Path.Combine(_folder.Path, "report.json");
        var (exit, output, error) = Audit(input, "--id-column", "番号", "-o", report);
        Assert.Equal(2, exit);
        Assert.Equal(string.Empty, output);
        Assert.Equal("postlint: --id-column の列「番号」が posts.csv にありません（列: 投稿ID, 本文）（使い方: postlint audit --help）" + Environment.NewLine, error);
        Assert.False(File.Exists(report));
    }

    [Fact]
    public void An_unbalanced_quote_in_a_csv_does_not_merge_the_rows_after_it()
    {
        var input = _folder.Write("posts.csv", "id,text\n1,\"開いたまま\n2,二\n3,三\n4,四\n");
        var report = Path.Combine(_folder.Path, "report.json");
        var (exit, _, _) = Audit(input, "--format", "json", "-o", report);
        Assert.Equal(1, exit);
        var (summary, results) = ReadReport(report);
        Assert.Equal(4, summary.GetProperty("read").GetInt32());
        Assert.Equal(3, summary.GetProperty("posts").GetInt32());
        var rejection = Assert.Single(results, static r => r.GetProperty("ruleId").GetString() == "PL0001");
        Assert.Equal(2, rejection.GetProperty("sourceLine").GetInt32());
        Assert.Contains("2 行目で始まった引用符が閉じられていません", rejection.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_csv_header_naming_a_column_twice_is_read_with_the_first()
    {
        var input = _folder.Write("dup.csv", "text,text,id\n最初,二番目,p1\n");
        var (exit, output, error) = Audit(input);
        Assert.Equal(0, exit);
        Assert.Contains("postlint: dup.csv: 列名「text」が2回以上あります（1列目と2列目）。1列目を使います", error, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", error + output, StringComparison.Ordinal);
    }

    [Fact]
    public void An_x_archive_zip_is_audited_in_place()
    {
        var zip = Path.Combine(_folder.Path, "twitter-2025.zip");
        using (var archive = System.IO.Compression.ZipFile.Open(zip, System.IO.Compression.ZipArchiveMode.Create))
        {
            var entry = archive.CreateEntry("data/tweets.js");
            using var stream = new StreamWriter(entry.Open());
            stream.Write("window.YTD.tweets.part0 = [{\"tweet\":{\"id_str\":\"1\",\"full_text\":\"お知らせ\"}},{\"tweet\":{\"id_str\":\"2\",\"full_text\":\"RT @a: b\"}}]");
        }

        var report = Path.Combine(_folder.Path, "report.json");
        var (exit, _, error) = Audit(zip, "--format", "json", "-o", report);
        Assert.Equal(0, exit);
        Assert.DoesNotContain("Exception", error, StringComparison.Ordinal);
        var (summary, _) = ReadReport(report);
        Assert.Equal(2, summary.GetProperty("read").GetInt32());
        Assert.Equal(1, summary.GetProperty("posts").GetInt32());
        Assert.Equal(1, summary.GetProperty("skipped").GetInt32());
        Assert.Equal(new[] { "postlint.json", "report.json", "twitter-2025.zip" }, Directory.EnumerateFileSystemEntries(_folder.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }
}
