using PostLint.Analysis;
using PostLint.Configuration;
using PostLint.Diagnostics;
using PostLint.Rules.Spelling;
using PostLint.Spelling;
using PostLint.Rules.Tests.Verification;
using PostLint.Morphology;

namespace PostLint.Rules.Tests.Spelling;

/// <summary>PL5003 against Debian's en_US (installed by scripts/setup.sh) and a tiny dictionary written by the test.</summary>
public sealed class PL5003MisspeltWordTests : IDisposable
{
    private const string EnUs = "/usr/share/hunspell/en_US";
    private static readonly PL5003MisspeltWord Analyzer = new();
    private readonly string _directory = Directory.CreateTempSubdirectory("postlint-pl5003-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private static AnalyzerOptions WithDictionary(string path, params string[] words) =>
        RuleVerifier.Options(new ConfigurationLayer { Origin = "test", Words = [.. words] }.WithSection("spelling", SpellingJson(path)));

    private string TinyDictionary()
    {
        File.WriteAllText(Path.Combine(_directory, "tiny.aff"), "SET UTF-8\nWORDCHARS 0123456789\nTRY esianrtolcdugmphbyfvkwzESIANRTOLCDUGMPHBYFVKWZ'\nSFX S Y 1\nSFX S 0 s .\n");
        File.WriteAllText(Path.Combine(_directory, "tiny.dic"), "5\nwelcome/S\nto\nthe\ncity/S\nsea/S\n");
        return Path.Combine(_directory, "tiny");
    }

    [Fact]
    public void A_misspelt_word_is_reported_with_suggestions_as_display_fixes()
    {
        Assert.True(File.Exists(EnUs + ".dic"), "hunspell-en-us is not installed (scripts/setup.sh installs it)");
        var diagnostics = RuleVerifier.Verify(Analyzer, "[|Welcom|] to Ishinomaki! 石巻の牡蠣をどうぞ", WithDictionary(EnUs, "Ishinomaki"));
        var diagnostic = Assert.Single(diagnostics);
        Assert.Contains("「Welcom」", diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal(DiagnosticSeverity.Info, diagnostic.Severity);
        Assert.InRange(diagnostic.Fixes.Length, 1, PL5003MisspeltWord.MaxSuggestions);
        Assert.All(diagnostic.Fixes, f => Assert.Equal(FixApplicability.Display, f.Applicability));
        Assert.Equal("Welcome", diagnostic.Fixes[0].Edits[0].NewText);
    }

    [Fact]
    public void Place_names_from_the_profile_and_user_words_are_accepted()
    {
        Assert.True(File.Exists(EnUs + ".dic"), "hunspell-en-us is not installed (scripts/setup.sh installs it)");
        RuleVerifier.Verify(Analyzer, "Welcome to Ishinomaki and Onagawa! ISHINOMAKI", WithDictionary(EnUs, "Ishinomaki", "Onagawa"));
        RuleVerifier.Verify(Analyzer, "Welcome to [|Ishinomaki|]!", WithDictionary(EnUs));
    }

    [Fact]
    public void Urls_mentions_email_addresses_and_hashtags_are_not_checked()
    {
        var options = WithDictionary(TinyDictionary());
        RuleVerifier.Verify(Analyzer, "welcome https://www.exampel.com/pahth @citty_ishinomaki info@exampel.jp #Welcom", options);
        var withHashtags = RuleVerifier.Options(new ConfigurationLayer { Origin = "test" }.WithSection("spelling", SpellingJson(TinyDictionary(), ("checkHashtags", "true"))));
        RuleVerifier.Verify(Analyzer, "welcome #[|Welcom|]", withHashtags);
    }

    /// <summary>
    /// The lexer's e-mail tokens say where an address starts: all of kouhou+event@… is skipped,
    /// where the run rule of the hunspell command line stopped at the + and checked kouhou.
    /// </summary>
    [Fact]
    public void Email_addresses_are_skipped_as_the_lexer_finds_them()
    {
        var options = WithDictionary(TinyDictionary());
        RuleVerifier.Verify(Analyzer, "welcome kouhou+event@citty.exampel.jp to the city ｋｏｕｈｏｕ＋ｓｅａ＠ｃｉｔｔｙ．ｊｐ taro..@docomo.ne.jp", options);
        RuleVerifier.Verify(Analyzer, "welcome [|kouhou|]+ event@citty.jp", options);
    }

    [Fact]
    public void Full_width_letters_are_checked_after_nfkc_and_spans_point_at_the_original_text()
    {
        var options = WithDictionary(TinyDictionary());
        RuleVerifier.Verify(Analyzer, "ｗｅｌｃｏｍｅ ｔｏ the ｃｉｔｙ ｓｅａｓ [|ｓｅａｘ|]", options);
        RuleVerifier.Verify(Analyzer, "石巻へ[|Welcme|]！ seas", options);
    }

    [Theory]
    [InlineData("JR")]
    [InlineData("NHK")]
    [InlineData("SDGS")]
    [InlineData("PCs")]
    [InlineData("5G")]
    [InlineData("IPv4")]
    public void Acronyms_and_codes_are_not_spell_checked(string word)
    {
        Assert.True(PL5003MisspeltWord.IsAcronymOrCode(word));
        RuleVerifier.Verify(Analyzer, $"welcome {word} city", WithDictionary(TinyDictionary()));
    }

    [Theory]
    [InlineData("WELCOMM")]
    [InlineData("Welcom")]
    [InlineData("TOKYOO")]
    public void Longer_capitalized_words_are_still_checked(string word)
    {
        Assert.False(PL5003MisspeltWord.IsAcronymOrCode(word));
        RuleVerifier.Verify(Analyzer, $"welcome [|{word}|] city", WithDictionary(TinyDictionary()));
    }

    [Fact]
    public void Suggestions_can_be_switched_off()
    {
        var options = RuleVerifier.Options(new ConfigurationLayer { Origin = "test" }.WithSection("spelling", SpellingJson(TinyDictionary(), ("suggestions", "false"))));
        var diagnostic = Assert.Single(RuleVerifier.Verify(Analyzer, "[|welcom|] to the city", options));
        Assert.Empty(diagnostic.Fixes);
        var withSuggestions = Assert.Single(RuleVerifier.Verify(Analyzer, "[|welcom|] to the city", WithDictionary(TinyDictionary())));
        Assert.Equal("welcome", withSuggestions.Fixes[0].Edits[0].NewText);
    }

    [Fact]
    public void Without_a_dictionary_the_rule_is_off_and_pl0004_says_so_once_at_no_location()
    {
        var missing = Path.Combine(_directory, "missing", "xx_XX");
        var options = WithDictionary(missing);
        var engine = new PostAnalysisEngine([Analyzer], options, morphology: MecabMorphemeAnalyzerProvider.Shared);
        Assert.Empty(engine.Analyze("Welcom to Ishinomaki"));
        Assert.Empty(engine.Notices);
        var notice = Assert.Single(engine.RunDiagnostics);
        Assert.Equal("PL0004", notice.Id);
        Assert.Equal(DiagnosticLocation.None, notice.Location);
        Assert.Equal(DiagnosticSeverity.Info, notice.Severity);
        Assert.StartsWith("英語の綴りの辞書（Hunspell）を使えないため、PL5003 は英単語の綴りを確認しません（en_US.aff と .dic が見つかりません。探した場所: ", notice.Message, StringComparison.Ordinal);
        Assert.Contains(missing, notice.Message, StringComparison.Ordinal);

        var off = RuleVerifier.Options(new ConfigurationLayer { Origin = "test" }.WithSection("spelling", SpellingJson("none")));
        var none = Assert.Single(new PostAnalysisEngine([Analyzer], off, morphology: MecabMorphemeAnalyzerProvider.Shared).RunDiagnostics);
        Assert.Equal("英語の綴りの辞書（Hunspell）を使えないため、PL5003 は英単語の綴りを確認しません（spelling.dictionary が none です）", none.Message);

        var silenced = RuleVerifier.Options(new ConfigurationLayer { Origin = "test", Rules = System.Collections.Immutable.ImmutableDictionary<string, ReportSeverity>.Empty.Add("PL0004", ReportSeverity.None) }.WithSection("spelling", SpellingJson("none")));
        Assert.Empty(new PostAnalysisEngine([Analyzer], silenced, morphology: MecabMorphemeAnalyzerProvider.Shared).RunDiagnostics);
    }

    [Fact]
    public void The_dictionary_is_read_on_the_first_post_with_a_latin_letter_and_only_once()
    {
        var reads = 0;
        var counting = new PL5003MisspeltWord((affix, dictionary) =>
        {
            Interlocked.Increment(ref reads);
            return HunspellDictionary.Load(affix, dictionary);
        });
        var engine = new PostAnalysisEngine([counting], WithDictionary(TinyDictionary()), morphology: MecabMorphemeAnalyzerProvider.Shared);
        Assert.Equal(0, reads);

        Assert.Empty(engine.Analyze("今日は晴れです。石巻の牡蠣をどうぞ＃石巻市"));
        Assert.Equal(0, reads);

        var parallel = Enumerable.Range(0, 16).AsParallel().Select(i => engine.Analyze($"welcom to the city {i}")).ToList();
        Assert.All(parallel, diagnostics => Assert.Equal("welcom", Assert.Single(diagnostics).MessageArguments[0]));
        Assert.Equal(1, reads);
        Assert.Single(engine.Analyze("the seaz"));
        Assert.Equal(1, reads);
    }

    /// <summary>The <c>spelling</c> section (PL5003's own) naming <paramref name="dictionary"/>, with more keys as JSON values.</summary>
    private static string SpellingJson(string dictionary, params (string Key, string Json)[] more) =>
        "{\"dictionary\":" + System.Text.Json.JsonSerializer.Serialize(dictionary) + string.Concat(more.Select(static m => $",\"{m.Key}\":{m.Json}")) + "}";
}
