using PostLint.Syntax;
using PostLint.Text;
using static PostLint.Core.Tests.Syntax.SyntaxAssert;

namespace PostLint.Core.Tests.Syntax;

/// <summary>E-mail addresses and phone numbers as tokens of their own kinds.</summary>
public sealed class ContactTokenTests
{
    [Theory]
    [InlineData("お問い合わせは kouhou@city.ishinomaki.lg.jp まで", "kouhou@city.ishinomaki.lg.jp", "city.ishinomaki.lg.jp", "kouhou")]
    [InlineData("メール：info@example.jpへ", "info@example.jp", "example.jp", "info")]
    [InlineData("kouhou+event@city.joetsu.niigata.jp", "kouhou+event@city.joetsu.niigata.jp", "city.joetsu.niigata.jp", "kouhou+event")]
    [InlineData("taro.yamada@example.com。", "taro.yamada@example.com", "example.com", "taro.yamada")]
    [InlineData("送信先 taro.hanako@docomo.ne.jp", "taro.hanako@docomo.ne.jp", "docomo.ne.jp", "taro.hanako")]
    [InlineData("送信先 taro..hanako@docomo.ne.jp", "taro..hanako@docomo.ne.jp", "docomo.ne.jp", "taro..hanako")]
    [InlineData("(mailto:abc_1@mail.example.co.jp)", "abc_1@mail.example.co.jp", "mail.example.co.jp", "abc_1")]
    [InlineData("09012345678@docomo.ne.jp", "09012345678@docomo.ne.jp", "docomo.ne.jp", "09012345678")]
    [InlineData("窓口 ｋｏｕｈｏｕ＠ｃｉｔｙ．ｍｉｎｅ．ｌｇ．ｊｐです", "ｋｏｕｈｏｕ＠ｃｉｔｙ．ｍｉｎｅ．ｌｇ．ｊｐ", "ｃｉｔｙ．ｍｉｎｅ．ｌｇ．ｊｐ", "ｋｏｕｈｏｕ")]
    [InlineData("ｉｎｆｏ＠ｃｉｔｙ．ｊｐ", "ｉｎｆｏ＠ｃｉｔｙ．ｊｐ", "ｃｉｔｙ．ｊｐ", "ｉｎｆｏ")]
    [InlineData("end with a dot: info@city.jp.", "info@city.jp", "city.jp", "info")]
    public void An_email_address_is_one_token_whose_value_is_its_domain(string text, string address, string domain, string local)
    {
        var syntax = PostSyntax.Parse(text);
        var token = Assert.Single(syntax.OfKind(SyntaxKind.EmailAddress));

        Assert.Equal(new TextSpan(text.IndexOf(address, StringComparison.Ordinal), address.Length), token.Span);
        Assert.Equal(domain, syntax.GetValue(token));
        Assert.Equal(local, text[PostSyntax.GetEmailLocalPartSpan(token).Start..PostSyntax.GetEmailLocalPartSpan(token).End]);
        Assert.Empty(syntax.OfKind(SyntaxKind.Url));
        Assert.Empty(syntax.OfKind(SyntaxKind.Mention));
        CoversExactly(syntax);
    }

    [Theory]
    [InlineData("meet@noon")] // no domain with a TLD
    [InlineData("@ishinomaki_city")]
    [InlineData("info@localhost")]
    [InlineData("info@city.ishinomaki")] // not a TLD
    [InlineData("a@b.c")]
    [InlineData("...@example.jp")]
    [InlineData("info@example.jp_x")]
    public void Strings_that_are_not_addresses_are_not_email_tokens(string text)
    {
        Assert.Empty(PostSyntax.Parse(text).OfKind(SyntaxKind.EmailAddress));
    }

    [Fact]
    public void Addresses_next_to_each_other_are_separate_tokens()
    {
        const string text = "a@b.jp.c@d.jp、x@y.com";
        var syntax = PostSyntax.Parse(text);

        Assert.Equal(
            [new TextSpan(0, 6), new TextSpan(7, 6), new TextSpan(14, 7)],
            syntax.OfKind(SyntaxKind.EmailAddress).Select(t => t.Span).ToArray());
    }

