using PostLint.Syntax;

namespace PostLint.Core.Tests.Syntax;

/// <summary>Weighted lengths from shared/specs/post-syntax.md §1.4 (verified with twitter-text 3.1.0).</summary>
public sealed class WeightedLengthTests
{
    [Theory]
    [InlineData("ｱｲｳ", 6)]
    [InlineData("石巻市", 6)]
    [InlineData("ー〜①™\u3000", 10)]
    [InlineData("é—“\n", 4)]
    [InlineData("bit.ly/abc", 23)]
    [InlineData("ishinomaki.jp", 23)]
    [InlineData("http://石巻.jp", 23)]
    [InlineData("👨‍👩‍👧‍👦", 2)]
    [InlineData("🇯🇵", 2)]
    [InlineData("1⃣", 2)]
    [InlineData("#PR #石巻市 石巻の牡蠣", 22)]
    public void Weighs_as_X_does(string text, int expected)
    {
        Assert.Equal(expected, WeightedLength.Compute(text).WeightedLength);
    }

    [Fact]
    public void One_hundred_forty_kanji_fit_and_one_more_does_not()
    {
        var fits = WeightedLength.Compute(new string('石', 140));
        Assert.Equal(280, fits.WeightedLength);
        Assert.True(fits.Valid);
        Assert.Equal(1000, fits.Permillage);

        var over = WeightedLength.Compute(new string('石', 141));
        Assert.Equal(282, over.WeightedLength);
        Assert.False(over.Valid);
        Assert.Equal(139, over.ValidRangeEnd);
        Assert.Equal(140, over.DisplayRangeEnd);
    }

    [Fact]
    public void Without_emoji_parsing_a_zwj_sequence_weighs_its_parts()
    {
        Assert.Equal(11, WeightedLength.Compute("👨‍👩‍👧‍👦", TwitterTextConfiguration.V2).WeightedLength);
        Assert.Equal(2, WeightedLength.Compute("👨‍👩‍👧‍👦", TwitterTextConfiguration.V3).WeightedLength);
    }

    [Fact]
    public void Text_is_normalised_to_nfc_first()
    {
        // A + combining acute is one code point after NFC.
        Assert.Equal(1, WeightedLength.Compute("A\u0301").WeightedLength);
    }

    [Fact]
    public void Lone_surrogates_and_noncharacters_do_not_throw()
    {
        var result = WeightedLength.Compute("a\uD800b\uFFFF");
        Assert.False(result.Valid);
        Assert.Equal(6, result.WeightedLength);
    }

    [Fact]
    public void Empty_text_is_not_valid()
    {
        var result = WeightedLength.Compute(string.Empty);
        Assert.Equal(0, result.WeightedLength);
        Assert.False(result.Valid);
    }

    [Fact]
    public void Nfc_text_allocates_nothing()
    {
        const string post = "#PR #石巻市 石巻の牡蠣🦪が旬です！詳しくは https://www.city.ishinomaki.lg.jp/cont/index.html へ 👨‍👩‍👧";
        var result = default(WeightedLengthResult);
        var allocated = Allocation.PerCalls(1000, () => result = WeightedLength.Compute(post));
        Assert.True(allocated < 1000, $"{allocated} bytes allocated by 1000 computations");
        Assert.True(result.Valid);
    }
}
