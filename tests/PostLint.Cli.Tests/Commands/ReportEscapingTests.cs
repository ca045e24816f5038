namespace PostLint.Cli.Tests.Commands;

/// <summary>
/// Bidirectional controls and control characters from a draft are never echoed raw into text or
/// GitHub reports: they are shown as &lt;U+202E&gt;, and the caret stays under the finding.
/// </summary>
public sealed class ReportEscapingTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void A_bidi_override_before_a_finding_is_escaped_and_the_caret_stays_aligned()
    {
        var draft = _folder.Write("draft.txt", "\u202E\u0007#石巻市 #PR\n牡蠣\n");
        var result = CliRunner.Run("check", draft, "--profile", "ishinomaki");
        Assert.Equal(1, result.ExitCode);
        Assert.DoesNotContain('\u202E', result.Output);
        Assert.DoesNotContain('\u0007', result.Output);
        var lines = result.Output.Split('\n');
        var finding = Array.FindIndex(lines, l => l.Contains("PL1001", StringComparison.Ordinal));
        Assert.True(finding >= 0, result.Output);
        Assert.Equal(" 1 | <U+202E><U+0007>#石巻市 #PR", lines[finding + 1]);
        Assert.Equal("   | " + new string(' ', 16) + "^^^^^^^", lines[finding + 2]);
    }

    [Fact]
    public void Control_characters_in_a_file_name_are_escaped_in_text_and_github_reports()
    {
        var draft = _folder.Write("a\u202Etxt.exe", "#石巻市 #PR\n牡蠣\n");
        var text = CliRunner.Run("check", draft, "--profile", "ishinomaki");
        Assert.DoesNotContain('\u202E', text.Output);
        Assert.Contains("a<U+202E>txt.exe(1,1): エラー PL1001", text.Output, StringComparison.Ordinal);

        var github = CliRunner.Run("check", draft, "--profile", "ishinomaki", "--format", "github");
        Assert.DoesNotContain('\u202E', github.Output);
        Assert.Contains("a<U+202E>txt.exe,line=1", github.Output, StringComparison.Ordinal);
    }
}
