using System.Collections.Frozen;
using System.Globalization;
using System.Text;
using PostLint.Model;

namespace PostLint.Syntax;

/// <summary>
/// A platform's limits on one post (<c>Data/Syntax/platform-limits.txt</c>, with their sources):
/// the longest text in the platform's <see cref="Unit"/> and the most hashtags it accepts or
/// shows (null where it has no such limit or none is known).
/// </summary>
/// <param name="Platform">The platform.</param>
/// <param name="MaxLength">The longest text, in <paramref name="Unit"/>.</param>
/// <param name="Unit">How the platform counts length.</param>
/// <param name="MaxHashtags">The most hashtags accepted or shown, or null where there is no such limit or none is known.</param>
/// <param name="LimitedText">Which text the limit applies to, as the platform's documentation says (for messages).</param>
public sealed record PlatformLimits(Platform Platform, int MaxLength, LengthUnit Unit, int? MaxHashtags, string LimitedText)
{
    private const string DataFile = "Syntax/platform-limits.txt";
    private const string LongPostDataFile = "Syntax/long-post-limits.txt";

    private static readonly (FrozenDictionary<Platform, PlatformLimits> Limits, FrozenDictionary<string, Platform> Names, string[] NameList) Table = Load();

    // After Table: the long-post limits take the hashtag limit of the ordinary ones.
    private static readonly FrozenDictionary<Platform, PlatformLimits> LongPostTable = LoadLongPosts();

    /// <summary>The names <see cref="TryParsePlatform"/> accepts (lower case).</summary>
    public static IReadOnlyList<string> PlatformNames => Table.NameList;

    /// <summary>The limits of an ordinary post on <paramref name="platform"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="platform"/> is not a defined <see cref="Platform"/> value.</exception>
    public static PlatformLimits For(Platform platform) =>
        Table.Limits.TryGetValue(platform, out var limits) ? limits : throw new ArgumentOutOfRangeException(nameof(platform), platform, "unknown platform");

    /// <summary>
    /// The limits of a platform's long posts (X Premium: 25,000; <c>Data/Syntax/long-post-limits.txt</c>),
    /// or null when the platform has no such posts. The hashtag limit is the ordinary post's.
    /// </summary>
    public static PlatformLimits? ForLongPosts(Platform platform) =>
        LongPostTable.TryGetValue(platform, out var limits) ? limits : null;

    /// <summary>
    /// The limits a post is judged against: the long-post limits when it is a long post (or the
    /// account publishes them) and its platform has them, else the platform's ordinary limits.
    /// </summary>
    public static PlatformLimits For(Platform platform, bool longPost) =>
        longPost && ForLongPosts(platform) is { } longLimits ? longLimits : For(platform);

    /// <summary>The length of <paramref name="text"/> in the unit <paramref name="platform"/> counts in.</summary>
    public static int CountLength(Platform platform, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return For(platform).Unit switch
        {
            LengthUnit.XWeighted => WeightedLength.Compute(text).WeightedLength,
            LengthUnit.ThreadsCharacters => CountThreadsCharacters(text),
            LengthUnit.Graphemes => CountGraphemes(text),
            _ => text.Length,
        };
    }

    /// <summary>Parses a platform name (<c>x</c>, <c>twitter</c>, <c>threads</c>, <c>instagram</c>, <c>line</c>, <c>facebook</c>, <c>youtube</c>), ignoring case.</summary>
    public static bool TryParsePlatform(string? name, out Platform platform)
    {
        platform = default;
        return name is not null && Table.Names.TryGetValue(name.Trim(), out platform);
    }

    /// <summary>Parses a platform name; throws <see cref="FormatException"/> naming the accepted names.</summary>
    public static Platform ParsePlatform(string name) =>
        TryParsePlatform(name, out var platform)
            ? platform
            : throw new FormatException($"Unknown platform '{name}'; expected one of: {string.Join(", ", PlatformNames)}.");

