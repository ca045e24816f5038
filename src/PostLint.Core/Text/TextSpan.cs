namespace PostLint.Text;

/// <summary>
/// A range of UTF-16 code units in a post: <see cref="Start"/> is the index of the first unit,
/// <see cref="End"/> is one past the last. Spans are what diagnostics, fixes and tokens carry,
/// so that they map directly onto .NET string indices and SARIF <c>utf16CodeUnits</c> columns.
/// </summary>
public readonly struct TextSpan : IEquatable<TextSpan>, IComparable<TextSpan>
{
    public TextSpan(int start, int length)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        Start = start;
        Length = length;
    }

    public int Start { get; }

    public int Length { get; }

    public int End => Start + Length;

    public bool IsEmpty => Length == 0;

    public static TextSpan FromBounds(int start, int end)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(end, start);
        return new TextSpan(start, end - start);
    }

    /// <summary>True when <paramref name="position"/> lies inside the span (the end is exclusive).</summary>
    public bool Contains(int position) => unchecked((uint)(position - Start) < (uint)Length);

    public bool Contains(TextSpan span) => span.Start >= Start && span.End <= End;

    /// <summary>True when the spans share at least one code unit (empty spans never overlap).</summary>
    public bool OverlapsWith(TextSpan span) => Math.Max(Start, span.Start) < Math.Min(End, span.End);

    /// <summary>True when the spans overlap or touch (an empty span at a boundary intersects).</summary>
    public bool IntersectsWith(TextSpan span) => span.Start <= End && span.End >= Start;

    public bool Equals(TextSpan other) => Start == other.Start && Length == other.Length;

    public override bool Equals(object? obj) => obj is TextSpan other && Equals(other);

    public override int GetHashCode() => HashCode.Combine(Start, Length);

    public int CompareTo(TextSpan other)
    {
        var diff = Start - other.Start;
        return diff != 0 ? diff : Length - other.Length;
    }

    public override string ToString() => $"[{Start}..{End})";

    public static bool operator ==(TextSpan left, TextSpan right) => left.Equals(right);

    public static bool operator !=(TextSpan left, TextSpan right) => !left.Equals(right);

    public static bool operator <(TextSpan left, TextSpan right) => left.CompareTo(right) < 0;

    public static bool operator >(TextSpan left, TextSpan right) => left.CompareTo(right) > 0;

    public static bool operator <=(TextSpan left, TextSpan right) => left.CompareTo(right) <= 0;

    public static bool operator >=(TextSpan left, TextSpan right) => left.CompareTo(right) >= 0;
}
