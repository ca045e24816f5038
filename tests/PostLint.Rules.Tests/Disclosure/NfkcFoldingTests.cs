using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PostLint.Rules.Disclosure;

namespace PostLint.Rules.Tests.Disclosure;

public sealed class NfkcFoldingTests
{
    private static string? Fold(string text)
    {
        var buffer = new char[text.Length];
        return NfkcFolding.TryFold(text, buffer, out var written) ? new string(buffer, 0, written) : null;
    }

    [Theory]
    [InlineData("ＰＲ", "PR")]
    [InlineData("ﾌﾟﾛﾓｰｼｮﾝ", "プロモーション")]
    [InlineData("ｶﾞｲﾄﾞ", "ガイド")]
    [InlineData("ﾊﾟﾋﾟﾌﾟﾍﾟﾎﾟ", "パピプペポ")]
    [InlineData("ｱﾞ", "ア\u3099")]
    [InlineData("石巻市　PR", "石巻市 PR")]
    [InlineData("PR～石巻市", "PR~石巻市")]
    [InlineData("か\u3099", "が")]
    [InlineData("", "")]
    public void Folds_like_NFKC(string text, string expected)
    {
        Assert.Equal(expected, text.Normalize(NormalizationForm.FormKC));
        Assert.Equal(expected, Fold(text));
    }

    [Theory]
    [InlineData("é")]
    [InlineData("e\u0301")]
    [InlineData("①")]
    [InlineData("゛")]
    [InlineData("\U0001F600")]
    public void Gives_up_on_what_it_does_not_know(string text) => Assert.Null(Fold(text));

    [Fact]
    public void Every_single_character_it_accepts_folds_like_NFKC()
    {
        for (var c = 0; c <= 0xFFFF; c++)
        {
            if (char.IsSurrogate((char)c) || c is 0xFFFE or 0xFFFF)
            {
                continue;
            }

            var text = ((char)c).ToString();
            if (Fold(text) is { } folded)
            {
                Assert.True(text.Normalize(NormalizationForm.FormKC) == folded, $"U+{c:X4}");
            }
        }
    }

    private static readonly char[] Alphabet =
    [
        'a', 'Z', '1', '_', '・', 'か', 'カ', 'ウ', 'ゝ', 'ヽ', 'ー', '々', '石', 'Ｐ', 'ｒ', '～', '＿', '\u3000',
        'ｶ', 'ﾊ', 'ｳ', 'ｱ', 'ﾞ', 'ﾟ', 'ｰ', '･', '\u3099', '\u309A', 'ｯ',
    ];

    [Property(MaxTest = 1000)]
    public Property Strings_of_tag_characters_fold_like_NFKC() =>
        Prop.ForAll(Gen.Elements(Alphabet).ArrayOf().Select(static a => new string(a)).ToArbitrary(), static text =>
            Fold(text) is not { } folded
                ? text.Contains('ゝ', StringComparison.Ordinal)
                : folded == text.Normalize(NormalizationForm.FormKC));
}
