using PostLint.Cli.Infrastructure;
using PostLint.Localization;

namespace PostLint.Cli.Tests.Commands;

/// <summary>Japanese by default; English with --lang en or an en_* locale.</summary>
public sealed class LanguageTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private string Draft() => _folder.Write("draft.txt", "#石巻市 #PR 牡蠣の季節です\n");

    [Fact]
    public void Check_speaks_japanese_without_a_locale()
    {
        var draft = Draft();
        var result = CliRunner.Run("check", draft, "--profile", "ishinomaki");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"{draft}(1,1): エラー PL1001:", result.Output, StringComparison.Ordinal);
        Assert.Contains("    = 修正: ", result.Output, StringComparison.Ordinal);
        Assert.Contains("エラー 1 件、警告 0 件、提案 0 件（投稿 1 件）", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(" error", result.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--lang", "en")]
    [InlineData("--lang=en", null)]
    [InlineData("--lang=EN-us", null)]
    public void Lang_en_speaks_english(string option, string? value)
    {
        var draft = Draft();
        string[] args = value is null ? ["check", draft, "--profile", "ishinomaki", option] : ["check", option, value, draft, "--profile", "ishinomaki"];
        var result = CliRunner.Run(args);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"{draft}(1,1): error PL1001:", result.Output, StringComparison.Ordinal);
        Assert.Contains("1 error, 0 warnings, 0 suggestions in 1 post; 1 fixable with --fix", result.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en_US.UTF-8", null, null, "error")]
    [InlineData("ja_JP.UTF-8", null, null, "エラー")]
    [InlineData("C", null, null, "エラー")]
    [InlineData("C.UTF-8", null, null, "エラー")]
    [InlineData("de_DE.UTF-8", null, null, "エラー")]
    [InlineData("ja_JP.UTF-8", "en_GB.UTF-8", null, "error")] // LC_MESSAGES beats LANG
    [InlineData("en_US.UTF-8", "en_US.UTF-8", "ja_JP.UTF-8", "エラー")] // LC_ALL beats both
    [InlineData("en_US.UTF-8", null, "", "error")] // an empty variable does not count
    public void The_locale_environment_chooses_when_lang_is_not_given(string? lang, string? messages, string? all, string severity)
    {
        var draft = Draft();
        var environment = new Dictionary<string, string?> { ["LANG"] = lang, ["LC_MESSAGES"] = messages, ["LC_ALL"] = all };
        var result = CliRunner.RunWithEnvironment(null, name => environment.GetValueOrDefault(name), "check", draft, "--profile", "ishinomaki");
        Assert.Contains($"{draft}(1,1): {severity} PL1001:", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Lang_option_beats_the_locale()
    {
        var draft = Draft();
        var result = CliRunner.RunWithEnvironment(null, static name => name == "LANG" ? "en_US.UTF-8" : null, "check", draft, "--profile", "ishinomaki", "--lang", "ja");
        Assert.Contains($"{draft}(1,1): エラー PL1001:", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_language_is_a_usage_error()
    {
        var result = CliRunner.Run("check", Draft(), "--lang", "fr");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--lang に 'fr' は指定できません（ja または en）", result.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, result.Output);
    }

    [Fact]
    public void Language_selection_parses_the_forms_users_write()
    {
        Assert.True(LanguageSelection.TryResolve(["--lang:en"], static _ => null, out var colon, out _));
        Assert.Equal(DisplayLanguage.English, colon);
        Assert.True(LanguageSelection.TryResolve(["check", "--", "--lang", "en"], static _ => null, out var afterDashes, out _));
        Assert.Equal(DisplayLanguage.Japanese, afterDashes);
        Assert.False(LanguageSelection.TryResolve(["--lang"], static _ => null, out _, out var missing));
        Assert.Equal(string.Empty, missing);
        Assert.Equal(DisplayLanguage.English, LanguageSelection.FromLocale(static name => name == "LANG" ? "en" : null));
    }
}
