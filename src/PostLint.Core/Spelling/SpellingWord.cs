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
    public SpellingWord(TextSpan span, ReadOnlyMemory<char> text)
    {
        Span = span;
        Text = text;
    }

    public TextSpan Span { get; }

    public ReadOnlyMemory<char> Text { get; }

    public override string ToString() => Text.ToString();

    public bool Equals(SpellingWord other) => Span == other.Span && Text.Span.SequenceEqual(other.Text.Span);

    public override bool Equals(object? obj) => obj is SpellingWord other && Equals(other);

    public override int GetHashCode() => HashCode.Combine(Span, string.GetHashCode(Text.Span, StringComparison.Ordinal));

    public static bool operator ==(SpellingWord left, SpellingWord right) => left.Equals(right);

    public static bool operator !=(SpellingWord left, SpellingWord right) => !left.Equals(right);
}
