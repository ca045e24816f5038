using System.Runtime.InteropServices;

namespace PostLint.Text;

/// <summary>
/// The immutable text of one post with its line map. Lines are separated by LF, CRLF, CR,
/// NEL (U+0085), LS (U+2028) or PS (U+2029). The line map is built on first use, so posts
/// that produce no diagnostic never pay for it.
/// </summary>
public sealed class PostText
{
    private int[]? _lineStarts;

    /// <summary>Wraps the text of a post; the instance never changes afterwards and may be shared between threads.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public PostText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        Text = text;
    }

    /// <summary>The whole post as written, exactly as given (no normalization).</summary>
    public string Text { get; private set; }

    /// <summary>
    /// Points a reused instance at a new post (the engine keeps one per thread so that analysing
    /// a post allocates nothing). An instance that was reset must not be kept beyond the analysis
    /// of its post; public constructors give instances that never change.
    /// </summary>
    internal void Reset(string text)
    {
        Text = text;
        _lineStarts = null;
    }

    /// <summary>Length of the post in UTF-16 code units, the unit of every <see cref="TextSpan"/>.</summary>
    public int Length => Text.Length;

    /// <summary>The UTF-16 code unit at offset <paramref name="index"/>.</summary>
    public char this[int index] => Text[index];

    /// <summary>The whole post as a span, without copying.</summary>
    public ReadOnlySpan<char> AsSpan() => Text.AsSpan();

    /// <summary>The text under <paramref name="span"/>, without copying.</summary>
    public ReadOnlySpan<char> AsSpan(TextSpan span) => Text.AsSpan(span.Start, span.Length);

    /// <summary>The text under <paramref name="span"/> as a new string.</summary>
    public string ToString(TextSpan span) => Text.Substring(span.Start, span.Length);

    /// <summary>The whole post (<see cref="Text"/>).</summary>
    public override string ToString() => Text;

    /// <summary>Number of lines (an empty post has one, empty, line).</summary>
    public int LineCount => LineStarts.Length;

    /// <summary>The span of line <paramref name="line"/> (1-based), without its line break.</summary>
    public TextSpan GetLineSpan(int line)
    {
        var starts = LineStarts;
        ArgumentOutOfRangeException.ThrowIfLessThan(line, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(line, starts.Length);
        var start = starts[line - 1];
        var end = line < starts.Length ? starts[line] : Text.Length;
        // Trim the line break that ends this line.
        if (end > start && line < starts.Length)
        {
            end--;
            if (Text[end] == '\n' && end > start && Text[end - 1] == '\r')
            {
                end--;
            }
        }

        return TextSpan.FromBounds(start, end);
    }

    /// <summary>The 1-based line and columns of a UTF-16 offset (0 ≤ offset ≤ Length).</summary>
    public LinePosition GetLinePosition(int offset)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(offset, Text.Length);
        var starts = LineStarts;
        var index = Array.BinarySearch(starts, offset);
        if (index < 0)
        {
            index = ~index - 1;
        }

        var lineStart = starts[index];
        var codePoints = 0;
        for (var i = lineStart; i < offset; i++)
        {
            // A surrogate pair is one code point: count the high half only.
            if (!(char.IsLowSurrogate(Text[i]) && i > lineStart && char.IsHighSurrogate(Text[i - 1])))
            {
                codePoints++;
            }
        }

        return new LinePosition(index + 1, offset - lineStart + 1, codePoints + 1);
    }

    /// <summary>The line and column positions of the start and end of <paramref name="span"/>, as reports show them.</summary>
    public LinePositionSpan GetLinePositionSpan(TextSpan span) =>
        new(GetLinePosition(span.Start), GetLinePosition(span.End));

    /// <summary>Offsets at which each line starts; the first is always 0.</summary>
    public ReadOnlySpan<int> LineStartOffsets => LineStarts;

    private int[] LineStarts => _lineStarts ??= ComputeLineStarts(Text);

    private static int[] ComputeLineStarts(string text)
    {
        var starts = new List<int>(4) { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r')
            {
                if (i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                starts.Add(i + 1);
            }
            else if (IsLineBreak(c))
            {
                starts.Add(i + 1);
            }
        }

        return CollectionsMarshal.AsSpan(starts).ToArray();
    }

    /// <summary>True for the characters PostLint treats as ending a line.</summary>
    public static bool IsLineBreak(char c) => c is '\n' or '\r' or '\u0085' or '\u2028' or '\u2029';
}
