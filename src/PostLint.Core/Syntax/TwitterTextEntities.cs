using PostLint.Text;

namespace PostLint.Syntax;

/// <summary>A hashtag as twitter-text reports it: the tag without its sign, and [Start, End) including the sign.</summary>
/// <param name="Hashtag">The tag without its sign.</param>
/// <param name="Start">UTF-16 offset of the sign.</param>
/// <param name="End">UTF-16 offset one past the tag.</param>
public sealed record HashtagEntity(string Hashtag, int Start, int End)
{
    /// <summary>[<see cref="Start"/>, <see cref="End"/>) as a span, sign included.</summary>
    public TextSpan Span => TextSpan.FromBounds(Start, End);
}

/// <summary>
/// A mention as twitter-text reports it: the screen name, the list slug with its slash
/// (<c>/list-name</c>, empty for a plain mention), and [Start, End) including the at sign.
/// </summary>
/// <param name="ScreenName">The screen name without its at sign.</param>
/// <param name="ListSlug">The list slug with its slash (<c>/list-name</c>), or empty for a plain mention.</param>
/// <param name="Start">UTF-16 offset of the at sign.</param>
/// <param name="End">UTF-16 offset one past the mention.</param>
public sealed record MentionEntity(string ScreenName, string ListSlug, int Start, int End)
{
    /// <summary>[<see cref="Start"/>, <see cref="End"/>) as a span, at sign and list slug included.</summary>
    public TextSpan Span => TextSpan.FromBounds(Start, End);
}

/// <summary>A URL as twitter-text reports it, with [Start, End).</summary>
/// <param name="Url">The URL as written.</param>
/// <param name="Start">UTF-16 offset of the URL's first character.</param>
/// <param name="End">UTF-16 offset one past the URL.</param>
public sealed record UrlEntity(string Url, int Start, int End)
{
    /// <summary>[<see cref="Start"/>, <see cref="End"/>) as a span.</summary>
    public TextSpan Span => TextSpan.FromBounds(Start, End);
}
