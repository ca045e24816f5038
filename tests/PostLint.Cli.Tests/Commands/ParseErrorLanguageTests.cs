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

    /// <summary>Every kind of error System.CommandLine raises itself, said in either language (issue 13, item 7).</summary>
    public static TheoryData<string[], string, string> ParseErrorKinds() => new()
    {
        // An option given twice takes one value only.
        { ["check", "d.txt", "--format", "json", "--format", "text"], "オプション --format は 1 回だけ指定してください（値が 2 個あります）", "the option --format takes one value, but 2 were given" },
        // A value that is not one of the choices.
        { ["tokenize", "--format", "xml"], "'xml' は指定できません。次のどれかを指定してください: mecab, wakati, json", "'xml' is not allowed; use one of: mecab, wakati, json" },
        // A required argument missing.
        { ["explain"], "コマンド explain に引数を指定してください", "the command explain needs an argument" },
        // Too many arguments.
        { ["explain", "PL1001", "PL1002"], "'PL1002' は余分な引数です", "unexpected argument 'PL1002'" },
        // A response file that does not exist.
        { ["check", "@no-such-args.rsp"], "応答ファイル no-such-args.rsp が見つかりません", "the response file no-such-args.rsp was not found" },
        // --version with other arguments.
        { ["--version", "check"], "--version はほかの引数と一緒には指定できません", "--version cannot be combined with other arguments" },
    };

    [Theory]
    [MemberData(nameof(ParseErrorKinds))]
    public void Each_kind_of_parse_error_is_japanese_by_default_and_english_with_lang_en(string[] args, string japanese, string english)
    {
        var inJapanese = CliRunner.Run(args);
        Assert.Equal(2, inJapanese.ExitCode);
        Assert.StartsWith("postlint: ", inJapanese.Error, StringComparison.Ordinal);
        Assert.Contains(japanese, inJapanese.Error, StringComparison.Ordinal);
        Assert.DoesNotMatch("[A-Za-z]+ [a-z]+ [a-z]+", inJapanese.Error.Replace(english, string.Empty, StringComparison.Ordinal));

        var inEnglish = CliRunner.Run([.. args, "--lang", "en"]);
        Assert.Equal(2, inEnglish.ExitCode);
        Assert.Contains(english, inEnglish.Error, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"[\p{IsHiragana}\p{IsKatakana}\p{IsCJKUnifiedIdeographs}]", inEnglish.Error);
    }

    [Fact]
    public void Every_english_template_of_system_commandline_has_a_translation()
    {
        var text = Cli.Localization.CliText.Japanese;
        string[] messages =
        [
            "Cannot parse argument 'x' for option '--jobs' as expected type 'System.Nullable`1[System.Int32]'.",
            "Cannot parse argument 'x' for command 'explain' as expected type 'System.Int32'.",
            "Cannot parse argument 'x' as expected type 'System.Boolean'.",
            "Argument 'x' not recognized. Must be one of:\n\t'a'\n\t'b'",
            "Option '--format' expects a single argument but 3 were provided.",
            "Required argument missing for command: 'explain'.",
            "Required argument missing for option: '--format'.",
            "Option '--profile' is required.",
            "Required command was not provided.",
            "Unrecognized command or argument 'x'.",
            "Response file not found 'a.rsp'.",
            "Error reading response file 'a.rsp': Permission denied",
            "--version option cannot be combined with other arguments.",
            "File does not exist: 'a.txt'.",
            "Directory does not exist: 'a'.",
            "File or directory does not exist: 'a'.",
            "Character not allowed in a path: '|'.",
            "Character not allowed in a file name: '/'.",
        ];
        foreach (var message in messages)
        {
            var translated = PostLint.Cli.Infrastructure.ParseErrors.Translate(message, text);
            Assert.NotEqual(message, translated);
            Assert.Matches(@"[\p{IsHiragana}\p{IsKatakana}\p{IsCJKUnifiedIdeographs}]", translated);
        }

        Assert.Equal("'x' は指定できません。次のどれかを指定してください: a, b", PostLint.Cli.Infrastructure.ParseErrors.Translate("Argument 'x' not recognized. Must be one of:\n\t'a'\n\t'b'", text));
    }
}
