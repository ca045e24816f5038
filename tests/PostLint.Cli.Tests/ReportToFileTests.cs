namespace PostLint.Cli.Tests;

/// <summary>
/// Every verb writes every report format to <c>-o</c>: the exit code is the one the findings call
/// for, the file holds the same report that standard output would have shown, and no temporary file
/// is left behind. (The text and github writers once closed their file before flushing into it and
/// died with ObjectDisposedException after the report was written.)
/// </summary>
public sealed class ReportToFileTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    public static TheoryData<string, string> VerbsAndFormats()
    {
        var data = new TheoryData<string, string>();
        foreach (var verb in new[] { "check", "audit" })
        {
            foreach (var format in new[] { "text", "json", "sarif", "github", "csv" })
            {
                data.Add(verb, format);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(VerbsAndFormats))]
    public void A_clean_input_reported_to_a_file_exits_0_with_the_stdout_report(string verb, string format)
    {
        var input = verb == "check"
            ? _folder.Write("draft.txt", "#PR #石巻市\n石巻の牡蠣が旬です\n")
            : _folder.Write("posts.jsonl", "{\"id\":\"1\",\"text\":\"#PR #石巻市 石巻の牡蠣が旬です\"}\n");
        AssertFileMatchesStdout(verb, format, input, expectedExit: 0);
    }

    [Theory]
    [MemberData(nameof(VerbsAndFormats))]
    public void Findings_reported_to_a_file_exit_1_with_the_stdout_report(string verb, string format)
    {
        var input = verb == "check"
            ? _folder.Write("draft.txt", "#石巻市 #PR\n石巻の牡蠣が旬です\n")
            : _folder.Write("posts.jsonl", "{\"id\":\"1\",\"text\":\"#石巻市 #PR 石巻の牡蠣が旬です\"}\n");
        var report = AssertFileMatchesStdout(verb, format, input, expectedExit: 1);
        Assert.Contains("PL1001", report, StringComparison.Ordinal);
    }

    private string AssertFileMatchesStdout(string verb, string format, string input, int expectedExit)
    {
        var reportPath = Path.Combine(_folder.Path, "reports", $"{verb}.{format}");
        var toFile = CliRunner.Run(verb, input, "--profile", "ishinomaki", "--format", format, "-o", reportPath);
        Assert.True(expectedExit == toFile.ExitCode, $"exit {toFile.ExitCode}; stderr: {toFile.Error}");
        Assert.DoesNotContain("Exception", toFile.Error, StringComparison.Ordinal);
        Assert.True(File.Exists(reportPath), "the report file was not written");
        Assert.DoesNotContain(Directory.GetFiles(Path.GetDirectoryName(reportPath)!), f => f.EndsWith(".tmp", StringComparison.Ordinal));

        var toStdout = CliRunner.Run(verb, input, "--profile", "ishinomaki", "--format", format);
        Assert.Equal(expectedExit, toStdout.ExitCode);
        var written = File.ReadAllText(reportPath);
        if (format != "sarif")
        {
            // SARIF names the invocation's output file; every other format is the same report either way.
            Assert.Equal(toStdout.OutputBytes, File.ReadAllBytes(reportPath));
        }
        else
        {
            Assert.Contains("\"version\": \"2.1.0\"", written.Replace("\"version\":\"2.1.0\"", "\"version\": \"2.1.0\"", StringComparison.Ordinal), StringComparison.Ordinal);
        }

        return written;
    }
}
