using PostLint.Diagnostics;
using PostLint.Rules.Disclosure;
using PostLint.Rules.Tests.Verification;

namespace PostLint.Rules.Tests.Disclosure;

public sealed class PL1003FusedDisclosureTagTests
{
    private static readonly PL1003FusedDisclosureTag Analyzer = new();

    [Theory]
    [InlineData("#石巻市PR")]
    [InlineData("#PR石巻市")]
    public void Guideline_bad_examples_are_reported(string tag)
    {
        // 石巻市ガイドライン 5(1)ア 誤・#石巻市PR ・#PR石巻市
        var diagnostic = Assert.Single(RuleVerifier.Verify(Analyzer, "{|PL1003:" + tag + "|}", ProfileOptions.For("ishinomaki")));
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Contains("5(1)ア", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("「#PR #石巻市」", diagnostic.Message, StringComparison.Ordinal);
        RuleVerifier.VerifyFix(Analyzer, "{|PL1003:" + tag + "|}", "#PR #石巻市");
    }

    [Theory]
    [InlineData("{|PL1003:#PR・石巻市|}", "#PR #石巻市")]
    [InlineData("{|PL1003:#PR_石巻市|}", "#PR #石巻市")]
    [InlineData("{|PL1003:#PR＿石巻市|}", "#PR #石巻市")]
    [InlineData("{|PL1003:#石巻市＿PR|}", "#PR #石巻市")]
    [InlineData("{|PL1003:#PR＿石巻市|}です", "#PR #石巻市です")]
    [InlineData("{|PL1003:#石巻市＿ｐｒ|} 牡蠣", "#ｐｒ #石巻市 牡蠣")]
    [InlineData("{|PL1003:#PR〜石巻市|}", "#PR #石巻市")]
    [InlineData("{|PL1003:#PR～石巻市|}", "#PR #石巻市")]
    [InlineData("{|PL1003:#石巻市_広告|}", "#広告 #石巻市")]
    [InlineData("{|PL1003:#石巻市プロモーション|}", "#プロモーション #石巻市")]
    [InlineData("{|PL1003:#pr石巻市|}", "#pr #石巻市")]
    [InlineData("{|PL1003:#ＰＲ石巻市|}", "#ＰＲ #石巻市")]
    [InlineData("{|PL1003:＃宣伝石巻市|}", "#宣伝 #石巻市")]
    [InlineData("牡蠣の季節です {|PL1003:#石巻市PR|} #牡蠣", "牡蠣の季節です #PR #石巻市 #牡蠣")]
    public void Fix_splits_the_tag_keeping_the_disclosure_word_as_written(string markup, string expected) =>
        RuleVerifier.VerifyFix(Analyzer, markup, expected);

    [Theory]
    [InlineData("#PR #石巻市")]
    [InlineData("#石巻市観光")]
    [InlineData("#PRIME")]
    [InlineData("#石巻市PRO")]
    [InlineData("#PR石巻")]
    [InlineData("#PR・・石巻市")]
    [InlineData("#PR＿石巻")]
    [InlineData("#石巻市＿PRO")]
    [InlineData("#石巻市＿")]
    [InlineData("#牡蠣＿石巻市")]
    [InlineData("#石巻市")]
    [InlineData("")]
    public void Other_tags_are_clean(string text) => RuleVerifier.Verify(Analyzer, text);

    [Fact]
    public void Without_source_tags_the_rule_does_not_run() =>
        RuleVerifier.Verify(Analyzer, "#石巻市PR", RuleVerifier.NoSourceTags);

    [Fact]
    public void Every_configured_source_tag_is_recognised_and_kept_in_the_fix()
    {
        var options = RuleVerifier.Options(new Configuration.ConfigurationLayer { Origin = "test", SourceTags = ["石巻市", "女川町"] });
        RuleVerifier.VerifyFix(Analyzer, "{|PL1003:#女川町PR|}", "#PR #女川町", options: options);
    }
}
