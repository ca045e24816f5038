using System.Globalization;
using System.Text;
using System.Text.Json;
using PostLint.Cli.Infrastructure;
using PostLint.Tests;

namespace PostLint.Cli.Tests;

public sealed class AuditCommandTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "postlint-audit-" + Guid.NewGuid().ToString("N"));
    private readonly string _config;

    public AuditCommandTests()
    {
        Directory.CreateDirectory(_folder);
        // A configuration that names only rules that exist on every branch, without loading a built-in profile.
        File.WriteAllText(Path.Combine(_folder, "base.json"), """
            {
              "disclosure": { "sourceTags": ["石巻市"] },
              "rules": { "PL1001": "error", "PL6001": "warning" },
              "operations": { "businessHours": "Mon-Fri 08:30-17:15", "timeZone": "Asia/Tokyo" }
            }
            """);
        _config = Path.Combine(_folder, "postlint.json");
        File.WriteAllText(_config, """{ "extends": "./base.json" }""");
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static string Sample(params string[] parts) => TestPaths.InRepo(["samples", .. parts]);

    private string InFolder(string name) => Path.Combine(_folder, name);

    private (int Exit, string Output, string Error) Audit(bool errorIsTerminal = false, CancellationToken cancellation = default, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var console = new CliConsole(output, error, errorIsTerminal: errorIsTerminal) { Cancellation = cancellation, GetEnvironmentVariable = static _ => null };
        var exit = Program.Run(["audit", "--config", _config, .. args], console);
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public void X_archive_audit_accounts_for_every_record_and_reports_by_record_line()
    {
        var report = InFolder("audit.json");
        var (exit, output, error) = Audit(args: [Sample("x-archive"), "--format", "json", "-o", report]);
        Assert.Equal(1, exit); // PL1001 is an error
        Assert.Equal(string.Empty, output);
        // The report is in the file; standard error has the summary, with the skipped retweet counted.
        Assert.Contains("読み込み 6 件 = 解析 5 件 + 読み取れず 0 件 + 対象外 1 件", error, StringComparison.Ordinal);

        using var json = JsonDocument.Parse(File.ReadAllBytes(report));
        var summary = json.RootElement.GetProperty("summary");
        Assert.Equal(6, summary.GetProperty("read").GetInt32());
        Assert.Equal(5, summary.GetProperty("posts").GetInt32());
        Assert.Equal(1, summary.GetProperty("skipped").GetInt32());
        Assert.Equal(0, summary.GetProperty("rejected").GetInt32());

        var results = json.RootElement.GetProperty("results").EnumerateArray().ToList();
        var order = results.Single(static r => r.GetProperty("ruleId").GetString() == "PL1001");
        Assert.Equal("1907000000000000005", order.GetProperty("postId").GetString());
        var lines = File.ReadAllLines(Sample("x-archive", "data", "tweets.js"));
        var line = order.GetProperty("sourceLine").GetInt32();
        Assert.Equal("  {", lines[line - 1]);
        Assert.Contains("1907000000000000005", string.Concat(lines.Skip(line).Take(40)), StringComparison.Ordinal);

        // Saturday 2025-04-05 21:30 JST, and no urgent words: PL6001.
        var late = results.Single(static r => r.GetProperty("ruleId").GetString() == "PL6001");
        Assert.Equal("1907000000000000006", late.GetProperty("postId").GetString());
        Assert.Contains("2025-04-05(土) 21:30", late.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sarif_report_of_an_audit_is_valid_and_locates_records()
    {
        var report = InFolder("audit.sarif");
        var (exit, _, _) = Audit(args: [Sample("posts.jsonl"), "--format", "sarif", "-o", report]);
        Assert.Equal(1, exit);

        var text = await File.ReadAllTextAsync(report);
        var schema = await NJsonSchema.JsonSchema.FromFileAsync(TestPaths.TestData("sarif", "sarif-schema-2.1.0.json"));
        Assert.Empty(schema.Validate(text));

        using var json = JsonDocument.Parse(text);
        var run = Assert.Single(json.RootElement.GetProperty("runs").EnumerateArray().ToList());
        var results = run.GetProperty("results").EnumerateArray().ToList();
        var order = results.Single(static r => r.GetProperty("ruleId").GetString() == "PL1001");
        var location = order.GetProperty("locations")[0];
        Assert.Equal(2, location.GetProperty("physicalLocation").GetProperty("region").GetProperty("startLine").GetInt32());
        Assert.Equal("p02", location.GetProperty("logicalLocations")[0].GetProperty("name").GetString());

        var rejected = results.Where(static r => r.GetProperty("ruleId").GetString() == "PL0001").ToList();
        Assert.Equal([7, 9], rejected.Select(static r => r.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region").GetProperty("startLine").GetInt32()));
        var properties = run.GetProperty("invocations")[0].GetProperty("properties");
        Assert.Equal(13, properties.GetProperty("read").GetInt32());
        Assert.Equal(2, properties.GetProperty("rejected").GetInt32());
    }

    [Fact]
    public void Without_a_dictionary_an_audit_reports_PL0003_once_and_still_finds_rumours_by_surface_form()
    {
        var posts = InFolder("rumours.jsonl");
        File.WriteAllText(posts, """
            {"id":"1","text":"拡散希望！噂では市長が辞任するらしい"}
            {"id":"2","text":"噂では新しい道の駅ができるそうです"}
            {"id":"3","text":"特殊詐欺に注意してください"}

            """);
        var (exit, output, _) = Audit(args: [posts, "--profile", "ishinomaki", "--dicdir", "none", "--format", "json"]);
        Assert.Equal(0, exit); // PL3004 is a warning under ishinomaki

        using var report = JsonDocument.Parse(output);
        var results = report.RootElement.GetProperty("results").EnumerateArray().ToList();
        var ids = results.Select(static r => r.GetProperty("ruleId").GetString()).ToList();
        Assert.Equal(1, ids.Count(static id => id == "PL0003"));
        Assert.Equal("PL0003", ids[0]); // once per run, before the posts
        Assert.Contains("表層形で照合します（--dicdir none", results[0].GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Contains("PL3004", ids);

        // With the dictionary the same audit has no PL0003.
        var (_, withDictionary, _) = Audit(args: [posts, "--profile", "ishinomaki", "--format", "json"]);
        Assert.DoesNotContain("\"PL0003\"", withDictionary, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_report_shows_read_equals_analysed_plus_rejected_plus_skipped_and_the_rule_table()
    {
        var (exit, output, _) = Audit(args: [Sample("posts.jsonl")]);
        Assert.Equal(1, exit);
        Assert.Contains("読み込み 13 件 = 解析 11 件 + 読み取れず 2 件 + 対象外 0 件", output, StringComparison.Ordinal);
        Assert.Matches(@"(?m)^ルール\s+重大度\s+件数\s+内容\r?$", output);
        Assert.Matches(@"(?m)^PL0001\s+エラー\s+2\s+入力レコードを読み取れない\r?$", output);
        Assert.Matches(@"posts\.jsonl\(7\): エラー PL0001: レコードを読み取れませんでした: 7 件目のレコード: 行の \d+ バイト目から JSON として読めません", output);
        Assert.Contains("posts.jsonl(9): エラー PL0001: レコードを読み取れませんでした: 9 件目のレコード: `text` がありません", output, StringComparison.Ordinal);
        Assert.DoesNotContain("record 7", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_malformed_record_is_explained_in_english_with_lang_en()
    {
        var (exit, output, _) = Audit(args: [Sample("posts.jsonl"), "--lang", "en"]);
        Assert.Equal(1, exit);
        Assert.Contains("posts.jsonl(7): error PL0001: ", output, StringComparison.Ordinal);
        Assert.Contains("record 7: not valid JSON at byte ", output, StringComparison.Ordinal);
        Assert.Contains("record 9: the record has no 'text'", output, StringComparison.Ordinal);
        Assert.DoesNotContain("件目のレコード", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Baseline_round_trip_suppresses_known_findings_and_keeps_new_ones_failing()
    {
        var baseline = InFolder("baseline.json");
        var input = InFolder("posts.jsonl");
        File.WriteAllText(input, "{\"id\":\"a\",\"text\":\"牡蠣 #石巻市 #PR\"}\n{\"id\":\"b\",\"text\":\"#PR #石巻市 よい投稿\"}\n");
        var (written, _, message) = Audit(args: [input, "--write-baseline", baseline, "--format", "json"]);
        Assert.Equal(0, written);
        Assert.Contains("1 件の指摘をベースライン", message, StringComparison.Ordinal);

        // Edited elsewhere in post a: the finding keeps its fingerprint.
        File.WriteAllText(input, "{\"id\":\"a\",\"text\":\"【再掲】旬の牡蠣です #石巻市 #PR\"}\n{\"id\":\"b\",\"text\":\"#PR #石巻市 よい投稿\"}\n");
        var sarif = InFolder("audit.sarif");
        var (exit, _, _) = Audit(args: [input, "--baseline", baseline, "--format", "sarif", "-o", sarif]);
        Assert.Equal(0, exit);
        using (var json = JsonDocument.Parse(File.ReadAllBytes(sarif)))
        {
            var result = Assert.Single(json.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().ToList());
            Assert.Equal("external", result.GetProperty("suppressions")[0].GetProperty("kind").GetString());
        }

        var (jsonExit, jsonOutput, _) = Audit(args: [input, "--baseline", baseline, "--format", "json"]);
        Assert.Equal(0, jsonExit);
        Assert.Contains("\"suppressed\": true", jsonOutput, StringComparison.Ordinal);

        // A new finding in post b fails the audit.
        File.WriteAllText(input, "{\"id\":\"a\",\"text\":\"【再掲】旬の牡蠣です #石巻市 #PR\"}\n{\"id\":\"b\",\"text\":\"#石巻市 #PR\"}\n");
        var (newExit, newOutput, _) = Audit(args: [input, "--baseline", baseline]);
        Assert.Equal(1, newExit);
        Assert.Contains("問題のある投稿 1 / 2 件（エラー 1 件、警告 0 件、提案 0 件）", newOutput, StringComparison.Ordinal);
        Assert.Contains("読み込み 2 件 = 解析 2 件 + 読み取れず 0 件 + 対象外 0 件。ベースラインで抑制 1 件", newOutput, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_and_github_reports_hide_baselined_findings_unless_asked_but_count_them()
    {
        var baseline = InFolder("baseline.json");
        var input = InFolder("posts.jsonl");
        File.WriteAllText(input, "{\"id\":\"old\",\"text\":\"牡蠣 #石巻市 #PR\"}\n");
        Assert.Equal(0, Audit(args: [input, "--write-baseline", baseline, "--format", "json"]).Exit);
        File.WriteAllText(input, "{\"id\":\"old\",\"text\":\"牡蠣 #石巻市 #PR\"}\n{\"id\":\"new\",\"text\":\"帆立 #石巻市 #PR\"}\n");

        var (exit, text, _) = Audit(args: [input, "--baseline", baseline]);
        Assert.Equal(1, exit);
        Assert.Contains(" new(1,", text, StringComparison.Ordinal);
        Assert.DoesNotContain(" old(1,", text, StringComparison.Ordinal);
        Assert.DoesNotContain("（ベースライン）", text, StringComparison.Ordinal);
        Assert.Contains("ベースラインで抑制 1 件（一覧は --show-suppressed で表示）", text, StringComparison.Ordinal);
        Assert.Contains("--show-suppressed", text, StringComparison.Ordinal);

        var (_, shown, _) = Audit(args: [input, "--baseline", baseline, "--show-suppressed"]);
        Assert.Contains(" old(1,", shown, StringComparison.Ordinal);
        Assert.Contains("（ベースライン）", shown, StringComparison.Ordinal);
        Assert.Contains("ベースラインで抑制 1 件", shown, StringComparison.Ordinal);

        var (_, github, _) = Audit(args: [input, "--baseline", baseline, "--format", "github"]);
        Assert.Single(github.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("::error ", github, StringComparison.Ordinal);
        var (_, githubShown, _) = Audit(args: [input, "--baseline", baseline, "--format", "github", "--show-suppressed"]);
        var lines = githubShown.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.Contains(lines, l => l.StartsWith("::notice ", StringComparison.Ordinal) && l.Contains("（ベースライン）", StringComparison.Ordinal));
        var (_, githubEnglish, _) = Audit(args: [input, "--baseline", baseline, "--format", "github", "--show-suppressed", "--lang", "en"]);
        Assert.Contains(githubEnglish.Split('\n'), l => l.StartsWith("::notice ", StringComparison.Ordinal) && l.Contains(" (baseline)", StringComparison.Ordinal));
    }

    [Fact]
    public void An_interrupted_audit_leaves_no_report_and_no_temporary_file()
    {
        var report = InFolder("audit.json");
        File.WriteAllText(report, "previous report");
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();
        var (exit, _, error) = Audit(cancellation: cancel.Token, args: [Sample("posts.jsonl"), "--format", "json", "-o", report, "--write-baseline", InFolder("b.json")]);
        Assert.Equal(130, exit);
        Assert.Contains("中断しました", error, StringComparison.Ordinal);
        Assert.Equal("previous report", File.ReadAllText(report));
        Assert.False(File.Exists(InFolder("b.json")));
        Assert.Empty(Directory.EnumerateFiles(_folder, "*.tmp", SearchOption.AllDirectories));
    }

    [Fact]
    public void A_failed_write_baseline_leaves_the_previous_report_in_place()
    {
        var report = InFolder("audit.json");
        File.WriteAllText(report, "previous report");
        var baselineFolder = InFolder("baseline-is-a-folder");
        Directory.CreateDirectory(baselineFolder);
        var (exit, _, error) = Audit(args: [Sample("posts.jsonl"), "--format", "json", "-o", report, "--write-baseline", baselineFolder]);
        Assert.Equal(2, exit);
        Assert.Contains("フォルダーです", error, StringComparison.Ordinal);
        Assert.Equal("previous report", File.ReadAllText(report));
        Assert.Empty(Directory.EnumerateFiles(_folder, "*.tmp", SearchOption.AllDirectories));
    }

    [Fact]
    public void A_baseline_of_an_unknown_fingerprint_algorithm_is_refused_with_exit_2()
    {
        var baseline = InFolder("baseline.json");
        var input = InFolder("posts.jsonl");
        File.WriteAllText(input, "{\"id\":\"a\",\"text\":\"牡蠣 #石巻市 #PR\"}\n");
        Assert.Equal(0, Audit(args: [input, "--write-baseline", baseline, "--format", "json"]).Exit);
        Assert.Equal(0, Audit(args: [input, "--baseline", baseline]).Exit);

        File.WriteAllText(baseline, File.ReadAllText(baseline).Replace("\"postlint/v1\"", "\"postlint/v9\"", StringComparison.Ordinal));
        var (exit, output, error) = Audit(args: [input, "--baseline", baseline]);
        Assert.Equal(2, exit);
        Assert.Equal(string.Empty, output);
        var line = Assert.Single(error.TrimEnd('\n').Split('\n'));
        Assert.Contains("postlint/v9", line, StringComparison.Ordinal);
        Assert.Contains("--write-baseline", line, StringComparison.Ordinal);
    }

    [Fact]
    public void A_failed_audit_writes_no_output_file()
    {
        var report = InFolder("audit.sarif");
        var (exit, _, error) = Audit(args: [Sample("posts.jsonl"), InFolder("missing.jsonl"), "--format", "sarif", "-o", report]);
        Assert.Equal(2, exit);
        Assert.Contains("missing.jsonl が見つかりません", error, StringComparison.Ordinal);
        Assert.False(File.Exists(report));

        var (badFormat, _, formatError) = Audit(args: [Sample("posts.jsonl"), "--input-format", "xml", "-o", report]);
        Assert.Equal(2, badFormat);
        Assert.Contains("入力形式 'xml' はありません", formatError, StringComparison.Ordinal);
        Assert.False(File.Exists(report));
    }

    [Fact]
    public void Progress_goes_to_standard_error_only_when_it_is_a_terminal()
    {
        var (_, quietOutput, quietError) = Audit(errorIsTerminal: false, args: [Sample("posts.jsonl"), "--format", "json"]);
        Assert.Equal(string.Empty, quietError);
        Assert.DoesNotContain('\r', quietOutput);
        Assert.DoesNotContain("posts/s", quietOutput, StringComparison.Ordinal);

        var (_, output, error) = Audit(errorIsTerminal: true, args: [Sample("posts.jsonl"), "--format", "json"]);
        Assert.Contains("posts/s", error, StringComparison.Ordinal);
        Assert.Contains("ETA", error, StringComparison.Ordinal);
        Assert.EndsWith("\r\u001b[K", error, StringComparison.Ordinal); // erased at the end
        Assert.Equal(quietOutput, output);
    }

    [Fact]
    public void Reports_are_identical_with_one_and_many_jobs()
    {
        var input = InFolder("many.jsonl");
        var text = new StringBuilder();
        for (var i = 0; i < 4000; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"{{\"id\":\"p{i}\",\"text\":\"{(i % 5 == 0 ? "#石巻市 #PR お知らせ" : "#PR #石巻市 お知らせ")} {i}\",\"createdAt\":\"2025-04-0{1 + (i % 7)}T{8 + (i % 12):00}:00:00+09:00\"}}\n");
            if (i % 250 == 0)
            {
                text.Append("{broken\n");
            }
        }

        File.WriteAllText(input, text.ToString());
        var (oneExit, one, _) = Audit(args: [input, "--format", "json", "--jobs", "1"]);
        var (manyExit, many, _) = Audit(args: [input, "--format", "json", "--jobs", "4"]);
        Assert.Equal(1, oneExit);
        Assert.Equal(oneExit, manyExit);
        Assert.Equal(one, many);
        Assert.Contains("\"read\": 4016", one, StringComparison.Ordinal);
    }

    [Fact]
    public void Csv_and_text_folders_are_audited_with_their_options()
    {
        var csv = InFolder("posts.csv");
        File.WriteAllText(csv, "番号,本文\n1,\"#石巻市 #PR\n二行目\"\n2,問題なし\n");
        var (exit, output, _) = Audit(args: [csv, "--text-column", "本文", "--id-column", "番号"]);
        Assert.Equal(1, exit);
        Assert.Contains("posts.csv(2) 1(1,1): エラー PL1001", output, StringComparison.Ordinal);

        var folder = InFolder("drafts");
        Directory.CreateDirectory(Path.Combine(folder, "sub"));
        File.WriteAllText(Path.Combine(folder, "sub", "a.txt"), "#PR #石巻市 よい");
        File.WriteAllText(Path.Combine(folder, "b.txt"), "悪い #石巻市 #PR");
        var (folderExit, folderOutput, _) = Audit(args: [folder, "--input-format", "text"]);
        Assert.Equal(1, folderExit);
        Assert.Contains("b.txt(1,4): エラー PL1001", folderOutput, StringComparison.Ordinal);
        Assert.Contains("/ 2 件（", folderOutput, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("json")]
    [InlineData("sarif")]
    [InlineData("csv")]
    [InlineData("text")]
    public void An_audit_to_a_file_still_shows_its_summary_and_table_on_standard_error(string format)
    {
        var report = InFolder("audit." + format);
        var (exit, output, error) = Audit(args: [Sample("posts.jsonl"), "--format", format, "-o", report]);
        Assert.Equal(1, exit);
        Assert.Equal(string.Empty, output);
        Assert.True(File.Exists(report));
        Assert.Matches(@"(?m)^ルール\s+重大度\s+件数\s+内容\r?$", error);
        Assert.Matches(@"(?m)^PL1001\s+エラー\s+1\s+情報元タグが関係タグより前にある\r?$", error);
        Assert.Matches(@"(?m)^問題のある投稿 \d+ / 11 件（エラー \d+ 件、警告 \d+ 件、提案 \d+ 件）\r?$", error);
        Assert.Contains("読み込み 13 件 = 解析 11 件 + 読み取れず 2 件 + 対象外 0 件", error, StringComparison.Ordinal);
        Assert.Contains($"レポートを {report} に書き込みました", error, StringComparison.Ordinal);
        Assert.DoesNotContain("--fix", error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_audit_never_hints_at_fix_and_always_shows_what_was_read()
    {
        var input = InFolder("fixable.jsonl");
        File.WriteAllText(input, "{\"id\":\"a\",\"text\":\"牡蠣 #石巻市 #PR\"}\n");
        var (_, output, _) = Audit(args: [input]);
        Assert.Contains("#PR と #石巻市 を入れ替える", output, StringComparison.Ordinal);
        Assert.DoesNotContain("--fix", output, StringComparison.Ordinal);
        Assert.Contains("問題のある投稿 1 / 1 件", output, StringComparison.Ordinal);
        Assert.Contains("読み込み 1 件 = 解析 1 件 + 読み取れず 0 件 + 対象外 0 件", output, StringComparison.Ordinal);
    }
}
