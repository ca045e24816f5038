using System.Diagnostics;
using PostLint.Cli.Infrastructure;

namespace PostLint.Cli.Tests.Commands;

/// <summary>
/// I/O and usage failures are one line on standard error and exit code 2 in every verb: never 1,
/// never a stack trace. Named pipes and devices are never opened: in a folder they are skipped and
/// counted; named on the command line they are refused.
/// </summary>
public sealed class IoFailureTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static void AssertOneLineFailure(CliRunner.Result result, string expected)
    {
        Assert.Equal(2, result.ExitCode);
        var line = Assert.Single(result.Error.TrimEnd('\n').Split('\n'));
        Assert.StartsWith("postlint: ", line, StringComparison.Ordinal);
        Assert.Contains(expected, line, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", line, StringComparison.Ordinal);
        Assert.DoesNotContain("denied", line, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Check_of_a_device_is_refused_without_reading_it()
    {
        AssertOneLineFailure(CliRunner.Run("check", "/dev/zero"), "キャラクターデバイス");
    }

    [Fact]
    public void Check_of_a_folder_or_a_missing_file_says_which()
    {
        AssertOneLineFailure(CliRunner.Run("check", Path.Combine(_folder.Path, "nowhere", "d.txt")), "見つかりません");
    }

    [Fact]
    public void A_bad_config_path_is_exit_2_in_words()
    {
        var draft = _folder.Write("d.txt", "牡蠣\n");
        AssertOneLineFailure(CliRunner.Run("check", draft, "--config", "/dev/zero"), "キャラクターデバイス");
        AssertOneLineFailure(CliRunner.Run("check", draft, "--config", _folder.Path), "フォルダーです");
        AssertOneLineFailure(CliRunner.Run("audit", draft, "--config", Path.Combine(_folder.Path, "missing.json")), "見つかりません");
    }

    [Fact]
    public void A_report_that_cannot_be_written_is_exit_2_and_one_line()
    {
        var draft = _folder.Write("d.txt", "#石巻市 #PR\n牡蠣\n");
        var error = new StringWriter();
        var console = new CliConsole(new FullDiskWriter(), error);
        var exit = Program.Run(["check", draft, "--profile", "ishinomaki"], console);
        Assert.Equal(2, exit);
        var line = Assert.Single(error.ToString().TrimEnd('\n').Split('\n'));
        Assert.Contains("ディスクの空きがありません", line, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void Check_to_dev_full_exits_2_with_one_line()
    {
        Skip.IfNot(OperatingSystem.IsLinux() && File.Exists("/dev/full"));
        var draft = _folder.Write("d.txt", "#石巻市 #PR\n牡蠣\n");
        var (exit, _, error) = RunProcess($"check {draft} --profile ishinomaki > /dev/full");
        Assert.Equal(2, exit);
        var line = Assert.Single(error.TrimEnd('\n').Split('\n'));
        Assert.Contains("ディスクの空きがありません", line, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void Tokenize_refuses_a_device_a_pipe_or_a_folder_without_opening_it()
    {
        Skip.IfNot(OperatingSystem.IsLinux() || OperatingSystem.IsMacOS());
        var pipe = Path.Combine(_folder.Path, "pipe.txt");
        MakeFifo(pipe);
        foreach (var (input, expected) in new[] { ("/dev/zero", "キャラクターデバイス"), (pipe, "名前付きパイプ"), (_folder.Path, "フォルダーです") })
        {
            // /dev/zero never ends and a pipe blocks in open: a regression would hang, not fail.
            var run = Task.Run(() => CliRunner.Run("tokenize", input));
            Assert.True(run.Wait(TimeSpan.FromMinutes(2)), $"tokenize {input} did not return");
            var result = run.Result;
            Assert.Equal(2, result.ExitCode);
            var line = Assert.Single(result.Error.TrimEnd('\n').Split('\n'));
            Assert.StartsWith("postlint tokenize: ", line, StringComparison.Ordinal);
            Assert.Contains(expected, line, StringComparison.Ordinal);
            Assert.DoesNotContain("denied", line, StringComparison.OrdinalIgnoreCase);
            Assert.Empty(result.Output);
        }
    }

    [SkippableFact]
    public void Tokenize_to_dev_full_exits_2_with_one_line()
    {
        const string Ipadic = "/var/lib/mecab/dic/ipadic-utf8";
        Skip.IfNot(OperatingSystem.IsLinux() && File.Exists("/dev/full") && File.Exists(Path.Combine(Ipadic, "sys.dic")));
        var draft = _folder.Write("d.txt", "牡蠣の季節です\n");
        var (exit, _, error) = RunProcess($"tokenize {draft} --dicdir {Ipadic} > /dev/full");
        Assert.Equal(2, exit);
        var line = Assert.Single(error.TrimEnd('\n').Split('\n'));
        Assert.Contains("ディスクの空きがありません", line, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void Audit_to_dev_full_says_so_in_words_with_exit_2()
    {
        Skip.IfNot(OperatingSystem.IsLinux() && File.Exists("/dev/full"));
        var draft = _folder.Write("d.txt", "#石巻市 #PR\n牡蠣\n");
        var (exit, _, error) = RunProcess($"audit {draft} --profile ishinomaki > /dev/full");
        Assert.Equal(2, exit);
        var line = Assert.Single(error.TrimEnd('\n').Split('\n'));
        Assert.Contains("ディスクの空きがありません", line, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void A_pipe_in_an_audited_folder_is_skipped_and_counted_never_opened()
    {
        Skip.IfNot(OperatingSystem.IsLinux() || OperatingSystem.IsMacOS());
        var folder = Path.Combine(_folder.Path, "posts");
        _folder.Write("posts/a.txt", "#PR #石巻市 牡蠣");
        _folder.Write("posts/b.jsonl", "{\"id\":\"1\",\"text\":\"帆立\"}\n");
        MakeFifo(Path.Combine(folder, "pipe.jsonl"));

        var run = Task.Run(() => CliRunner.Run("audit", folder, "--profile", "ishinomaki", "--format", "json"));
        Assert.True(run.Wait(TimeSpan.FromMinutes(2)), "the audit blocked on the named pipe");
        var result = run.Result;
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("\"read\": 3", result.Output, StringComparison.Ordinal);
        Assert.Contains("\"skipped\": 1", result.Output, StringComparison.Ordinal);

        var named = Task.Run(() => CliRunner.Run("audit", Path.Combine(folder, "pipe.jsonl")));
        Assert.True(named.Wait(TimeSpan.FromMinutes(2)), "the audit blocked on the named pipe");
        AssertOneLineFailure(named.Result, "名前付きパイプ");

        var check = Task.Run(() => CliRunner.Run("check", Path.Combine(folder, "pipe.jsonl")));
        Assert.True(check.Wait(TimeSpan.FromMinutes(2)), "check blocked on the named pipe");
        AssertOneLineFailure(check.Result, "名前付きパイプ");
    }

    [SkippableFact]
    public void An_unreadable_subfolder_is_one_PL0001_and_the_rest_is_audited()
    {
        Skip.If(OperatingSystem.IsWindows() || Environment.UserName == "root", "permissions do not stop root");
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var folder = Path.Combine(_folder.Path, "posts");
        _folder.Write("posts/a.txt", "#PR #石巻市 牡蠣");
        _folder.Write("posts/locked/b.txt", "帆立");
        File.SetUnixFileMode(Path.Combine(folder, "locked"), UnixFileMode.None);
        try
        {
            var result = CliRunner.Run("audit", folder, "--profile", "ishinomaki", "--format", "json");
            Assert.Equal(1, result.ExitCode);
            Assert.Contains("\"rejected\": 1", result.Output, StringComparison.Ordinal);
            Assert.Contains("フォルダーを開く権限がありません", result.Output, StringComparison.Ordinal);
        }
        finally
        {
            File.SetUnixFileMode(Path.Combine(folder, "locked"), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    private static void MakeFifo(string path)
    {
        using var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", [path]) { UseShellExecute = false })!;
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
    }

    private static (int Exit, string Output, string Error) RunProcess(string arguments)
    {
        var binary = Path.Combine(AppContext.BaseDirectory, "postlint");
        var info = new ProcessStartInfo("/bin/sh", ["-c", $"\"{binary}\" {arguments}"])
        {
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(info)!;
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, string.Empty, error);
    }

    /// <summary>Standard output on a full disk: every flush fails as /dev/full does.</summary>
    private sealed class FullDiskWriter : StringWriter
    {
        public override void Flush() => throw new IOException("No space left on device", 28);

        public override Task FlushAsync() => throw new IOException("No space left on device", 28);
    }
}
