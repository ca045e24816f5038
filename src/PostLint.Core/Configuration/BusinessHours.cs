using System.Collections.Immutable;
using System.Globalization;
using PostLint.Localization;

namespace PostLint.Configuration;

/// <summary>
/// Posting hours, written as one or more segments separated by <c>;</c>: days, a space, and a time
/// range — <c>Mon-Fri 08:30-17:15</c>, <c>Mon-Fri 08:30-17:15; Sat 09:00-12:00</c>. Days are
/// <c>Mon Tue Wed Thu Fri Sat Sun</c>, ranges (<c>Mon-Fri</c>), lists (<c>Mon,Wed</c>) or <c>Daily</c>.
/// The end time is exclusive: a post at 17:15 is outside <c>08:30-17:15</c>.
/// </summary>
public sealed class BusinessHours
{
    private static readonly string[] DayNames = ["SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"];

    private BusinessHours(string text, ImmutableArray<Segment> segments)
    {
        Text = text;
        Segments = segments;
    }

    /// <summary>The hours as written in the configuration.</summary>
    public string Text { get; }

    /// <summary>The segments in the order written; a time is inside when any one contains it.</summary>
    public ImmutableArray<Segment> Segments { get; }

    /// <summary>True when a local time falls inside one of the segments.</summary>
    public bool Contains(DayOfWeek day, TimeOnly time)
    {
        foreach (var segment in Segments)
        {
            if (segment.Days.Contains(day) && time >= segment.Start && time < segment.End)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Parses business hours such as <c>Mon-Fri 08:30-17:15</c>.</summary>
    /// <param name="text">The hours as written.</param>
    /// <param name="hours">The parsed hours, or null when the text is not valid.</param>
    /// <param name="error">What is wrong, in Japanese, or null on success.</param>
    public static bool TryParse(string? text, out BusinessHours? hours, out string? error)
    {
        var parsed = TryParseWithProblem(text, out hours, out var message);
        error = message?.ToString();
        return parsed;
    }

    /// <summary>Parses business hours; <paramref name="error"/> says what is wrong, in either display language.</summary>
    public static bool TryParseWithProblem(string? text, out BusinessHours? hours, out LocalizedMessage? error)
    {
        hours = null;
        error = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            error = LocalizedMessage.Of("config.hours.empty");
            return false;
        }

        var segments = ImmutableArray.CreateBuilder<Segment>();
        foreach (var rawSegment in text.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var space = rawSegment.LastIndexOf(' ');
            if (space <= 0)
            {
                error = LocalizedMessage.Of("config.hours.segment", rawSegment);
                return false;
            }

            if (!TryParseDays(rawSegment[..space].Trim(), out var days, out error) ||
                !TryParseRange(rawSegment[(space + 1)..], out var start, out var end, out error))
            {
                return false;
            }

            segments.Add(new Segment(days, start, end));
        }

        if (segments.Count == 0)
        {
            error = LocalizedMessage.Of("config.hours.none");
            return false;
        }

        hours = new BusinessHours(text.Trim(), segments.ToImmutable());
        return true;
    }

    private static bool TryParseDays(string text, out ImmutableHashSet<DayOfWeek> days, out LocalizedMessage? error)
    {
        error = null;
        var builder = ImmutableHashSet.CreateBuilder<DayOfWeek>();
        if (text.Equals("daily", StringComparison.OrdinalIgnoreCase))
        {
            days = [.. Enum.GetValues<DayOfWeek>()];
            return true;
        }

        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var dash = part.IndexOf('-', StringComparison.Ordinal);
            if (dash < 0)
            {
                if (!TryDay(part, out var day))
                {
                    return Fail(part, out days, out error);
                }

                builder.Add(day);
                continue;
            }

            if (!TryDay(part[..dash], out var from) || !TryDay(part[(dash + 1)..], out var to))
            {
                return Fail(part, out days, out error);
            }

            // Mon-Fri, and also wrapping ranges such as Sat-Sun or Fri-Mon.
            for (var d = from; ; d = (DayOfWeek)(((int)d + 1) % 7))
            {
                builder.Add(d);
                if (d == to)
                {
                    break;
                }
            }
        }

        days = builder.ToImmutable();
        if (days.Count == 0)
        {
            return Fail(text, out days, out error);
        }

        return true;
    }

    private static bool Fail(string part, out ImmutableHashSet<DayOfWeek> days, out LocalizedMessage? error)
    {
        days = [];
        error = LocalizedMessage.Of("config.hours.day", part);
        return false;
    }

    private static bool TryDay(string text, out DayOfWeek day)
    {
        var index = Array.IndexOf(DayNames, text.Trim().ToUpperInvariant());
        day = (DayOfWeek)Math.Max(index, 0);
        return index >= 0;
    }

    private static bool TryParseRange(string text, out TimeOnly start, out TimeOnly end, out LocalizedMessage? error)
    {
        error = null;
        start = end = default;
        var parts = text.Split('-', StringSplitOptions.TrimEntries);
        if (parts.Length != 2 ||
            !TimeOnly.TryParseExact(parts[0], ["HH:mm", "H:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out start) ||
            !TryParseEnd(parts[1], out end))
        {
            error = LocalizedMessage.Of("config.hours.range", text);
            return false;
        }

        if (end <= start && end != TimeOnly.MaxValue)
        {
            error = LocalizedMessage.Of("config.hours.backwards", text);
            return false;
        }

        return true;
    }

    // 24:00 means the end of the day.
    private static bool TryParseEnd(string text, out TimeOnly end)
    {
        if (text is "24:00")
        {
            end = TimeOnly.MaxValue;
            return true;
        }

        return TimeOnly.TryParseExact(text, ["HH:mm", "H:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out end);
    }

    /// <summary>The hours as written (<see cref="Text"/>).</summary>
    public override string ToString() => Text;

    /// <summary>Days and a time range [Start, End).</summary>
    /// <param name="Days">The days the segment applies to.</param>
    /// <param name="Start">The first minute inside the segment, in local time.</param>
    /// <param name="End">The end of the segment (exclusive): a post at this time is outside.</param>
    public sealed record Segment(ImmutableHashSet<DayOfWeek> Days, TimeOnly Start, TimeOnly End);
}
