using PostLint.Syntax;
using PostLint.Text;
using static PostLint.Core.Tests.Syntax.SyntaxAssert;

namespace PostLint.Core.Tests.Syntax;

public sealed class PostSyntaxTests
{
    /// <summary>The verified table of shared/specs/post-syntax.md §1.1 (twitter-text 3.1.0 on municipality-style posts).</summary>
    [Theory]
    [InlineData("#PR #石巻市 石巻の牡蠣", new[] { "PR", "石巻市" })]
    [InlineData("#石巻市PR", new[] { "石巻市PR" })]
    [InlineData("#PR石巻市", new[] { "PR石巻市" })]
    [InlineData("#PR・石巻市", new[] { "PR・石巻市" })]
    [InlineData("石巻市#PR", new string[0])]
    [InlineData("#PR#石巻市", new string[0])]
    [InlineData("#PRと#石巻市", new string[0])]
    [InlineData("#PR\u3000#石巻市", new[] { "PR", "石巻市" })]
    [InlineData("#PR\n#石巻市", new[] { "PR", "石巻市" })]
    [InlineData("#PR,#石巻市", new[] { "PR", "石巻市" })]
    [InlineData("#石巻市、#PR", new[] { "石巻市", "PR" })]
    [InlineData("＃広告\u3000＃石巻市", new[] { "広告", "石巻市" })]
    [InlineData("【#PR】石巻市", new[] { "PR" })]
    [InlineData("#2024", new string[0])]
    [InlineData("#2024年", new[] { "2024年" })]
    [InlineData("#石巻_女川", new[] { "石巻_女川" })]
    [InlineData("#石巻〜女川", new[] { "石巻〜女川" })]
    [InlineData("#石巻-女川", new[] { "石巻" })]
    [InlineData("#石巻.女川", new[] { "石巻" })]
    [InlineData("#石巻&女川", new[] { "石巻" })]
    [InlineData("&#石巻", new string[0])]
    [InlineData("#１２３", new string[0])]
    [InlineData("#第〇回石巻", new[] { "第" })]
    [InlineData("#石巻🐟市", new[] { "石巻" })]
    [InlineData("＃ＰＲ", new[] { "ＰＲ" })]
    public void Hashtags_are_recognised_as_X_does(string text, string[] expected)
    {
        Assert.Equal(expected, Values(text, SyntaxKind.Hashtag));
        Assert.Equal(expected, TwitterText.ExtractHashtags(text));
    }

    [Fact]
    public void A_post_is_lexed_into_tokens_that_cover_it()
    {
        Assert.Equal(
            [
                (SyntaxKind.Hashtag, "#PR"),
                (SyntaxKind.Whitespace, " "),
                (SyntaxKind.Hashtag, "#石巻市"),
                (SyntaxKind.Whitespace, "\u3000"),
                (SyntaxKind.Text, "石巻の牡蠣"),
                (SyntaxKind.Emoji, "🦪"),
                (SyntaxKind.Text, "は"),
                (SyntaxKind.LineBreak, "\r\n"),
                (SyntaxKind.Url, "https://www.city.ishinomaki.lg.jp/cont/a.html"),
                (SyntaxKind.Text, "で"),
                (SyntaxKind.Emoji, "🎉"),
                (SyntaxKind.Mention, "@ishinomaki_city"),
            ],
            Describe("#PR #石巻市\u3000石巻の牡蠣🦪は\r\nhttps://www.city.ishinomaki.lg.jp/cont/a.htmlで🎉@ishinomaki_city"));
    }

    [Fact]
    public void Emoji_inside_a_text_run_is_its_own_token()
    {
        // 🦪 U+1F9AA is an emoji: it splits the run.
        Assert.Equal(
            [(SyntaxKind.Text, "牡蠣"), (SyntaxKind.Emoji, "🦪"), (SyntaxKind.Text, "です")],
            Describe("牡蠣🦪です"));
    }

    [Theory]
    [InlineData("👨‍👩‍👧‍👦")]
    [InlineData("🇯🇵")]
    [InlineData("1️⃣")]
    [InlineData("1⃣")]
    [InlineData("👍🏻")]
    [InlineData("❤️")]
    [InlineData("✌🏿️")]
    [InlineData("🏴󠁧󠁢󠁥󠁮󠁧󠁿")]
    [InlineData("🏳️‍🌈")]
    [InlineData("©️")]
    [InlineData("☺")]
    public void An_emoji_sequence_is_one_token(string emoji)
    {
        Assert.Equal([(SyntaxKind.Emoji, emoji)], Describe(emoji));
    }

