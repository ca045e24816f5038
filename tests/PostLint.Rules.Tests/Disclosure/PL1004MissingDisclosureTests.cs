using PostLint.Configuration;
using PostLint.Diagnostics;
using PostLint.Rules.Disclosure;
using PostLint.Rules.Tests.Verification;
using PostLint.Model;

namespace PostLint.Rules.Tests.Disclosure;

public sealed class PL1004MissingDisclosureTests
{
    private static readonly PL1004MissingDisclosure Analyzer = new();

    private static Post Sponsored(Post post) => post with { Sponsored = true };

    [Theory]
    [InlineData("石巻市のプロモーションに参加しています。")]
    [InlineData("石巻市のPR案件としての投稿です。")]
    [InlineData("石巻市の広告制作を担当しています。")]
    [InlineData("【PR】石巻市")]
    [InlineData("【広告】石巻市")]
    public void The_five_statement_forms_of_the_guideline_satisfy_the_rule(string statement)
    {
        // 石巻市ガイドライン 5(2) 例, verbatim, alone and in a post.
        RuleVerifier.Verify(Analyzer, statement, configurePost: Sponsored);
        RuleVerifier.Verify(Analyzer, statement + "\n金華山の絶景をご紹介します。", configurePost: Sponsored);
        RuleVerifier.Verify(Analyzer, "金華山の絶景をご紹介します。\n" + statement, configurePost: Sponsored);
    }

    [Theory]
    [InlineData("石巻市から委託を受けて投稿しています。")]
    [InlineData("石巻市とのタイアップ投稿です。")]
    [InlineData("石巻市PR大使として投稿しています。")]
    [InlineData("石巻市のＰＲ大使です！")]
    [InlineData("この投稿は石巻市からの依頼による投稿です。")]
    public void Statements_that_name_the_source_and_a_concrete_relationship_satisfy_the_rule(string statement)
    {
        // 石巻市ガイドライン 5(2): 具体的な関係の内容を明瞭に記載する; its five sentences are examples.
        RuleVerifier.Verify(Analyzer, statement, ProfileOptions.For("ishinomaki"), Sponsored);
        RuleVerifier.Verify(Analyzer, "金華山の絶景をご紹介します。\n" + statement, ProfileOptions.For("ishinomaki"), Sponsored);
    }

