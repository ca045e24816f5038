using System.Numerics;

namespace PostLint.Lexicons;

/// <summary>
/// The transitions of a lexicon automaton — (node, symbol) → next node — in one open-addressed
/// table of two arrays, built in one pass from the transitions found while compiling. It replaces
/// a frozen dictionary, whose construction (analysing every key to choose a hash) cost more at
/// start than the whole lookup work of a short run; a lookup here is one multiply, a shift and
/// usually one probe, and allocates nothing.
/// </summary>
internal sealed class TransitionTable
{
    private const long Empty = -1;

    private readonly long[] _keys;
    private readonly int[] _values;
    private readonly int _shift;

    public TransitionTable(Dictionary<long, int> transitions)
    {
        // At most half full: linear probing stays short.
        var capacity = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(4, transitions.Count * 2));
        _shift = 64 - BitOperations.Log2((uint)capacity);
        _keys = new long[capacity];
        _values = new int[capacity];
        Array.Fill(_keys, Empty);
        var mask = capacity - 1;
        foreach (var (key, value) in transitions)
        {
            var slot = Slot(key);
            while (_keys[slot] != Empty)
            {
                slot = (slot + 1) & mask;
            }

            _keys[slot] = key;
            _values[slot] = value;
        }
    }

    /// <summary>The key of a transition: the node in the high half, the symbol (a character or key id, never negative) in the low.</summary>
    public static long KeyOf(int node, int symbol) => ((long)node << 32) | (uint)symbol;

    public bool TryGetNext(int node, int symbol, out int next)
    {
        var key = KeyOf(node, symbol);
        var mask = _keys.Length - 1;
        for (var slot = Slot(key); ; slot = (slot + 1) & mask)
        {
            var found = _keys[slot];
            if (found == key)
            {
                next = _values[slot];
                return true;
            }

            if (found == Empty)
            {
                next = 0;
                return false;
            }
        }
    }

    private int Slot(long key) => (int)(((ulong)key * 0x9E3779B97F4A7C15UL) >> _shift);
}
