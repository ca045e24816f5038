namespace PostLint.Cli.Tests.Commands;

/// <summary>An empty draft is PL0001 in <c>check</c> as in <c>audit</c>: an input to look at, not a clean post.</summary>
public sealed class EmptyDraftTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData("")]
    [InlineData("\n")]
    [InlineData("\uFEFF\r\n")]
    public void An_empty_draft_is_PL0001_in_check_and_in_audit(string content)
    {
        var draft = _folder.Write("empty.txt", content);
        var check = CliRunner.Run("check", draft, "--profile", "ishinomaki");
        Assert.Equal(1, check.ExitCode);
        Assert.Contains(": エラー PL0001", check.Output, StringComparison.Ordinal);
        Assert.Contains("ファイルが空です", check.Output, StringComparison.Ordinal);

        var audit = CliRunner.Run("audit", draft, "--profile", "ishinomaki");
        Assert.Equal(1, audit.ExitCode);
        Assert.Contains(": エラー PL0001", audit.Output, StringComparison.Ordinal);
        Assert.Contains("1 件目のレコード: ファイルが空です", audit.Output, StringComparison.Ordinal);

        var english = CliRunner.Run("audit", draft, "--profile", "ishinomaki", "--lang", "en");
        Assert.Contains(": error PL0001", english.Output, StringComparison.Ordinal);
        Assert.Contains("record 1: the file is empty", english.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Empty_standard_input_is_PL0001_and_fix_writes_nothing()
    {
        var check = CliRunner.RunWithInput(string.Empty, "check", "-", "--profile", "ishinomaki");
        Assert.Equal(1, check.ExitCode);
        Assert.Contains("<stdin>: エラー PL0001", check.Output, StringComparison.Ordinal);

        var draft = _folder.Write("empty.txt", "\n");
        var fix = CliRunner.Run("fix", draft, "--profile", "ishinomaki", "--sponsored", "--unsafe-fixes");
        Assert.Equal(1, fix.ExitCode);
        Assert.Equal("\n", File.ReadAllText(draft));
    }
}
