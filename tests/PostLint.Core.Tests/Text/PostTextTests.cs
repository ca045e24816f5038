using PostLint.Text;

namespace PostLint.Core.Tests.Text;

public sealed class PostTextTests
{
    [Theory]
    [InlineData("abc", 0, 1, 1)]
    [InlineData("abc", 3, 1, 4)]
    [InlineData("ab\ncd", 3, 2, 1)]
    [InlineData("ab\r\ncd", 4, 2, 1)]
    [InlineData("ab\rcd", 4, 2, 2)]
    [InlineData("a\u2028b", 2, 2, 1)]
    public void Line_and_column_are_one_based(string text, int offset, int line, int column)
    {
        var position = new PostText(text).GetLinePosition(offset);
        Assert.Equal(line, position.Line);
        Assert.Equal(column, position.Column);
    }

    [Fact]
    public void Code_point_column_counts_a_surrogate_pair_once()
    {
        // "😀 teh": teh is at UTF-16 column 4 and code-point column 3.
        var text = new PostText("\U0001F600 teh");
        var position = text.GetLinePosition(3);
        Assert.Equal(4, position.Column);
        Assert.Equal(3, position.CodePointColumn);
    }

    [Fact]
    public void Line_spans_exclude_their_line_break()
    {
        var text = new PostText("#PR #石巻市\r\n牡蠣\n");
        Assert.Equal(3, text.LineCount);
        Assert.Equal("#PR #石巻市", text.ToString(text.GetLineSpan(1)));
        Assert.Equal("牡蠣", text.ToString(text.GetLineSpan(2)));
        Assert.Equal(string.Empty, text.ToString(text.GetLineSpan(3)));
    }

    [Fact]
    public void Span_predicates_follow_half_open_ranges()
    {
        var span = new TextSpan(2, 3);
        Assert.Equal(5, span.End);
        Assert.True(span.Contains(2));
        Assert.False(span.Contains(5));
        Assert.True(span.OverlapsWith(new TextSpan(4, 1)));
        Assert.False(span.OverlapsWith(new TextSpan(5, 1)));
        Assert.True(span.IntersectsWith(new TextSpan(5, 0)));
        Assert.Throws<ArgumentOutOfRangeException>(() => TextSpan.FromBounds(3, 2));
    }
}
