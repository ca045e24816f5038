using PostLint.Diagnostics;
using PostLint.Rules.Privacy;
using PostLint.Rules.Tests.Verification;

namespace PostLint.Rules.Tests.Privacy;

public sealed class PL4002InvisibleCharacterTests
{
    private static readonly PL4002InvisibleCharacter Analyzer = new();

    // The emoji of the make-corpus sample posts.
    private const string CorpusEmoji = "🌸 🎉 👨‍👩‍👧 ❤️ 👍🏻 🇯🇵";

    [Theory]
    [InlineData("石巻{|PL4002:\u200B|}市")]
    [InlineData("#PR{|PL4002:\u200B|} #石巻市")]
    [InlineData("{|PL4002:\uFEFF|}牡蠣まつり")]
    [InlineData("牡蠣{|PL4002:\u00AD|}まつり")]
    [InlineData("abc{|PL4002:\u202E|}cba{|PL4002:\u202C|}")]
    [InlineData("{|PL4002:\u2066|}石巻{|PL4002:\u2069|}")]
    [InlineData("A{|PL4002:\u200E|} B{|PL4002:\u200F|}")]
    [InlineData("ゼロ幅{|PL4002:\u200C|}非接合子と{|PL4002:\u200D|}接合子")]
    public void Each_listed_character_is_reported(string markup) => RuleVerifier.Verify(Analyzer, markup);

    [Fact]
    public void A_run_of_characters_is_one_finding_naming_each_character_once()
    {
        var diagnostic = Assert.Single(RuleVerifier.Verify(Analyzer, "牡蠣{|PL4002:\u200B\u200B\u202E\u200B|}まつり"));
        Assert.Contains("U+200B（ZERO WIDTH SPACE）", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("U+202E（RIGHT-TO-LEFT OVERRIDE）", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("（4文字）", diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal(1, CountOccurrences(diagnostic.Message, "U+200B"));
    }

    [Fact]
    public void A_run_across_a_token_boundary_is_still_one_finding()
    {
        // X keeps a trailing ZWNJ in the hashtag; the ZWSP after it is text. One run, one finding.
        RuleVerifier.Verify(Analyzer, "#می{|PL4002:\u200C\u200B|} です");
    }

    [Theory]
    [InlineData(CorpusEmoji)]
    [InlineData("家族で参加 👨‍👩‍👧 #PR #石巻市")]
    [InlineData("👩‍❤️‍👨 🏳️‍🌈 🧑🏻‍🤝‍🧑🏽 👁️‍🗨️")]
    [InlineData("桜🌸が満開")]
    [InlineData("https://👨‍👩‍👧.jp/ と https://www.city.ishinomaki.lg.jp/")]
    [InlineData("牡蠣まつり　開催！ #PR #石巻市 https://www.city.ishinomaki.lg.jp/")]
    [InlineData("")]
    public void Emoji_sequences_and_ordinary_text_are_clean(string text) => RuleVerifier.Verify(Analyzer, text);

    [Fact]
    public void Invisible_characters_next_to_emoji_are_still_reported() =>
        RuleVerifier.Verify(Analyzer, "🌸{|PL4002:\u200B|}🎉 👨‍👩‍👧{|PL4002:\u200E|} 🌸{|PL4002:\u200D|}あ い{|PL4002:\u200D|}🌸 {|PL4002:\u200D|}🎉");

    [Theory]
    [InlineData("🌸\u200D🎉")]
    [InlineData("🐻\u200D❄️ と 🏃\u200D➡️")]
    public void A_joiner_between_two_emoji_is_an_emoji_sequence_even_when_not_a_recommended_one(string text) =>
        RuleVerifier.Verify(Analyzer, text);

    [Theory]
    [InlineData("#می\u200Cخواهم")]
    [InlineData("#क्\u200Dष")]
    public void Joiners_shaping_the_letters_of_a_hashtag_are_kept(string text) => RuleVerifier.Verify(Analyzer, text);

    [Theory]
    [InlineData("#PR{|PL4002:\u200D|} #石巻市")]
    [InlineData("#石巻{|PL4002:\u200C|}市")]
    [InlineData("#P{|PL4002:\u200D|}R")]
    public void Joiners_that_only_make_a_latin_or_japanese_hashtag_different_are_reported(string markup) =>
        RuleVerifier.Verify(Analyzer, markup);

    [Theory]
    [InlineData("石巻{|PL4002:\u200B|}市", "石巻市")]
    [InlineData("{|PL4002:\uFEFF|}#PR{|PL4002:\u200B\u200B|} #石巻市{|PL4002:\u202E|}", "#PR #石巻市")]
    [InlineData("家族 👨‍👩‍👧{|PL4002:\u200B|} 🇯🇵", "家族 👨‍👩‍👧 🇯🇵")]
    public void Safe_fix_removes_the_run_and_keeps_emoji_intact(string markup, string expected) =>
        RuleVerifier.VerifyFix(Analyzer, markup, expected);

    [Fact]
    public void Fix_is_safe_and_names_the_character()
    {
        var diagnostics = RuleVerifier.Verify(Analyzer, "石巻{|PL4002:\u200B|}市", ProfileOptions.For("ishinomaki"));
        var fix = RuleVerifier.SingleFix(diagnostics, FixApplicability.Safe);
        Assert.Equal("U+200B（ZERO WIDTH SPACE） を削除する", fix.Title);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostics[0].Severity);
        Assert.Contains("石巻市ガイドライン 4(4)", diagnostics[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Data_file_lists_exactly_the_specified_characters()
    {
        var expected = new List<char> { '\u00AD', '\uFEFF' };
        for (var c = '\u200B'; c <= '\u200F'; c++)
        {
            expected.Add(c);
        }

        for (var c = '\u202A'; c <= '\u202E'; c++)
        {
            expected.Add(c);
        }

        for (var c = '\u2066'; c <= '\u2069'; c++)
        {
            expected.Add(c);
        }

        var list = InvisibleCharacters.Instance;
        Assert.Equal(expected.Count, list.Count);
        Assert.All(expected, c => Assert.True(list.Contains(c), $"U+{(int)c:X4} missing"));
        for (var c = 0; c <= char.MaxValue; c++)
        {
            Assert.Equal(expected.Contains((char)c), list.Contains((char)c));
        }
    }

    private static int CountOccurrences(string text, string value)
    {
        var count = 0;
        for (var i = text.IndexOf(value, StringComparison.Ordinal); i >= 0; i = text.IndexOf(value, i + 1, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
