namespace PostLint.Cli.Tests.Commands;

/// <summary>
/// What a contractor or a 広報 officer meets on a first day — a mistyped profile, a hand-edited
/// postlint.json with a missing comma, a baseline that is not there — reads Japanese by default,
/// with no English words from PostLint or from .NET, and English with --lang en (issue 13, item 7).
/// </summary>
public sealed class PersonaLanguageTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private string In(string name) => Path.Combine(_folder.Path, name);

    private static void AssertNoEnglishSentence(string text) =>
        Assert.DoesNotMatch("[A-Za-z]{3,} [a-z]{2,} [a-z]{2,}", text);

    [Fact]
    public void An_unknown_profile_on_the_command_line_is_located_in_words_of_the_run()
    {
        File.WriteAllText(In("d.txt"), "こんにちは");
        var japanese = CliRunner.Run("check", In("d.txt"), "--profile", "tokyo");
        Assert.Equal(2, japanese.ExitCode);
        Assert.StartsWith("コマンドライン: エラー PL0002: ", japanese.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("command line", japanese.Error, StringComparison.Ordinal);

        var english = CliRunner.Run("check", In("d.txt"), "--profile", "tokyo", "--lang", "en");
        Assert.StartsWith("command line: error PL0002: ", english.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_configuration_with_a_missing_comma_is_explained_in_japanese()
    {
        File.WriteAllText(In("d.txt"), "こんにちは");
        File.WriteAllText(In("postlint.json"), "{\n  \"extends\": \"ishinomaki\"\n  \"platform\": \"x\"\n}\n");
        var japanese = CliRunner.Run("check", In("d.txt"), "--config", In("postlint.json"));
        Assert.Equal(2, japanese.ExitCode);
        Assert.Contains("(3,3): エラー PL0002: 設定に問題があります: JSON として正しく書かれていません（値のあとに '\"' があります。", japanese.Error, StringComparison.Ordinal);
        AssertNoEnglishSentence(japanese.Error);

        var english = CliRunner.Run("check", In("d.txt"), "--config", In("postlint.json"), "--lang", "en");
        Assert.Contains("not valid JSON: '\"' follows a value where a comma or a closing bracket was expected", english.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_baseline_is_said_in_words_not_in_dotnet_english()
    {
        File.WriteAllText(In("posts.jsonl"), "{\"id\":\"1\",\"text\":\"こんにちは\"}\n");
        var japanese = CliRunner.Run("audit", In("posts.jsonl"), "--baseline", In("nothere.json"));
        Assert.Equal(2, japanese.ExitCode);
        Assert.Contains($"ベースラインを読めません: {In("nothere.json")}: 見つかりません", japanese.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Could not find", japanese.Error, StringComparison.Ordinal);

        var english = CliRunner.Run("audit", In("posts.jsonl"), "--baseline", In("nothere.json"), "--lang", "en");
        Assert.Contains($"{In("nothere.json")}: not found", english.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_recommended_profile_has_a_japanese_title()
    {
        var result = CliRunner.Run("rules", "--profile", "recommended");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("PostLint の推奨設定（ステマ告示・WOMJ・各プラットフォームの上限）", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("platform limits", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void GitHub_annotations_carry_the_rule_title_in_the_run_language()
    {
        File.WriteAllText(In("d.txt"), "#石巻市 #PR\n牡蠣小屋がオープンしました");
        var japanese = CliRunner.Run("check", In("d.txt"), "--profile", "ishinomaki", "--format", "github");
        Assert.Contains("title=PL1001 情報元タグが関係タグより前にある::PL1001 ", japanese.Output, StringComparison.Ordinal);

        var english = CliRunner.Run("check", In("d.txt"), "--profile", "ishinomaki", "--format", "github", "--lang", "en");
        Assert.Contains("title=PL1001 Source tag before disclosure tag::PL1001 ", english.Output, StringComparison.Ordinal);
    }
}
