namespace PostLint.Text;

/// <summary>
/// A position in a post as people read it: <see cref="Line"/> and <see cref="Column"/> are both
/// 1-based, the column counted in UTF-16 code units (what SARIF calls <c>utf16CodeUnits</c>).
/// <see cref="CodePointColumn"/> counts Unicode scalar values instead, for reports whose readers
/// count an emoji as one character.
/// </summary>
public readonly record struct LinePosition(int Line, int Column, int CodePointColumn)
{
    /// <summary><see cref="Line"/> and <see cref="Column"/> as <c>line,column</c>, the form of text reports.</summary>
    public override string ToString() => $"{Line},{Column}";
}

/// <summary>The start and the (exclusive) end of a span as line positions.</summary>
public readonly record struct LinePositionSpan(LinePosition Start, LinePosition End);
