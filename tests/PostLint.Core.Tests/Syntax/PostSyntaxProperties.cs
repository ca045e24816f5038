using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PostLint.Syntax;
using PostLint.Text;

namespace PostLint.Core.Tests.Syntax;

/// <summary>Post-like strings: fragments that exercise every lexer rule, glued at random, plus random UTF-16 units (lone surrogates included).</summary>
public static class PostArbitrary
{
    private static readonly string[] Fragments =
    [
        "#", "＃", "@", "＠", "#PR", "#石巻市", "石巻市", "PR", "と", "・", "_", "-", ".", "/", ":", "://", "?", "=", "&", "(", ")", "'", "~",
        "http://", "https://", "t.co/abc", "bit.ly/abc", "example.com", "city.ishinomaki.lg.jp", ".jp", ".みんな", "xn--p1ai", "www.",
        "a", "Z", "1", "2025", "１２３", "ｈａｓｈ", " ", "\u3000", "\t", "\n", "\r\n", "\r", "\u0085", "\u2028", "。", "、", "！",
        "🎉", "👨‍👩‍👧", "❤️", "👍🏻", "🇯🇵", "🇦", "1️⃣", "#️⃣", "©", "©️", "☺\uFE0E", "🏴󠁧󠁢󠁥󠁮󠁧󠁿", "\uFE0F", "\u200D", "\u20E3",
        "é", "ş", "漢字", "カタカナ", "ｶﾀｶﾅ", "ー", "〜", "【", "】", "【PR】", "【広告】", "RT", "rt:", "\u202A", "\u2066", "\uFFFF", "\uFEFF",
        "\uD83D", "\uDE00", "𠀡", "\u0301", "e\u0301", "@user/list-name", "&#", "example.com:8080/path(a(b)c)?x=1#frag",
    ];

    public static Arbitrary<string> Posts()
    {
        var fragment = Gen.Frequency(
            (6, Gen.Elements(Fragments)),
            (1, Gen.Choose(0, 0xFFFF).Select(c => ((char)c).ToString())));
        return fragment.ListOf().Select(parts => string.Concat(parts)).ToArbitrary();
    }
}

/// <summary>FsCheck properties of the lexer.</summary>
public sealed class PostSyntaxProperties
{
    [Property(Arbitrary = [typeof(PostArbitrary)], MaxTest = 1000)]
    public void Tokens_cover_the_text_exactly_in_order(string text)
    {
        SyntaxAssert.CoversExactly(PostSyntax.Parse(text));
    }

    [Property(Arbitrary = [typeof(PostArbitrary)], MaxTest = 1000)]
    public void Every_span_lies_inside_the_text(string text)
    {
        var syntax = PostSyntax.Parse(text);
        var whole = new TextSpan(0, text.Length);
        foreach (var token in syntax.Tokens)
        {
            Assert.True(whole.Contains(token.Span) && whole.Contains(token.ValueSpan));
            Assert.Equal(token.ValueSpan.Length, syntax.GetValue(token).Length);
        }
    }

    [Property(MaxTest = 1000)]
    public void No_string_makes_the_lexer_throw(string? text)
    {
        var syntax = PostSyntax.Parse(text ?? string.Empty);
        SyntaxAssert.CoversExactly(syntax);
        _ = WeightedLength.Compute(text ?? string.Empty);
    }

    [Property(Arbitrary = [typeof(PostArbitrary)], MaxTest = 500)]
    public void Reset_lexes_as_Parse_does(string first, string second)
    {
        var reused = new PostSyntax();
        reused.Reset(new PostText(first));
        reused.Reset(new PostText(second));
        Assert.Equal(PostSyntax.Parse(second).Tokens.ToArray(), reused.Tokens.ToArray());
    }

    /// <summary>The case the property below once found (seed 1549865137142352096,9107672810519648899), shrunk.</summary>
    [Fact]
    public void A_hashtag_after_a_url_that_an_earlier_mention_drops_stays_a_hashtag()
    {
        const string text = "＠t.ly/#𠀡";
        Assert.Equal(
            [(SyntaxKind.Mention, new TextSpan(0, 2)), (SyntaxKind.Text, new TextSpan(2, 4)), (SyntaxKind.Hashtag, new TextSpan(6, 3))],
            PostSyntax.Parse(text).Tokens.ToArray().Select(static t => (t.Kind, t.Span)));
        Assert.Empty(TwitterText.ExtractHashtagsWithIndices(text));
        Assert.Equal([new TextSpan(1, 6)], TwitterText.ExtractUrlsWithIndices(text).Select(static u => u.Span));
    }

    [Property(Arbitrary = [typeof(PostArbitrary)], MaxTest = 500)]
    public void Entity_tokens_are_what_the_extraction_api_finds(string text)
    {
        var syntax = PostSyntax.Parse(text);
        var hashtags = TwitterText.ExtractHashtagsWithIndices(text).Select(h => h.Span).ToHashSet();
        var mentions = TwitterText.ExtractMentionsOrListsWithIndices(text).Select(m => m.Span).ToHashSet();
        var urls = TwitterText.ExtractUrlsWithIndices(text).Select(u => u.Span).ToHashSet();
        var urlTokens = syntax.OfKind(SyntaxKind.Url).Select(static t => t.Span).ToHashSet();
        foreach (var token in syntax.OfKind(SyntaxKind.Hashtag))
        {
            // The hashtag extraction drops a hashtag inside a URL it finds; the post's entities
            // keep that hashtag when an earlier entity (a mention) overlaps the URL and drops it
            // instead (「＠t.ly/#𠀡」: mention ＠t, hashtag #𠀡), as twitter-text's entity merge does.
            if (!hashtags.Contains(token.Span))
            {
                Assert.Contains(urls, u => u.OverlapsWith(token.Span) && !urlTokens.Contains(u));
            }
        }

        foreach (var token in syntax.OfKind(SyntaxKind.Mention))
        {
            Assert.Contains(token.Span, mentions);
        }

        foreach (var token in syntax.OfKind(SyntaxKind.Url))
        {
            Assert.Contains(token.Span, urls);
        }
    }

    [Property(Arbitrary = [typeof(PostArbitrary)], MaxTest = 500)]
    public void Unrecognized_hashtags_give_a_reason_and_start_with_a_sign(string text)
    {
        var syntax = PostSyntax.Parse(text);
        const SyntaxTokenFlags reasons = SyntaxTokenFlags.GluedToPreviousWord | SyntaxTokenFlags.FollowedByHashSign | SyntaxTokenFlags.DigitsOnly;
        foreach (var token in syntax.OfKind(SyntaxKind.UnrecognizedHashtag))
        {
            Assert.NotEqual(SyntaxTokenFlags.None, token.Flags & reasons);
            Assert.True(text[token.Span.Start] is '#' or '＃');
            Assert.Equal(token.Span.Start + 1, token.ValueSpan.Start);
        }
    }
}
