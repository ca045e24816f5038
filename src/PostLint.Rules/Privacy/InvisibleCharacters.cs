using System.Collections.Frozen;
using System.Globalization;
using PostLint.Rules.Infrastructure;

namespace PostLint.Rules.Privacy;

/// <summary>
/// The characters PL4002 reports, read from <c>Data/Lists/invisible-characters.txt</c>
/// (<c>U+200B ZERO WIDTH SPACE</c> per line): a bit table over the BMP for the hot path, and the
/// character names for messages.
/// </summary>
internal sealed class InvisibleCharacters
{
    public const string DataFile = "Lists/invisible-characters.txt";

    private readonly ulong[] _bits = new ulong[(char.MaxValue + 1) / 64];
    private readonly FrozenDictionary<char, string> _names;

    private InvisibleCharacters(IReadOnlyList<string> entries)
    {
        var names = new Dictionary<char, string>();
        foreach (var entry in entries)
        {
            var space = entry.IndexOf(' ', StringComparison.Ordinal);
            var codePoint = space < 0 ? entry : entry[..space];
            if (!codePoint.StartsWith("U+", StringComparison.Ordinal) ||
                !int.TryParse(codePoint.AsSpan(2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var value) ||
                value > char.MaxValue ||
                space < 0)
            {
                throw new InvalidDataException($"Data/{DataFile}: '{entry}' is not 'U+XXXX NAME' with a BMP code point.");
            }

            var c = (char)value;
            _bits[c >> 6] |= 1UL << (c & 63);
            names[c] = entry[(space + 1)..].Trim();
        }

        _names = names.ToFrozenDictionary();
    }

    public static InvisibleCharacters Instance { get; } = new(EmbeddedData.ReadList(DataFile));

    public int Count => _names.Count;

    public bool Contains(char c) => (_bits[c >> 6] & (1UL << (c & 63))) != 0;

    /// <summary>「U+200B（ZERO WIDTH SPACE）」 for a character of the list.</summary>
    public string Describe(char c) =>
        _names.TryGetValue(c, out var name)
            ? string.Create(CultureInfo.InvariantCulture, $"U+{(int)c:X4}（{name}）")
            : string.Create(CultureInfo.InvariantCulture, $"U+{(int)c:X4}");
}
