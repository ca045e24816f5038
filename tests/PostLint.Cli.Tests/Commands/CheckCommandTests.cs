using System.Text.Json;
using PostLint.Tests;

namespace PostLint.Cli.Tests.Commands;

public sealed class CheckCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Check_reports_PL1001_with_the_clause_caret_and_fix_and_exits_1()
    {
        var draft = _folder.Write("draft.txt", "#石巻市 #PR\n石巻の牡蠣が旬です\n");
        var result = CliRunner.Run("check", draft, "--profile", "ishinomaki");
        Assert.Equal(1, result.ExitCode);
        var lines = result.Output.Split('\n');
        Assert.Equal($"{draft}(1,1): エラー PL1001: #石巻市 が #PR より前にあります。関係タグ、情報元タグの順に記載してください（石巻市ガイドライン 5(1)ア）", lines[0]);
        Assert.Equal(" 1 | #石巻市 #PR", lines[1]);
        Assert.Equal("   | ^^^^^^^", lines[2]);
        Assert.Equal("    = 修正: #PR と #石巻市 を入れ替える", lines[3]);
        Assert.Contains("エラー 1 件、警告 0 件、提案 0 件（投稿 1 件）。--fix で直せる指摘 1 件", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Fix_rewrites_the_draft_in_place_keeping_its_final_newline()
    {
        var draft = _folder.Write("draft.txt", "#石巻市 #PR\n石巻の牡蠣が旬です\n");
        var result = CliRunner.Run("fix", draft, "--profile", "ishinomaki");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal("#PR #石巻市\n石巻の牡蠣が旬です\n", File.ReadAllText(draft));
        Assert.Contains($"{draft}: 1 件を修正しました（PL1001）", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_with_fix_applies_unsafe_fixes_only_when_asked()
    {
        var draft = _folder.Write("draft.txt", "石巻の牡蠣が旬です");
        var safeOnly = CliRunner.Run("check", draft, "--profile", "ishinomaki", "--sponsored", "--fix");
        Assert.Equal(1, safeOnly.ExitCode);
        Assert.Equal("石巻の牡蠣が旬です", File.ReadAllText(draft));
        Assert.Contains("PL1004", safeOnly.Output, StringComparison.Ordinal);

        var withUnsafe = CliRunner.Run("check", draft, "--profile", "ishinomaki", "--sponsored", "--fix", "--unsafe-fixes");
        Assert.Equal(0, withUnsafe.ExitCode);
        Assert.StartsWith("#PR #石巻市", File.ReadAllText(draft), StringComparison.Ordinal);
    }

    [Fact]
    public void Standard_input_is_checked_and_fixed_to_standard_output()
    {
        var check = CliRunner.RunWithInput("#石巻市PR 牡蠣", "check", "-", "--profile", "ishinomaki");
        Assert.Equal(1, check.ExitCode);
        Assert.Contains("<stdin>(1,1): エラー PL1003", check.Output, StringComparison.Ordinal);

        var fix = CliRunner.RunWithInput("#石巻市PR 牡蠣", "fix", "-", "--profile", "ishinomaki");
        Assert.Equal(0, fix.ExitCode);
        Assert.Equal("#PR #石巻市 牡蠣", fix.Output);
    }

    [Fact]
    public void Json_output_has_the_specified_shape()
    {
        // joetsu: PL1002 and PL2001 are warnings (上越市 has no disclosure clause; 「原則として」), PL2003 an error.
        var draft = _folder.Write("draft.txt", "#牡蠣 #PR #上越市 https://bit.ly/abc https://example.xxx/");
        var result = CliRunner.Run("check", draft, "--profile", "joetsu", "--format", "json");
        Assert.Equal(1, result.ExitCode);
        using var document = JsonDocument.Parse(result.Output);
        var root = document.RootElement;
        Assert.Equal(1, root.GetProperty("version").GetInt32());
        var results = root.GetProperty("results").EnumerateArray().ToList();
        var order = results.Single(r => r.GetProperty("ruleId").GetString() == "PL1002");
        Assert.Equal("draft.txt", order.GetProperty("postId").GetString());
        Assert.Equal(4, order.GetProperty("start").GetInt32());
        Assert.Equal(3, order.GetProperty("length").GetInt32());
        Assert.Equal("warning", order.GetProperty("severity").GetString());
        Assert.Equal("safe", order.GetProperty("fixes")[0].GetProperty("applicability").GetString());
        var shortener = results.Single(r => r.GetProperty("ruleId").GetString() == "PL2001");
        Assert.Equal("warning", shortener.GetProperty("severity").GetString());
        Assert.Contains("上越市", shortener.GetProperty("references")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal("error", results.Single(r => r.GetProperty("ruleId").GetString() == "PL2003").GetProperty("severity").GetString());
        Assert.Equal(1, root.GetProperty("summary").GetProperty("byRule").GetProperty("PL1002").GetInt32());
    }

    [Fact]
    public async Task Sarif_output_validates_against_the_official_schema()
    {
        var draft = _folder.Write("draft.txt", "#石巻市 #PR\u200B ﾃﾞｰﾀ https://bit.ly/abc");
        var report = Path.Combine(_folder.Path, "out", "report.sarif");
        var result = CliRunner.Run("check", draft, "--profile", "ishinomaki", "--format", "sarif", "-o", report);
        Assert.Equal(1, result.ExitCode);
        Assert.Equal(string.Empty, result.Output);
        var schema = await NJsonSchema.JsonSchema.FromFileAsync(TestPaths.TestData("sarif", "sarif-schema-2.1.0.json"));
        var errors = schema.Validate(await File.ReadAllTextAsync(report));
        Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => $"{e.Path}: {e.Kind}")));
        Assert.DoesNotContain(Directory.GetFiles(Path.GetDirectoryName(report)!), f => f.EndsWith(".tmp", StringComparison.Ordinal));
    }

    [Fact]
    public void GitHub_format_prints_workflow_annotations()
    {
        var draft = _folder.Write("draft.txt", "#石巻市 #PR");
        var result = CliRunner.Run("check", draft, "--profile", "ishinomaki", "--format", "github");
        Assert.StartsWith($"::error file={draft},line=1,col=1,endLine=1,endColumn=5,title=PL1001", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Max_warnings_turns_warnings_into_a_failing_exit_code()
    {
        // PL2001 is a warning under joetsu (上越市 6(1)② 留意事項: 原則として行わない).
        var draft = _folder.Write("draft.txt", "上越市からのお知らせ 詳しくは https://bit.ly/abc");
        Assert.Equal(0, CliRunner.Run("check", draft, "--profile", "joetsu").ExitCode);
        Assert.Equal(0, CliRunner.Run("check", draft, "--profile", "joetsu", "--max-warnings", "1").ExitCode);
        Assert.Equal(1, CliRunner.Run("check", draft, "--profile", "joetsu", "--max-warnings", "0").ExitCode);
    }

    [Fact]
    public void Configuration_problems_are_PL0002_with_their_position_and_exit_2()
    {
        var config = _folder.Write("postlint.json", "{\n  \"extends\": \"ishinomaki\",\n  \"rules\": { \"PL9999\": \"error\" }\n}\n");
        var draft = _folder.Write("draft.txt", "#PR #石巻市");
        var result = CliRunner.Run("check", draft, "--config", config);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"{config}(3,14): エラー PL0002: 設定に問題があります: `rules` の `PL9999` は存在しないルール ID です", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("unknown rule id", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Configuration_problems_are_in_english_with_lang_en_and_in_japanese_by_default()
    {
        var config = _folder.Write("postlint.json", "{\n  \"rules\": { \"PL9999\": \"error\" },\n  \"platfrm\": \"x\",\n  \"operations\": { \"timeZone\": \"Mars/Olympus\" }\n}\n");
        var draft = _folder.Write("draft.txt", "#PR #石巻市");

        var japanese = CliRunner.Run("check", draft, "--config", config);
        Assert.Equal(2, japanese.ExitCode);
        Assert.Contains($"{config}(3,3): エラー PL0002: 設定に問題があります: `platfrm` というキーはありません。`platform` の書き間違いではありませんか", japanese.Error, StringComparison.Ordinal);
        Assert.Contains($"{config}(4,31): エラー PL0002: 設定に問題があります: `Mars/Olympus` というタイムゾーンはありません", japanese.Error, StringComparison.Ordinal);

        var english = CliRunner.Run("check", draft, "--config", config, "--lang", "en");
        Assert.Equal(2, english.ExitCode);
        Assert.Contains($"{config}(2,14): error PL0002: ", english.Error, StringComparison.Ordinal);
        Assert.Contains("unknown rule id 'PL9999' (run 'postlint rules' to list the rules)", english.Error, StringComparison.Ordinal);
        Assert.Contains($"{config}(3,3): error PL0002: ", english.Error, StringComparison.Ordinal);
        Assert.Contains("unknown key 'platfrm'; did you mean 'platform'?", english.Error, StringComparison.Ordinal);
        Assert.Contains("unknown time zone 'Mars/Olympus'", english.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("書き間違い", english.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_configuration_file_sets_severities_and_source_tags()
    {
        var config = _folder.Write("postlint.json", """
            {
              // a contractor for another town
              "extends": "recommended",
              "disclosure": { "sourceTags": ["女川町"] },
              "rules": { "PL2001": "none" }
            }
            """);
        var draft = _folder.Write("draft.txt", "#女川町 #PR https://bit.ly/abc");
        var result = CliRunner.Run("check", draft, "--config", config, "--format", "json");
        using var document = JsonDocument.Parse(result.Output);
        var ids = document.RootElement.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("ruleId").GetString()).ToList();
        Assert.Contains("PL1001", ids);
        Assert.DoesNotContain("PL2001", ids);
    }

    [Theory]
    [InlineData("check")]
    [InlineData("check", "--bogus", "x.txt")]
    [InlineData("check", "x.txt", "--format", "yaml")]
    [InlineData("check", "x.txt", "--platform", "myspace")]
    [InlineData("check", "does-not-exist.txt")]
    [InlineData("explain", "PL9999")]
    public void Usage_and_input_failures_exit_2(params string[] args)
    {
        var result = CliRunner.Run(args);
        Assert.Equal(2, result.ExitCode);
        Assert.NotEqual(string.Empty, result.Error);
    }

    [Fact]
    public void A_draft_that_is_not_utf8_is_PL0001()
    {
        var draft = Path.Combine(_folder.Path, "latin1.txt");
        File.WriteAllBytes(draft, [0x23, 0x50, 0x52, 0x20, 0xE9, 0x0A]);
        var result = CliRunner.Run("check", draft, "--profile", "ishinomaki");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("PL0001", result.Output, StringComparison.Ordinal);
        Assert.Contains("latin1.txt: 4 バイト目が UTF-8 として正しくありません", result.Output, StringComparison.Ordinal);
        Assert.Contains("latin1.txt: not valid UTF-8 at byte 4", CliRunner.Run("check", draft, "--profile", "ishinomaki", "--lang", "en").Output, StringComparison.Ordinal);
    }
}
