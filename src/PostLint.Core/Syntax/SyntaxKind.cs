namespace PostLint.Syntax;

/// <summary>
/// What a token of a post is. The lexer yields tokens that cover the post exactly, in order,
/// without gaps or overlaps.
/// </summary>
public enum SyntaxKind : byte
{
    /// <summary>No token (the default value).</summary>
    None = 0,

    /// <summary>A run of ordinary text: words, punctuation, symbols that are none of the kinds below.</summary>
    Text,

    /// <summary>Spaces and tabs inside a line, including the ideographic space U+3000.</summary>
    Whitespace,

    /// <summary>One line break: LF, CRLF, CR, NEL, LS or PS.</summary>
    LineBreak,

    /// <summary>A hashtag X recognises (<c>#PR</c>, <c>＃石巻市</c>); the value is the tag without its sign.</summary>
    Hashtag,

    /// <summary>
    /// Something written as a hashtag that X does not recognise: glued to the previous word
    /// (<c>石巻市#PR</c>), followed directly by another sign (<c>#PR#石巻市</c>), or digits only
    /// (<c>#2025</c>). See <see cref="SyntaxTokenFlags"/> for the reason.
    /// </summary>
    UnrecognizedHashtag,

    /// <summary>An @mention (or @user/list) X recognises; the value is the screen name.</summary>
    Mention,

    /// <summary>A URL X recognises, with or without protocol; the value is the host.</summary>
    Url,

    /// <summary>One emoji sequence (ZWJ sequences, flags, keycaps, skin tones count once).</summary>
    Emoji,

    /// <summary>A bracketed mark such as 【PR】 or 【広告】; the value is the text inside the brackets.</summary>
    DisclosureMark,

    /// <summary>
    /// An e-mail address (<c>kouhou@city.ishinomaki.lg.jp</c>, <c>info＠city.jp</c>); the value is
    /// the domain (<see cref="PostSyntax.GetEmailLocalPartSpan"/> gives the part before the at
    /// sign). Found only where X finds no URL, mention or hashtag (what X links wins).
    /// </summary>
    EmailAddress,

    /// <summary>
    /// A Japanese telephone number (<c>090-1234-5678</c>, <c>０２２５－９５－１１１１</c>,
    /// <c>(0225)95-1111</c>, <c>+81 90 1234 5678</c>); the value is the whole number. The flags say
    /// what kind of line it is (<see cref="SyntaxTokenFlags.MobileNumber"/>,
    /// <see cref="SyntaxTokenFlags.IpPhoneNumber"/>, <see cref="SyntaxTokenFlags.TollFreeNumber"/>;
    /// none for a fixed line); <see cref="PostSyntax.GetPhoneNumberDigits"/> gives its digits.
    /// </summary>
    PhoneNumber,
}
