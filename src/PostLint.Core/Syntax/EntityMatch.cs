using System.Runtime.CompilerServices;

namespace PostLint.Syntax;

/// <summary>
/// One entity found by a scanner, in UTF-16 offsets: <see cref="Start"/>..<see cref="End"/> is the
/// entity as twitter-text reports its indices, <see cref="ValueStart"/>..<see cref="ValueEnd"/> the
/// value (tag, screen name, host). For URLs twitter-text's URL text is
/// <c>text[Start..ValueEnd) + text[SuffixStart..End)</c>: the two parts are contiguous except for a
/// URL without protocol whose ASCII host is not the end of the matched domain.
/// </summary>
internal struct EntityMatch
{
    public SyntaxKind Kind;
    public SyntaxTokenFlags Flags;
    public int Start;
    public int End;
    public int ValueStart;
    public int ValueEnd;
    public int SuffixStart;

    public readonly bool IsContiguousUrl => SuffixStart == ValueEnd;

    /// <summary>The length of the URL text twitter-text reports (see the type's remarks).</summary>
    public readonly int UrlTextLength => ValueEnd - Start + (End - SuffixStart);
}

/// <summary>A growable list of entities that keeps its array across posts.</summary>
internal sealed class EntityList
{
    private EntityMatch[] _items = new EntityMatch[8];

    public int Count { get; private set; }

    public ref EntityMatch this[int index] => ref _items[index];

    public ReadOnlySpan<EntityMatch> AsSpan() => _items.AsSpan(0, Count);

    public void Clear() => Count = 0;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Add(in EntityMatch item)
    {
        if (Count == _items.Length)
        {
            Array.Resize(ref _items, _items.Length * 2);
        }

        _items[Count++] = item;
    }
}
