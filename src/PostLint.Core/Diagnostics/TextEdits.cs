using System.Text;

namespace PostLint.Diagnostics;

/// <summary>Applies sorted, non-overlapping edits to a text.</summary>
public static class TextEdits
{
    /// <summary>The text with every edit applied; edits are given in original-text offsets.</summary>
    /// <param name="text">The original text.</param>
    /// <param name="sortedEdits">Edits sorted by position, not overlapping (as <see cref="CodeFix.Edits"/> are).</param>
    /// <exception cref="ArgumentException">Two edits overlap, are out of order, or an edit lies outside the text.</exception>
    public static string Apply(string text, ReadOnlySpan<TextEdit> sortedEdits)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (sortedEdits.IsEmpty)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 16);
        var position = 0;
        foreach (var edit in sortedEdits)
        {
            if (edit.Span.Start < position || edit.Span.End > text.Length)
            {
                throw new ArgumentException($"Edit {edit.Span} overlaps a previous edit or lies outside the text (length {text.Length}).", nameof(sortedEdits));
            }

            builder.Append(text, position, edit.Span.Start - position).Append(edit.NewText);
            position = edit.Span.End;
        }

        return builder.Append(text, position, text.Length - position).ToString();
    }
}