    [Theory]
    [InlineData("{|PL1004:石巻市の広告を見ました。|}\n牡蠣の季節です")]
    [InlineData("牡蠣の季節です。{|PL1004:石巻市の協力で開催します。|}")]
    [InlineData("{|PL1004:石巻市のPR|}")]
    public void A_sentence_with_the_source_and_only_a_weak_cue_is_a_suggestion(string markup)
    {
        var diagnostic = Assert.Single(RuleVerifier.Verify(Analyzer, markup, ProfileOptions.For("ishinomaki"), Sponsored));
        Assert.Equal(DiagnosticSeverity.Info, diagnostic.Severity);
        Assert.Contains("判断できません", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("「石巻市から委託を受けて投稿しています」", diagnostic.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("#タイアップ #石巻市 牡蠣の季節です")]
    [InlineData("#提供 #石巻市 牡蠣の季節です")]
    [InlineData("#協賛 #石巻市 牡蠣の季節です")]
    public void Under_ishinomaki_other_relation_tags_disclose(string text) =>
        RuleVerifier.Verify(Analyzer, text, ProfileOptions.For("ishinomaki"), Sponsored);

    [Fact]
    public void Configured_extra_disclosure_tags_disclose()
    {
        var options = RuleVerifier.Options(new ConfigurationLayer { Origin = "test", SourceTags = ["石巻市"] }.WithSection("disclosure", """{ "extraDisclosureTags": ["PR大使"] }"""));
        RuleVerifier.Verify(Analyzer, "#PR大使 #石巻市 牡蠣の季節です", options, Sponsored);
    }

    [Fact]
    public void Under_joetsu_a_relation_tag_the_profile_does_not_accept_is_one_finding_on_the_tag()
    {
        var options = ProfileOptions.For("joetsu");
        var diagnostic = Assert.Single(RuleVerifier.Verify(Analyzer, "{|PL1004:#タイアップ|} #上越市 笹団子の季節です", options, Sponsored));
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.StartsWith("依頼を受けた投稿ですが、「#タイアップ」は関係タグとして認められている語ではありません。", diagnostic.Message, StringComparison.Ordinal);
        RuleVerifier.VerifyFix(Analyzer, "{|PL1004:#タイアップ|} #上越市 笹団子の季節です", "#PR #上越市 笹団子の季節です", includeUnsafe: true, options: options, configurePost: Sponsored);
        RuleVerifier.VerifyFix(Analyzer, "{|PL1004:#タイアップ|} 笹団子の季節です", "#PR #上越市 笹団子の季節です", includeUnsafe: true, options: options, configurePost: Sponsored);
    }

    [Theory]
    [InlineData("#PR #石巻市 牡蠣の季節です")]
    [InlineData("牡蠣の季節です #石巻市 #PR")]
    [InlineData("#PR 牡蠣の季節です")]
    [InlineData("#石巻市PR 牡蠣の季節です")]
    [InlineData("＃ＰＲ #石巻市")]
    [InlineData("石巻市のＰＲ案件です")]
    [InlineData("【PR】 石巻市 牡蠣の季節です")]
    [InlineData("【PR】#石巻市 牡蠣の季節です")]
    [InlineData("石巻市#PR 牡蠣の季節です")]
    public void Sponsored_posts_with_a_disclosure_are_clean(string text) =>
        RuleVerifier.Verify(Analyzer, text, configurePost: Sponsored);

    [Fact]
    public void Sponsored_post_without_disclosure_is_reported_on_its_first_line()
    {
        var diagnostic = Assert.Single(RuleVerifier.Verify(Analyzer, "{|PL1004:牡蠣の季節です。|}\n金華山へ行こう", ProfileOptions.For("ishinomaki"), Sponsored));
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Contains("「#PR #石巻市」", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("「【PR】石巻市」", diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal(FixApplicability.Unsafe, Assert.Single(diagnostic.Fixes).Applicability);
    }

    [Theory]
    [InlineData("{|PL1004:牡蠣が美味しい季節です|}")]
    [InlineData("\n\n  {|PL1004:牡蠣が美味しい季節です|}  \n続き")]
    [InlineData("{|PL1004:【PR】 牡蠣の季節です|}")]
    [InlineData("{|PL1004:石巻市の広告を見ました|}")]
    [InlineData("{|PL1004:石巻市のPR|}")]
    [InlineData("{|PL1004:#タイアップ|} #石巻市")]
    [InlineData("{|PL1004:#PR石巻|}")]
    public void Sponsored_posts_without_an_accepted_disclosure_are_reported(string markup) =>
        RuleVerifier.Verify(Analyzer, markup, configurePost: Sponsored);

    [Theory]
    [InlineData("{|PL1004:牡蠣の季節です|}", "#PR #石巻市 牡蠣の季節です")]
    [InlineData("{|PL1004:牡蠣の季節です #石巻市|}", "#PR #石巻市 牡蠣の季節です")]
    [InlineData("{|PL1004:牡蠣の季節です #石巻市 #牡蠣|}", "#PR #石巻市 牡蠣の季節です #牡蠣")]
    [InlineData("{|PL1004:#石巻市 牡蠣の季節です|}", "#PR #石巻市 牡蠣の季節です")]
    [InlineData("{|PL1004:#石巻市|}", "#PR #石巻市")]
    public void Unsafe_fix_inserts_the_pair_at_the_head(string markup, string expected) =>
        RuleVerifier.VerifyFix(Analyzer, markup, expected, includeUnsafe: true, configurePost: Sponsored);

    [Fact]
    public void Safe_fixing_leaves_the_post_alone() =>
        RuleVerifier.VerifyFix(Analyzer, "{|PL1004:牡蠣の季節です|}", "牡蠣の季節です", configurePost: Sponsored);

    [Theory]
    [InlineData("牡蠣の季節です")]
    [InlineData("")]
    public void Posts_that_are_not_sponsored_are_not_checked(string text) => RuleVerifier.Verify(Analyzer, text);

    [Fact]
    public void Disclosure_required_in_configuration_makes_every_post_sponsored()
    {
        var options = RuleVerifier.Options(new ConfigurationLayer { Origin = "test", SourceTags = ["石巻市"], DisclosureRequired = true });
        RuleVerifier.Verify(Analyzer, "{|PL1004:牡蠣の季節です|}", options);
        RuleVerifier.Verify(Analyzer, "#PR #石巻市 牡蠣の季節です", options);
    }

    [Theory]
    [InlineData("【PR】牡蠣の季節です")]
    [InlineData("#広告 牡蠣の季節です")]
    [InlineData("観光協会のプロモーションに参加しています")]
    public void Without_source_tags_a_mark_tag_or_named_statement_is_enough(string text) =>
        RuleVerifier.Verify(Analyzer, text, RuleVerifier.NoSourceTags, Sponsored);

    [Fact]
    public void Without_source_tags_the_fix_inserts_the_disclosure_tag_alone() =>
        RuleVerifier.VerifyFix(Analyzer, "{|PL1004:牡蠣の季節です|}", "#PR 牡蠣の季節です", includeUnsafe: true, options: RuleVerifier.NoSourceTags, configurePost: Sponsored);

    [Theory]
    [InlineData("【PR】ISHINOMAKI")]
    [InlineData("ishinomakiのＰＲ案件です")]
    public void Latin_source_names_are_found_ignoring_case(string text)
    {
        var options = RuleVerifier.Options(new ConfigurationLayer { Origin = "test", SourceTags = ["Ishinomaki"] });
        RuleVerifier.Verify(Analyzer, text, options, Sponsored);
        RuleVerifier.Verify(Analyzer, "{|PL1004:IshinomakiのPR|}", options, Sponsored);
    }

    [Fact]
    public void Post_of_only_spaces_is_reported_at_the_start() =>
        RuleVerifier.Verify(Analyzer, "{|PL1004:|}  \n ", configurePost: Sponsored);
}
