using PostLint.Rules.Operations;

namespace PostLint.Rules.Tests.Operations;

/// <summary>The shipped holiday table holds to the rules of 国民の祝日に関する法律.</summary>
public sealed class JapaneseHolidayCalendarTests
{
    private static readonly JapaneseHolidayCalendar Calendar = JapaneseHolidayCalendar.Instance;

    [Fact]
    public void The_table_covers_2020_to_2027()
    {
        Assert.Equal(2020, Calendar.FirstYear);
        Assert.Equal(2027, Calendar.LastYear);
        Assert.True(Calendar.Covers(new DateOnly(2027, 12, 31)));
        Assert.False(Calendar.Covers(new DateOnly(2028, 1, 1)));
        Assert.Null(Calendar.NameOf(new DateOnly(2028, 1, 1))); // 元日 of a year not in the table is not guessed
    }

    [Fact]
    public void Every_year_has_its_fixed_holidays()
    {
        for (var year = Calendar.FirstYear; year <= Calendar.LastYear; year++)
        {
            Assert.Equal("元日", Calendar.NameOf(new DateOnly(year, 1, 1)));
            Assert.Equal("建国記念の日", Calendar.NameOf(new DateOnly(year, 2, 11)));
            Assert.Equal("天皇誕生日", Calendar.NameOf(new DateOnly(year, 2, 23)));
            Assert.Equal("昭和の日", Calendar.NameOf(new DateOnly(year, 4, 29)));
            Assert.Equal("憲法記念日", Calendar.NameOf(new DateOnly(year, 5, 3)));
            Assert.Equal("みどりの日", Calendar.NameOf(new DateOnly(year, 5, 4)));
            Assert.Equal("こどもの日", Calendar.NameOf(new DateOnly(year, 5, 5)));
            Assert.Equal("文化の日", Calendar.NameOf(new DateOnly(year, 11, 3)));
            Assert.Equal("勤労感謝の日", Calendar.NameOf(new DateOnly(year, 11, 23)));
            Assert.Single(Calendar.Holidays, h => h.Key.Year == year && h.Value == "春分の日");
            Assert.Single(Calendar.Holidays, h => h.Key.Year == year && h.Value == "秋分の日");
        }
    }

    [Fact]
    public void Happy_monday_holidays_fall_on_mondays_outside_the_olympic_years()
    {
        foreach (var (date, name) in Calendar.Holidays)
        {
            var movedForTheGames = date.Year is 2020 or 2021 && name is "海の日" or "スポーツの日";
            if (name is "成人の日" or "敬老の日" || (name is "海の日" or "スポーツの日" && !movedForTheGames))
            {
                Assert.True(date.DayOfWeek == DayOfWeek.Monday, $"{date:yyyy-MM-dd} {name} is not a Monday");
            }
        }
    }

    [Fact]
    public void A_holiday_on_a_sunday_is_followed_by_a_substitute_holiday() // 祝日法 3条2項
    {
        foreach (var (date, name) in Calendar.Holidays)
        {
            if (date.DayOfWeek != DayOfWeek.Sunday || name == "振替休日")
            {
                continue;
            }

            var next = date.AddDays(1);
            while (Calendar.NameOf(next) is { } following && following != "振替休日")
            {
                next = next.AddDays(1);
            }

            Assert.True(Calendar.NameOf(next) == "振替休日", $"{date:yyyy-MM-dd} {name} is a Sunday, but {next:yyyy-MM-dd} is not 振替休日");
        }

        Assert.All(Calendar.Holidays.Where(static h => h.Value == "振替休日"), h =>
        {
            // A substitute holiday follows a run of holidays that started on a Sunday.
            var day = h.Key.AddDays(-1);
            while (Calendar.NameOf(day) is not null && day.DayOfWeek != DayOfWeek.Sunday)
            {
                day = day.AddDays(-1);
            }

            Assert.True(day.DayOfWeek == DayOfWeek.Sunday && Calendar.NameOf(day) is not null, $"{h.Key:yyyy-MM-dd} 振替休日 does not follow a Sunday holiday");
        });
    }

    [Fact]
    public void A_weekday_between_two_holidays_is_a_holiday() // 祝日法 3条3項 (国民の休日)
    {
        foreach (var date in Calendar.Holidays.Keys)
        {
            var between = date.AddDays(1);
            if (Calendar.NameOf(date.AddDays(2)) is not null && between.DayOfWeek != DayOfWeek.Sunday)
            {
                Assert.NotNull(Calendar.NameOf(between));
            }
        }

        Assert.Equal("国民の休日", Calendar.NameOf(new DateOnly(2026, 9, 22)));
    }

    [Theory]
    [InlineData("@years 2020-2021\n2022-01-01 元日", "outside the covered years")]
    [InlineData("2025-01-01 元日", "@years")]
    [InlineData("@years 2025-2025\n2025-01-01 元日\n2025-01-01 元日", "twice")]
    [InlineData("@years 2025-2025\n2025-13-01 元日", "yyyy-MM-dd NAME")]
    public void A_broken_table_fails_loudly(string text, string expected)
    {
        var error = Assert.Throws<InvalidDataException>(() => JapaneseHolidayCalendar.Parse(text.Split('\n')));
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }
}
