using PostLint.Rules.Operations;

namespace PostLint.Rules.Tests.Operations;

public sealed class ImmediacyVocabularyTests
{
    private static readonly DateOnly Saturday = new(2025, 4, 5);

    [Fact]
    public void The_list_has_its_three_sections()
    {
        var vocabulary = ImmediacyVocabulary.Instance;
        Assert.Contains("欠航", vocabulary.Immediate);
        Assert.Contains("明日", vocabulary.Day);
        Assert.Contains("開催", vocabulary.Event);
        Assert.DoesNotContain("今日", vocabulary.Immediate); // a day word alone is not immediacy
    }

    [Theory]
    [InlineData("4/6の朝市は中止です", true)]
    [InlineData("4/7の朝市は中止です", false)]
    [InlineData("12/4/6の朝市は中止です", false)] // not a month/day
    [InlineData("14月6日の朝市は中止です", false)]
    [InlineData("4月6日の朝市のお知らせ", false)] // a date without go/no-go
    public void A_date_counts_as_today_or_tomorrow_only_when_it_is(string text, bool expected) =>
        Assert.Equal(expected, ImmediacyVocabulary.Instance.IsImmediate(text, Saturday));

    [Fact]
    public void Tomorrow_crosses_the_month_and_the_year() =>
        Assert.True(ImmediacyVocabulary.Instance.IsImmediate("1月1日の初日の出イベントは中止します", new DateOnly(2025, 12, 31)));

    [Theory]
    [InlineData("[unknown]\n開催", "unknown section")]
    [InlineData("開催", "before any section")]
    public void A_broken_list_fails_loudly(string text, string expected)
    {
        var error = Assert.Throws<InvalidDataException>(() => ImmediacyVocabulary.Parse(text.Split('\n')));
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }
}
