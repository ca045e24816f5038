using System.Text;
using System.Text.Json;

namespace PostLint.Cli.Tests.Commands;

/// <summary>
/// postlint check on folders and globs, .postlintignore, per-path overrides of postlint.json and
/// front matter in drafts.
/// </summary>
public sealed class DraftFolderTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    // 200 全角 characters: over X's 280 (全角 count 2), well under Instagram's 2,200.
    private static readonly string LongPost = new('あ', 200);

    private const string ShortLink = "石巻市の牡蠣まつり https://bit.ly/abc";

    private string Config(string json = """{ "extends": "ishinomaki" }""") => _folder.Write("postlint.json", json);

    private static List<string> Sources(CliRunner.Result result)
    {
        using var document = JsonDocument.Parse(result.Output);
        return [.. document.RootElement.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("source").GetString()!).Distinct()];
    }

    private static List<(string Source, string Rule)> Findings(CliRunner.Result result)
    {
        using var document = JsonDocument.Parse(result.Output);
        return [.. document.RootElement.GetProperty("results").EnumerateArray().Select(r => (Path.GetFileName(r.GetProperty("source").GetString()!), r.GetProperty("ruleId").GetString()!))];
    }

    private static List<(string Source, string Rule)> FullFindings(CliRunner.Result result)
    {
        using var document = JsonDocument.Parse(result.Output);
        return [.. document.RootElement.GetProperty("results").EnumerateArray().Select(r => (r.GetProperty("source").GetString()!, r.GetProperty("ruleId").GetString()!))];
    }

    [Fact]
    public void A_folder_is_checked_draft_by_draft_txt_and_md_only()
    {
        var config = Config();
        _folder.Write("drafts/a.txt", LongPost);
        _folder.Write("drafts/2026/b.md", LongPost);
        _folder.Write("drafts/photo.csv", LongPost);
        var drafts = Path.Combine(_folder.Path, "drafts");
        var result = CliRunner.Run("check", drafts, "--config", config, "--format", "json");
        Assert.Equal(1, result.ExitCode);
        Assert.Equal([Path.Join(drafts, "2026", "b.md"), Path.Join(drafts, "a.txt")], Sources(result));
        Assert.Contains($"{Path.Join(drafts, "a.txt")}(1,", CliRunner.Run("check", drafts, "--config", config).Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_quoted_glob_is_expanded_by_postlint()
    {
        var config = Config();
        _folder.Write("drafts/a.txt", LongPost);
        _folder.Write("drafts/2026/b.txt", LongPost);
        _folder.Write("drafts/2026/c.md", LongPost);
        var drafts = Path.Combine(_folder.Path, "drafts");
        var result = CliRunner.Run("check", drafts + "/**/*.txt", "--config", config, "--format", "json");
        Assert.Equal(1, result.ExitCode);
        Assert.Equal([Path.Join(drafts, "2026", "b.txt"), Path.Join(drafts, "a.txt")], Sources(result));

        var none = CliRunner.Run("check", drafts + "/**/*.docx", "--config", config);
        Assert.Equal(2, none.ExitCode);
        Assert.Contains("に合うファイルがありません", none.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Postlintignore_beside_the_configuration_leaves_drafts_out_and_negation_takes_one_back()
    {
        var config = Config();
        _folder.Write(".postlintignore", "# 公開済みの投稿\narchive/\n*.md\n!keep.md\n");
        _folder.Write("drafts/a.txt", LongPost);
        _folder.Write("drafts/archive/old.txt", LongPost);
        _folder.Write("drafts/notes.md", LongPost);
        _folder.Write("drafts/keep.md", LongPost);
        var drafts = Path.Combine(_folder.Path, "drafts");
        var result = CliRunner.Run("check", drafts, "--config", config, "--format", "json");
        Assert.Equal([Path.Join(drafts, "a.txt"), Path.Join(drafts, "keep.md")], Sources(result));

        var all = CliRunner.Run("check", drafts, "--config", config, "--format", "json", "--no-ignore");
        Assert.Equal(4, Sources(all).Count);
    }

    [Fact]
    public void Overrides_by_path_set_the_platform_the_sponsorship_and_rule_severities()
    {
        var config = Config("""
            {
              "extends": "ishinomaki",
              "overrides": [
                { "files": ["instagram/**"], "platform": "instagram" },
                { "files": ["sponsored/"], "sponsored": true },
                { "files": ["links/*.txt"], "rules": { "PL2001": "off" } }
              ]
            }
            """);
        _folder.Write("x/long.txt", LongPost);
        _folder.Write("instagram/long.txt", LongPost);
        _folder.Write("sponsored/plain.txt", "石巻市の牡蠣まつりを開催します。");
        _folder.Write("plain.txt", "石巻市の牡蠣まつりを開催します。");
        _folder.Write("links/short.txt", ShortLink);
        _folder.Write("short.txt", ShortLink);
        var result = CliRunner.Run("check", _folder.Path, "--config", config, "--format", "json");
        List<string> SourcesOf(string rule) => [.. FullFindings(result).Where(f => f.Rule == rule).Select(static f => f.Source)];

        // X's limit for x/long.txt, Instagram's for instagram/long.txt.
        Assert.Equal([Path.Join(_folder.Path, "x", "long.txt")], SourcesOf("PL5001"));
        // Sponsored work needs a disclosure: only the draft in sponsored/ gets PL1004.
        Assert.Equal([Path.Join(_folder.Path, "sponsored", "plain.txt")], SourcesOf("PL1004"));
        // PL2001 is off under links/ only.
        Assert.Equal([Path.Join(_folder.Path, "short.txt")], SourcesOf("PL2001"));

        // The command line wins over every entry.
        var flagged = CliRunner.Run("check", Path.Combine(_folder.Path, "instagram"), "--config", config, "--format", "json", "--platform", "x");
        Assert.Contains(Findings(flagged), f => f.Rule == "PL5001");
    }

    [Fact]
    public void A_bad_override_is_PL0002_with_its_line_and_column()
    {
        var config = Config("""
            {
              "extends": "ishinomaki",
              "overrides": [
                { "files": ["instagram/**"], "platfrom": "instagram" }
              ]
            }
            """);
        var draft = _folder.Write("a.txt", "石巻市の牡蠣まつり");
        var result = CliRunner.Run("check", draft, "--config", config);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"{config}(4,34): エラー PL0002", result.Error, StringComparison.Ordinal);
        Assert.Contains("`platfrom` というキーはありません。`platform` の書き間違いではありませんか", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Findings_after_a_four_line_front_matter_are_on_the_files_lines()
    {
        var config = Config();
        var draft = _folder.Write("draft.txt", "---\nplatform: x\nsponsored: false\n---\n牡蠣まつりのお知らせ\n" + ShortLink + "\n");
        var text = CliRunner.Run("check", draft, "--config", config);
        Assert.Contains($"{draft}(6,11): 提案 PL2001", text.Output, StringComparison.Ordinal);
        Assert.Contains(" 6 | " + ShortLink, text.Output, StringComparison.Ordinal);

        var json = CliRunner.Run("check", draft, "--config", config, "--format", "json");
        using var document = JsonDocument.Parse(json.Output);
        var finding = document.RootElement.GetProperty("results").EnumerateArray().Single(r => r.GetProperty("ruleId").GetString() == "PL2001");
        Assert.Equal(6, finding.GetProperty("line").GetInt32());
        Assert.Equal(11, finding.GetProperty("column").GetInt32());
        var fileText = File.ReadAllText(draft);
        Assert.Equal("https://bit.ly/abc", fileText.Substring(finding.GetProperty("start").GetInt32(), finding.GetProperty("length").GetInt32()));
    }

    [Fact]
    public void Front_matter_sets_sponsorship_and_platform_and_the_command_line_wins_over_it()
    {
        var config = Config();
        var sponsored = _folder.Write("sponsored.txt", "---\nsponsored: true\n---\n石巻市の牡蠣まつりを開催します。\n");
        Assert.Contains("sponsored.txt(4,1): エラー PL1004", CliRunner.Run("check", sponsored, "--config", config).Output, StringComparison.Ordinal);

        var instagram = _folder.Write("instagram.txt", "---\nplatform: instagram\n---\n" + LongPost + "\n");
        var result = CliRunner.Run("check", instagram, "--config", config);
        Assert.Equal(0, result.ExitCode);
        Assert.DoesNotContain("PL5001", result.Output, StringComparison.Ordinal);
        var flagged = CliRunner.Run("check", instagram, "--config", config, "--platform", "x");
        Assert.Equal(1, flagged.ExitCode);
        Assert.Contains("instagram.txt(4,", flagged.Output, StringComparison.Ordinal);

        // Front matter wins over an override of its folder.
        var overridden = Config("""{ "extends": "ishinomaki", "overrides": [{ "files": ["*.txt"], "sponsored": true }] }""");
        var notSponsored = _folder.Write("not-sponsored.txt", "---\nsponsored: false\n---\n石巻市の牡蠣まつりを開催します。\n");
        Assert.DoesNotContain("PL1004", CliRunner.Run("check", notSponsored, "--config", overridden).Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Ignore_with_a_reason_in_front_matter_turns_the_rule_off_for_that_draft()
    {
        var config = Config();
        var ignored = _folder.Write("ignored.txt", "---\nignore:\n  - rule: PL2001\n    reason: 事業者の予約ページ（広報課確認済み）\n---\n" + ShortLink + "\n");
        var plain = _folder.Write("plain.txt", ShortLink + "\n");
        var result = CliRunner.Run("check", ignored, plain, "--config", config, "--format", "json");
        Assert.Equal([("plain.txt", "PL2001")], Findings(result));
    }

    [Fact]
    public void Malformed_front_matter_is_PL0002_at_its_line_and_column_and_the_other_drafts_are_checked()
    {
        var config = Config();
        var bad = _folder.Write("bad.txt", "---\nplatform: x\nsponsord: true\n---\n本文\n");
        var open = _folder.Write("open.txt", "---\nsponsored: true\n本文\n");
        var good = _folder.Write("good.txt", ShortLink + "\n");
        var result = CliRunner.Run("check", bad, open, good, "--config", config);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"{bad}(3,1): エラー PL0002", result.Output, StringComparison.Ordinal);
        Assert.Contains("`sponsored` のことですか", result.Output, StringComparison.Ordinal);
        Assert.Contains($"{open}(1,1): エラー PL0002", result.Output, StringComparison.Ordinal);
        Assert.Contains("閉じられていません", result.Output, StringComparison.Ordinal);
        Assert.Contains($"{good}(1,11): 提案 PL2001", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Fix_keeps_the_front_matter_byte_for_byte()
    {
        var config = Config();
        const string frontMatter = "---\r\n# 委託: 〇〇観光（2026年度）\r\nsponsored: true   \r\nplatform:   x\r\n---\r\n";
        var draft = _folder.Write("draft.txt", frontMatter + "#石巻市 #PR\r\n石巻の牡蠣が旬です\r\n");
        var result = CliRunner.Run("fix", draft, "--config", config);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(Encoding.UTF8.GetBytes(frontMatter + "#PR #石巻市\r\n石巻の牡蠣が旬です\r\n"), File.ReadAllBytes(draft));
        Assert.Contains($"{draft}: 1 件を修正しました（PL1001）", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Front_matter_on_standard_input_is_read_and_written_back()
    {
        Config();
        var fix = CliRunner.RunWithInput("---\nsponsored: true\n---\n#石巻市PR 牡蠣", "fix", "-", "--profile", "ishinomaki");
        Assert.Equal("---\nsponsored: true\n---\n#PR #石巻市 牡蠣", fix.Output);
    }
}
