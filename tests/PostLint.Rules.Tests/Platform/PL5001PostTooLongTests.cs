using PostLint.Configuration;
using PostLint.Diagnostics;
using PostLint.Rules.Platform;
using PostLint.Rules.Tests.Verification;
using PostLint.Syntax;
using TargetPlatform = PostLint.Syntax.Platform;

namespace PostLint.Rules.Tests.Platform;

public sealed class PL5001PostTooLongTests
{
    private static readonly PL5001PostTooLong Analyzer = new();

    private static string Kanji(int count) => new('牡', count);

    private static string Ascii(int count) => new('a', count);

    private static Func<PostLint.Analysis.Post, PostLint.Analysis.Post> On(TargetPlatform platform) =>
        post => post with { Platform = platform };

    [Fact]
    public void X_140_kanji_fit_and_141_do_not()
    {
        RuleVerifier.Verify(Analyzer, Kanji(140));
        var diagnostic = Assert.Single(RuleVerifier.Verify(Analyzer, Kanji(140) + "{|PL5001:" + Kanji(1) + "|}"));
        Assert.Contains("X", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("280", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("282", diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
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
        Assert.Contains("284", diagnostic.Message, StringComparison.Ordinal);

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
        Assert.Contains("280", fix.Title, StringComparison.Ordinal);
        RuleVerifier.VerifyFix(Analyzer, markup, Kanji(143), includeUnsafe: true);
    }
}
