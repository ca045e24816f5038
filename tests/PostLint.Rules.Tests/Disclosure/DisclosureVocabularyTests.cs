using PostLint.Rules.Disclosure;
using PostLint.Rules.Tests.Verification;

namespace PostLint.Rules.Tests.Disclosure;

public sealed class DisclosureVocabularyTests
{
    private static readonly DisclosureVocabulary Vocabulary = DisclosureVocabulary.For(RuleVerifier.Ishinomaki);

    [Theory]
    [InlineData("PR", "Disclosure")]
    [InlineData("ｐｒ", "Disclosure")]
    [InlineData("ﾌﾟﾛﾓｰｼｮﾝ", "Disclosure")]
    [InlineData("石巻市", "Source")]
    [InlineData("石巻", "SourceVariant")]
    [InlineData("ISHINOMAKI", "SourceVariant")]
    [InlineData("タイアップ", "NonStandardDisclosure")]
    [InlineData("石巻市PR", "FusedDisclosureAndSource")]
    [InlineData("PR・石巻市", "FusedDisclosureAndSource")]
    [InlineData("PR〜石巻市", "FusedDisclosureAndSource")]
    [InlineData("PR～石巻市", "FusedDisclosureAndSource")]
    [InlineData("石巻市＿広告", "FusedDisclosureAndSource")]
    [InlineData("石巻市観光", "Other")]
    [InlineData("PR石巻", "Other")]
    [InlineData("", "Other")]
    public void Classifies_tags_after_NFKC_and_case_folding(string tag, string expected) =>
        Assert.Equal(expected, Vocabulary.Classify(tag).ToString());

    [Theory]
    [InlineData("\uD83DPR")]
    [InlineData("PR\uDC00")]
    [InlineData("PR\uFFFF")]
    [InlineData("石巻市\uD800PR")]
    public void Text_that_cannot_be_normalized_is_no_word_and_no_error(string tag)
    {
        Assert.Equal(HashtagRole.Other, Vocabulary.Classify(tag));
        Assert.Equal(HashtagRole.Other, Vocabulary.Classify(tag + new string('x', 200)));
        Assert.Null(Vocabulary.CanonicalDisclosureOf(tag));
        Assert.NotNull(DisclosureVocabulary.Key(tag));
    }

    [Fact]
    public void Long_tags_are_classified_too()
    {
        // Beyond the stack buffer the key is built on the heap; the answer is the same.
        Assert.Equal(HashtagRole.Other, Vocabulary.Classify(new string('牡', 500)));
        Assert.Equal(HashtagRole.Other, Vocabulary.Classify("ＰＲ" + new string('牡', 40)));
        Assert.True(Vocabulary.IsFused("石巻市ＰＲ"));
    }

    [Theory]
    [InlineData("石巻市PR", "PR", "石巻市")]
    [InlineData("ＰＲ・石巻市", "ＰＲ", "石巻市")]
    [InlineData("石巻市_ﾌﾟﾛﾓｰｼｮﾝ", "ﾌﾟﾛﾓｰｼｮﾝ", "石巻市")]
    [InlineData("pr＿石巻市", "pr", "石巻市")]
    public void Fused_tags_split_into_the_disclosure_as_written_and_the_configured_source(string tag, string disclosure, string source)
    {
        Assert.True(Vocabulary.TryGetFusedParts(tag, out var actualDisclosure, out var actualSource));
        Assert.Equal(disclosure, actualDisclosure);
        Assert.Equal(source, actualSource);
    }

    [Theory]
    [InlineData("石巻市観光")]
    [InlineData("PR")]
    [InlineData("PR・・石巻市")]
    public void Other_tags_do_not_split(string tag) => Assert.False(Vocabulary.TryGetFusedParts(tag, out _, out _));
}
