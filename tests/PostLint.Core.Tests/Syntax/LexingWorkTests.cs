using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PostLint.Syntax;

namespace PostLint.Core.Tests.Syntax;

/// <summary>
/// The lexer is linear in the length of a post: long adversarial runs of dots, labels, brackets
/// and signs (a Facebook post may hold 63,206 characters) must not make it walk the text again
/// from every dot or every start. Measured by the scanners' own count of the characters they
/// examined (<see cref="PostSyntax.ScanSteps"/>), never by a clock.
/// </summary>
public sealed class LexingWorkTests
{
    /// <summary>More than any scanner needs per character; a rescan from every dot needs thousands.</summary>
    private const int MaxStepsPerCharacter = 32;

    public static TheoryData<string, string> AdversarialRuns() => new()
    {
        { "a.", "" },
        { "www.", "" },
        { "あ.", "" },
        { "あ.a.", "" },
        { "a.あ.", "" },
        { "_a.", "" },
        { "-a.", "" },
        { "a-.", "" },
        { "xn--a.", "" },
        { "a.jp.", "" },
        { "a.", "あ.com " },
        { "a.あ.", "com" },
        { "a.jp/(", "" },
        { "a.jp/x!(", "" },
        { "a.jp?!", "" },
        { "http://", "" },
        { "https://a.", "" },
        { "@", "" },
        { "#", "" },
        { "&#a", "" },
        { "【", "" },
        { "👨\u200D", "" },
    };

    [Theory, MemberData(nameof(AdversarialRuns))]
    public void Doubling_an_adversarial_run_doubles_the_work(string unit, string blockEnd)
    {
        var small = Steps(Run(unit, blockEnd, 4_000));
        var large = Steps(Run(unit, blockEnd, 8_000));

        Assert.InRange(large, 2 * small * 9 / 10, 2 * small * 11 / 10);
    }

    [Theory, MemberData(nameof(AdversarialRuns))]
    public void An_adversarial_run_costs_a_bounded_number_of_steps_per_character(string unit, string blockEnd)
    {
        var text = Run(unit, blockEnd, 8_000);

        Assert.InRange(Steps(text), text.Length, (long)MaxStepsPerCharacter * text.Length);
    }

    /// <summary>The two posts that took 37 s and 30 s in <c>postlint check</c> with every rule off.</summary>
    [Theory]
    [InlineData("a.", 31_600)]
    [InlineData("www.", 15_800)]
    public void The_posts_that_took_half_a_minute_are_lexed_in_linear_work(string unit, int count)
    {
        var text = string.Concat(Enumerable.Repeat(unit, count));
        var syntax = PostSyntax.Parse(text);

        Assert.Equal(63_200, text.Length);
        Assert.InRange(syntax.ScanSteps, text.Length, (long)MaxStepsPerCharacter * text.Length);
        var token = Assert.Single(syntax.Tokens.ToArray());
        Assert.Equal(SyntaxKind.Text, token.Kind); // no TLD anywhere: no URL
    }

    /// <summary>A long domain still becomes URLs where twitter-text finds them, after the linear scan.</summary>
    [Fact]
    public void Urls_inside_a_long_run_of_labels_are_still_found()
    {
        var labels = string.Concat(Enumerable.Repeat("a.", 1_000));
        var text = labels + "あ.com " + labels + "jp";

        // The first domain (2,006 characters, under the 4,096 limit) holds no ASCII domain that
        // ends in a TLD before あ; the second ends in .jp but is one ASCII domain of 2,002 characters.
        var urls = TwitterText.ExtractUrlsWithIndices(text);
        var url = Assert.Single(urls);
        Assert.Equal(labels.Length + "あ.com ".Length, url.Start);
        Assert.Equal(text.Length, url.End);
        Assert.InRange(PostSyntax.Parse(text).ScanSteps, text.Length, (long)MaxStepsPerCharacter * text.Length);
    }

    /// <summary>
    /// Any short pattern of URL-ish fragments, repeated to a few thousand characters, is lexed in a
    /// bounded number of steps per character.
    /// </summary>
    [Property(Arbitrary = [typeof(AdversarialArbitrary)], MaxTest = 300)]
    public void Any_repeated_pattern_costs_a_bounded_number_of_steps_per_character(string pattern)
    {
        var text = Run(pattern, string.Empty, (4_000 / pattern.Length) + 1);

        Assert.InRange(Steps(text), 0, (long)MaxStepsPerCharacter * text.Length);
    }

