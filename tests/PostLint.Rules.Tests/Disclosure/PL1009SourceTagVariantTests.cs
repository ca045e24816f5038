using PostLint.Diagnostics;
using PostLint.Rules.Disclosure;
using PostLint.Rules.Tests.Verification;

namespace PostLint.Rules.Tests.Disclosure;

public sealed class PL1009SourceTagVariantTests
{
    private static readonly PL1009SourceTagVariant Analyzer = new();

    [Theory]
    [InlineData("#PR {|PL1009:#石巻|}", "#PR #石巻市")]
    [InlineData("#PR {|PL1009:#いしのまき|} 牡蠣", "#PR #石巻市 牡蠣")]
    [InlineData("#PR {|PL1009:#Ishinomaki|}", "#PR #石巻市")]
    [InlineData("#PR {|PL1009:#ishinomaki|}", "#PR #石巻市")]
    [InlineData("#PR {|PL1009:#ＩＳＨＩＮＯＭＡＫＩ|}", "#PR #石巻市")]
    [InlineData("{|PL1009:#石巻|} #PR", "#石巻市 #PR")]
    public void Variant_next_to_a_disclosure_tag_is_replaced_by_the_unsafe_fix(string markup, string expected) =>
        RuleVerifier.VerifyFix(Analyzer, markup, expected, includeUnsafe: true);

    [Fact]
    public void Message_names_the_source_tag_and_the_clause()
    {
        var diagnostic = Assert.Single(RuleVerifier.Verify(Analyzer, "#PR {|PL1009:#石巻|}"));
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Contains("「#石巻」", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("「#石巻市」", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("5(1)ア", diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal(FixApplicability.Unsafe, Assert.Single(diagnostic.Fixes).Applicability);
    }

    [Fact]
    public void Only_the_first_variant_is_reported() =>
        RuleVerifier.Verify(Analyzer, "#PR {|PL1009:#石巻|} #Ishinomaki");

    [Theory]
    [InlineData("#PR #石巻市 #石巻")]
    [InlineData("#石巻 #牡蠣")]
    [InlineData("#PR #石巻 石巻市のPR案件としての投稿です")]
    [InlineData("#PR #石巻 #石巻市PR")]
    [InlineData("#PR")]
    [InlineData("")]
    public void Posts_with_the_source_tag_or_without_a_disclosure_tag_are_clean(string text) =>
        RuleVerifier.Verify(Analyzer, text);

    [Fact]
    public void Safe_fixing_leaves_the_variant_alone() =>
        RuleVerifier.VerifyFix(Analyzer, "#PR {|PL1009:#石巻|}", "#PR #石巻");

    [Fact]
    public void Without_source_tags_the_rule_does_not_run() =>
        RuleVerifier.Verify(Analyzer, "#PR #石巻", RuleVerifier.NoSourceTags);
}
