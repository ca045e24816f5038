namespace PostLint.Cli.Tests.Commands;

/// <summary>
/// A word that looks like an option but that the verb does not know stops the run before any
/// file is read or written: exit 2, one line on standard error, the closest known option named.
/// </summary>
public sealed class UnknownOptionTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Check_with_an_unknown_option_lints_nothing_and_names_it()
    {
        var draft = _folder.Write("x.txt", "#石巻市 #PR\n牡蠣\n");
        var result = CliRunner.Run("check", draft, "--bogus", "--profile", "ishinomaki");
        Assert.Equal(2, result.ExitCode);
        Assert.Equal(string.Empty, result.Output);
        var line = Assert.Single(result.Error.TrimEnd('\n').Split('\n'));
        Assert.Contains("--bogus", line, StringComparison.Ordinal);
        Assert.DoesNotContain("PL1001", line, StringComparison.Ordinal);
    }

    [Fact]
    public void A_misspelt_option_gets_a_did_you_mean_from_the_verbs_own_options()
    {
        var draft = _folder.Write("x.txt", "牡蠣\n");
        var result = CliRunner.Run("check", draft, "--sponsord");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("もしかして --sponsored", result.Error, StringComparison.Ordinal);

        var audit = CliRunner.Run("audit", draft, "--baseine", "b.json");
        Assert.Equal(2, audit.ExitCode);
        Assert.Contains("もしかして --baseline", audit.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Fix_with_an_unknown_option_does_not_touch_the_draft()
    {
        var draft = _folder.Write("d.txt", "#石巻市 #PR\n牡蠣\n");
        var result = CliRunner.Run("fix", draft, "--profile", "ishinomaki", "--fixd-output", Path.Combine(_folder.Path, "out.txt"));
        Assert.Equal(2, result.ExitCode);
        Assert.Equal("#石巻市 #PR\n牡蠣\n", File.ReadAllText(draft));
        Assert.False(File.Exists(Path.Combine(_folder.Path, "out.txt")));
        Assert.Single(result.Error.TrimEnd('\n').Split('\n'));
    }

    [Fact]
    public void A_word_after_double_dash_is_a_file_name_even_when_it_starts_with_a_dash()
    {
        var asOption = CliRunner.Run("check", "--profile", "ishinomaki", "-missing-draft.txt");
        Assert.Equal(2, asOption.ExitCode);
        Assert.Contains("オプションはありません", asOption.Error, StringComparison.Ordinal);

        var asFile = CliRunner.Run("check", "--profile", "ishinomaki", "--", "-missing-draft.txt");
        Assert.Equal(2, asFile.ExitCode);
        Assert.DoesNotContain("オプションはありません", asFile.Error, StringComparison.Ordinal);
        Assert.Contains("-missing-draft.txt", asFile.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Standard_input_dash_is_still_an_input()
    {
        var result = CliRunner.RunWithInput("#PR #石巻市 牡蠣", "check", "-", "--profile", "ishinomaki");
        Assert.Equal(0, result.ExitCode);
    }
}
