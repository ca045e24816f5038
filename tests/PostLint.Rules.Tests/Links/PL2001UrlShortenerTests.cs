using PostLint.Configuration;
using PostLint.Diagnostics;
using PostLint.Rules.Links;
using PostLint.Rules.Tests.Verification;
using PostLint.Model;

namespace PostLint.Rules.Tests.Links;

public sealed class PL2001UrlShortenerTests
{
    private static readonly PL2001UrlShortener Analyzer = new();

    [Theory]
    [InlineData("動画はこちら {|PL2001:https://youtu.be/dQw4w9WgXcQ|}", "動画はこちら https://www.youtube.com/watch?v=dQw4w9WgXcQ")]
    [InlineData("動画 {|PL2001:youtu.be/dQw4w9WgXcQ?t=42|} です", "動画 https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=42 です")]
    [InlineData("{|PL2001:https://youtu.be/abc-_12?si=Xy7&t=1m30s|}", "https://www.youtube.com/watch?v=abc-_12&t=1m30s")]
    public void YouTube_share_links_have_a_safe_fix_to_the_watch_url(string markup, string expected)
    {
        var diagnostic = Assert.Single(RuleVerifier.Verify(Analyzer, markup, ProfileOptions.For("joetsu")));
        Assert.Equal(FixApplicability.Safe, Assert.Single(diagnostic.Fixes).Applicability);
        RuleVerifier.VerifyFix(Analyzer, markup, expected, options: ProfileOptions.For("joetsu"));
    }

    [Theory]
    [InlineData("https://youtu.be/")]
    [InlineData("https://youtu.be/abc?list=PL1")]
    [InlineData("https://youtu.be/abc/def")]
    public void Other_youtu_be_links_keep_the_advice_only(string url) =>
        Assert.Null(PL2001UrlShortener.YouTubeWatchUrl(url));

