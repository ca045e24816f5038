namespace PostLint.Text;

/// <summary>
/// A position in a post as people read it: <see cref="Line"/> and <see cref="Column"/> are both
/// 1-based, the column counted in UTF-16 code units (what SARIF calls <c>utf16CodeUnits</c>).
/// <see cref="CodePointColumn"/> counts Unicode scalar values instead, for reports whose readers
/// count an emoji as one character.
/// </summary>
/// <param name="Line">The 1-based line.</param>
/// <param name="Column">The 1-based column in UTF-16 code units.</param>
/// <param name="CodePointColumn">The 1-based column in Unicode scalar values.</param>
public readonly record struct LinePosition(int Line, int Column, int CodePointColumn)
{
    /// <summary><see cref="Line"/> and <see cref="Column"/> as <c>line,column</c>, the form of text reports.</summary>
    public override string ToString() => $"{Line},{Column}";
}

/// <summary>The start and the (exclusive) end of a span as line positions.</summary>
/// <param name="Start">The position of the span's first code unit.</param>
/// <param name="End">The position one past the span's last code unit.</param>
public readonly record struct LinePositionSpan(LinePosition Start, LinePosition End);
