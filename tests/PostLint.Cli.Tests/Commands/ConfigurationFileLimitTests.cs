using System.Diagnostics;

namespace PostLint.Cli.Tests.Commands;

/// <summary>
/// Files a configuration names — the files it extends, lexicons, the spelling dictionary, the
/// MeCab folder's files — are read only when they are regular files within their limit: anything
/// else is PL0002 naming the file and exit 2 before any post is read, never a hang on a named
/// pipe or a read of /dev/zero until the memory is gone. Each run has a deadline, so a regression
/// fails instead of hanging the test run.
/// </summary>
public sealed class ConfigurationFileLimitTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static async Task<CliRunner.Result> RunBounded(params string[] args)
    {
        var run = Task.Factory.StartNew(() => CliRunner.Run(args), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        try
        {
            return await run.WaitAsync(TimeSpan.FromMinutes(2));
        }
        catch (TimeoutException)
        {
            Assert.Fail("postlint " + string.Join(' ', args) + " blocked on a named pipe or an endless device");
            throw;
        }
    }

    private static void AssertPl0002(CliRunner.Result result, params string[] expected)
    {
        Assert.Equal(2, result.ExitCode);
        Assert.Equal(string.Empty, result.Output);
        Assert.Contains("エラー PL0002", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", result.Error, StringComparison.Ordinal);
        foreach (var text in expected)
        {
            Assert.Contains(text, result.Error, StringComparison.Ordinal);
        }
    }

    private string Fifo(string relative)
    {
        var path = Path.Combine(_folder.Path, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", [path]) { UseShellExecute = false })!;
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
        return path;
    }

    [Fact]
    public async Task A_config_over_1_mb_is_pl0002_with_its_path_in_check_and_audit()
    {
        var draft = _folder.Write("d.txt", "#PR #石巻市 牡蠣\n");
        var config = Path.Combine(_folder.Path, "postlint.json");
        using (var stream = File.Create(config))
        {
            stream.SetLength(1024 * 1024 + 1);
        }

        foreach (var verb in new[] { "check", "audit" })
        {
            AssertPl0002(await RunBounded(verb, draft, "--config", config), config, "1,048,577 bytes (1.0 MB)");
        }
    }

    [SkippableFact]
    public async Task Extends_naming_a_named_pipe_or_dev_zero_is_pl0002_at_the_entry()
    {
        Skip.IfNot(OperatingSystem.IsLinux());
        var draft = _folder.Write("d.txt", "#PR #石巻市 牡蠣\n");
        var pipe = Fifo("pipe.json");
        var json = $$"""{ "extends": ["ishinomaki", "{{pipe}}", "/dev/zero"] }""";
        var config = _folder.Write("postlint.json", json);
        var result = await RunBounded("check", draft, "--config", config);
        AssertPl0002(result, pipe, "名前付きパイプ（FIFO）", "/dev/zero", "キャラクターデバイス");
        Assert.Contains($"{config}(1,{json.IndexOf('"' + pipe, StringComparison.Ordinal) + 1})", result.Error, StringComparison.Ordinal);
        Assert.Contains($"{config}(1,{json.IndexOf("\"/dev/zero", StringComparison.Ordinal) + 1})", result.Error, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task A_lexicon_that_is_a_named_pipe_is_pl0002()
    {
        Skip.IfNot(OperatingSystem.IsLinux() || OperatingSystem.IsMacOS());
        var draft = _folder.Write("d.txt", "#PR #石巻市 牡蠣\n");
        Fifo("terms.tsv");
        var config = _folder.Write("postlint.json", """{ "extends": "ishinomaki", "lexicons": ["./terms.tsv"] }""");
        AssertPl0002(await RunBounded("audit", draft, "--config", config), "terms.tsv", "名前付きパイプ");
    }

    [SkippableFact]
    public async Task A_spelling_dictionary_whose_dic_is_a_named_pipe_or_dev_zero_is_pl0002_naming_the_file()
    {
        Skip.IfNot(OperatingSystem.IsLinux());
        var draft = _folder.Write("d.txt", "#PR #石巻市 Ishinomaki oyster\n");
        _folder.Write("dict/pipe_US.aff", "SET UTF-8\n");
        var pipe = Fifo("dict/pipe_US.dic");
        _folder.Write("dict/zero_US.aff", "SET UTF-8\n");
        var zero = Path.Combine(_folder.Path, "dict", "zero_US.dic");
        File.CreateSymbolicLink(zero, "/dev/zero");
        foreach (var (name, dic, kind) in new[] { ("pipe_US", pipe, "名前付きパイプ"), ("zero_US", zero, "キャラクターデバイス") })
        {
            var config = _folder.Write($"{name}.json", $$"""
                { "extends": "ishinomaki", "rules": { "PL5003": "warning" }, "spelling": { "dictionary": "./dict/{{name}}" } }
                """);
            AssertPl0002(await RunBounded("check", draft, "--config", config), "spelling.dictionary", dic, kind);
        }
    }

    [SkippableFact]
    public async Task A_dicdir_whose_sys_dic_is_a_named_pipe_is_pl0002_naming_the_file()
    {
        Skip.IfNot(OperatingSystem.IsLinux() || OperatingSystem.IsMacOS());
        var draft = _folder.Write("d.txt", "#PR #石巻市 牡蠣\n");
        var dicdir = Path.Combine(_folder.Path, "dic");
        var sys = Fifo("dic/sys.dic");
        foreach (var name in new[] { "unk.dic", "matrix.bin", "char.bin" })
        {
            _folder.Write(Path.Combine("dic", name), string.Empty);
        }

        AssertPl0002(await RunBounded("audit", draft, "--profile", "ishinomaki", "--dicdir", dicdir), "--dicdir", sys, "名前付きパイプ");
    }
}
