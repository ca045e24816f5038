using System.Collections.Frozen;
using System.Globalization;
using PostLint.Rules.Infrastructure;

namespace PostLint.Rules.Operations;

/// <summary>
/// Japan's public holidays from <c>Data/Lists/japanese-holidays.txt</c> (内閣府「国民の祝日について」:
/// 国民の祝日, 振替休日, 国民の休日) for the years the file covers. Outside those years no day is known
/// to be a national holiday: PostLint does not guess dates that 内閣府 has not published.
/// </summary>
internal sealed class JapaneseHolidayCalendar
{
    private readonly FrozenDictionary<DateOnly, string> _holidays;

    private JapaneseHolidayCalendar(FrozenDictionary<DateOnly, string> holidays, int firstYear, int lastYear)
    {
        _holidays = holidays;
        FirstYear = firstYear;
        LastYear = lastYear;
    }

    private static readonly Lazy<JapaneseHolidayCalendar> BuiltIn = new(static () => Parse(EmbeddedData.ReadList("Lists/japanese-holidays.txt")));

    public static JapaneseHolidayCalendar Instance => BuiltIn.Value;

    /// <summary>The first year the table covers.</summary>
    public int FirstYear { get; }

    /// <summary>The last year the table covers.</summary>
    public int LastYear { get; }

    /// <summary>Every holiday with its name (元日, 振替休日, 国民の休日…).</summary>
    public IReadOnlyDictionary<DateOnly, string> Holidays => _holidays;

    public bool Covers(DateOnly date) => date.Year >= FirstYear && date.Year <= LastYear;

    /// <summary>The holiday's name, or null when the day is not a national holiday (or its year is not covered).</summary>
    public string? NameOf(DateOnly date) => _holidays.GetValueOrDefault(date);

    internal static JapaneseHolidayCalendar Parse(IReadOnlyList<string> entries)
    {
        int? first = null;
        int? last = null;
        var holidays = new Dictionary<DateOnly, string>();
        foreach (var entry in entries)
        {
            if (entry.StartsWith("@years ", StringComparison.Ordinal))
            {
                var range = entry["@years ".Length..].Split('-', StringSplitOptions.TrimEntries);
                if (range.Length != 2 ||
                    !int.TryParse(range[0], NumberStyles.None, CultureInfo.InvariantCulture, out var from) ||
                    !int.TryParse(range[1], NumberStyles.None, CultureInfo.InvariantCulture, out var to) || to < from)
                {
                    throw new InvalidDataException($"japanese-holidays.txt: '{entry}' is not '@years FIRST-LAST'.");
                }

                (first, last) = (from, to);
                continue;
            }

            var space = entry.IndexOf(' ', StringComparison.Ordinal);
            if (space < 0 || !DateOnly.TryParseExact(entry[..space], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                throw new InvalidDataException($"japanese-holidays.txt: '{entry}' is not 'yyyy-MM-dd NAME'.");
            }

            if (!holidays.TryAdd(date, entry[(space + 1)..].Trim()))
            {
                throw new InvalidDataException($"japanese-holidays.txt: {date:yyyy-MM-dd} is listed twice.");
            }
        }

        if (first is null || last is null)
        {
            throw new InvalidDataException("japanese-holidays.txt: the '@years FIRST-LAST' line is missing.");
        }

        var outside = holidays.Keys.FirstOrDefault(d => d.Year < first || d.Year > last);
        if (outside != default)
        {
            throw new InvalidDataException($"japanese-holidays.txt: {outside:yyyy-MM-dd} is outside the covered years {first}-{last}.");
        }

        return new JapaneseHolidayCalendar(holidays.ToFrozenDictionary(), first.Value, last.Value);
    }
}
