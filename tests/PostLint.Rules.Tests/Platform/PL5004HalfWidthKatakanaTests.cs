using PostLint.Diagnostics;
using PostLint.Rules.Platform;
using PostLint.Rules.Tests.Verification;

namespace PostLint.Rules.Tests.Platform;

public sealed class PL5004HalfWidthKatakanaTests
{
    private static readonly PL5004HalfWidthKatakana Analyzer = new();

    [Theory]
    [InlineData("{|PL5004:ﾃﾞｰﾀ|}を公開しました")]
    [InlineData("石巻の{|PL5004:ｶｷ|}と{|PL5004:ﾎﾀﾃ|}")]
    [InlineData("{|PL5004:｢ｵｲｼｲ｣|}と評判")]
    [InlineData("{|PL5004:ｱ｡|}")]
    [InlineData("A{|PL5004:･|}B")]
    [InlineData("#{|PL5004:ｻｯｶｰ|} の試合")]
    [InlineData("{|PL5004:ﾊﾟﾋﾟﾌﾟﾍﾟﾎﾟ|}")]
    public void Runs_of_half_width_katakana_are_reported(string markup) => RuleVerifier.Verify(Analyzer, markup);

    [Theory]
    [InlineData("データを公開しました")]
    [InlineData("｢全角の文字｣と｡だけ")]
    [InlineData("ABC ｡ ､")]
    [InlineData("https://ｶｷ.jp/")]
    [InlineData("")]
    public void Full_width_kana_lone_half_width_punctuation_and_urls_are_clean(string text) =>
        RuleVerifier.Verify(Analyzer, text);

    [Theory]
    [InlineData("{|PL5004:ﾃﾞｰﾀ|}を公開", "データを公開")]
    [InlineData("{|PL5004:｢ｵｲｼｲ｣|}と評判{|PL5004:ﾃﾞｽ｡|}", "「オイシイ」と評判デス。")]
    [InlineData("{|PL5004:ﾊﾟﾋﾟﾌﾟﾍﾟﾎﾟ|}", "パピプペポ")]
    [InlineData("#{|PL5004:ｻｯｶｰ|} #PR", "#サッカー #PR")]
    [InlineData("カ{|PL5004:ﾞ|}キ", "ガキ")]
    [InlineData("x{|PL5004:ﾞ|}", "x゛")]
    [InlineData("{|PL5004:ﾟ|}", "゜")]
    [InlineData("①{|PL5004:ﾞ|}", "①゛")]
    public void Safe_fix_is_the_NFKC_form_with_voiced_marks_joined(string markup, string expected) =>
        RuleVerifier.VerifyFix(Analyzer, markup, expected);

    [Fact]
    public void Message_shows_the_run_and_its_full_width_form()
    {
        var diagnostics = RuleVerifier.Verify(Analyzer, "{|PL5004:ﾃﾞｰﾀ|}", ProfileOptions.For("joetsu"));
        var diagnostic = Assert.Single(diagnostics);
        Assert.Contains("「ﾃﾞｰﾀ」", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("「データ」", diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal(DiagnosticSeverity.Info, diagnostic.Severity);
        Assert.Equal("「データ」に置き換える", RuleVerifier.SingleFix(diagnostics, FixApplicability.Safe).Title);
    }

    [Fact]
    public void The_make_corpus_emoji_do_not_disturb_the_rule() =>
        RuleVerifier.VerifyFix(Analyzer, "🌸 {|PL5004:ﾃﾞｰﾀ|} 👨‍👩‍👧 🇯🇵", "🌸 データ 👨‍👩‍👧 🇯🇵");
}
