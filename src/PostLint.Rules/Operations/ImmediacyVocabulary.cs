using System.Buffers;
using System.Globalization;
using System.Text.RegularExpressions;
using PostLint.Rules.Infrastructure;

namespace PostLint.Rules.Operations;

/// <summary>
/// The words of <c>Data/Lists/immediacy-words.txt</c>: what makes a post 「即時性が求められる情報」
/// (上越市ガイドライン 6(1)②【時間】) so that it may be posted outside working hours. A post is
/// immediate when it names a disaster, warning, sighting or disruption, or when it gives an event's
/// go/no-go or change for the day it is posted or the next day (a day word or the date itself,
/// together with an event word). A day word alone is not enough: 「今日のランチ紹介」 can wait.
/// </summary>
internal sealed partial class ImmediacyVocabulary
{
    private readonly SearchValues<string> _immediate;
    private readonly SearchValues<string> _day;
    private readonly SearchValues<string> _event;

    private ImmediacyVocabulary(IReadOnlyList<string> immediate, IReadOnlyList<string> day, IReadOnlyList<string> eventWords)
    {
        _immediate = SearchValues.Create([.. immediate], StringComparison.Ordinal);
        _day = SearchValues.Create([.. day], StringComparison.Ordinal);
        _event = SearchValues.Create([.. eventWords], StringComparison.Ordinal);
        Immediate = immediate;
        Day = day;
        Event = eventWords;
    }

    private static readonly Lazy<ImmediacyVocabulary> BuiltIn = new(static () => Parse(EmbeddedData.ReadList("Lists/immediacy-words.txt")));

    public static ImmediacyVocabulary Instance => BuiltIn.Value;

    public IReadOnlyList<string> Immediate { get; }

    public IReadOnlyList<string> Day { get; }

    public IReadOnlyList<string> Event { get; }

    /// <summary>Reads the sectioned list (<c>[immediate]</c>, <c>[day]</c>, <c>[event]</c>).</summary>
    internal static ImmediacyVocabulary Parse(IReadOnlyList<string> entries)
    {
        var sections = new Dictionary<string, List<string>>(StringComparer.Ordinal)
        {
            ["[immediate]"] = [],
            ["[day]"] = [],
            ["[event]"] = [],
        };
        List<string>? current = null;
        foreach (var entry in entries)
        {
            if (entry.StartsWith('['))
            {
                current = sections.TryGetValue(entry, out var section)
                    ? section
                    : throw new InvalidDataException($"immediacy-words.txt: unknown section '{entry}' (use [immediate], [day] or [event]).");
                continue;
            }

            (current ?? throw new InvalidDataException($"immediacy-words.txt: '{entry}' comes before any section.")).Add(entry);
        }

        return new ImmediacyVocabulary(sections["[immediate]"], sections["[day]"], sections["[event]"]);
    }

    /// <summary>True when the post is information that cannot wait, posted on <paramref name="postedOn"/> (local date).</summary>
    public bool IsImmediate(ReadOnlySpan<char> text, DateOnly postedOn)
    {
        if (text.IndexOfAny(_immediate) >= 0)
        {
            return true;
        }

        return text.IndexOfAny(_event) >= 0 && (text.IndexOfAny(_day) >= 0 || NamesTodayOrTomorrow(text, postedOn));
    }

    /// <summary>True when the text writes the posting day or the next day as a date (4月6日, ４月６日, 4/6).</summary>
    private static bool NamesTodayOrTomorrow(ReadOnlySpan<char> text, DateOnly postedOn)
    {
        var tomorrow = postedOn.AddDays(1);
        foreach (var match in DatePattern().EnumerateMatches(text))
        {
            var found = text.Slice(match.Index, match.Length);
            var separator = found.IndexOfAny('月', '/', '／');
            if (!TryNumber(found[..separator], out var month) || !TryNumber(found[(separator + 1)..].TrimEnd('日'), out var day))
            {
                continue;
            }

            if ((month == postedOn.Month && day == postedOn.Day) || (month == tomorrow.Month && day == tomorrow.Day))
            {
                return true;
            }
        }

        return false;
    }

    // Digits may be full width (４月６日): fold them before parsing.
    private static bool TryNumber(ReadOnlySpan<char> digits, out int value)
    {
        Span<char> ascii = stackalloc char[digits.Length];
        for (var i = 0; i < digits.Length; i++)
        {
            ascii[i] = digits[i] is >= '０' and <= '９' ? (char)(digits[i] - '０' + '0') : digits[i];
        }

        return int.TryParse(ascii, NumberStyles.None, CultureInfo.InvariantCulture, out value);
    }

    [GeneratedRegex(@"(?<![0-9０-９/／])(?<m>[0-9０-９]{1,2})(?:月|/|／)(?<d>[0-9０-９]{1,2})(?:日|(?![0-9０-９/／]))", RegexOptions.CultureInvariant)]
    private static partial Regex DatePattern();
}
