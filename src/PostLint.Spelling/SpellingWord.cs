using PostLint.Text;

namespace PostLint.Spelling;

/// <summary>
/// A word to spell-check: <see cref="Span"/> is where it is in the original post (UTF-16 offsets),
/// <see cref="Text"/> is the word as it is checked (after NFKC normalization, so full-width
/// letters are ASCII). <see cref="Text"/> points into a string the tokenizer already holds, so a
/// word costs no allocation.
/// </summary>
public readonly struct SpellingWord : IEquatable<SpellingWord>
{
    /// <summary>A word at <paramref name="span"/> of the post, checked as <paramref name="text"/>.</summary>
    public SpellingWord(TextSpan span, ReadOnlyMemory<char> text)
    {
        Span = span;
        Text = text;
    }

    /// <summary>Where the word is in the original post, in UTF-16 offsets.</summary>
    public TextSpan Span { get; }

    /// <summary>The word as checked, after NFKC normalization.</summary>
    public ReadOnlyMemory<char> Text { get; }

    /// <summary>The word as checked.</summary>
    public override string ToString() => Text.ToString();

    /// <summary>True when both have the same span and the same text.</summary>
    public bool Equals(SpellingWord other) => Span == other.Span && Text.Span.SequenceEqual(other.Text.Span);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is SpellingWord other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Span, string.GetHashCode(Text.Span, StringComparison.Ordinal));

    /// <summary>True when both have the same span and the same text.</summary>
    public static bool operator ==(SpellingWord left, SpellingWord right) => left.Equals(right);

    /// <summary>True when the words differ in span or text.</summary>
    public static bool operator !=(SpellingWord left, SpellingWord right) => !left.Equals(right);
}
