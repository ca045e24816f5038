namespace PostLint.Cli.Tests.Commands;

/// <summary>
/// What goes wrong around a run — a broken lexicon, a broken baseline, a dictionary folder that
/// cannot be used — is said in Japanese by default and in English with <c>--lang en</c>.
/// </summary>
public sealed class RunProblemLanguageTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void A_broken_lexicon_is_a_Japanese_PL0002_by_default_and_English_with_lang_en()
    {
        var draft = _folder.Write("d.txt", "#PR #石巻市 牡蠣\n");
        _folder.Write("terms.tsv", "@name terms\n@version 1\n@source 石巻市広報課\n@rule PL3001\n悪口\n");
        var config = _folder.Write("postlint.json", """{ "extends": "ishinomaki", "lexicons": ["./terms.tsv"] }""");

        var japanese = CliRunner.Run("check", draft, "--config", config);
        Assert.Equal(2, japanese.ExitCode);
        Assert.Contains("terms.tsv(5,1): エラー PL0002", japanese.Error, StringComparison.Ordinal);
        Assert.Contains("項目 `悪口` に match= の例がありません", japanese.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("has no match=", japanese.Error, StringComparison.Ordinal);

        var english = CliRunner.Run("check", draft, "--config", config, "--lang", "en");
        Assert.Equal(2, english.ExitCode);
        Assert.Contains("terms.tsv(5,1): error PL0002", english.Error, StringComparison.Ordinal);
        Assert.Contains("the entry '悪口' has no match= example (every entry tests itself)", english.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_lexicon_without_headers_names_each_missing_header_in_the_display_language()
    {
        var draft = _folder.Write("d.txt", "#PR #石巻市 牡蠣\n");
        _folder.Write("terms.tsv", "@colour red\n");
        var config = _folder.Write("postlint.json", """{ "extends": "ishinomaki", "lexicons": ["./terms.tsv"] }""");

        var japanese = CliRunner.Run("check", draft, "--config", config);
        Assert.Contains("`@colour` という見出しはありません", japanese.Error, StringComparison.Ordinal);
        Assert.Contains("語彙ファイルに `@name` の行がありません", japanese.Error, StringComparison.Ordinal);

        var english = CliRunner.Run("check", draft, "--config", config, "--lang", "en");
        Assert.Contains("unknown lexicon header '@colour'", english.Error, StringComparison.Ordinal);
        Assert.Contains("the lexicon has no '@source' line", english.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_broken_baseline_is_a_Japanese_error_by_default_and_English_with_lang_en()
    {
        var posts = _folder.Write("posts.jsonl", "{\"id\":\"1\",\"text\":\"#PR #石巻市 牡蠣\"}\n");
        var baseline = _folder.Write("baseline.json", "{ \"version\": 1, \"fingerprint\": \"postlint/v1\" }");

        var japanese = CliRunner.Run("audit", posts, "--profile", "ishinomaki", "--baseline", baseline);
        Assert.Equal(2, japanese.ExitCode);
        Assert.Contains("postlint: ベースラインを読めません: ", japanese.Error, StringComparison.Ordinal);
        Assert.Contains("baseline.json: ベースラインに `findings` がありません", japanese.Error, StringComparison.Ordinal);

        var english = CliRunner.Run("audit", posts, "--profile", "ishinomaki", "--baseline", baseline, "--lang", "en");
        Assert.Equal(2, english.ExitCode);
        Assert.Contains("baseline.json: the baseline has no 'findings'", english.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_baseline_that_is_not_json_says_so_with_its_line_in_the_display_language()
    {
        var posts = _folder.Write("posts.jsonl", "{\"id\":\"1\",\"text\":\"#PR #石巻市 牡蠣\"}\n");
        var baseline = _folder.Write("baseline.json", "{\n  \"version\": 1,\n  oops\n}");

        var japanese = CliRunner.Run("audit", posts, "--profile", "ishinomaki", "--baseline", baseline);
        Assert.Equal(2, japanese.ExitCode);
        Assert.Contains("baseline.json(3): ベースラインが正しい JSON ではありません: ", japanese.Error, StringComparison.Ordinal);

        var english = CliRunner.Run("audit", posts, "--profile", "ishinomaki", "--baseline", baseline, "--lang", "en");
        Assert.Contains("baseline.json(3): the baseline is not valid JSON: ", english.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_MeCab_dictionary_is_said_in_English_with_lang_en()
    {
        var draft = _folder.Write("d.txt", "#PR #石巻市 牡蠣\n");
        var empty = Path.Combine(_folder.Path, "no-dic");
        Directory.CreateDirectory(empty);

        var japanese = CliRunner.Run("check", draft, "--profile", "ishinomaki", "--dicdir", empty);
        Assert.Equal(2, japanese.ExitCode);
        Assert.Contains($"MeCab 辞書フォルダー（--dicdir / mecab.dicdir）を使えません: {empty} に sys.dic がありません", japanese.Error, StringComparison.Ordinal);

        var english = CliRunner.Run("check", draft, "--profile", "ishinomaki", "--dicdir", empty, "--lang", "en");
        Assert.Equal(2, english.ExitCode);
        Assert.Contains($"error PL0002: ", english.Error, StringComparison.Ordinal);
        Assert.Contains($"the MeCab dictionary folder (--dicdir / mecab.dicdir) cannot be used: {empty} has no sys.dic", english.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("使えません", english.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_detail_of_PL0003_is_in_the_display_language()
    {
        var draft = _folder.Write("d.txt", "#PR #石巻市 牡蠣\n");

        var japanese = CliRunner.Run("check", draft, "--profile", "ishinomaki", "--dicdir", "none");
        Assert.Contains("PL0003", japanese.Output, StringComparison.Ordinal);
        Assert.Contains("--dicdir none / mecab.dicdir: \"none\" で辞書を使わない設定です", japanese.Output, StringComparison.Ordinal);

        var english = CliRunner.Run("check", draft, "--profile", "ishinomaki", "--dicdir", "none", "--lang", "en");
        Assert.Contains("suggestion PL0003", english.Output, StringComparison.Ordinal);
        Assert.Contains("--dicdir none / mecab.dicdir: \"none\" switches the dictionary off", english.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("設定です", english.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_spelling_dictionary_is_said_in_English_with_lang_en()
    {
        var draft = _folder.Write("d.txt", "#PR #石巻市 Ishinomaki oyster\n");
        var config = _folder.Write("postlint.json", """
            { "extends": "ishinomaki", "rules": { "PL5003": "warning" }, "spelling": { "dictionary": "./dict/missing_US" } }
            """);

        var japanese = CliRunner.Run("check", draft, "--config", config);
        Assert.Contains("綴りの辞書（spelling.dictionary）を使えません: Hunspell 辞書 `en_US`（.aff と .dic）が見つかりません", japanese.Error, StringComparison.Ordinal);

        var english = CliRunner.Run("check", draft, "--config", config, "--lang", "en");
        Assert.Equal(2, english.ExitCode);
        Assert.Contains("the spelling dictionary (spelling.dictionary) cannot be used: no Hunspell dictionary 'en_US' (.aff + .dic) was found", english.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_broken_front_matter_is_said_in_English_with_lang_en()
    {
        var draft = _folder.Write("d.txt", "---\nsponsored: maybe\n---\n#PR #石巻市 牡蠣\n");

        var japanese = CliRunner.Run("check", draft, "--profile", "ishinomaki");
        Assert.Contains("sponsored は true か false で書いてください（`maybe` ではなく）", japanese.Error + japanese.Output, StringComparison.Ordinal);

        var english = CliRunner.Run("check", draft, "--profile", "ishinomaki", "--lang", "en");
        Assert.Contains("sponsored must be true or false, not 'maybe'", english.Error + english.Output, StringComparison.Ordinal);
    }
}
