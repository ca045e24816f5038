using PostLint.Diagnostics;
using PostLint.Rules.Disclosure;
using PostLint.Rules.Tests.Verification;

namespace PostLint.Rules.Tests.Disclosure;

public sealed class PL1005DisclosureWithoutSourceTests
{
    private static readonly PL1005DisclosureWithoutSource Analyzer = new();

    [Fact]
    public void Disclosure_tag_alone_is_reported_on_it()
    {
        var diagnostic = Assert.Single(RuleVerifier.Verify(Analyzer, "{|PL1005:#PR|} 牡蠣の季節です"));
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Contains("「#石巻市」", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("5(1)ア", diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal(FixApplicability.Unsafe, Assert.Single(diagnostic.Fixes).Applicability);
    }

    [Theory]
    [InlineData("{|PL1005:#PR|} 牡蠣の季節です", "#PR #石巻市 牡蠣の季節です")]
    [InlineData("牡蠣の季節です {|PL1005:#広告|}", "牡蠣の季節です #広告 #石巻市")]
    [InlineData("#牡蠣 {|PL1005:＃ＰＲ|} #グルメ", "#牡蠣 ＃ＰＲ #石巻市 #グルメ")]
    public void Unsafe_fix_inserts_the_source_tag_after_the_disclosure_tag(string markup, string expected) =>
        RuleVerifier.VerifyFix(Analyzer, markup, expected, includeUnsafe: true);

    [Theory]
    [InlineData("#PR #石巻市")]
    [InlineData("#石巻市 #PR")]
    [InlineData("#牡蠣 #PR #石巻市")]
    [InlineData("#PR #石巻")]
    [InlineData("#PR #石巻市PR")]
    [InlineData("#PR 石巻市のプロモーションに参加しています")]
    [InlineData("#PR 【PR】石巻市")]
    [InlineData("#PR 牡蠣#石巻市")]
    [InlineData("牡蠣の季節です")]
    [InlineData("")]
    public void Posts_that_name_the_source_or_have_no_disclosure_tag_are_clean(string text) =>
        RuleVerifier.Verify(Analyzer, text);

    [Fact]
    public void Without_source_tags_the_rule_does_not_run() =>
        RuleVerifier.Verify(Analyzer, "#PR 牡蠣の季節です", RuleVerifier.NoSourceTags);

    [Fact]
    public void Only_the_first_disclosure_tag_is_reported() =>
        RuleVerifier.Verify(Analyzer, "{|PL1005:#PR|} #広告");
}
