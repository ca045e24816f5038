namespace PostLint.Cli.Tests.Commands;

/// <summary>
/// The habits of a mature linter (issue 13, item 12): --select/--ignore, --quiet, --print-config,
/// fix --diff, and -o meaning the report in every verb.
/// </summary>
public sealed class LinterHabitTests : IDisposable
{
    // PL1001 (an error with a safe fix) on line 1, PL2001 (a suggestion) on line 2.
    private const string Draft = "#石巻市 #PR\n牡蠣の季節です。詳しくは https://bit.ly/3xYzAbC をご覧ください\n";

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private string WriteDraft(string text = Draft) => _folder.Write("draft.txt", text);

    [Fact]
    public void Select_runs_only_the_rules_of_a_group()
    {
        var result = CliRunner.Run("check", WriteDraft(), "--profile", "ishinomaki", "--select", "PL2");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("提案 PL2001:", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("PL1001", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Ignore_turns_a_rule_off()
    {
        var result = CliRunner.Run("check", WriteDraft(), "--profile", "ishinomaki", "--ignore", "PL1001");
        Assert.Equal(0, result.ExitCode);
        Assert.DoesNotContain("PL1001", result.Output, StringComparison.Ordinal);
        Assert.Contains("PL2001", result.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--select", "PL1001,PL2001")]
    [InlineData("--select", "pl1001, PL2001")]
    public void Selectors_are_comma_separated_and_case_blind(string option, string value)
    {
        var result = CliRunner.Run("check", WriteDraft(), "--profile", "ishinomaki", option, value, "--select", "PL5001");
        Assert.Contains("エラー PL1001:", result.Output, StringComparison.Ordinal);
        Assert.Contains("提案 PL2001:", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Select_is_repeatable()
    {
        var result = CliRunner.Run("check", WriteDraft(), "--profile", "ishinomaki", "--select", "PL1001", "--select", "PL2001");
        Assert.Contains("エラー PL1001:", result.Output, StringComparison.Ordinal);
        Assert.Contains("提案 PL2001:", result.Output, StringComparison.Ordinal);
        var only = CliRunner.Run("check", WriteDraft(), "--profile", "ishinomaki", "--select", "PL1001");
        Assert.DoesNotContain("PL2001", only.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_longer_selector_wins()
    {
        var ignored = CliRunner.Run("check", WriteDraft(), "--profile", "ishinomaki", "--select", "PL1,PL2", "--ignore", "PL1001");
        Assert.DoesNotContain("PL1001", ignored.Output, StringComparison.Ordinal);
        Assert.Contains("PL2001", ignored.Output, StringComparison.Ordinal);

        var selected = CliRunner.Run("check", WriteDraft(), "--profile", "ishinomaki", "--select", "PL1001", "--ignore", "PL1");
        Assert.Contains("エラー PL1001:", selected.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Selecting_a_rule_the_profile_leaves_off_switches_it_on()
    {
        // PL2004 (a host outside the trusted list) is off in the ishinomaki profile.
        var draft = WriteDraft("詳しくは https://example.com/kaki をご覧ください\n");
        Assert.DoesNotContain("PL2004", CliRunner.Run("check", draft, "--profile", "ishinomaki").Output, StringComparison.Ordinal);
        var result = CliRunner.Run("check", draft, "--profile", "ishinomaki", "--select", "PL2004");
        Assert.Contains("PL2004:", result.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("check", "--select", "PL1O01", "もしかして PL1001 ですか？")]
    [InlineData("fix", "--ignore", "PL9999", "")]
    [InlineData("audit", "--select", "PL20O1", "もしかして PL2001 ですか？")]
    public void An_unknown_rule_id_is_a_usage_error_with_a_suggestion(string verb, string option, string value, string hint)
    {
        var draft = WriteDraft();
        var result = CliRunner.Run(verb, draft, "--profile", "ishinomaki", option, value);
        Assert.Equal(2, result.ExitCode);
        Assert.Equal(string.Empty, result.Output);
        Assert.Contains($"{option} に指定した '{value}' というルールはありません。{hint}", result.Error, StringComparison.Ordinal);
        Assert.Contains($"postlint {verb} --help", result.Error, StringComparison.Ordinal);
        Assert.Equal(Draft, File.ReadAllText(draft));
    }

    [Fact]
    public void Fix_leaves_an_ignored_rule_unfixed()
    {
        var draft = WriteDraft();
        var result = CliRunner.Run("fix", draft, "--profile", "ishinomaki", "--ignore", "PL1");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(Draft, File.ReadAllText(draft));
    }

    [Fact]
    public void Audit_honours_select()
    {
        var posts = _folder.Write("posts.jsonl", """
            {"id":"1","text":"#石巻市 #PR 牡蠣の季節です https://bit.ly/3xYzAbC"}
            {"id":"2","text":"#石巻市 #PR 牡蠣フェアを開きます"}

            """);
        var result = CliRunner.Run("audit", posts, "--profile", "ishinomaki", "--select", "PL2001");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("PL2001", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("PL1001", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Quiet_reports_errors_only_and_counts_the_rest_as_hidden()
    {
        var result = CliRunner.Run("check", WriteDraft(), "--profile", "ishinomaki", "--quiet");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("エラー PL1001:", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("PL2001", result.Output, StringComparison.Ordinal);
        Assert.Contains("エラー 1 件、警告 0 件、提案 0 件（投稿 1 件）。--quiet で非表示にした警告・提案 1 件", result.Output, StringComparison.Ordinal);

        var english = CliRunner.Run("check", WriteDraft(), "--profile", "ishinomaki", "-q", "--lang", "en");
        Assert.Contains("1 warnings and suggestions hidden by --quiet", english.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Quiet_hides_warnings_from_json_too_but_max_warnings_still_counts_them()
    {
        // PL1009 (a warning): the variant #石巻 of the source tag.
        var draft = WriteDraft("#PR #石巻 牡蠣の季節です\n");
        var loud = CliRunner.Run("check", draft, "--profile", "ishinomaki", "--format", "json");
        Assert.Contains("\"PL1009\"", loud.Output, StringComparison.Ordinal);
        var quiet = CliRunner.Run("check", draft, "--profile", "ishinomaki", "--format", "json", "--quiet");
        Assert.Equal(0, quiet.ExitCode);
        Assert.DoesNotContain("PL1009", quiet.Output, StringComparison.Ordinal);
        Assert.Contains("\"hidden\": 1", quiet.Output, StringComparison.Ordinal);
        Assert.Equal(1, CliRunner.Run("check", draft, "--profile", "ishinomaki", "--quiet", "--max-warnings", "0").ExitCode);
    }

    [Fact]
    public void Audit_quiet_lists_errors_only()
    {
        var posts = _folder.Write("posts.jsonl", """
            {"id":"1","text":"#石巻市 #PR 牡蠣の季節です https://bit.ly/3xYzAbC"}

            """);
        var result = CliRunner.Run("audit", posts, "--profile", "ishinomaki", "--quiet");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("PL1001", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("PL2001:", result.Output, StringComparison.Ordinal);
        Assert.Contains("--quiet で非表示にした警告・提案 1 件", result.Output, StringComparison.Ordinal);
    }

    private string WriteConfig() => _folder.Write("postlint.json", """
        {
          "extends": "ishinomaki",
          "platform": "instagram",
          "rules": {
            "PL2001": "warning"
          },
          "categories": { "operations": "none" }
        }
        """);

    [Fact]
    public void Print_config_says_where_each_value_came_from_and_analyses_nothing()
    {
        var config = WriteConfig();
        var result = CliRunner.Run("check", "--print-config", "--config", config, "--sponsored", "--ignore", "PL5001", "does-not-exist.txt");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Empty, result.Error);
        var lines = result.Output.Split('\n').Select(static l => l.TrimEnd()).ToList();
        Assert.Contains($"設定ファイル: {config}", lines);
        Assert.Matches(@"^  profile +ishinomaki（石巻市.*） +← .*postlint\.json:2$", Line(lines, "  profile "));
        Assert.Matches(@"^  platform +instagram +← .*postlint\.json:3$", Line(lines, "  platform "));
        Assert.Matches(@"^  disclosure\.required +はい +← コマンドライン --sponsored$", Line(lines, "  disclosure.required "));
        Assert.Matches(@"^  disclosure\.sourceTags +石巻市 +← プロファイル ishinomaki$", Line(lines, "  disclosure.sourceTags "));
        Assert.Matches(@"^  links\.deny +- +← 既定$", Line(lines, "  links.deny "));
        Assert.Matches(@"^  PL1001 +エラー +← プロファイル ishinomaki +情報元タグが関係タグより前にある$", Line(lines, "  PL1001 "));
        Assert.Matches(@"^  PL2001 +警告 +← .*postlint\.json:5 +短縮URL$", Line(lines, "  PL2001 "));
        Assert.Matches(@"^  PL5001 +無効 +← コマンドライン --ignore ", Line(lines, "  PL5001 "));
        Assert.Matches(@"^  PL6001 +無効 +← .*postlint\.json:7 ", Line(lines, "  PL6001 "));
        Assert.Matches(@"^  PL0001 +エラー +← 既定 ", Line(lines, "  PL0001 "));
        Assert.DoesNotContain("does-not-exist", result.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("fix")]
    [InlineData("audit")]
    public void Print_config_works_in_fix_and_audit_without_inputs(string verb)
    {
        var result = CliRunner.Run(verb, "--print-config", "--profile", "joetsu", "--select", "PL2", "--lang", "en");
        Assert.Equal(0, result.ExitCode);
        var lines = result.Output.Split('\n').Select(static l => l.TrimEnd()).ToList();
        Assert.Matches(@"^  profile +joetsu.* +← command line --profile$", Line(lines, "  profile "));
        Assert.Matches(@"^  PL1001 +none +← command line --select ", Line(lines, "  PL1001 "));
    }

    private static string Line(List<string> lines, string prefix) => lines.Single(l => l.StartsWith(prefix, StringComparison.Ordinal));

    [Fact]
    public void Fix_diff_shows_the_change_writes_nothing_and_exits_1()
    {
        var draft = WriteDraft();
        var result = CliRunner.Run("fix", draft, "--profile", "ishinomaki", "--diff");
        Assert.Equal(1, result.ExitCode);
        Assert.Equal(
            $"--- {draft}\n+++ {draft}\n@@ -1,2 +1,2 @@\n-#石巻市 #PR\n+#PR #石巻市\n 牡蠣の季節です。詳しくは https://bit.ly/3xYzAbC をご覧ください\n",
            result.Output);
        Assert.Equal(Draft, File.ReadAllText(draft));
        Assert.Contains($"{draft}: 1 件を修正できます（PL1001）", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Fix_diff_of_a_clean_draft_is_empty_and_exits_0()
    {
        var draft = WriteDraft("#PR #石巻市\n牡蠣の季節です\n");
        var result = CliRunner.Run("fix", draft, "--profile", "ishinomaki", "--diff");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Empty, result.Output);
        Assert.Contains("修正で変わる箇所はありません", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Fix_output_is_the_report_and_the_draft_is_fixed_in_place()
    {
        var draft = WriteDraft();
        var report = Path.Combine(_folder.Path, "report.json");
        var result = CliRunner.Run("fix", draft, "--profile", "ishinomaki", "-o", report, "--format", "json");
        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("#PR #石巻市\n", File.ReadAllText(draft), StringComparison.Ordinal);
        Assert.Contains("\"PL2001\"", File.ReadAllText(report), StringComparison.Ordinal);
        Assert.Equal(string.Empty, result.Output);
    }

    [Fact]
    public void Fixed_output_takes_the_fixed_draft_and_leaves_the_input_alone()
    {
        var draft = WriteDraft();
        var fixedDraft = Path.Combine(_folder.Path, "fixed.txt");
        var result = CliRunner.Run("fix", draft, "--profile", "ishinomaki", "--fixed-output", fixedDraft);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(Draft, File.ReadAllText(draft));
        Assert.StartsWith("#PR #石巻市\n", File.ReadAllText(fixedDraft), StringComparison.Ordinal);
        Assert.Contains("PL2001", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Fixed_output_without_fix_in_check_is_a_usage_error()
    {
        var result = CliRunner.Run("check", WriteDraft(), "--profile", "ishinomaki", "--fixed-output", Path.Combine(_folder.Path, "x.txt"));
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--fixed-output は --fix と一緒に使います", result.Error, StringComparison.Ordinal);
    }
}
