namespace PostLint.Spelling;

/// <summary>
/// Collects dictionary entries while loading: each stem points to its first homonym, and homonyms
/// are chained in file order. A hidden Initcap twin is dropped when its spelling is already a
/// stem, and replaced when a real entry with its spelling comes later.
/// </summary>
internal sealed class StemTableBuilder
{
    private readonly List<int> _firstEntry; // per stem
    private readonly List<int> _lastEntry;  // per stem

    public StemTableBuilder(int capacity, int characters)
    {
        Stems = new StemTable(capacity + (capacity / 16), characters);
        Entries = new List<WordEntry>(capacity);
        EntryStems = new List<int>(capacity);
        Next = new List<int>(capacity);
        _firstEntry = new List<int>(capacity);
        _lastEntry = new List<int>(capacity);
    }

    public StemTable Stems { get; }

    /// <summary>The word count on the first line of the .dic (it sizes libhunspell's hash table).</summary>
    public int DeclaredCount { get; init; }

    public List<WordEntry> Entries { get; }

    /// <summary>The stem id of each entry.</summary>
    public List<int> EntryStems { get; }

    /// <summary>The next homonym of each entry, or -1.</summary>
    public List<int> Next { get; }

    /// <summary>The first entry of each stem.</summary>
    public List<int> FirstEntries => _firstEntry;

    public void Add(ReadOnlySpan<char> word, ushort[] flags, bool hiddenTwin, bool isInitCap)
    {
        var index = Entries.Count;
        var stem = Stems.Add(word, out var existed);
        if (!existed)
        {
            _firstEntry.Add(index);
            _lastEntry.Add(index);
            Append(stem, new WordEntry(flags, hiddenTwin, isInitCap));
            return;
        }

        if (hiddenTwin)
        {
            return;
        }

        var last = _lastEntry[stem];
        if (Entries[last].IsHiddenTwin)
        {
            Entries[last] = new WordEntry(flags, false, Entries[last].IsInitCap);
            return;
        }

        Append(stem, new WordEntry(flags, false, isInitCap));
        Next[last] = index;
        _lastEntry[stem] = index;
    }

    private void Append(int stem, WordEntry entry)
    {
        Entries.Add(entry);
        EntryStems.Add(stem);
        Next.Add(-1);
    }
}
