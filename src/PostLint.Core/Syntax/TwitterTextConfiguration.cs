namespace PostLint.Syntax;

/// <summary>A range of code points and the weight each one adds (twitter-text configuration <c>ranges</c>).</summary>
/// <param name="Start">The first code point of the range.</param>
/// <param name="End">The last code point of the range (inclusive).</param>
/// <param name="Weight">What each code point in the range weighs, in units of 1/<see cref="TwitterTextConfiguration.Scale"/> character.</param>
public readonly record struct WeightRange(int Start, int End, int Weight);

/// <summary>
/// A twitter-text length configuration (<c>config/v1.json</c>, <c>v2.json</c>, <c>v3.json</c> of
/// twitter-text 3.1.0). Weights are in units of 1/<see cref="Scale"/> character.
/// </summary>
public sealed class TwitterTextConfiguration
{
    private readonly WeightRange[] _ranges;

    /// <summary>A configuration with the fields of a twitter-text <c>config/*.json</c> file.</summary>
    /// <param name="version">The configuration's version number (1, 2, 3 for twitter-text's own).</param>
    /// <param name="maxWeightedTweetLength">The longest valid post, in weighted characters.</param>
    /// <param name="scale">How many weight units make one character.</param>
    /// <param name="defaultWeight">The weight of a code point outside every range.</param>
    /// <param name="emojiParsingEnabled">Whether an emoji sequence counts as one code point of the default weight.</param>
    /// <param name="transformedUrlLength">The length every URL counts as, however long it is written (t.co wrapping).</param>
    /// <param name="ranges">Code-point ranges with their own weight; copied.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxWeightedTweetLength"/> or <paramref name="scale"/> is not positive.</exception>
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

    /// <summary>The configuration's version number (twitter-text's <c>version</c>).</summary>
    public int Version { get; }

    /// <summary>
    /// The same counting with another maximum (X Premium's long posts: 25,000), so that
    /// <see cref="WeightedLengthResult.ValidRangeEnd"/> ends where that limit does.
    /// </summary>
    public TwitterTextConfiguration WithMaxWeightedTweetLength(int maxWeightedTweetLength) =>
        maxWeightedTweetLength == MaxWeightedTweetLength
            ? this
            : new(Version, maxWeightedTweetLength, Scale, DefaultWeight, EmojiParsingEnabled, TransformedUrlLength, _ranges);

    /// <summary>The longest valid post in weighted characters (280 in v2 and v3).</summary>
    public int MaxWeightedTweetLength { get; }

    /// <summary>Weight units per character: a code point of weight <see cref="Scale"/> counts one character.</summary>
    public int Scale { get; }

    /// <summary>The weight of a code point outside every range of <see cref="Ranges"/> (200 in v2 and v3, so CJK counts two).</summary>
    public int DefaultWeight { get; }

    /// <summary>Whether a whole emoji sequence (ZWJ, skin tones, flags) weighs as one code point of the default weight.</summary>
    public bool EmojiParsingEnabled { get; }

    /// <summary>The length every URL counts as, whatever its written length (23: X wraps links in t.co).</summary>
    public int TransformedUrlLength { get; }

    /// <summary>Code-point ranges with their own weight, in the configuration's order.</summary>
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
