using PostLint.Diagnostics;
using PostLint.Rules.Disclosure;
using PostLint.Rules.Tests.Verification;

namespace PostLint.Rules.Tests.Disclosure;

public sealed class PL1002DisclosurePairNotFirstTests
{
    private static readonly PL1002DisclosurePairNotFirst Analyzer = new();

    [Theory]
    [InlineData("#PR #広告 #石巻市 牡蠣の季節です")]
    [InlineData("#広告 #PR #石巻市 #牡蠣")]
    [InlineData("#タイアップ #石巻市 #牡蠣")]
    public void Disclosure_tags_in_a_row_are_one_group_with_the_source_tag(string text) =>
        RuleVerifier.Verify(Analyzer, text, ProfileOptions.For("ishinomaki"));

    [Theory]
    [InlineData("#牡蠣 {|PL1002:#PR|} #広告 #石巻市", "#PR #広告 #石巻市 #牡蠣")]
    [InlineData("#牡蠣 {|PL1002:#タイアップ|} #石巻市", "#タイアップ #石巻市 #牡蠣")]
    [InlineData("{|PL1002:#PR|} #牡蠣 #広告 #石巻市", "#PR #石巻市 #牡蠣 #広告")]
    public void A_group_behind_other_tags_moves_as_one(string markup, string expected) =>
        RuleVerifier.VerifyFix(Analyzer, markup, expected, options: ProfileOptions.For("ishinomaki"));

    [Fact]
    public void Guideline_example_with_another_tag_first_is_reported_on_the_disclosure_tag()
    {
        // 石巻市ガイドライン 5(1)イ 複数のハッシュタグとともに用いる場合、アは必ず先頭に記載する.
        var diagnostics = RuleVerifier.Verify(Analyzer, "#牡蠣 {|PL1002:#PR|} #石巻市", ProfileOptions.For("ishinomaki"));
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Contains("5(1)イ", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("「#PR #石巻市」", diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal(FixApplicability.Safe, Assert.Single(diagnostic.Fixes).Applicability);
    }

    [Theory]
    [InlineData("#牡蠣 {|PL1002:#PR|} #石巻市", "#PR #石巻市 #牡蠣")]
    [InlineData("牡蠣の季節です #牡蠣 #グルメ {|PL1002:#広告|} #石巻市", "牡蠣の季節です #広告 #石巻市 #牡蠣 #グルメ")]
    [InlineData("#牡蠣 {|PL1002:#PR|} #グルメ #石巻市 本文", "#PR #石巻市 #牡蠣 #グルメ 本文")]
    [InlineData("{|PL1002:#PR|} #牡蠣 #石巻市", "#PR #石巻市 #牡蠣")]
    [InlineData("{|PL1002:#PR|} #牡蠣\n#石巻市", "#PR #石巻市 #牡蠣")]
    [InlineData("本文\n#牡蠣\n{|PL1002:#PR|} #石巻市", "本文\n#PR #石巻市 #牡蠣")]
    [InlineData("#牡蠣 {|PL1002:#PR|}\n#石巻市 本文", "#PR #石巻市 #牡蠣\n本文")]
    [InlineData("#牡蠣\u3000{|PL1002:#PR|}\u3000#石巻市", "#PR #石巻市 #牡蠣")]
    [InlineData("#牡蠣 {|PL1002:＃ＰＲ|} #石巻市", "＃ＰＲ #石巻市 #牡蠣")]
    [InlineData("秋の #牡蠣 まつり {|PL1002:#PR|} #石巻市\n会場は石巻です", "秋の #PR #石巻市 #牡蠣 まつり\n会場は石巻です")]
    public void Fix_moves_the_pair_to_the_head_of_the_hashtags(string markup, string expected) =>
        RuleVerifier.VerifyFix(Analyzer, markup, expected);

    [Theory]
    [InlineData("#PR #石巻市")]
    [InlineData("#PR #石巻市 #牡蠣")]
    [InlineData("牡蠣が美味しい季節です #PR #石巻市 #牡蠣")]
    [InlineData("#PR 牡蠣の季節 #石巻市")]
    [InlineData("#牡蠣 #石巻市")]
    [InlineData("#牡蠣 #PR")]
    [InlineData("")]
    [InlineData("牡蠣の季節です")]
    public void Posts_with_the_pair_first_or_without_a_pair_are_clean(string text) => RuleVerifier.Verify(Analyzer, text);

    [Theory]
    [InlineData("#石巻市 #PR")]
    [InlineData("#牡蠣 #石巻市 #PR")]
    public void Source_before_disclosure_is_left_to_PL1001(string text) => RuleVerifier.Verify(Analyzer, text);

    [Theory]
    [InlineData("#牡蠣 {|PL1002:#PR|}", "#PR #牡蠣")]
    [InlineData("本文 #牡蠣 #グルメ {|PL1002:#宣伝|} #石巻市", "本文 #宣伝 #牡蠣 #グルメ #石巻市")]
    public void Without_source_tags_the_disclosure_tag_must_be_the_first_hashtag(string markup, string expected) =>
        RuleVerifier.VerifyFix(Analyzer, markup, expected, options: RuleVerifier.NoSourceTags);

    [Theory]
    [InlineData("#PR #牡蠣")]
    [InlineData("本文 #広告 #牡蠣 #石巻市")]
    public void Without_source_tags_a_leading_disclosure_tag_is_clean(string text) =>
        RuleVerifier.Verify(Analyzer, text, RuleVerifier.NoSourceTags);

    [Fact]
    public void Only_the_first_disclosure_tag_is_judged()
    {
        RuleVerifier.Verify(Analyzer, "#PR #石巻市 #牡蠣 #広告");
    }
}
