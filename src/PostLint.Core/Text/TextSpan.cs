namespace PostLint.Text;

/// <summary>
/// A range of UTF-16 code units in a post: <see cref="Start"/> is the index of the first unit,
/// <see cref="End"/> is one past the last. Spans are what diagnostics, fixes and tokens carry,
/// so that they map directly onto .NET string indices and SARIF <c>utf16CodeUnits</c> columns.
/// </summary>
public readonly struct TextSpan : IEquatable<TextSpan>, IComparable<TextSpan>
{
    /// <summary>A span of <paramref name="length"/> UTF-16 code units starting at offset <paramref name="start"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="start"/> or <paramref name="length"/> is negative.</exception>
    public TextSpan(int start, int length)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        Start = start;
        Length = length;
    }

    /// <summary>UTF-16 offset of the first code unit in the span.</summary>
    public int Start { get; }

    /// <summary>Number of UTF-16 code units in the span (not characters: an emoji can count two or more).</summary>
    public int Length { get; }

    /// <summary>UTF-16 offset one past the last code unit (<see cref="Start"/> + <see cref="Length"/>).</summary>
    public int End => Start + Length;

    /// <summary>True for a zero-length span, such as the insertion point of a fix.</summary>
    public bool IsEmpty => Length == 0;

    /// <summary>The span from offset <paramref name="start"/> up to, not including, offset <paramref name="end"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="end"/> is before <paramref name="start"/>, or <paramref name="start"/> is negative.</exception>
    public static TextSpan FromBounds(int start, int end)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(end, start);
        return new TextSpan(start, end - start);
    }

    /// <summary>True when <paramref name="position"/> lies inside the span (the end is exclusive).</summary>
    public bool Contains(int position) => unchecked((uint)(position - Start) < (uint)Length);

    /// <summary>True when <paramref name="span"/> lies wholly inside this span (an empty span at <see cref="End"/> counts as inside).</summary>
    public bool Contains(TextSpan span) => span.Start >= Start && span.End <= End;

    /// <summary>True when the spans share at least one code unit (empty spans never overlap).</summary>
    public bool OverlapsWith(TextSpan span) => Math.Max(Start, span.Start) < Math.Min(End, span.End);

    /// <summary>True when the spans overlap or touch (an empty span at a boundary intersects).</summary>
    public bool IntersectsWith(TextSpan span) => span.Start <= End && span.End >= Start;

    /// <summary>True when both spans have the same start and length.</summary>
    public bool Equals(TextSpan other) => Start == other.Start && Length == other.Length;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is TextSpan other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Start, Length);

    /// <summary>Orders spans by start, then by length, which is the order diagnostics are reported in.</summary>
    public int CompareTo(TextSpan other)
    {
        var diff = Start - other.Start;
        return diff != 0 ? diff : Length - other.Length;
    }

    /// <summary>The span as a half-open range of offsets, such as <c>[3..8)</c>, for debugging and test output.</summary>
    public override string ToString() => $"[{Start}..{End})";

    /// <summary>True when both spans have the same start and length.</summary>
    public static bool operator ==(TextSpan left, TextSpan right) => left.Equals(right);

    /// <summary>True when the spans differ in start or length.</summary>
    public static bool operator !=(TextSpan left, TextSpan right) => !left.Equals(right);

    /// <summary>True when <paramref name="left"/> sorts before <paramref name="right"/> (see <see cref="CompareTo"/>).</summary>
    public static bool operator <(TextSpan left, TextSpan right) => left.CompareTo(right) < 0;

    /// <summary>True when <paramref name="left"/> sorts after <paramref name="right"/> (see <see cref="CompareTo"/>).</summary>
    public static bool operator >(TextSpan left, TextSpan right) => left.CompareTo(right) > 0;

    /// <summary>True when <paramref name="left"/> sorts before or equal to <paramref name="right"/> (see <see cref="CompareTo"/>).</summary>
    public static bool operator <=(TextSpan left, TextSpan right) => left.CompareTo(right) <= 0;

    /// <summary>True when <paramref name="left"/> sorts after or equal to <paramref name="right"/> (see <see cref="CompareTo"/>).</summary>
    public static bool operator >=(TextSpan left, TextSpan right) => left.CompareTo(right) >= 0;
}
