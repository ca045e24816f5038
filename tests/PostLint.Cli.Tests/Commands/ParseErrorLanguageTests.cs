namespace PostLint.Cli.Tests.Commands;

/// <summary>
/// Command-line mistakes are told in the display language: Japanese by default, English with
/// --lang en — including the errors System.CommandLine finds itself (no value, not a number, no verb).
/// </summary>
public sealed class ParseErrorLanguageTests
{
    [Fact]
    public void An_unknown_option_is_japanese_by_default_and_english_with_lang_en()
    {
        var japanese = CliRunner.Run("check", "d.txt", "--formt", "json");
        Assert.Equal(2, japanese.ExitCode);
        Assert.Contains("postlint: check に --formt というオプションはありません。もしかして --format ですか？", japanese.Error, StringComparison.Ordinal);

        var english = CliRunner.Run("check", "d.txt", "--formt", "json", "--lang", "en");
        Assert.Equal(2, english.ExitCode);
        Assert.DoesNotContain("オプション", english.Error, StringComparison.Ordinal);
        Assert.Contains("--formt", english.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_option_without_its_value_is_japanese_by_default()
    {
        var result = CliRunner.Run("check", "d.txt", "--format");
        Assert.Equal(2, result.ExitCode);
        Assert.Equal("postlint: オプション --format に値を指定してください（使い方: postlint check --help）", result.Error.Trim());

        var english = CliRunner.Run("check", "d.txt", "--lang", "en", "--format");
        Assert.Equal("postlint: the option --format needs a value (usage: postlint check --help)", english.Error.Trim());
    }

    [Fact]
    public void A_value_that_is_not_a_number_is_japanese_by_default()
    {
        var result = CliRunner.Run("audit", "posts.jsonl", "--jobs", "abc");
        Assert.Equal(2, result.ExitCode);
        Assert.Equal("postlint: オプション --jobs には整数を指定してください（'abc' は整数ではありません）（使い方: postlint audit --help）", result.Error.Trim());
        Assert.DoesNotContain("Cannot parse", result.Error, StringComparison.Ordinal);

        var english = CliRunner.Run("check", "d.txt", "--max-warnings", "x", "--lang", "en");
        Assert.Equal("postlint: the option --max-warnings takes a whole number, not 'x' (usage: postlint check --help)", english.Error.Trim());
    }

    [Fact]
    public void An_unknown_command_is_named_with_the_closest_one()
    {
        var result = CliRunner.Run("chek", "d.txt");
        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("postlint: 'chek' というコマンドはありません（コマンド: ", result.Error, StringComparison.Ordinal);
        Assert.Contains("）。もしかして check ですか？", result.Error, StringComparison.Ordinal);

        var none = CliRunner.Run();
        Assert.Equal(2, none.ExitCode);
        Assert.StartsWith("postlint: コマンドを指定してください（", none.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Required command", none.Error, StringComparison.Ordinal);
    }
}