    private static int CountThreadsCharacters(string text)
    {
        var span = text.AsSpan();
        var count = 0;
        var i = 0;
        while (i < span.Length)
        {
            var emoji = EmojiMatcher.MayStartEmoji(span[i]) ? EmojiMatcher.Match(span, i) : 0;
            if (emoji > 0)
            {
                // U+FE0F left after an emoji belongs to it, as the writer sees one emoji.
                while (i + emoji < span.Length && span[i + emoji] == '\uFE0F')
                {
                    emoji++;
                }

                count += Encoding.UTF8.GetByteCount(span.Slice(i, emoji));
                i += emoji;
            }
            else
            {
                i += char.IsHighSurrogate(span[i]) && i + 1 < span.Length && char.IsLowSurrogate(span[i + 1]) ? 2 : 1;
                count++;
            }
        }

        return count;
    }

    private static int CountGraphemes(string text)
    {
        var span = text.AsSpan();
        var count = 0;
        while (!span.IsEmpty)
        {
            span = span[StringInfo.GetNextTextElementLength(span)..];
            count++;
        }

        return count;
    }

    private static (FrozenDictionary<Platform, PlatformLimits>, FrozenDictionary<string, Platform>, string[]) Load()
    {
        var limits = new Dictionary<Platform, PlatformLimits>();
        var names = new Dictionary<string, Platform>(StringComparer.OrdinalIgnoreCase);
        var nameList = new List<string>();
        foreach (var (lineNumber, content) in EmbeddedData.ReadLines(DataFile))
        {
            var fields = content.Split(';', StringSplitOptions.TrimEntries);
            if (fields.Length != 6
                || !Enum.TryParse<Platform>(fields[0], out var platform)
                || !int.TryParse(fields[2], NumberStyles.None, CultureInfo.InvariantCulture, out var maxLength)
                || !Enum.TryParse<LengthUnit>(fields[3], out var unit))
            {
                throw EmbeddedData.Malformed(DataFile, lineNumber, "expected '<platform> ; <names> ; <max length> ; <unit> ; <max hashtags or -> ; <what is limited>'");
            }

            int? maxHashtags = null;
            if (fields[4] != "-")
            {
                maxHashtags = int.TryParse(fields[4], NumberStyles.None, CultureInfo.InvariantCulture, out var n)
                    ? n
                    : throw EmbeddedData.Malformed(DataFile, lineNumber, $"'{fields[4]}' is not a hashtag count or '-'");
            }

            limits.Add(platform, new PlatformLimits(platform, maxLength, unit, maxHashtags, fields[5]));
            foreach (var name in fields[1].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                names.Add(name, platform);
                nameList.Add(name.ToLowerInvariant());
            }
        }

        foreach (var platform in Enum.GetValues<Platform>())
        {
            if (!limits.ContainsKey(platform))
            {
                throw new InvalidDataException($"Data/{DataFile}: no line for platform {platform}.");
            }
        }

        return (limits.ToFrozenDictionary(), names.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase), [.. nameList]);
    }

    private static FrozenDictionary<Platform, PlatformLimits> LoadLongPosts()
    {
        var limits = new Dictionary<Platform, PlatformLimits>();
        foreach (var (lineNumber, content) in EmbeddedData.ReadLines(LongPostDataFile))
        {
            var fields = content.Split(';', StringSplitOptions.TrimEntries);
            if (fields.Length != 4
                || !Enum.TryParse<Platform>(fields[0], out var platform)
                || !int.TryParse(fields[1], NumberStyles.None, CultureInfo.InvariantCulture, out var maxLength)
                || !Enum.TryParse<LengthUnit>(fields[2], out var unit))
            {
                throw EmbeddedData.Malformed(LongPostDataFile, lineNumber, "expected '<platform> ; <max length> ; <unit> ; <what is limited>'");
            }

            limits.Add(platform, new PlatformLimits(platform, maxLength, unit, For(platform).MaxHashtags, fields[3]));
        }

        return limits.ToFrozenDictionary();
    }
}
