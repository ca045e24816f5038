using System.Collections.Immutable;
using System.Globalization;
using PostLint.Configuration;
using PostLint.Localization;

namespace PostLint.Rules.Operations;

/// <summary>
/// The <c>operations</c> section of <c>postlint.json</c>: how the account is run. PL6001 reads the
/// business hours, time zone and closed days, PL6002 the time zone, PL6003 the reply policy,
/// PL6004 the accounts that may be shared, PL5001 whether the account publishes X long posts.
/// Hosts read <see cref="TimeZone"/> for the dates of an export.
/// </summary>
/// <param name="BusinessHours"><c>operations.businessHours</c>, or null when not configured (PL6001 then does not run).</param>
/// <param name="TimeZone"><c>operations.timeZone</c> (UTC when not configured).</param>
/// <param name="Holidays">Closed days written as <c>yyyy-MM-dd</c>.</param>
/// <param name="AnnualHolidays">Days closed every year, written as <c>MM-dd</c> (the year-end closure 12-29 … 01-03).</param>
/// <param name="JapaneseHolidays">Japan's public holidays (国民の祝日, 振替休日, 国民の休日) are closed days (PL6001).</param>
/// <param name="Replies">Whether the account replies to users; null when not configured. PL6003 reports replies unless this is true.</param>
/// <param name="LongPosts">The account publishes X long posts (X Premium): PL5001 judges X posts against X's long-post limit instead of 280.</param>
/// <param name="ShareFrom">Accounts whose posts may be shared (without <c>@</c>); PL6004 runs only when set.</param>
public sealed record OperationsOptions(
    BusinessHours? BusinessHours,
    TimeZoneInfo TimeZone,
    ImmutableHashSet<DateOnly> Holidays,
    ImmutableHashSet<AnnualDate> AnnualHolidays,
    bool JapaneseHolidays,
    bool? Replies,
    bool LongPosts,
    ImmutableArray<string> ShareFrom)
{
    private const string Schema = """
        {
          "properties": {
            "businessHours": { "type": "string", "description": "Posting hours, e.g. 'Mon-Fri 08:30-17:15' or 'Mon-Fri 08:30-17:15; Sat 09:00-12:00' (end exclusive)." },
            "timeZone": { "type": "string", "description": "IANA time zone, e.g. Asia/Tokyo." },
            "holidays": { "type": "array", "items": { "type": "string", "pattern": "^([0-9]{4}-)?[0-9]{2}-[0-9]{2}$" }, "description": "Closed days: yyyy-MM-dd for one day, MM-dd for every year (12-29 … 01-03 for the year-end closure). Lists add to the profile's." },
            "japaneseHolidays": { "type": "boolean", "description": "Japan's public holidays (国民の祝日, 振替休日, 国民の休日) are closed days, from the table PostLint ships (内閣府「国民の祝日について」; the years it covers are in `postlint explain PL6001`)." },
            "replies": { "type": "boolean", "description": "Whether the account replies to users (its 運用ポリシー). false turns PL6003 on: replies to other users are reported in audits; replies to the account's own posts (threads) never are." },
            "longPosts": { "type": "boolean", "description": "The account publishes X long posts (X Premium): PL5001 judges its X posts against X's long-post limit (25,000 weighted, 全角12,500) instead of 280. Posts read from an X archive's note-tweet.js (or JSON Lines with \"longPost\": true) are judged so anyway." },
            "shareFrom": { "$ref": "#/definitions/stringList", "description": "Accounts whose posts the account may share (without @). Setting it turns PL6004 on: audits report shares (reposts, retweets, quotes) of any other account." }
          }
        }
        """;

    /// <summary>
    /// The declaration of the section. Account settings switch their rule on, as the SPEC's profile
    /// table says: a layer that writes <c>replies: false</c> turns PL6003 on, and one that lists
    /// <c>shareFrom</c> turns PL6004 on, at the rule's default severity — unless the same layer
    /// names the rule.
    /// </summary>
    public static readonly OptionSection<OperationsOptions> Section = new(
        "operations",
        Schema,
        Read,
        RulesSwitchedOn);

    private static IEnumerable<string> RulesSwitchedOn(OperationsOptions operations)
    {
        if (operations.Replies == false)
        {
            yield return "PL6003";
        }

        if (!operations.ShareFrom.IsEmpty)
        {
            yield return "PL6004";
        }
    }

    /// <summary>True when <paramref name="date"/> is a configured closed day (a listed date or an annual one).</summary>
    public bool IsConfiguredHoliday(DateOnly date)
    {
        if (Holidays.Contains(date))
        {
            return true;
        }

        foreach (var annual in AnnualHolidays)
        {
            if (annual.Matches(date))
            {
                return true;
            }
        }

        return false;
    }

    private static OperationsOptions Read(OptionReader section)
    {
        BusinessHours? hours = null;
        if (section.Value("businessHours")?.ToText() is { } text)
        {
            if (!BusinessHours.TryParseWithProblem(text, out hours, out var error))
            {
                section.Value("businessHours")!.Report(error!);
            }
        }

        var zone = TimeZoneInfo.Utc;
        if (section.Value("timeZone") is { } zoneValue && zoneValue.ToText() is { } zoneId)
        {
            if (TimeZoneInfo.TryFindSystemTimeZoneById(zoneId, out var found))
            {
                zone = found;
            }
            else
            {
                zoneValue.Report(LocalizedMessage.Of("config.unknownTimeZone", zoneId));
            }
        }

        var days = ImmutableHashSet.CreateBuilder<DateOnly>();
        var annual = ImmutableHashSet.CreateBuilder<AnnualDate>();
        foreach (var item in section.StringItems("holidays"))
        {
            if (DateOnly.TryParseExact(item.Text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                days.Add(date);
            }
            else if (TryAnnualDate(item.Text, out var everyYear))
            {
                annual.Add(everyYear);
            }
            else
            {
                item.Report(LocalizedMessage.Of("config.notDate", item.Text));
            }
        }

        return new OperationsOptions(
            hours,
            zone,
            days.ToImmutable(),
            annual.ToImmutable(),
            section.Boolean("japaneseHolidays") ?? false,
            section.Boolean("replies"),
            section.Boolean("longPosts") ?? false,
            section.Items("shareFrom", static item => item.Text.Trim().TrimStart('@', '＠') is { Length: > 0 } account ? account : null));
    }

    // 12-29: a closed day every year (02-29 is accepted and matches in leap years only).
    private static bool TryAnnualDate(string text, out AnnualDate date)
    {
        date = default;
        if (text.Length != 5 || text[2] != '-' ||
            !int.TryParse(text.AsSpan(0, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var month) ||
            !int.TryParse(text.AsSpan(3, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var day) ||
            month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(2024, month))
        {
            return false;
        }

        date = new AnnualDate(month, day);
        return true;
    }
}
