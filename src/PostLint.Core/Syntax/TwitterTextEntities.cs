using PostLint.Text;

namespace PostLint.Syntax;

/// <summary>A hashtag as twitter-text reports it: the tag without its sign, and [Start, End) including the sign.</summary>
public sealed record HashtagEntity(string Hashtag, int Start, int End)
{
    /// <summary>[<see cref="Start"/>, <see cref="End"/>) as a span, sign included.</summary>
    public TextSpan Span => TextSpan.FromBounds(Start, End);
}

/// <summary>
/// A mention as twitter-text reports it: the screen name, the list slug with its slash
/// (<c>/list-name</c>, empty for a plain mention), and [Start, End) including the at sign.
/// </summary>
public sealed record MentionEntity(string ScreenName, string ListSlug, int Start, int End)
{
    /// <summary>[<see cref="Start"/>, <see cref="End"/>) as a span, at sign and list slug included.</summary>
    public TextSpan Span => TextSpan.FromBounds(Start, End);
}

/// <summary>A URL as twitter-text reports it, with [Start, End).</summary>
public sealed record UrlEntity(string Url, int Start, int End)
{
    /// <summary>[<see cref="Start"/>, <see cref="End"/>) as a span.</summary>
    public TextSpan Span => TextSpan.FromBounds(Start, End);
}
