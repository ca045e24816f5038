using PostLint.Configuration;
using PostLint.Diagnostics;
using PostLint.Rules.Platform;
using PostLint.Rules.Tests.Verification;
using PostLint.Syntax;
using TargetPlatform = PostLint.Model.Platform;

namespace PostLint.Rules.Tests.Platform;

public sealed class PL5001PostTooLongTests
{
    private static readonly PL5001PostTooLong Analyzer = new();

    private static string Kanji(int count) => new('牡', count);

    private static string Ascii(int count) => new('a', count);

    private static Func<PostLint.Model.Post, PostLint.Model.Post> On(TargetPlatform platform) =>
        post => post with { Platform = platform };

    [Fact]
    public void X_140_kanji_fit_and_141_do_not()
    {
        RuleVerifier.Verify(Analyzer, Kanji(140));
        var diagnostic = Assert.Single(RuleVerifier.Verify(Analyzer, Kanji(140) + "{|PL5001:" + Kanji(1) + "|}"));
        Assert.StartsWith("Xの投稿は全角換算で141文字です。上限は全角140文字なので、あと1文字減らしてください（", diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
    }

    [Fact]
    public void X_lengths_are_told_in_zenkaku_characters_as_a_writer_counts_them()
    {
        // 225 kanji weigh 450: 全角換算で225文字, 85 over the 140 X shows Japanese writers.
        var diagnostic = Assert.Single(RuleVerifier.Verify(Analyzer, Kanji(140) + "{|PL5001:" + Kanji(85) + "|}"));
        Assert.Contains("全角換算で225文字です。上限は全角140文字なので、あと85文字減らしてください", diagnostic.Message, StringComparison.Ordinal);

        // A half-width character is half of one: 140 kanji and 3 letters are 141.5.
        var odd = Assert.Single(RuleVerifier.Verify(Analyzer, Kanji(140) + "{|PL5001:abc|}"));
        Assert.Contains("全角換算で141.5文字です。上限は全角140文字なので、あと1.5文字減らしてください", odd.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_long_post_is_judged_against_the_long_post_limit()
    {
        // 12,500 kanji weigh 25,000: a long post (X Premium) fits, an ordinary post does not.
        var longPost = Kanji(12500);
        RuleVerifier.Verify(Analyzer, longPost, configurePost: post => post with { LongPost = true });
        RuleVerifier.Verify(Analyzer, Kanji(140) + "{|PL5001:" + Kanji(12360) + "|}");
        var over = Assert.Single(RuleVerifier.Verify(Analyzer, longPost + "{|PL5001:牡牡|}", configurePost: post => post with { LongPost = true }));
        Assert.Contains("Xの長文投稿（X Premium）は全角換算で12,502文字です。上限は全角12,500文字なので、あと2文字減らしてください", over.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_account_with_long_posts_has_every_x_post_judged_against_the_long_post_limit()
    {
        var longPosts = RuleVerifier.Options(new ConfigurationLayer { Origin = "test" }.WithSection("operations", """{ "longPosts": true }"""));
        RuleVerifier.Verify(Analyzer, Kanji(3000), longPosts);

        // Long posts are an X feature: Threads keeps its 500.
        RuleVerifier.Verify(Analyzer, Kanji(500) + "{|PL5001:牡|}", longPosts, On(TargetPlatform.Threads));
    }

    [Fact]
    public void X_counts_ascii_once_and_the_span_starts_after_the_valid_range()
    {
        RuleVerifier.Verify(Analyzer, Ascii(280));
        RuleVerifier.Verify(Analyzer, Ascii(279) + "{|PL5001:牡" + Ascii(5) + "|}");
    }

    [Fact]
    public void X_counts_every_url_as_23()
    {
        // 130 kanji = 260, one space = 1, the URL = 23 whatever its length: 284.
        var url = "https://www.city.ishinomaki.lg.jp/" + new string('a', 200);
        var diagnostic = Assert.Single(RuleVerifier.Verify(Analyzer, Kanji(130) + " {|PL5001:" + url + "|}"));
        Assert.Contains("全角換算で142文字", diagnostic.Message, StringComparison.Ordinal);

        // 125 kanji = 250, space, URL 23: 274 fits although the text has over 400 characters.
        RuleVerifier.Verify(Analyzer, Kanji(125) + " " + url);
    }

    [Fact]
    public void X_counts_an_emoji_sequence_as_2_and_does_not_split_it()
    {
        RuleVerifier.Verify(Analyzer, Kanji(139) + "👨‍👩‍👧");
        RuleVerifier.Verify(Analyzer, Kanji(139) + "👨‍👩‍👧{|PL5001:🇯🇵|}");
    }

    [Fact]
    public void X_length_is_found_even_with_an_invalid_character_in_the_post() =>
        RuleVerifier.Verify(Analyzer, "\uFEFF" + Kanji(139) + "{|PL5001:牡|}");

    [Theory]
    [InlineData(TargetPlatform.Threads, 500)]
    [InlineData(TargetPlatform.Instagram, 2200)]
    [InlineData(TargetPlatform.Line, 500)]
    [InlineData(TargetPlatform.Facebook, 63206)]
    [InlineData(TargetPlatform.YouTube, 5000)]
    public void Other_platforms_count_characters_up_to_their_limit(TargetPlatform platform, int limit)
    {
        RuleVerifier.Verify(Analyzer, Kanji(limit), configurePost: On(platform));
        var diagnostic = Assert.Single(RuleVerifier.Verify(Analyzer, Kanji(limit) + "{|PL5001:牡牡|}", configurePost: On(platform)));
        Assert.Contains(PlatformLimits.For(platform).MaxLength.ToString("N0", System.Globalization.CultureInfo.InvariantCulture), diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Threads_counts_emoji_as_their_utf8_bytes()
    {
        // 497 + 🌸 (4 bytes) = 501 > 500: the emoji is what runs over.
        RuleVerifier.Verify(Analyzer, Ascii(496) + "🌸", configurePost: On(TargetPlatform.Threads));
        RuleVerifier.Verify(Analyzer, Ascii(497) + "{|PL5001:🌸|}", configurePost: On(TargetPlatform.Threads));
    }

    [Fact]
    public void Line_counts_an_emoji_as_one_character() =>
        RuleVerifier.Verify(Analyzer, Kanji(499) + "👨‍👩‍👧", configurePost: On(TargetPlatform.Line));

    [Fact]
    public void The_platform_comes_from_the_post_before_the_configuration()
    {
        var threads = RuleVerifier.Options(new ConfigurationLayer { Origin = "test", Platform = TargetPlatform.Threads });
        RuleVerifier.Verify(Analyzer, Kanji(400), threads);
        RuleVerifier.Verify(Analyzer, Kanji(140) + "{|PL5001:" + Kanji(260) + "|}", threads, On(TargetPlatform.X));
        RuleVerifier.Verify(Analyzer, Kanji(500) + "{|PL5001:" + Kanji(10) + "|}", threads);
    }

    [Theory]
    [InlineData("")]
    [InlineData("牡蠣まつりを開催します #PR #石巻市 https://www.city.ishinomaki.lg.jp/")]
    public void Short_posts_are_clean(string text) => RuleVerifier.Verify(Analyzer, text);

    [Fact]
    public void The_fix_is_display_advice_and_is_never_applied()
    {
        var markup = Kanji(140) + "{|PL5001:" + Kanji(3) + "|}";
        var diagnostics = RuleVerifier.Verify(Analyzer, markup);
        var fix = RuleVerifier.SingleFix(diagnostics, FixApplicability.Display);
        Assert.Contains("全角140文字", fix.Title, StringComparison.Ordinal);
        RuleVerifier.VerifyFix(Analyzer, markup, Kanji(143), includeUnsafe: true);
    }
}
