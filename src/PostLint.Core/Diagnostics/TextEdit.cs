using PostLint.Text;

namespace PostLint.Diagnostics;

/// <summary>Replace the text of <see cref="Span"/> with <see cref="NewText"/> (an empty span inserts).</summary>
/// <param name="Span">The text replaced, in UTF-16 offsets of the original post; an empty span inserts at its start.</param>
/// <param name="NewText">The replacement; empty to delete.</param>
public readonly record struct TextEdit(TextSpan Span, string NewText)
{
    /// <summary>Inserts <paramref name="text"/> at UTF-16 offset <paramref name="position"/>.</summary>
    public static TextEdit Insert(int position, string text) => new(new TextSpan(position, 0), text);

    /// <summary>Removes the text under <paramref name="span"/>.</summary>
    public static TextEdit Delete(TextSpan span) => new(span, string.Empty);

    /// <summary>Replaces the text under <paramref name="span"/> with <paramref name="text"/>.</summary>
    public static TextEdit Replace(TextSpan span, string text) => new(span, text);
}
