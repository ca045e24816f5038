using PostLint.Syntax;
using PostLint.Text;

namespace PostLint.Core.Tests.Syntax;

public sealed class SentenceSplitterTests
{
    private static string[] Split(string text)
    {
        var syntax = PostSyntax.Parse(new PostText(text));
        var spans = new List<TextSpan>();
        SentenceSplitter.Split(syntax, spans);
        return [.. spans.Select(s => text.Substring(s.Start, s.Length))];
    }

    [Fact]
    public void Sentence_final_marks_end_a_sentence_with_the_brackets_after_them() =>
        Assert.Equal(["拡散希望！", "噂では市長が辞任するらしい"], Split("拡散希望！噂では市長が辞任するらしい"));

    [Fact]
    public void Closing_brackets_and_repeated_marks_stay_with_their_sentence() =>
        Assert.Equal(["「本当ですか？！」", "はい。"], Split("「本当ですか？！」はい。"));

    [Fact]
    public void A_single_line_break_and_hashtags_do_not_end_a_sentence() =>
        Assert.Equal(["【特殊詐欺に注意】\n#石巻市 市職員を名乗る電話があります。"], Split("【特殊詐欺に注意】\n#石巻市 市職員を名乗る電話があります。"));

    [Fact]
    public void A_blank_line_ends_a_sentence() =>
        Assert.Equal(["大麻の乱用防止", "\n \n所持は犯罪です"], Split("大麻の乱用防止\n \n所持は犯罪です"));

    [Fact]
    public void Marks_inside_urls_do_not_end_a_sentence() =>
        Assert.Equal(["詳しくは https://example.jp/?q=1!x をご覧ください。"], Split("詳しくは https://example.jp/?q=1!x をご覧ください。"));

    [Theory]
    [InlineData("")]
    [InlineData("\n\n  \n")]
    public void Whitespace_only_posts_have_no_sentences(string text) => Assert.Empty(Split(text));
}
