namespace PostLint.Syntax;

/// <summary>Details of a token that rules need without re-reading the text.</summary>
[Flags]
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1711", Justification = "A [Flags] enum, named like Roslyn's SyntaxNode flags.")]
public enum SyntaxTokenFlags : ushort
{
    None = 0,

    /// <summary>Hashtag or mention written with the full-width sign (＃ U+FF03, ＠ U+FF20).</summary>
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
}