    [Property(Arbitrary = [typeof(AdversarialArbitrary)], MaxTest = 100)]
    public void Work_on_a_pattern_repeated_twice_as_often_is_at_most_about_twice_the_work(string pattern)
    {
        var count = (2_000 / pattern.Length) + 1;
        var small = Steps(Run(pattern, string.Empty, count));
        var large = Steps(Run(pattern, string.Empty, 2 * count));

        Assert.InRange(large, small, (2 * small) + (MaxStepsPerCharacter * pattern.Length) + 64);
    }

    /// <summary>
    /// Any string at all — arbitrary UTF-16 with surrogate halves and controls, fragments, long runs
    /// of one fragment — costs a bounded number of steps per character.
    /// </summary>
    [Property(Arbitrary = [typeof(AnyTextArbitrary)], MaxTest = 500)]
    public void Any_string_costs_a_bounded_number_of_steps_per_character(string text)
    {
        Assert.InRange(Steps(text), 0, ((long)MaxStepsPerCharacter * text.Length) + 64);
    }

    private static long Steps(string text) => PostSyntax.Parse(text).ScanSteps;

    /// <summary><paramref name="unit"/> repeated, with <paramref name="blockEnd"/> after every 1,000 units.</summary>
    private static string Run(string unit, string blockEnd, int count)
    {
        var builder = new System.Text.StringBuilder();
        for (var i = 1; i <= count; i++)
        {
            builder.Append(unit);
            if (blockEnd.Length > 0 && i % 1_000 == 0)
            {
                builder.Append(blockEnd);
            }
        }

        return builder.ToString();
    }
}

/// <summary>Short patterns of the fragments URLs, domains, mentions and hashtags are made of.</summary>
public static class AdversarialArbitrary
{
    private static readonly string[] Fragments =
    [
        "a", "www", "jp", "com", "xn--", "p1ai", "あ", "みんな", "é", "_", "-", ".", ".", "/", "(", ")", "?", "!", ":", "8",
        "@", "#", "＃", "&", "http://", "https://", "t.co/", "【", "】", " ", "\u200D", "👨", "1\uFE0F", "\u20E3", "RT ",
    ];

    public static Arbitrary<string> Patterns() =>
        Gen.Elements(Fragments).ListOf()
            .Where(parts => parts.Count is > 0 and <= 8)
            .Select(parts => string.Concat(parts))
            .ToArbitrary();
}

/// <summary>Any string: arbitrary UTF-16 (surrogate halves and controls weighted up), URL-ish fragments, and runs of one fragment up to 8,000 characters.</summary>
public static class AnyTextArbitrary
{
    private static readonly string[] Units = ["a.", "www.", "a", ".", "/", "#", "@", "&#", "http://", "\uD83D", "\uDE00", "\u0000", "\n", "\u202E", "あ", "【", "xn--", "-", "_", "?", "(", "!"];

    public static Arbitrary<string> Texts()
    {
        var unit = Gen.Frequency(
            (6, Gen.Choose(0, 0xFFFF).Select(static c => (char)c)),
            (2, Gen.Choose(0xD800, 0xDFFF).Select(static c => (char)c)),
            (2, Gen.Choose(0, 0x20).Select(static c => (char)c)));
        var arbitrary = unit.ArrayOf().Select(static chars => new string(chars));
        var pieces = Gen.ListOf(Gen.OneOf(arbitrary, Gen.Elements(Units))).Select(static parts => string.Concat(parts));
        var run = Gen.Elements(Units).SelectMany(static u => Gen.Choose(100, 8_000).Select(n => string.Concat(Enumerable.Repeat(u, Math.Max(1, n / u.Length)))));
        var runInText = pieces.SelectMany(before => run.SelectMany(middle => pieces.Select(after => before + middle + after)));
        return Gen.Frequency((3, arbitrary), (3, pieces), (2, runInText), (1, run)).ToArbitrary();
    }
}
