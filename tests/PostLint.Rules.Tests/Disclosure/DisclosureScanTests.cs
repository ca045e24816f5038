using PostLint.Rules.Disclosure;
using PostLint.Rules.Tests.Verification;
using PostLint.Syntax;

namespace PostLint.Rules.Tests.Disclosure;

public sealed class DisclosureScanTests
{
    private static readonly DisclosureVocabulary Ishinomaki = DisclosureVocabulary.For(RuleVerifier.Ishinomaki);
    private static readonly DisclosureVocabulary NoSource = DisclosureVocabulary.For(RuleVerifier.NoSourceTags);

    [Fact]
    public void Finds_the_first_hashtag_of_each_role()
    {
        var scan = DisclosureScan.Compute(PostSyntax.Parse("#牡蠣 #PR #石巻 #石巻市 #広告 #石巻市PR 【PR】 石巻市#PR 牡蠣#石巻市"), Ishinomaki);
        Assert.Equal(0, scan.FirstHashtag);
        Assert.Equal(2, scan.Disclosure);
        Assert.Equal(4, scan.Variant);
        Assert.Equal(6, scan.Source);
        Assert.Equal(10, scan.Fused);
        Assert.Equal(12, scan.DisclosureMark);
        Assert.True(scan.HasUnrecognizedDisclosure);
        Assert.True(scan.HasUnrecognizedSource);
    }

    [Fact]
    public void Tag_fused_across_a_full_width_low_line_is_fused_not_a_disclosure()
    {
        var scan = DisclosureScan.Compute(PostSyntax.Parse("#PR＿石巻市"), Ishinomaki);
        Assert.Equal(0, scan.Fused);
        Assert.False(scan.HasDisclosure);
        Assert.False(scan.HasSource);
    }

    [Fact]
    public void Consecutive_posts_and_vocabularies_are_scanned_afresh()
    {
        var first = DisclosureScan.Compute(PostSyntax.Parse("#PR #石巻市"), Ishinomaki);
        var second = DisclosureScan.Compute(PostSyntax.Parse("#牡蠣 #PR"), Ishinomaki);
        Assert.Equal((0, 2), (first.Disclosure, first.Source));
        Assert.Equal((2, -1), (second.Disclosure, second.Source));

        const string text = "#石巻市 #PR";
        var syntax = PostSyntax.Parse(text);
        Assert.Equal(0, DisclosureScan.Compute(syntax, Ishinomaki).Source);
        Assert.Equal(-1, DisclosureScan.Compute(syntax, NoSource).Source);
        Assert.Equal(0, DisclosureScan.Compute(syntax, Ishinomaki).Source);
    }
}
