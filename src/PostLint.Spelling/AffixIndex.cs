using System.Collections.Frozen;

namespace PostLint.Spelling;

/// <summary>
/// Affixes indexed by the first (prefixes) or last (suffixes) character of what they add, in the
/// order libhunspell tries them: empty affixes first, then shorter before longer, and of equal
/// affixes the later line first. The order matters because the first stem found decides.
/// </summary>
internal sealed class AffixIndex
{
    private readonly AffixEntry[][] _ascii = new AffixEntry[128][];
    private readonly FrozenDictionary<char, AffixEntry[]> _other;

    public AffixIndex(IEnumerable<AffixEntry> affixes, bool prefixes)
    {
        var list = affixes.Where(a => a.IsPrefix == prefixes).ToList();
        Empty = [.. list.Where(a => a.Append.Length == 0).OrderByDescending(a => a.Order)];
        var groups = list.Where(a => a.Append.Length > 0)
            .GroupBy(a => prefixes ? a.Append[0] : a.Append[^1])
            .ToDictionary(g => g.Key, g => g.OrderBy(a => a.Append.Length).ThenByDescending(a => a.Order).ToArray());
        for (var c = 0; c < 128; c++)
        {
            _ascii[c] = groups.TryGetValue((char)c, out var entries) ? entries : [];
        }

        _other = groups.Where(kv => kv.Key >= 128).ToFrozenDictionary();
        All = [.. list];
    }

    public AffixEntry[] Empty { get; }

    public AffixEntry[] All { get; }

    public AffixEntry[] For(char c) => c < 128 ? _ascii[c] : _other.TryGetValue(c, out var entries) ? entries : [];
}