    [Theory]
    [InlineData("©")]
    [InlineData("™")]
    [InlineData("☺\uFE0E")]
    [InlineData("★")]
    [InlineData("1")]
    [InlineData("#")]
    public void Text_symbols_are_not_emoji(string text)
    {
        Assert.Equal([(SyntaxKind.Text, text)], Describe(text));
    }

    [Fact]
    public void Flags_that_are_not_recommended_are_two_indicators()
    {
        // 🇦🇦 is not a country: two lone regional indicators, as twemoji-parser counts them.
        Assert.Equal([(SyntaxKind.Emoji, "🇦"), (SyntaxKind.Emoji, "🇦")], Describe("🇦🇦"));
    }

    [Theory]
    [InlineData("a\nb", "\n")]
    [InlineData("a\r\nb", "\r\n")]
    [InlineData("a\rb", "\r")]
    [InlineData("a\u0085b", "\u0085")]
    [InlineData("a\u2028b", "\u2028")]
    [InlineData("a\u2029b", "\u2029")]
    public void Each_line_break_is_one_token(string text, string lineBreak)
    {
        Assert.Equal([(SyntaxKind.Text, "a"), (SyntaxKind.LineBreak, lineBreak), (SyntaxKind.Text, "b")], Describe(text));
    }

    [Fact]
    public void Whitespace_is_a_run_of_spaces_within_a_line()
    {
        Assert.Equal(
            [(SyntaxKind.Text, "a"), (SyntaxKind.Whitespace, " \t\u3000\u00A0"), (SyntaxKind.LineBreak, "\n"), (SyntaxKind.Whitespace, " "), (SyntaxKind.Text, "b")],
            Describe("a \t\u3000\u00A0\n b"));
    }

    [Fact]
    public void Hashtag_value_is_the_tag_without_its_sign()
    {
        var token = Single("見て ＃石巻市 です", SyntaxKind.Hashtag);
        Assert.Equal(TextSpan.FromBounds(3, 7), token.Span);
        Assert.Equal(TextSpan.FromBounds(4, 7), token.ValueSpan);
        Assert.True(token.Has(SyntaxTokenFlags.FullWidthSign));
    }

    [Fact]
    public void Mention_value_is_the_screen_name_and_a_list_is_flagged()
    {
        var syntax = PostSyntax.Parse("cc ＠ishinomaki/kankou-info です");
        var token = Assert.Single(syntax.OfKind(SyntaxKind.Mention));
        Assert.Equal("ishinomaki", syntax.GetValue(token));
        Assert.True(token.Has(SyntaxTokenFlags.List | SyntaxTokenFlags.FullWidthSign));
        Assert.Equal("/kankou-info", syntax.Text.ToString(PostSyntax.GetListSlugSpan(token)));
        Assert.Equal("＠ishinomaki/kankou-info", syntax.GetTextSpan(token).ToString());
    }

    [Theory]
    [InlineData("詳細はhttps://www.city.ishinomaki.lg.jp/index.html。", "https://www.city.ishinomaki.lg.jp/index.html", "www.city.ishinomaki.lg.jp", SyntaxTokenFlags.HasProtocol | SyntaxTokenFlags.Https)]
    [InlineData("詳細はhttp://石巻.jp/a", "http://石巻.jp/a", "石巻.jp", SyntaxTokenFlags.HasProtocol)]
    [InlineData("詳細はishinomaki.jp/kankou です", "ishinomaki.jp/kankou", "ishinomaki.jp", SyntaxTokenFlags.None)]
    [InlineData("see http://t.co/abc123's page", "http://t.co/abc123", "t.co", SyntaxTokenFlags.HasProtocol)]
    public void Url_value_is_the_host(string text, string url, string host, SyntaxTokenFlags flags)
    {
        var syntax = PostSyntax.Parse(text);
        var token = Assert.Single(syntax.OfKind(SyntaxKind.Url));
        Assert.Equal(url, syntax.GetTextSpan(token).ToString());
        Assert.Equal(host, syntax.GetValue(token));
        Assert.Equal(flags, token.Flags);
    }

