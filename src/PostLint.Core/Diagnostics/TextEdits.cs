using System.Text;

namespace PostLint.Diagnostics;

/// <summary>Applies sorted, non-overlapping edits to a text.</summary>
public static class TextEdits
{
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
