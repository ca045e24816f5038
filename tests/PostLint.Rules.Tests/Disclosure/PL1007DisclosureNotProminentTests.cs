using PostLint.Diagnostics;
using PostLint.Rules.Disclosure;
using PostLint.Rules.Tests.Verification;

namespace PostLint.Rules.Tests.Disclosure;

public sealed class PL1007DisclosureNotProminentTests
{
    private static readonly PL1007DisclosureNotProminent Analyzer = new();

    private const string Family = "\U0001F468\u200D\U0001F469\u200D\U0001F467\u200D\U0001F466";

    [Fact]
    public void Disclosure_on_the_last_line_is_moved_to_the_start_by_a_safe_fix()
    {
        const string markup = "牡蠣の季節です。\n金華山へ行こう\n{|PL1007:#PR|} #石巻市";
        var diagnostic = Assert.Single(RuleVerifier.Verify(Analyzer, markup));
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Contains("「#PR」", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("1行目にありません", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("ステマ告示 運用基準", diagnostic.Message, StringComparison.Ordinal);
        var fix = Assert.Single(diagnostic.Fixes);
        Assert.Equal(FixApplicability.Safe, fix.Applicability);
        Assert.Equal("「#PR #石巻市」を投稿の冒頭に移動する", fix.Title);
        RuleVerifier.VerifyFix(Analyzer, markup, "#PR #石巻市\n牡蠣の季節です。\n金華山へ行こう");
    }

    [Fact]
    public void A_disclosure_written_into_a_sentence_gets_advice_saying_why_it_is_not_moved()
    {
        var diagnostic = Assert.Single(RuleVerifier.Verify(Analyzer, "牡蠣の季節です。\n金華山へ行こう。{|PL1007:【PR】石巻市|}の依頼です"));
        var fix = Assert.Single(diagnostic.Fixes);
        Assert.Equal(FixApplicability.Display, fix.Applicability);
        Assert.Contains("自動では移動できません", fix.Title, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("#PR #石巻市 牡蠣の季節です")]
    [InlineData("牡蠣の季節です #PR #石巻市\n金華山へ行こう")]
    [InlineData("\n\n  #PR #石巻市\n牡蠣の季節です")]
    [InlineData("【PR】石巻市\n牡蠣の季節です")]
    [InlineData("石巻市のPR案件としての投稿です。\n牡蠣の季節です")]
    [InlineData("#PR #石巻市 牡蠣の季節です\n石巻市のPR案件としての投稿です。")]
    [InlineData("牡蠣の季節です\n#石巻市")]
    [InlineData("牡蠣の季節です")]
    [InlineData("")]
    public void Disclosure_at_the_head_or_no_disclosure_is_clean(string text) => RuleVerifier.Verify(Analyzer, text);

    [Theory]
    [InlineData("牡蠣の季節です\n{|PL1007:石巻市のPR案件|}としての投稿です。")]
    [InlineData("牡蠣の季節です\n{|PL1007:【PR】石巻市|}")]
    [InlineData("牡蠣の季節です\n{|PL1007:【広告】|}")]
    [InlineData("牡蠣の季節です\n{|PL1007:#石巻市PR|}")]
    [InlineData("牡蠣の季節です\n{|PL1007:#ＰＲ|} #石巻市\n石巻市のPR案件としての投稿です。")]
    public void Every_form_of_disclosure_is_judged_by_the_first_one(string markup) => RuleVerifier.Verify(Analyzer, markup);

    [Fact]
    public void Blank_before_the_first_word_does_not_make_a_disclosure_late()
    {
        // Measured from the first thing written: a disclosure that comes first is never moved onto itself.
        RuleVerifier.Verify(Analyzer, "\n\n" + new string(' ', 400) + "#PR #石巻市 牡蠣の季節です");
        RuleVerifier.Verify(Analyzer, new string(' ', 400) + "【PR】石巻市\n牡蠣の季節です");
        var late = new string(' ', 400) + "牡蠣" + new string('。', 99) + "{|PL1007:#PR|} #石巻市";
        var diagnostic = Assert.Single(RuleVerifier.Verify(Analyzer, late));
        Assert.Contains("より後ろにあります", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Disclosure_starting_at_100_weighted_characters_is_late()
    {
        // 49 kanji and 、 weigh 100: the tag starts after the first 100 weighted characters.
        var diagnostic = Assert.Single(RuleVerifier.Verify(Analyzer, new string('牡', 49) + "、{|PL1007:#PR|} #石巻市"));
        Assert.Contains("先頭から全角50文字（半角100文字）より後ろ", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Disclosure_within_the_first_100_weighted_characters_is_clean()
    {
        // 49 kanji and a space weigh 99.
        RuleVerifier.Verify(Analyzer, new string('牡', 49) + " #PR #石巻市");

        // 99 ASCII characters weigh 99.
        RuleVerifier.Verify(Analyzer, new string('a', 98) + " #PR #石巻市");
    }

    [Fact]
    public void Urls_weigh_23_however_long_they_are()
    {
        // Four short URLs and their spaces weigh 4 × 23 + 4 = 96; five weigh 120, though they are only 45 characters.
        RuleVerifier.Verify(Analyzer, string.Concat(Enumerable.Repeat("t.co/abc ", 4)) + "#PR #石巻市");
        RuleVerifier.Verify(Analyzer, string.Concat(Enumerable.Repeat("t.co/abc ", 5)) + "{|PL1007:#PR|} #石巻市");
    }

    [Fact]
    public void Emoji_sequences_weigh_2_however_many_code_units_they_have()
    {
        // 49 family emoji (539 UTF-16 units) and a space weigh 99; 50 weigh 100.
        RuleVerifier.Verify(Analyzer, string.Concat(Enumerable.Repeat(Family, 49)) + " #PR #石巻市");
        RuleVerifier.Verify(Analyzer, string.Concat(Enumerable.Repeat(Family, 50)) + "{|PL1007:#PR|} #石巻市");
    }

    [Fact]
    public void Disclosure_tag_behind_more_than_three_hashtags_is_buried()
    {
        var diagnostic = Assert.Single(RuleVerifier.Verify(Analyzer, "#牡蠣 #グルメ #宮城 #旅行 {|PL1007:#PR|} #石巻市"));
        Assert.Contains("4個のハッシュタグの後ろに埋もれています", diagnostic.Message, StringComparison.Ordinal);
        RuleVerifier.Verify(Analyzer, "#牡蠣 #グルメ #宮城 #PR #石巻市");
    }

    [Fact]
    public void Every_reason_is_named()
    {
        var diagnostic = Assert.Single(RuleVerifier.Verify(Analyzer, new string('牡', 60) + "\n#a #b #c #d {|PL1007:#PR|}"));
        Assert.Contains("1行目にありません、先頭から全角50文字（半角100文字）より後ろにあります、4個のハッシュタグの後ろに埋もれています", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_source_tags_marks_and_tags_are_judged_too()
    {
        RuleVerifier.Verify(Analyzer, "牡蠣の季節です\n{|PL1007:【PR】|}", RuleVerifier.NoSourceTags);
        RuleVerifier.Verify(Analyzer, "牡蠣の季節です\n{|PL1007:#PR|}", RuleVerifier.NoSourceTags);
        RuleVerifier.Verify(Analyzer, "【PR】牡蠣の季節です", RuleVerifier.NoSourceTags);
    }

    [Theory]
    [InlineData("", 0)]
    [InlineData("abc", 3)]
    [InlineData("石巻市", 6)]
    [InlineData("ｱｲｳ", 6)]
    [InlineData("é—“", 3)]
    [InlineData("https://www.city.ishinomaki.lg.jp/ a", 25)]
    [InlineData("\U0001F1EF\U0001F1F5", 2)]
    [InlineData("\U00020021", 2)]
    public void Weighted_prefix_follows_twitter_text_v3(string text, int expected)
    {
        var syntax = Syntax.PostSyntax.Parse(text);
        Assert.Equal(expected, PL1007DisclosureNotProminent.WeightedLengthBefore(syntax, text.Length, int.MaxValue / 200));
        Assert.Equal(Syntax.WeightedLength.Compute(text).WeightedLength, expected);
    }
}
