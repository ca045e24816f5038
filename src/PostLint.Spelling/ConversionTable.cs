namespace PostLint.Spelling;

/// <summary>
/// An ICONV or OCONV table: pattern → replacement, applied left to right, taking the longest
/// pattern that matches at each position. A leading or trailing <c>_</c> on a pattern anchors it
/// to the start or end of the word (both: the whole word); <c>_</c> elsewhere means a space.
/// </summary>
internal sealed class ConversionTable
{
    private readonly Entry[] _entries; // sorted by pattern, ordinal
    private readonly string _firstChars;
    private readonly int _maxGrowth;

    private ConversionTable(Entry[] entries)
    {
        _entries = entries;
        _firstChars = new string(entries.Select(e => e.Pattern[0]).Distinct().ToArray());
        _maxGrowth = Math.Max(1, entries.SelectMany(e => e.Outputs).Max(o => o?.Length ?? 0));
    }

    public static ConversionTable? Create(IReadOnlyList<(string Pattern, string Replacement)> pairs)
    {
        if (pairs.Count == 0)
        {
            return null;
        }

        var byPattern = new Dictionary<string, string?[]>(StringComparer.Ordinal);
        foreach (var (rawPattern, replacement) in pairs)
        {
            var pattern = rawPattern;
            var type = 0;
            if (pattern.Length > 0 && pattern[0] == '_')
            {
                pattern = pattern[1..];
                type = 1;
            }

            if (pattern.Length > 0 && pattern[^1] == '_')
            {
                pattern = pattern[..^1];
                type += 2;
            }

            pattern = pattern.Replace('_', ' ');
            if (pattern.Length == 0)
            {
                continue;
            }

            if (!byPattern.TryGetValue(pattern, out var outputs))
            {
                outputs = new string?[4];
                byPattern[pattern] = outputs;
            }

            outputs[type] = replacement.Replace('_', ' ');
        }

        var entries = byPattern.Select(kv => new Entry(kv.Key, kv.Value)).OrderBy(e => e.Pattern, StringComparer.Ordinal).ToArray();
        return entries.Length == 0 ? null : new ConversionTable(entries);
    }

    /// <summary>True when no pattern can match, so the word is used as it is (the common case).</summary>
    public bool CannotMatch(ReadOnlySpan<char> word) => word.IndexOfAny(_firstChars) < 0;

    /// <summary>An upper bound of the converted length of a word of <paramref name="length"/> characters.</summary>
    public int MaxConvertedLength(int length) => length * _maxGrowth;

    /// <summary>Writes the converted word to <paramref name="destination"/> and returns its length.</summary>
    public int Convert(ReadOnlySpan<char> word, Span<char> destination)
    {
        var written = 0;
        for (var i = 0; i < word.Length;)
        {
            var index = FindLongest(word[i..]);
            string? output = null;
            if (index >= 0)
            {
                output = Pick(_entries[index], atStart: i == 0, atEnd: i + _entries[index].Pattern.Length == word.Length);
            }

            if (output is not null)
            {
                output.AsSpan().CopyTo(destination[written..]);
                written += output.Length;
                i += _entries[index].Pattern.Length;
            }
            else
            {
                destination[written++] = word[i++];
            }
        }

        return written;
    }

    public string Convert(string word)
    {
        if (CannotMatch(word))
        {
            return word;
        }

        var buffer = new char[MaxConvertedLength(word.Length)];
        var length = Convert(word, buffer);
        return new string(buffer, 0, length);
    }

    private static string? Pick(Entry entry, bool atStart, bool atEnd)
    {
        // Most specific first: whole word, then start or end, then anywhere.
        var type = atStart ? 1 : 0;
        if (atEnd)
        {
            type = atStart ? 3 : 2;
        }

        while (type > 0 && string.IsNullOrEmpty(entry.Outputs[type]))
        {
            type = type == 2 && !atStart ? 0 : type - 1;
        }

        return string.IsNullOrEmpty(entry.Outputs[type]) ? null : entry.Outputs[type];
    }

    private int FindLongest(ReadOnlySpan<char> text)
    {
        var best = -1;
        for (var i = 0; i < _entries.Length; i++)
        {
            var pattern = _entries[i].Pattern;
            if (text.StartsWith(pattern, StringComparison.Ordinal) && (best < 0 || pattern.Length > _entries[best].Pattern.Length))
            {
                best = i;
            }
        }

        return best;
    }

    private sealed record Entry(string Pattern, string?[] Outputs);
}
