using PostLint.Text;

namespace PostLint.Syntax;

/// <summary>
/// One token of a post. <see cref="Span"/> covers the whole token (<c>#PR</c>);
/// <see cref="ValueSpan"/> the part rules compare: the tag without its sign for hashtags, the
/// screen name for mentions, the host for URLs, the inside of 【…】 for disclosure marks, and
/// the whole span otherwise.
/// </summary>
/// <param name="Kind">What the token is (hashtag, mention, URL, disclosure mark, text run, …).</param>
/// <param name="Span">The whole token, in UTF-16 offsets (<c>#PR</c>).</param>
/// <param name="ValueSpan">The part rules compare (<c>PR</c>); the whole span for kinds without a value.</param>
/// <param name="Flags">Details such as a full-width sign.</param>
public readonly record struct SyntaxToken(SyntaxKind Kind, TextSpan Span, TextSpan ValueSpan, SyntaxTokenFlags Flags)
{
    /// <summary>A token whose value is its whole span and that has no flags.</summary>
    public SyntaxToken(SyntaxKind kind, TextSpan span)
        : this(kind, span, span, SyntaxTokenFlags.None)
    {
    }

    /// <summary>True when every bit of <paramref name="flag"/> is set on the token.</summary>
    public bool Has(SyntaxTokenFlags flag) => (Flags & flag) == flag;
}
