namespace PostLint.Syntax;

/// <summary>The twitter-text character classes of <c>Data/Syntax/twitter-text-chars.txt</c>.</summary>
[Flags]
internal enum CharClass : ushort
{
    None = 0,
    HashtagAlpha = 1 << 0,
    HashtagAlphaNumeric = 1 << 1,
    DomainChar = 1 << 2,
    UrlPathChar = 1 << 3,
    UrlPathEndChar = 1 << 4,
    UrlQueryChar = 1 << 5,
    UrlQueryEndChar = 1 << 6,
    AsciiDomainLabelChar = 1 << 7,
    LatinAccent = 1 << 8,
    Space = 1 << 9,
}
