namespace PostLint.Cli.Tests.Commands;

/// <summary>
/// A dictionary or lexicon the user named and that cannot be used is PL0002 and exit 2, never
/// silently ignored: a typo in --dicdir would otherwise turn the content rules into surface matching.
/// </summary>
public sealed class UnusableDictionaryTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void A_dicdir_without_a_dictionary_is_PL0002()
    {
        var draft = _folder.Write("d.txt", "#PR #石巻市 牡蠣\n");
        var empty = Path.Combine(_folder.Path, "no-dic");
        Directory.CreateDirectory(empty);
        foreach (var verb in new[] { "check", "audit" })
        {
            var result = CliRunner.Run(verb, draft, "--profile", "ishinomaki", "--dicdir", empty);
            Assert.Equal(2, result.ExitCode);
            Assert.Contains("エラー PL0002", result.Error, StringComparison.Ordinal);
            Assert.Contains("--dicdir", result.Error, StringComparison.Ordinal);
            Assert.Equal(string.Empty, result.Output);
        }
    }

    [Fact]
    public void A_configured_spelling_dictionary_that_is_missing_is_PL0002_not_a_notice()
    {
        var draft = _folder.Write("d.txt", "#PR #石巻市 Ishinomaki oyster\n");
        var config = _folder.Write("postlint.json", """
            { "extends": "ishinomaki", "rules": { "PL5003": "warning" }, "spelling": { "dictionary": "./dict/missing_US" } }
            """);
        var result = CliRunner.Run("check", draft, "--config", config);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("エラー PL0002", result.Error, StringComparison.Ordinal);
        Assert.Contains("spelling.dictionary", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_lexicon_that_is_a_folder_is_PL0002_saying_so()
    {
        var draft = _folder.Write("d.txt", "#PR #石巻市 牡蠣\n");
        Directory.CreateDirectory(Path.Combine(_folder.Path, "terms"));
        var config = _folder.Write("postlint.json", """{ "extends": "ishinomaki", "lexicons": ["./terms"] }""");
        var result = CliRunner.Run("check", draft, "--config", config);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("エラー PL0002", result.Error, StringComparison.Ordinal);
        Assert.Contains("フォルダー", result.Error, StringComparison.Ordinal);
    }
}