    [Fact]
    public void A_hash_fragment_inside_a_url_is_part_of_the_url()
    {
        Assert.Equal([(SyntaxKind.Url, "http://twitter.com/#hashtag")], Describe("http://twitter.com/#hashtag"));
    }

    [Theory]
    [InlineData("石巻市#PR", "#PR", SyntaxTokenFlags.GluedToPreviousWord)]
    [InlineData("石巻市＃PR", "＃PR", SyntaxTokenFlags.GluedToPreviousWord | SyntaxTokenFlags.FullWidthSign)]
    [InlineData("#2025", "#2025", SyntaxTokenFlags.DigitsOnly)]
    [InlineData("#１２３", "#１２３", SyntaxTokenFlags.DigitsOnly)]
    [InlineData("#_", "#_", SyntaxTokenFlags.DigitsOnly)]
    [InlineData("石巻#2025 x", "#2025", SyntaxTokenFlags.GluedToPreviousWord | SyntaxTokenFlags.DigitsOnly)]
    public void Unrecognized_hashtag_names_its_reason(string text, string expected, SyntaxTokenFlags flags)
    {
        var syntax = PostSyntax.Parse(text);
        var token = Assert.Single(syntax.OfKind(SyntaxKind.UnrecognizedHashtag));
        Assert.Equal(expected, syntax.GetTextSpan(token).ToString());
        Assert.Equal(expected[1..], syntax.GetValue(token));
        Assert.Equal(flags, token.Flags);
        Assert.Empty(syntax.OfKind(SyntaxKind.Hashtag));
    }

    [Fact]
    public void A_tag_followed_by_a_sign_and_the_glued_tag_are_both_reported()
    {
        var syntax = PostSyntax.Parse("#PR#石巻市");
        Assert.Equal(
            [
                ("#PR", SyntaxTokenFlags.FollowedByHashSign),
                ("#石巻市", SyntaxTokenFlags.GluedToPreviousWord),
            ],
            syntax.OfKind(SyntaxKind.UnrecognizedHashtag).Select(t => (syntax.GetTextSpan(t).ToString(), t.Flags)));
    }

    [Fact]
    public void A_tag_ending_in_kana_before_a_sign_is_reported_whole()
    {
        var syntax = PostSyntax.Parse("#PRと#石巻市");
        Assert.Equal(
            [
                ("#PRと", SyntaxTokenFlags.FollowedByHashSign),
                ("#石巻市", SyntaxTokenFlags.GluedToPreviousWord),
            ],
            syntax.OfKind(SyntaxKind.UnrecognizedHashtag).Select(t => (syntax.GetTextSpan(t).ToString(), t.Flags)));
    }

    [Fact]
    public void Reasons_combine()
    {
        var syntax = PostSyntax.Parse("#2025#PR");
        Assert.Equal(
            [
                ("#2025", SyntaxTokenFlags.DigitsOnly | SyntaxTokenFlags.FollowedByHashSign),
                ("#PR", SyntaxTokenFlags.GluedToPreviousWord),
            ],
            syntax.OfKind(SyntaxKind.UnrecognizedHashtag).Select(t => (syntax.GetTextSpan(t).ToString(), t.Flags)));
    }

    [Theory]
    [InlineData("# 会議中")]
    [InlineData("#")]
    [InlineData("#http://twitter.com")]
    [InlineData("&#12354;")]
    [InlineData("#️⃣")]
    [InlineData("番号#️⃣")]
    public void Signs_that_are_not_meant_as_hashtags_are_not_reported(string text)
    {
        var syntax = PostSyntax.Parse(text);
        Assert.Empty(syntax.OfKind(SyntaxKind.UnrecognizedHashtag));
        Assert.Empty(syntax.OfKind(SyntaxKind.Hashtag));
    }

    [Fact]
    public void Recognised_hashtags_stay_as_X_recognises_them_next_to_unrecognised_ones()
    {
        Assert.Equal(
            [
                (SyntaxKind.Hashtag, "#PR"),
                (SyntaxKind.Whitespace, " "),
                (SyntaxKind.Text, "石巻市"),
                (SyntaxKind.UnrecognizedHashtag, "#観光"),
                (SyntaxKind.Whitespace, " "),
                (SyntaxKind.UnrecognizedHashtag, "#2025"),
            ],
            Describe("#PR 石巻市#観光 #2025"));
    }

