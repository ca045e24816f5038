using PostLint.Cli.Infrastructure;
using PostLint.Localization;

namespace PostLint.Cli.Tests.Commands;

/// <summary>
/// Refusals of draft, post, configuration, ignore and output files are said in the run's
/// language: Japanese by default, English with --lang en (issue 13, item 7). The paths are shown
/// as given; a system's own text is kept only where PostLint has no words for the failure.
/// </summary>
public sealed class FileRefusalLanguageTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private string In(string name) => Path.Combine(_folder.Path, name);

    private static void AssertRefusal(string[] args, string japanese, string english)
    {
        var inJapanese = CliRunner.Run(args);
        Assert.Equal(2, inJapanese.ExitCode);
        Assert.Contains(japanese, inJapanese.Error, StringComparison.Ordinal);

        var inEnglish = CliRunner.Run([.. args, "--lang", "en"]);
        Assert.Equal(2, inEnglish.ExitCode);
        Assert.Contains(english, inEnglish.Error, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"[\p{IsHiragana}\p{IsKatakana}\p{IsCJKUnifiedIdeographs}]", inEnglish.Error);
    }

    [Fact]
    public void A_missing_draft_is_named_in_either_language()
    {
        var missing = In("nothing.txt");
        AssertRefusal(["check", missing], $"{missing} が見つかりません", $"{missing} does not exist");
    }

    [Fact]
    public void A_device_given_as_posts_is_refused_in_either_language()
    {
        AssertRefusal(["audit", "/dev/null"], "/dev/null はキャラクターデバイスです。通常のファイルを指定してください", "/dev/null is a character device; give a regular file");
    }

    [Fact]
    public void A_folder_given_as_the_configuration_is_refused_in_either_language()
    {
        File.WriteAllText(In("d.txt"), "こんにちは");
        Directory.CreateDirectory(In("conf"));
        AssertRefusal(["check", In("d.txt"), "--config", In("conf")], $"{In("conf")} はフォルダーです。ファイルを指定してください", $"{In("conf")} is a folder; give a file");
    }

    [Fact]
    public void A_draft_over_the_size_limit_is_refused_in_either_language()
    {
        using (var large = File.Create(In("large.txt")))
        {
            large.SetLength(17L * 1024 * 1024);
        }

        AssertRefusal(["check", In("large.txt")], $"{In("large.txt")} は 16 MB を超えています。投稿の下書きとしては大きすぎるため読みません", $"{In("large.txt")} is over 16 MB, too large for a post draft, so it is not read");
    }

    [Fact]
    public void Standard_input_over_the_size_limit_is_named_in_either_language()
    {
        var input = new string('あ', 6 * 1024 * 1024);
        var japanese = CliRunner.RunWithInput(input, "check", "-");
        Assert.Equal(2, japanese.ExitCode);
        Assert.Contains("標準入力 は 16 MB を超えています", japanese.Error, StringComparison.Ordinal);

        var english = CliRunner.RunWithInput(input, "check", "-", "--lang", "en");
        Assert.Equal(2, english.ExitCode);
        Assert.Contains("standard input is over 16 MB", english.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_without_drafts_is_a_problem_in_either_language()
    {
        Directory.CreateDirectory(In("empty"));
        AssertRefusal(["check", In("empty")], $"{In("empty")} に下書き（.txt, .md）がありません", $"{In("empty")} holds no drafts (.txt, .md)");
    }

    [Fact]
    public void An_ignore_file_that_is_not_a_file_is_refused_in_either_language()
    {
        Directory.CreateDirectory(In("drafts"));
        File.WriteAllText(In("drafts/a.txt"), "こんにちは");
        Directory.CreateDirectory(In("drafts/.postlintignore"));
        var ignore = In("drafts/.postlintignore");
        AssertRefusal(["check", In("drafts")], $"除外ファイル {ignore} はフォルダーです", $"the ignore file {ignore} is a folder");
    }

    [Fact]
    public void A_report_aimed_at_a_folder_is_refused_in_either_language()
    {
        File.WriteAllText(In("d.txt"), "こんにちは");
        Directory.CreateDirectory(In("out"));
        AssertRefusal(["check", In("d.txt"), "-o", In("out")], $"{In("out")} はフォルダーです。書き出すファイルの名前を指定してください", $"{In("out")} is a folder; give the name of the file to write");
    }

    [Fact]
    public void System_failures_have_words_in_both_languages()
    {
        var cases = new (Exception Failure, string Japanese, string English)[]
        {
            (new FileNotFoundException("x"), "見つかりません", "not found"),
            (new DirectoryNotFoundException("x"), "見つかりません", "not found"),
            (new PathTooLongException("x"), "パスが長すぎます", "the path is too long"),
            (new UnauthorizedAccessException("x"), "アクセスする権限がありません", "permission denied"),
            (new IOException("x", 28), "ディスクの空きがありません", "no space left on the disk"),
            (new IOException("x", 32), "出力先が閉じられました", "the output was closed"),
            (new IOException("x", 13), "アクセスする権限がありません", "permission denied"),
            (new IOException("x", 21), "フォルダーです", "it is a folder"),
            (new IOException("x", 30), "読み取り専用のファイルシステムです", "the file system is read-only"),
        };
        foreach (var (failure, japanese, english) in cases)
        {
            Assert.Equal(japanese, IoErrors.Describe(failure, Messages.Japanese));
            Assert.Equal(english, IoErrors.Describe(failure, Messages.English));
        }

        // A failure PostLint has no words for keeps the system's own.
        Assert.Equal("Input/output error", IoErrors.Describe(new IOException("Input/output error", 5), Messages.English));
    }
}
