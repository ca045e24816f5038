namespace PostLint.Spelling;

/// <summary>
/// The stems of a dictionary in one character pool with an open-addressing hash index: a lookup
/// by span hashes the characters and compares them in place, and loading allocates no string per
/// stem (80,000 stems load in a few milliseconds).
/// </summary>
internal sealed class StemTable
{
    private char[] _pool;
    private int _poolLength;
    private int[] _starts;
    private int[] _lengths;
    private int[] _hashes;
    private int[] _slots; // stem id + 1; 0 = empty
    private int _mask;

    public StemTable(int expectedCount, int expectedChars)
    {
        var capacity = Math.Max(16, expectedCount);
        _pool = new char[Math.Max(64, expectedChars)];
        _starts = new int[capacity];
        _lengths = new int[capacity];
        _hashes = new int[capacity];
        var slots = 16;
        while (slots < capacity * 2)
        {
            slots <<= 1;
        }

        _slots = new int[slots];
        _mask = slots - 1;
    }

    public int Count { get; private set; }

    public ReadOnlySpan<char> this[int id] => _pool.AsSpan(_starts[id], _lengths[id]);

    public int Find(ReadOnlySpan<char> word)
    {
        var hash = Hash(word);
        for (var slot = hash & _mask; ; slot = (slot + 1) & _mask)
        {
            var id = _slots[slot] - 1;
            if (id < 0)
            {
                return -1;
            }

            if (_hashes[id] == hash && _lengths[id] == word.Length && _pool.AsSpan(_starts[id], word.Length).SequenceEqual(word))
            {
                return id;
            }
        }
    }

    /// <summary>Adds a stem if it is new; returns its id and whether it existed.</summary>
    public int Add(ReadOnlySpan<char> word, out bool existed)
    {
        var hash = Hash(word);
        var slot = hash & _mask;
        for (; ; slot = (slot + 1) & _mask)
        {
            var id = _slots[slot] - 1;
            if (id < 0)
            {
                break;
            }

            if (_hashes[id] == hash && _lengths[id] == word.Length && _pool.AsSpan(_starts[id], word.Length).SequenceEqual(word))
            {
                existed = true;
                return id;
            }
        }

        existed = false;
        var newId = Count++;
        if (newId == _starts.Length)
        {
            Array.Resize(ref _starts, newId * 2);
            Array.Resize(ref _lengths, newId * 2);
            Array.Resize(ref _hashes, newId * 2);
        }

        if (_poolLength + word.Length > _pool.Length)
        {
            Array.Resize(ref _pool, Math.Max(_pool.Length * 2, _poolLength + word.Length));
        }

        word.CopyTo(_pool.AsSpan(_poolLength));
        _starts[newId] = _poolLength;
        _lengths[newId] = word.Length;
        _hashes[newId] = hash;
        _poolLength += word.Length;
        _slots[slot] = newId + 1;
        if (Count * 2 > _slots.Length)
        {
            Rehash();
        }

        return newId;
    }

    private void Rehash()
    {
        _slots = new int[_slots.Length * 2];
        _mask = _slots.Length - 1;
        for (var id = 0; id < Count; id++)
        {
            var slot = _hashes[id] & _mask;
            while (_slots[slot] != 0)
            {
                slot = (slot + 1) & _mask;
            }

            _slots[slot] = id + 1;
        }
    }

    private static int Hash(ReadOnlySpan<char> word)
    {
        // FNV-1a over UTF-16 units, then a final mix so that the low bits used for slots vary.
        var h = 2166136261u;
        foreach (var c in word)
        {
            h = (h ^ c) * 16777619u;
        }

        h ^= h >> 15;
        h *= 0x2C1B3C6Du;
        h ^= h >> 12;
        return (int)(h & 0x7FFFFFFF);
    }
}
