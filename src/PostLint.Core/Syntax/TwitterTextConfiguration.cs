namespace PostLint.Syntax;

/// <summary>A range of code points and the weight each one adds (twitter-text configuration <c>ranges</c>).</summary>
public readonly record struct WeightRange(int Start, int End, int Weight);

/// <summary>
/// A twitter-text length configuration (<c>config/v1.json</c>, <c>v2.json</c>, <c>v3.json</c> of
/// twitter-text 3.1.0). Weights are in units of 1/<see cref="Scale"/> character.
/// </summary>
public sealed class TwitterTextConfiguration
{
    private readonly WeightRange[] _ranges;

    public TwitterTextConfiguration(int version, int maxWeightedTweetLength, int scale, int defaultWeight, bool emojiParsingEnabled, int transformedUrlLength, IReadOnlyList<WeightRange> ranges)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxWeightedTweetLength);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(scale);
        ArgumentNullException.ThrowIfNull(ranges);
        Version = version;
        MaxWeightedTweetLength = maxWeightedTweetLength;
        Scale = scale;
        DefaultWeight = defaultWeight;
        EmojiParsingEnabled = emojiParsingEnabled;
        TransformedUrlLength = transformedUrlLength;
        _ranges = [.. ranges];
    }

    /// <summary>v1: 140 characters, every code point weighs 1, a URL 23.</summary>
    public static TwitterTextConfiguration V1 { get; } = new(1, 140, 1, 1, emojiParsingEnabled: false, 23, []);

    /// <summary>v2: 280 weighted; Latin, general punctuation and similar weigh 1, everything else 2; a URL 23.</summary>
    public static TwitterTextConfiguration V2 { get; } = new(2, 280, 100, 200, emojiParsingEnabled: false, 23, WeightedRanges);

    /// <summary>v3 (the current one): as v2, and an emoji sequence weighs 2 however many code points it has.</summary>
    public static TwitterTextConfiguration V3 { get; } = new(3, 280, 100, 200, emojiParsingEnabled: true, 23, WeightedRanges);

    /// <summary>The configuration twitter-text uses by default: <see cref="V3"/>.</summary>
    public static TwitterTextConfiguration Default => V3;

    public int Version { get; }

    /// <summary>
    /// The same counting with another maximum (X Premium's long posts: 25,000), so that
    /// <see cref="WeightedLengthResult.ValidRangeEnd"/> ends where that limit does.
    /// </summary>
    public TwitterTextConfiguration WithMaxWeightedTweetLength(int maxWeightedTweetLength) =>
        maxWeightedTweetLength == MaxWeightedTweetLength
            ? this
            : new(Version, maxWeightedTweetLength, Scale, DefaultWeight, EmojiParsingEnabled, TransformedUrlLength, _ranges);

    public int MaxWeightedTweetLength { get; }

    public int Scale { get; }

    public int DefaultWeight { get; }

    public bool EmojiParsingEnabled { get; }

    public int TransformedUrlLength { get; }

    public IReadOnlyList<WeightRange> Ranges => _ranges;

    private static WeightRange[] WeightedRanges =>
    [
        new(0x0000, 0x10FF, 100), // Latin, Greek, Cyrillic, … up to Georgian (0–4351)
        new(0x2000, 0x200D, 100), // spaces and zero-width characters of General Punctuation
        new(0x2010, 0x201F, 100), // dashes and quotation marks
        new(0x2032, 0x2037, 100), // primes
    ];

    /// <summary>The weight of one UTF-16 code unit (twitter-text weighs the unit it lands on).</summary>
    internal int WeightOf(char c)
    {
        foreach (var range in _ranges)
        {
            if (c >= range.Start && c <= range.End)
            {
                return range.Weight;
            }
        }

        return DefaultWeight;
    }
}