    /// <summary>
    /// twitter-text links @docomo in taro.@docomo.ne.jp (a dot may precede a mention) and a.jp in
    /// a.jp_taro@example.com, and city.jp after a full-width at sign glued to ASCII: the tokens
    /// show the post as X shows it, so these are no addresses.
    /// </summary>
    [Fact]
    public void A_mention_or_url_twitter_text_finds_inside_an_address_wins()
    {
        Assert.Equal(
            [(SyntaxKind.Text, "taro."), (SyntaxKind.Mention, "@docomo"), (SyntaxKind.Text, ".ne.jp")],
            Describe("taro.@docomo.ne.jp"));
        Assert.Equal(
            [(SyntaxKind.Url, "a.jp"), (SyntaxKind.Text, "_taro@example.com")],
            Describe("a.jp_taro@example.com"));
        Assert.Equal(
            [(SyntaxKind.Text, "info＠"), (SyntaxKind.Url, "city.jp")],
            Describe("info＠city.jp"));
    }

    [Fact]
    public void An_at_sign_inside_a_url_stays_in_the_url()
    {
        const string text = "https://example.jp/form?to=info@city.jp です";

        Assert.Equal(
            [(SyntaxKind.Url, "https://example.jp/form?to=info@city.jp"), (SyntaxKind.Whitespace, " "), (SyntaxKind.Text, "です")],
            Describe(text));
    }

    [Theory]
    [InlineData("担当 090-1234-5678 まで", "090-1234-5678", "09012345678", SyntaxTokenFlags.MobileNumber)]
    [InlineData("携帯080 1234 5678へ", "080 1234 5678", "08012345678", SyntaxTokenFlags.MobileNumber)]
    [InlineData("070-12345678", "070-12345678", "07012345678", SyntaxTokenFlags.MobileNumber)]
    [InlineData("電話09012345678", "09012345678", "09012345678", SyntaxTokenFlags.MobileNumber)]
    [InlineData("０９０－１２３４－５６７８", "０９０－１２３４－５６７８", "09012345678", SyntaxTokenFlags.MobileNumber | SyntaxTokenFlags.FullWidthCharacters)]
    [InlineData("０９０ー１２３４ー５６７８です", "０９０ー１２３４ー５６７８", "09012345678", SyntaxTokenFlags.MobileNumber | SyntaxTokenFlags.FullWidthCharacters)]
    [InlineData("０８０\u3000１２３４\u3000５６７８", "０８０\u3000１２３４\u3000５６７８", "08012345678", SyntaxTokenFlags.MobileNumber | SyntaxTokenFlags.FullWidthCharacters)]
    [InlineData("+81 90-1234-5678", "+81 90-1234-5678", "09012345678", SyntaxTokenFlags.MobileNumber | SyntaxTokenFlags.InternationalFormat)]
    [InlineData("+81(0)90-1234-5678", "+81(0)90-1234-5678", "09012345678", SyntaxTokenFlags.MobileNumber | SyntaxTokenFlags.InternationalFormat)]
    [InlineData("石巻市役所 0225-95-1111", "0225-95-1111", "0225951111", SyntaxTokenFlags.None)]
    [InlineData("TEL:(0225)95-1111", "(0225)95-1111", "0225951111", SyntaxTokenFlags.None)]
    [InlineData("電話 0225(95)1111", "0225(95)1111", "0225951111", SyntaxTokenFlags.None)]
    [InlineData("03-1234-5678", "03-1234-5678", "0312345678", SyntaxTokenFlags.None)]
    [InlineData("+81 3 1234 5678", "+81 3 1234 5678", "0312345678", SyntaxTokenFlags.InternationalFormat)]
    [InlineData("0120-123-456（無料）", "0120-123-456", "0120123456", SyntaxTokenFlags.TollFreeNumber)]
    [InlineData("0800-123-4567", "0800-123-4567", "08001234567", SyntaxTokenFlags.TollFreeNumber)]
    [InlineData("050-1234-5678", "050-1234-5678", "05012345678", SyntaxTokenFlags.IpPhoneNumber)]
    [InlineData("0570-000-123", "0570-000-123", "0570000123", SyntaxTokenFlags.None)]
    public void A_phone_number_is_one_token_with_its_kind_of_line(string text, string number, string digits, SyntaxTokenFlags flags)
    {
        var syntax = PostSyntax.Parse(text);
        var token = Assert.Single(syntax.OfKind(SyntaxKind.PhoneNumber));

        Assert.Equal(new TextSpan(text.IndexOf(number, StringComparison.Ordinal), number.Length), token.Span);
        Assert.Equal(token.Span, token.ValueSpan);
        Assert.Equal(flags, token.Flags);
        Span<char> buffer = stackalloc char[PostSyntax.MaxPhoneNumberDigits];
        var count = syntax.GetPhoneNumberDigits(token, buffer);
        Assert.Equal(digits, buffer[..count].ToString());
        CoversExactly(syntax);
    }