    [Theory]
    [InlineData("友だち追加 {|PL2001:https://lin.ee/AbCdEf|}", "友だち追加ガイド", "https://line.me/R/ti/p/")]
    [InlineData("回答は {|PL2001:https://forms.gle/AbC123|} から", "URL を短縮", "https://docs.google.com/forms/d/e/")]
    public void LINE_and_Google_Forms_links_say_where_the_full_url_is(string markup, string where, string fullUrl)
    {
        var fix = Assert.Single(Assert.Single(RuleVerifier.Verify(Analyzer, markup, ProfileOptions.For("joetsu"))).Fixes);
        Assert.Equal(FixApplicability.Display, fix.Applicability);
        Assert.StartsWith(PL2001UrlShortener.FixTitle + "。", fix.Title, StringComparison.Ordinal);
        Assert.Contains(where, fix.Title, StringComparison.Ordinal);
        Assert.Contains(fullUrl, fix.Title, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("詳しくは {|PL2001:https://bit.ly/3abcDEF|} をご覧ください")]
    [InlineData("詳しくは {|PL2001:http://bit.ly/3abcDEF|} をご覧ください")]
    [InlineData("詳しくは{|PL2001:bit.ly/3abcDEF|}をご覧ください")]
    [InlineData("申込は {|PL2001:https://forms.gle/AbCdEf123|}")]
    [InlineData("友だち追加 {|PL2001:https://lin.ee/xYz12|}")]
    [InlineData("{|PL2001:https://tinyurl.com/ishinomaki|}")]
    [InlineData("{|PL2001:https://youtu.be/dQw4w9WgXcQ|}")]
    [InlineData("{|PL2001:amzn.to/3xyz|} {|PL2001:is.gd/abc|}")]
    [InlineData("{|PL2001:https://t.co/abcDEF1234|}")]
    public void Links_on_shortener_hosts_are_reported_with_or_without_protocol(string markup) =>
        RuleVerifier.Verify(Analyzer, markup);

    [Theory]
    [InlineData("地図 {|PL2001:https://maps.app.goo.gl/AbC123|}")]
    [InlineData("地図 {|PL2001:maps.app.goo.gl/AbC123|}")]
    [InlineData("{|PL2001:https://on.fb.me/abc|}")]
    public void Subdomains_of_a_shortener_are_shorteners(string markup) => RuleVerifier.Verify(Analyzer, markup);

    [Theory]
    [InlineData("{|PL2001:HTTPS://BIT.LY/ABC|}")]
    [InlineData("{|PL2001:Bit.Ly/abc|}")]
    public void Hosts_are_compared_without_case(string markup) => RuleVerifier.Verify(Analyzer, markup);

    [Theory]
    [InlineData("https://orbit.ly/abc")]
    [InlineData("orbit.ly/abc")]
    [InlineData("https://notbit.ly")]
    [InlineData("https://www.city.ishinomaki.lg.jp/cont/10184000/index.html")]
    [InlineData("https://bit.ly.example.com/abc")]
    [InlineData("https://example.com/bit.ly/abc")]
    [InlineData("ビットリーは使いません")]
    [InlineData("")]
    public void Other_hosts_are_clean_even_when_they_end_with_the_same_letters(string text) =>
        RuleVerifier.Verify(Analyzer, text);

    [Fact]
    public void An_IDN_shortener_is_matched_in_punycode()
    {
        // url-shorteners.txt lists ➡.ws; the URL may be written in Unicode or as punycode.
        RuleVerifier.Verify(Analyzer, "{|PL2001:http://➡.ws/abc|} {|PL2001:http://xn--hgi.ws/abc|}");
    }

    [Fact]
    public void Configured_shorteners_add_to_the_built_in_list_including_IDN_hosts()
    {
        var options = RuleVerifier.Options(new ConfigurationLayer
        {
            Origin = "test",
        }.WithSection("links", """{ "shorteners": ["s.example.jp", "短縮.jp"] }"""));
        RuleVerifier.Verify(
            Analyzer,
            "{|PL2001:https://s.example.jp/x|} {|PL2001:https://短縮.jp/y|} {|PL2001:bit.ly/z|} https://example.jp/",
            options);
    }

    [Fact]
    public void A_platform_wrapper_is_judged_by_its_expanded_url_fine_target()
    {
        // X archive: the text shows t.co, entities.urls[].expanded_url is the real link.
        RuleVerifier.Verify(
            Analyzer,
            "牡蠣まつりのお知らせ https://t.co/Ab12Cd34Ef",
            configurePost: post => post with { Links = [new PostLink("https://t.co/Ab12Cd34Ef", "https://www.city.ishinomaki.lg.jp/kaki/index.html")] });
    }

    [Fact]
    public void A_platform_wrapper_that_expands_to_a_shortener_is_reported_and_names_the_target()
    {
        var diagnostics = RuleVerifier.Verify(
            Analyzer,
            "牡蠣まつり {|PL2001:https://t.co/Ab12Cd34Ef|}",
            configurePost: post => post with { Links = [new PostLink("HTTPS://T.CO/Ab12Cd34Ef", "https://bit.ly/kaki2025")] });
        var message = Assert.Single(diagnostics).Message;
        Assert.Contains("https://bit.ly/kaki2025", message, StringComparison.Ordinal);
        Assert.Contains("bit.ly", message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_expansion_listed_without_protocol_still_pairs_with_the_link()
    {
        RuleVerifier.Verify(
            Analyzer,
            "{|PL2001:https://t.co/Zz9|} https://t.co/Yy8",
            configurePost: post => post with
            {
                Links = [new PostLink("t.co/Zz9", "https://ow.ly/abc"), new PostLink("https://t.co/Yy8", "https://www.city.ishinomaki.lg.jp/")],
            });
    }

    [Fact]
    public void Links_whose_shown_text_is_unknown_do_not_pair()
    {
        // The export lists only a target: the t.co in the text is judged as written.
        RuleVerifier.Verify(
            Analyzer,
            "{|PL2001:https://t.co/Ab12|}",
            configurePost: post => post with { Links = [new PostLink(null, "https://www.city.ishinomaki.lg.jp/")] });
    }

    [Fact]
    public void Message_names_the_shortener_and_the_clause_and_the_fix_is_display_advice()
    {
        var options = ProfileOptions.For("joetsu");
        var diagnostic = Assert.Single(RuleVerifier.Verify(Analyzer, "{|PL2001:https://bit.ly/abc|}", options));
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Contains("URL短縮サービス（bit.ly）", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("上越市ガイドライン 6(1)② 留意事項", diagnostic.Message, StringComparison.Ordinal);
        var fix = Assert.Single(diagnostic.Fixes);
        Assert.Equal(FixApplicability.Display, fix.Applicability);
        Assert.Equal("短縮URLではなく元のURLを記載してください", fix.Title);
        Assert.Empty(fix.Edits);
    }

    [Fact]
    public void Fixing_changes_nothing_because_the_fix_is_display_only() =>
        RuleVerifier.VerifyFix(Analyzer, "詳しくは {|PL2001:bit.ly/abc|}", "詳しくは bit.ly/abc", includeUnsafe: true);

    [Theory]
    [InlineData("ishinomaki", DiagnosticSeverity.Info)]
    [InlineData("joetsu", DiagnosticSeverity.Warning)]
    [InlineData("mine", DiagnosticSeverity.Info)]
    [InlineData("recommended", DiagnosticSeverity.Warning)]
    public void Severity_follows_the_profile(string profile, DiagnosticSeverity expected)
    {
        var diagnostic = Assert.Single(RuleVerifier.Verify(Analyzer, "{|PL2001:bit.ly/abc|}", ProfileOptions.For(profile)));
        Assert.Equal(expected, diagnostic.Severity);
    }
}
