using PostLint.Configuration;
using PostLint.Diagnostics;
using PostLint.Rules.Platform;
using PostLint.Rules.Tests.Verification;
using TargetPlatform = PostLint.Model.Platform;

namespace PostLint.Rules.Tests.Platform;

public sealed class PL5002TooManyHashtagsTests
{
    private static readonly PL5002TooManyHashtags Analyzer = new();

    private static Func<PostLint.Model.Post, PostLint.Model.Post> On(TargetPlatform platform) =>
        post => post with { Platform = platform };

    private static string Tags(int from, int count) =>
        string.Join(" ", Enumerable.Range(from, count).Select(static i => $"#タグ{i}"));

    [Fact]
    public void Instagram_allows_five_hashtags()
    {
        RuleVerifier.Verify(Analyzer, "#PR #石巻市 #牡蠣 #宮城 #東北", configurePost: On(TargetPlatform.Instagram));
        var diagnostic = Assert.Single(RuleVerifier.Verify(
            Analyzer,
            "#PR #石巻市 #牡蠣 #宮城 #東北 {|PL5002:#グルメ #旅行|}",
            configurePost: On(TargetPlatform.Instagram)));
        Assert.Contains("7 個", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("Instagramでは 5 個まで", diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
    }

    [Fact]
    public void Threads_allows_one_topic_tag() =>
        RuleVerifier.Verify(Analyzer, "牡蠣まつり #PR {|PL5002:#石巻市|}", configurePost: On(TargetPlatform.Threads));

    [Fact]
    public void X_allows_fifty()
    {
        RuleVerifier.Verify(Analyzer, Tags(1, 50));
        RuleVerifier.Verify(Analyzer, Tags(1, 50) + " {|PL5002:" + Tags(51, 3) + "|}");
    }

    [Fact]
    public void YouTube_ignores_every_tag_beyond_sixty_and_says_so()
    {
        RuleVerifier.Verify(Analyzer, Tags(1, 60), configurePost: On(TargetPlatform.YouTube));
        var diagnostic = Assert.Single(RuleVerifier.Verify(Analyzer, Tags(1, 60) + "\n{|PL5002:#タグ61|}", configurePost: On(TargetPlatform.YouTube)));
        Assert.Contains("すべて無視", diagnostic.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(TargetPlatform.Line)]
    [InlineData(TargetPlatform.Facebook)]
    public void Platforms_without_a_limit_are_never_reported(TargetPlatform platform) =>
        RuleVerifier.Verify(Analyzer, Tags(1, 100), configurePost: On(platform));

    [Fact]
    public void Only_hashtags_the_platform_recognises_count() =>
        // #2025 (digits only), 石巻市#PR (glued) and #A#B are not hashtags X recognises.
        RuleVerifier.Verify(Analyzer, "#PR #2025 石巻市#PR #A#B", configurePost: On(TargetPlatform.Threads));

    [Fact]
    public void The_configured_platform_applies_when_the_post_has_none()
    {
        var instagram = RuleVerifier.Options(new ConfigurationLayer { Origin = "test", Platform = TargetPlatform.Instagram });
        RuleVerifier.Verify(Analyzer, "#a1 #a2 #a3 #a4 #a5 {|PL5002:#a6|}", instagram);
    }

    [Fact]
    public void The_display_fix_shows_the_post_without_the_tags_over_the_limit()
    {
        var diagnostics = RuleVerifier.Verify(Analyzer, "牡蠣 #PR {|PL5002:#石巻市　#牡蠣|}\n詳しくは", configurePost: On(TargetPlatform.Threads));
        var fix = RuleVerifier.SingleFix(diagnostics, FixApplicability.Display);
        Assert.Equal("牡蠣 #PR\n詳しくは", fix.Apply("牡蠣 #PR #石巻市　#牡蠣\n詳しくは"));
        RuleVerifier.VerifyFix(Analyzer, "#PR {|PL5002:#石巻市|}", "#PR #石巻市", includeUnsafe: true, configurePost: On(TargetPlatform.Threads));
    }
}
