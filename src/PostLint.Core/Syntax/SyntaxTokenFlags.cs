namespace PostLint.Syntax;

/// <summary>Details of a token that rules need without re-reading the text.</summary>
[Flags]
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1711", Justification = "A [Flags] enum, named like Roslyn's SyntaxNode flags.")]
public enum SyntaxTokenFlags : ushort
{
    /// <summary>No detail applies.</summary>
    None = 0,

    /// <summary>Hashtag, mention or e-mail address written with the full-width sign (＃ U+FF03, ＠ U+FF20).</summary>
    FullWidthSign = 1 << 0,

    /// <summary>URL written with <c>http://</c> or <c>https://</c>.</summary>
    HasProtocol = 1 << 1,

    /// <summary>URL written with <c>https://</c>.</summary>
    Https = 1 << 2,

    /// <summary>Unrecognised hashtag: the sign follows a letter, digit or kana/kanji (<c>石巻市#PR</c>).</summary>
    GluedToPreviousWord = 1 << 3,

    /// <summary>Unrecognised hashtag: another hash sign follows the tag directly (<c>#PR#石巻市</c>).</summary>
    FollowedByHashSign = 1 << 4,

    /// <summary>Unrecognised hashtag: the tag has no letter (<c>#2025</c>).</summary>
    DigitsOnly = 1 << 5,

    /// <summary>Mention that names a list (<c>@user/list</c>).</summary>
    List = 1 << 6,

    /// <summary>Phone number of a mobile phone: 070, 080 or 090.</summary>
    MobileNumber = 1 << 7,

    /// <summary>Phone number of an IP phone: 050.</summary>
    IpPhoneNumber = 1 << 8,

    /// <summary>Toll-free phone number: 0120 or 0800.</summary>
    TollFreeNumber = 1 << 9,

    /// <summary>Phone number written with the country code (<c>+81 90-1234-5678</c>).</summary>
    InternationalFormat = 1 << 10,

    /// <summary>E-mail address or phone number written (partly) in full-width letters or digits (<c>０９０</c>).</summary>
    FullWidthCharacters = 1 << 11,
}