    [Theory]
    [InlineData("2025年10月1日")]
    [InlineData("人口 140,000人")]
    [InlineData("090-1234-56789")] // 12 digits
    [InlineData("1090-1234-5678")] // glued to a digit
    [InlineData("12-090-1234-5678")] // part of a longer figure
    [InlineData("090-1234-5678-9")]
    [InlineData("0225-95-111")] // 9 digits
    [InlineData("010-1234-5678")] // the international call prefix
    [InlineData("0 9 0 1 2 3 4 5 6 7 8")] // more than three groups
    [InlineData("090--1234-5678")]
    [InlineData("予算 0.09012345678億円")]
    [InlineData("+82 10-1234-5678")] // not Japan
    public void Figures_that_are_not_phone_numbers_are_not_phone_tokens(string text)
    {
        Assert.Empty(PostSyntax.Parse(text).OfKind(SyntaxKind.PhoneNumber));
    }

    [Fact]
    public void Two_numbers_separated_by_a_space_are_two_tokens()
    {
        const string text = "090-1234-5678 0225-95-1111";

        Assert.Equal(
            [(SyntaxKind.PhoneNumber, "090-1234-5678"), (SyntaxKind.Whitespace, " "), (SyntaxKind.PhoneNumber, "0225-95-1111")],
            Describe(text));
    }

    [Fact]
    public void A_number_inside_a_url_or_address_belongs_to_it()
    {
        Assert.Equal(
            [(SyntaxKind.Url, "https://example.jp/0120-123-456"), (SyntaxKind.Whitespace, " "), (SyntaxKind.EmailAddress, "09012345678@docomo.ne.jp")],
            Describe("https://example.jp/0120-123-456 09012345678@docomo.ne.jp"));
    }

    [Fact]
    public void A_post_with_contacts_is_lexed_into_tokens_that_cover_it()
    {
        Assert.Equal(
            [
                (SyntaxKind.Text, "担当"),
                (SyntaxKind.Whitespace, " "),
                (SyntaxKind.PhoneNumber, "090-1234-5678"),
                (SyntaxKind.Text, "（"),
                (SyntaxKind.EmailAddress, "taro@example.jp"),
                (SyntaxKind.Text, "）まで"),
                (SyntaxKind.Emoji, "📞"),
                (SyntaxKind.LineBreak, "\n"),
                (SyntaxKind.Hashtag, "#石巻市"),
            ],
            Describe("担当 090-1234-5678（taro@example.jp）まで📞\n#石巻市"));
    }

    [Fact]
    public void A_token_of_another_kind_has_no_local_part_or_digits()
    {
        var syntax = PostSyntax.Parse("#PR");
        var token = syntax.Tokens[0];
        Span<char> buffer = stackalloc char[PostSyntax.MaxPhoneNumberDigits];

        Assert.Equal(0, syntax.GetPhoneNumberDigits(token, buffer));
        Assert.Equal(0, PostSyntax.GetEmailLocalPartSpan(token).Length);
    }

    [Fact]
    public void Lexing_a_post_with_contacts_allocates_nothing_once_warm()
    {
        var syntax = new PostSyntax();
        var text = new PostText("担当 090-1234-5678（taro@example.jp）０２２５－９５－１１１１ ｉｎｆｏ＠ｃｉｔｙ．ｊｐ");

        Assert.Equal(0, Allocation.PerCalls(100, () => syntax.Reset(text)));
        Assert.Equal(2, syntax.Count(SyntaxKind.PhoneNumber));
        Assert.Equal(2, syntax.Count(SyntaxKind.EmailAddress));
    }
}
