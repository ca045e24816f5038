using PostLint.Syntax;
using PostLint.Model;

namespace PostLint.Core.Tests.Syntax;

public sealed class PlatformLimitsTests
{
    [Theory]
    [InlineData(Platform.X, 280, LengthUnit.XWeighted, 50)]
    [InlineData(Platform.Threads, 500, LengthUnit.ThreadsCharacters, 1)]
    [InlineData(Platform.Instagram, 2200, LengthUnit.Utf16CodeUnits, 5)]
    [InlineData(Platform.Line, 500, LengthUnit.Graphemes, null)]
    [InlineData(Platform.Facebook, 63206, LengthUnit.Utf16CodeUnits, null)]
    [InlineData(Platform.YouTube, 5000, LengthUnit.Utf16CodeUnits, 60)]
    public void Limits_per_platform(Platform platform, int maxLength, LengthUnit unit, int? maxHashtags)
    {
        var limits = PlatformLimits.For(platform);
        Assert.Equal(platform, limits.Platform);
        Assert.Equal(maxLength, limits.MaxLength);
        Assert.Equal(unit, limits.Unit);
        Assert.Equal(maxHashtags, limits.MaxHashtags);
    }

    [Theory]
    [InlineData(Platform.X, "石巻市 https://example.com/a", 30)]
    [InlineData(Platform.Threads, "石巻👍", 6)]
    [InlineData(Platform.Threads, "❤️", 6)]
    [InlineData(Platform.Threads, "👨‍👩‍👧", 18)]
    [InlineData(Platform.Instagram, "石巻👍", 4)]
    [InlineData(Platform.Line, "石巻\r\n👨‍👩‍👧🇯🇵", 5)]
    [InlineData(Platform.Facebook, "a\nb", 3)]
    [InlineData(Platform.YouTube, "𠮷", 2)]
    public void Length_is_counted_in_the_platform_unit(Platform platform, string text, int expected)
    {
        Assert.Equal(expected, PlatformLimits.CountLength(platform, text));
    }

    [Theory]
    [InlineData("x", Platform.X)]
    [InlineData("Twitter", Platform.X)]
    [InlineData("THREADS", Platform.Threads)]
    [InlineData("instagram", Platform.Instagram)]
    [InlineData("Line", Platform.Line)]
    [InlineData("facebook", Platform.Facebook)]
    [InlineData("YouTube", Platform.YouTube)]
    public void Platform_names_parse_ignoring_case(string name, Platform expected)
    {
        Assert.True(PlatformLimits.TryParsePlatform(name, out var platform));
        Assert.Equal(expected, platform);
        Assert.Equal(expected, PlatformLimits.ParsePlatform(name));
    }

    [Fact]
    public void An_unknown_name_is_a_clear_error()
    {
        Assert.False(PlatformLimits.TryParsePlatform("mastodon", out _));
        Assert.False(PlatformLimits.TryParsePlatform(null, out _));
        var error = Assert.Throws<FormatException>(() => PlatformLimits.ParsePlatform("mastodon"));
        Assert.Contains("mastodon", error.Message, StringComparison.Ordinal);
        Assert.Contains("twitter", error.Message, StringComparison.Ordinal);
    }
}