    [Theory]
    [InlineData("【PR】石巻市", "PR")]
    [InlineData("【広告】石巻市の牡蠣", "広告")]
    [InlineData("【 PR 】", " PR ")]
    [InlineData("【プロモーション】", "プロモーション")]
    [InlineData("【石巻市のPR案件としての投稿です】", "石巻市のPR案件としての投稿です")]
    public void A_bracketed_mark_is_a_disclosure_mark(string text, string value)
    {
        var syntax = PostSyntax.Parse(text);
        var token = Assert.Single(syntax.OfKind(SyntaxKind.DisclosureMark));
        Assert.Equal(value, syntax.GetValue(token));
        Assert.Equal(0, token.Span.Start);
        Assert.Equal(value.Length + 2, token.Span.Length);
    }

    [Theory]
    [InlineData("【#PR】石巻市")]
    [InlineData("【@ishinomaki】")]
    [InlineData("【ishinomaki.jp】")]
    [InlineData("【】")]
    [InlineData("【\u3000】")]
    [InlineData("【PR\n】")]
    [InlineData("【PR")]
    [InlineData("【一二三四五六七八九十一二三四五六七八九十一】")]
    public void Brackets_that_hold_more_than_plain_text_are_text(string text)
    {
        Assert.Empty(PostSyntax.Parse(text).OfKind(SyntaxKind.DisclosureMark));
    }

    [Fact]
    public void The_inside_of_a_failed_mark_is_lexed_normally()
    {
        Assert.Equal(
            [(SyntaxKind.Text, "【"), (SyntaxKind.Hashtag, "#PR"), (SyntaxKind.Text, "】石巻市")],
            Describe("【#PR】石巻市"));
    }

    [Fact]
    public void Nested_brackets_mark_the_inner_pair()
    {
        Assert.Equal(
            [(SyntaxKind.Text, "【"), (SyntaxKind.DisclosureMark, "【PR】"), (SyntaxKind.Text, "】")],
            Describe("【【PR】】"));
    }

    [Fact]
    public void A_mark_of_exactly_the_maximum_length_is_a_mark()
    {
        var inside = new string('あ', PostSyntax.MaxDisclosureMarkLength);
        Assert.Single(PostSyntax.Parse("【" + inside + "】").OfKind(SyntaxKind.DisclosureMark));
    }

    [Fact]
    public void Count_and_OfKind_agree()
    {
        var syntax = PostSyntax.Parse("#PR #石巻市 #観光 https://example.com 🎉🎉");
        Assert.Equal(3, syntax.Count(SyntaxKind.Hashtag));
        Assert.Equal(3, syntax.OfKind(SyntaxKind.Hashtag).Count());
        Assert.Equal(2, syntax.Count(SyntaxKind.Emoji));
        Assert.Equal(0, syntax.Count(SyntaxKind.Mention));
        Assert.Equal("PR", syntax.GetValue(syntax.OfKind(SyntaxKind.Hashtag).FirstOrNull()!.Value));
    }

    [Fact]
    public void An_empty_post_has_no_tokens()
    {
        Assert.True(PostSyntax.Parse(string.Empty).Tokens.IsEmpty);
    }

    [Fact]
    public void Reset_relexes_into_the_same_instance()
    {
        var syntax = new PostSyntax();
        syntax.Reset(new PostText("#PR #石巻市 長い投稿 https://example.com/a 🎉 @user"));
        syntax.Reset(new PostText("石巻市#PR"));
        Assert.Equal(
            PostSyntax.Parse("石巻市#PR").Tokens.ToArray(),
            syntax.Tokens.ToArray());
    }

    [Fact]
    public void Reset_allocates_nothing_once_the_buffers_have_grown()
    {
        var post = new PostText("#PR #石巻市\n石巻の牡蠣🦪が旬です！詳しくは https://www.city.ishinomaki.lg.jp/cont/10181000/index.html へ 👨‍👩‍👧 【PR】 @ishinomaki_city 石巻市#観光 #2025");
        var syntax = new PostSyntax();

        // Less than one byte per call over many calls: no per-post allocation (a one-off by the
        // runtime, such as re-compiling a hot method, stays below the bound).
        var allocated = Allocation.PerCalls(1000, () => syntax.Reset(post));
        Assert.True(allocated < 1000, $"{allocated} bytes allocated by 1000 resets");
        Assert.Equal(2, syntax.Count(SyntaxKind.Hashtag));
    }
}
