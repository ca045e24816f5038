using System.Globalization;
using PostLint.Localization;

namespace PostLint.Input;

/// <summary>The time formats of the inputs: ISO 8601, X's <c>created_at</c>, legacy <c>tweets.csv</c>, Unix seconds.</summary>
internal static class Timestamps
{
    private static readonly string[] XFormats = ["ddd MMM dd HH:mm:ss zzz yyyy", "ddd MMM dd HH:mm:ss K yyyy"];

    private static readonly string[] LegacyCsvFormats = ["yyyy-MM-dd HH:mm:ss zzz", "yyyy-MM-dd HH:mm:ss K"];

    /// <summary>
    /// ISO 8601 (<c>2025-04-01T09:00:00+09:00</c>, <c>…Z</c>). A time without an offset is taken in
    /// <paramref name="defaultZone"/> (the configured <c>operations.timeZone</c>).
    /// </summary>
    public static bool TryParseIso(string text, TimeZoneInfo defaultZone, out DateTimeOffset value)
    {
        var trimmed = text.AsSpan().Trim();
        if (DateTimeOffset.TryParse(trimmed, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out value) && HasOffset(trimmed))
        {
            return true;
        }

        if (DateTime.TryParse(trimmed, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var local) && local.Kind != DateTimeKind.Utc)
        {
            var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
            value = new DateTimeOffset(unspecified, defaultZone.GetUtcOffset(unspecified));
            return true;
        }

        value = default;
        return false;
    }

    // "2025-04-01T09:00:00" has no offset; "…Z", "…+09:00" and "…+0900" do.
    private static bool HasOffset(ReadOnlySpan<char> text)
    {
        if (text.EndsWith("Z", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var time = text.IndexOf('T');
        if (time < 0)
        {
            time = text.IndexOf(' ');
        }

        return time >= 0 && text[time..].IndexOfAny('+', '-') >= 0;
    }

    /// <summary>X's <c>created_at</c>: <c>Sat Feb 18 12:33:11 +0000 2023</c>.</summary>
    public static bool TryParseX(string text, out DateTimeOffset value) =>
        DateTimeOffset.TryParseExact(text.Trim(), XFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out value);

    /// <summary>
    /// A CSV time: the legacy <c>tweets.csv</c> <c>timestamp</c> (<c>2017-10-11 22:18:59 +0000</c>), ISO
    /// 8601, or the way Japanese Excel writes dates (<c>2025/4/1 9:00</c>, <c>2025年4月1日 9:00</c>),
    /// which carry no offset and are taken in <paramref name="defaultZone"/>.
    /// </summary>
    public static bool TryParseLegacyCsv(string text, TimeZoneInfo defaultZone, out DateTimeOffset value)
    {
        var trimmed = text.Trim();
        if (DateTimeOffset.TryParseExact(trimmed, LegacyCsvFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out value))
        {
            return true;
        }

        if (DateTime.TryParseExact(trimmed, JapaneseSpreadsheetFormats, CultureInfo.InvariantCulture, DateTimeStyles.AllowInnerWhite, out var local))
        {
            value = new DateTimeOffset(local, defaultZone.GetUtcOffset(local));
            return true;
        }

        return TryParseIso(trimmed, defaultZone, out value);
    }

    private static readonly string[] JapaneseSpreadsheetFormats =
    [
        "yyyy/M/d H:mm", "yyyy/M/d H:mm:ss", "yyyy/M/d",
        "yyyy年M月d日 H:mm", "yyyy年M月d日 H:mm:ss", "yyyy年M月d日 H時m分", "yyyy年M月d日H時m分", "yyyy年M月d日",
    ];

    /// <summary>The time of Unix seconds read from <paramref name="field"/>; one outside years 1–9999 is a <see cref="RecordFieldException"/> (PL0001 for the record).</summary>
    public static DateTimeOffset FromUnixSeconds(long seconds, string field) =>
        seconds is >= MinUnixSeconds and <= MaxUnixSeconds
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : throw new RecordFieldException(field, LocalizedMessage.Of("input.unixSeconds", seconds, MinUnixSeconds, MaxUnixSeconds));

    // DateTimeOffset's range in Unix seconds: 0001-01-01 to 9999-12-31T23:59:59.
    private const long MinUnixSeconds = -62_135_596_800;
    private const long MaxUnixSeconds = 253_402_300_799;
}
