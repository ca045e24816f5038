using PostLint.Diagnostics;
using PostLint.Rules.Disclosure;
using PostLint.Rules.Tests.Verification;
using PostLint.Text;

namespace PostLint.Rules.Tests.Disclosure;

public sealed class PL1008NonCanonicalDisclosureTagTests
{
    private static readonly PL1008NonCanonicalDisclosureTag Analyzer = new();

    [Fact]
    public void Under_ishinomaki_a_relation_tag_discloses_but_a_standard_word_is_still_suggested()
    {
        var diagnostic = Assert.Single(RuleVerifier.Verify(Analyzer, "{|PL1008:#タイアップ|} #石巻市", ProfileOptions.For("ishinomaki"), p => p with { Sponsored = true }));
        Assert.Equal(DiagnosticSeverity.Info, diagnostic.Severity);
        Assert.StartsWith("「#タイアップ」は関係性の明示になりますが、標準の関係タグではありません。#PR、#プロモーション、#宣伝、#広告 のいずれかと記載してください（WOMJガイドライン 2023）", diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal(FixApplicability.Display, Assert.Single(diagnostic.Fixes).Applicability);
    }

    [Fact]
    public void A_tag_that_PL1004_reports_is_not_reported_again()
    {
        // joetsu accepts no relation tags: PL1004 reports #タイアップ on a sponsored post, PL1008 only on other posts.
        var options = ProfileOptions.For("joetsu");
        RuleVerifier.Verify(Analyzer, "#タイアップ #上越市", options, p => p with { Sponsored = true });
        RuleVerifier.Verify(Analyzer, "{|PL1008:#タイアップ|} #上越市", options);
        RuleVerifier.Verify(Analyzer, "#PR #上越市 {|PL1008:#タイアップ|}", options, p => p with { Sponsored = true });
    }

    [Theory]
    [InlineData("{|PL1008:#pr|} #石巻市", "#PR #石巻市")]
    [InlineData("{|PL1008:#Pr|} #石巻市", "#PR #石巻市")]
    [InlineData("{|PL1008:#ＰＲ|} #石巻市", "#PR #石巻市")]
    [InlineData("{|PL1008:＃PR|} #石巻市", "#PR #石巻市")]
    [InlineData("{|PL1008:＃ｐｒ|} #石巻市", "#PR #石巻市")]
    [InlineData("{|PL1008:#ﾌﾟﾛﾓｰｼｮﾝ|} #石巻市", "#プロモーション #石巻市")]
    [InlineData("{|PL1008:＃広告|} #石巻市", "#広告 #石巻市")]
    [InlineData("牡蠣 {|PL1008:#pr|} {|PL1008:＃宣伝|}", "牡蠣 #PR #宣伝")]
    [InlineData("{|PL1008:#PR　#石巻市|} 牡蠣", "#PR #石巻市 牡蠣")]
    [InlineData("{|PL1008:＃ＰＲ|}　{|PL1008:＃石巻市|}", "#PR #石巻市")]
    [InlineData("#PR {|PL1008:＃石巻市|}", "#PR #石巻市")]
    [InlineData("#PR #広告 {|PL1008:＃石巻市|}", "#PR #広告 #石巻市")]
    public void Width_case_and_sign_are_fixed_safely_to_the_canonical_tag(string markup, string expected) =>
        RuleVerifier.VerifyFix(Analyzer, markup, expected);

    [Theory]
    [InlineData("牡蠣 ＃石巻市")]
    [InlineData("＃石巻市 の牡蠣")]
    [InlineData("#PR　牡蠣")]
    [InlineData("#PR #石巻市　#牡蠣")]
    public void Source_tags_and_spaces_outside_the_disclosure_pair_are_left_alone(string text) =>
        RuleVerifier.Verify(Analyzer, text);

    [Fact]
    public void Width_variant_message_names_the_canonical_tag()
    {
        var diagnostic = Assert.Single(RuleVerifier.Verify(Analyzer, "{|PL1008:#ＰＲ|}"));
        Assert.Equal(DiagnosticSeverity.Info, diagnostic.Severity);
        Assert.Contains("「#ＰＲ」", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("「#PR」", diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal(FixApplicability.Safe, Assert.Single(diagnostic.Fixes).Applicability);
    }

    [Theory]
    [InlineData("#タイアップ")]
    [InlineData("#提供")]
    [InlineData("#sponsored")]
    [InlineData("#Sponsored")]
    [InlineData("#ad")]
    [InlineData("#ＡＤ")]
    [InlineData("#spon")]
    [InlineData("#協賛")]
    public void Words_that_are_not_accepted_get_a_display_fix_suggesting_PR(string tag)
    {
        var diagnostic = Assert.Single(RuleVerifier.Verify(Analyzer, "牡蠣 {|PL1008:" + tag + "|} #石巻市"));
        Assert.Contains("認められている語ではありません", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("#PR、#プロモーション、#宣伝、#広告", diagnostic.Message, StringComparison.Ordinal);
        var fix = Assert.Single(diagnostic.Fixes);
        Assert.Equal(FixApplicability.Display, fix.Applicability);
        var edit = Assert.Single(fix.Edits);
        Assert.Equal(new TextSpan(3, tag.Length), edit.Span);
        Assert.Equal("#PR", edit.NewText);

        // Display fixes are shown, never applied.
        RuleVerifier.VerifyFix(Analyzer, "牡蠣 {|PL1008:" + tag + "|} #石巻市", "牡蠣 " + tag + " #石巻市", includeUnsafe: true);
    }

    [Theory]
    [InlineData("#PR #石巻市")]
    [InlineData("#プロモーション #宣伝 #広告")]
    [InlineData("#牡蠣 #adventure #提供元")]
    [InlineData("")]
    public void Canonical_and_unrelated_tags_are_clean(string text) => RuleVerifier.Verify(Analyzer, text);

    [Fact]
    public void Configured_extra_disclosure_words_are_accepted()
    {
        var options = RuleVerifier.Options(new Configuration.ConfigurationLayer { Origin = "test", SourceTags = ["石巻市"] }.WithSection("disclosure", """{ "extraDisclosureTags": ["タイアップ"] }"""));
        RuleVerifier.Verify(Analyzer, "#タイアップ #石巻市", options);
        RuleVerifier.VerifyFix(Analyzer, "{|PL1008:#ﾀｲｱｯﾌﾟ|} #石巻市", "#タイアップ #石巻市", options: options);
    }
}
