using System.Reflection;
using System.Text.Json;

namespace PostLint.Cli.Tests.Commands;

public sealed class InformationCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Version_prints_the_informational_version_without_building_the_verbs()
    {
        // `--version` alone takes a short way that builds no verb; it prints what System.CommandLine's
        // version action prints, the CLI's informational version (0.1.0+<commit>).
        var alone = CliRunner.Run("--version");
        Assert.Equal(0, alone.ExitCode);
        Assert.Equal(string.Empty, alone.Error);
        var version = typeof(Program).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion;
        Assert.Matches(@"^[0-9]+\.[0-9]+\.[0-9]+", version);
        Assert.Equal(version + "\n", alone.Output.ReplaceLineEndings("\n"));

        // With anything else it is the parser's: --version cannot be combined with other arguments.
        var combined = CliRunner.Run("--version", "--lang", "en");
        Assert.Equal(2, combined.ExitCode);
        Assert.Equal(string.Empty, combined.Output);
    }

    [Fact]
    public void Rules_lists_every_rule_with_its_severity_in_the_profile()
    {
        var table = CliRunner.Run("rules", "--profile", "joetsu");
        Assert.Equal(0, table.ExitCode);
        // Japanese by default: severity words, category names and the rule titles of rules-ja.json.
        Assert.StartsWith("プロファイル: joetsu — ", table.Output, StringComparison.Ordinal);
        Assert.Matches(@"\nPL2001  警告 +リンク +短縮URL\n", table.Output);
        Assert.Matches(@"\nPL2004  提案 +リンク +信頼できるリンク先にないホスト\n", table.Output);
        Assert.DoesNotContain("URL shortener link", table.Output, StringComparison.Ordinal);

        var english = CliRunner.Run("rules", "--profile", "joetsu", "--lang", "en");
        Assert.Contains("PL2001  warning     links       URL shortener link", english.Output, StringComparison.Ordinal);
        Assert.Contains("PL2004  suggestion  links       Link to a host outside the trusted list", english.Output, StringComparison.Ordinal);

        var json = CliRunner.Run("rules", "--profile", "ishinomaki", "--format", "json");
        using var document = JsonDocument.Parse(json.Output);
        var rules = document.RootElement.GetProperty("rules").EnumerateArray().ToDictionary(r => r.GetProperty("id").GetString()!, r => r.GetProperty("severity").GetString());
        Assert.Equal("none", rules["PL2004"]);
        Assert.Equal("suggestion", rules["PL2001"]);
        Assert.Equal("error", rules["PL1001"]);
    }

    [Fact]
    public void Explain_prints_the_Japanese_rule_page_by_default()
    {
        var result = CliRunner.Run("explain", "pl1001");
        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("# PL1001: 情報元タグが関係タグより前にある\n", result.Output, StringComparison.Ordinal);
        Assert.Contains("## 直し方", result.Output, StringComparison.Ordinal);
        Assert.Contains("| プロファイルごとの重大度 | エラー（ishinomaki）", result.Output, StringComparison.Ordinal);
        Assert.Contains("正・`#PR #石巻市`", result.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--lang en")]
    [InlineData("--lang=en")]
    public void Explain_prints_the_English_rule_page_with_lang_en(string lang)
    {
        var result = CliRunner.Run(["explain", "PL1001", .. lang.Split(' ')]);
        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("# PL1001: Source tag before disclosure tag\n", result.Output, StringComparison.Ordinal);
        Assert.Contains("## How to fix", result.Output, StringComparison.Ordinal);
        Assert.Contains("正・`#PR #石巻市`", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_follows_an_English_locale()
    {
        var result = CliRunner.RunWithEnvironment(null, static name => name == "LANG" ? "en_US.UTF-8" : null, "explain", "PL5001");
        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("# PL5001: ", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("## 原因", result.Output, StringComparison.Ordinal);
        Assert.Contains("## Cause", result.Output, StringComparison.Ordinal);
    }

    public static TheoryData<string> RuleIds() =>
        [.. PostLint.Diagnostics.EngineDiagnostics.All.Concat(PostLint.Rules.BuiltInRules.CreateAnalyzers().SelectMany(static a => a.SupportedDiagnostics)).Select(static d => d.Id).Distinct()];

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Explain_has_a_Japanese_page_for_every_rule(string id)
    {
        var result = CliRunner.Run("explain", id);
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("## 原因", result.Output, StringComparison.Ordinal);
        Assert.Contains("## 設定", result.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ishinomaki")]
    [InlineData("joetsu")]
    [InlineData("mine")]
    [InlineData("recommended")]
    public void Init_writes_a_configuration_that_loads_cleanly(string profile)
    {
        var result = CliRunner.Run("init", "--profile", profile, "--directory", _folder.Path);
        Assert.Equal(0, result.ExitCode);
        var config = Path.Combine(_folder.Path, "postlint.json");
        Assert.Contains($"\"extends\": \"{profile}\"", File.ReadAllText(config), StringComparison.Ordinal);

        // The schema reference is the copy shipped with the tool, written beside the file: no host.
        Assert.Contains("\"$schema\": \"./postlint.schema.json\"", File.ReadAllText(config), StringComparison.Ordinal);
        using (var schema = JsonDocument.Parse(File.ReadAllText(Path.Combine(_folder.Path, "postlint.schema.json"))))
        {
            Assert.True(schema.RootElement.GetProperty("properties").TryGetProperty("docsUrl", out _));
        }

        var rules = CliRunner.Run("rules", "--config", config);
        Assert.True(rules.ExitCode == 0, rules.Error);
        Assert.Contains("プロファイル: " + profile, rules.Output, StringComparison.Ordinal);

        var again = CliRunner.Run("init", "--profile", profile, "--directory", _folder.Path);
        Assert.Equal(2, again.ExitCode);
    }

    [Fact]
    public void Init_comments_the_file_in_japanese_by_default_and_in_english_when_asked()
    {
        Assert.Equal(0, CliRunner.Run("init", "--profile", "joetsu", "--directory", _folder.Path).ExitCode);
        var japanese = File.ReadAllText(Path.Combine(_folder.Path, "postlint.json"));
        Assert.Contains("// このプロファイルの情報元タグは 上越市 です。", japanese, StringComparison.Ordinal);
        Assert.Contains("// ルール ID ごとの重大度: error、warning、suggestion、silent、none、default。", japanese, StringComparison.Ordinal);
        Assert.DoesNotContain("Severity per rule id", japanese, StringComparison.Ordinal);

        Assert.Equal(0, CliRunner.Run("init", "--profile", "joetsu", "--directory", _folder.Path, "--force", "--lang", "en").ExitCode);
        var english = File.ReadAllText(Path.Combine(_folder.Path, "postlint.json"));
        Assert.Contains("// The profile's source tag is 上越市; add others your account uses.", english, StringComparison.Ordinal);
        Assert.DoesNotContain("ルール ID ごとの重大度", english, StringComparison.Ordinal);

        // Both load cleanly: comments are comments whatever their language.
        Assert.Equal(0, CliRunner.Run("rules", "--config", Path.Combine(_folder.Path, "postlint.json")).ExitCode);
    }

    [Fact]
    public void Help_lists_the_verbs()
    {
        var result = CliRunner.Run("--help");
        Assert.Equal(0, result.ExitCode);
        foreach (var verb in new[] { "check", "fix", "rules", "explain", "init", "spell" })
        {
            Assert.Contains(verb, result.Output, StringComparison.Ordinal);
        }
    }
}
