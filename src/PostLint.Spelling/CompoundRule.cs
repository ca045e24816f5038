namespace PostLint.Spelling;

/// <summary>
/// One COMPOUNDRULE: a pattern over flags where each flag stands for one dictionary word carrying
/// it, optionally followed by <c>*</c> (any number) or <c>?</c> (at most one).
/// </summary>
internal sealed class CompoundRule
{
    private readonly ushort[] _flags;
    private readonly char[] _quantifiers; // '\0', '*' or '?'

    public CompoundRule(ushort[] flags, char[] quantifiers)
    {
        _flags = flags;
        _quantifiers = quantifiers;
    }

    public IEnumerable<ushort> Flags => _flags;

    /// <summary>
    /// Matches the flag sets of the words found so far. With <paramref name="complete"/> the words
    /// must make up the whole pattern; otherwise they need only be a prefix of a match.
    /// </summary>
    public bool Matches(ReadOnlySpan<int> words, WordEntry[] entries, bool complete) => Match(0, 0, words, entries, complete);

    private bool Match(int p, int k, ReadOnlySpan<int> words, WordEntry[] entries, bool complete)
    {
        if (k == words.Length)
        {
            if (!complete)
            {
                return true;
            }

            for (var r = p; r < _flags.Length; r++)
            {
                if (_quantifiers[r] == '\0')
                {
                    return false;
                }
            }

            return true;
        }

        if (p == _flags.Length)
        {
            return false;
        }

        var has = words[k] >= 0 && FlagSet.Contains(entries[words[k]].Flags, _flags[p]);
        return _quantifiers[p] switch
        {
            '*' => (has && Match(p, k + 1, words, entries, complete)) || Match(p + 1, k, words, entries, complete),
            '?' => (has && Match(p + 1, k + 1, words, entries, complete)) || Match(p + 1, k, words, entries, complete),
            _ => has && Match(p + 1, k + 1, words, entries, complete),
        };
    }
}
