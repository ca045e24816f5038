namespace PostLint.Model;

/// <summary>The social-media platforms PostLint knows the limits of (see <see cref="Syntax.PlatformLimits"/>).</summary>
public enum Platform
{
    /// <summary>X (formerly Twitter).</summary>
    X,

    /// <summary>Threads.</summary>
    Threads,

    /// <summary>Instagram.</summary>
    Instagram,

    /// <summary>LINE (official account messages).</summary>
    Line,

    /// <summary>Facebook.</summary>
    Facebook,

    /// <summary>YouTube (video description).</summary>
    YouTube,
}

/// <summary>What a platform's length limit counts.</summary>
public enum LengthUnit
{
    /// <summary>X's weighted length (twitter-text v3: CJK and emoji 2, URLs 23, Latin 1).</summary>
    XWeighted,

    /// <summary>Code points, except that an emoji sequence counts as many as its UTF-8 bytes (Threads).</summary>
    ThreadsCharacters,

    /// <summary>User-perceived characters (extended grapheme clusters): an emoji sequence or a line break is one.</summary>
    Graphemes,

    /// <summary>UTF-16 code units, as a JavaScript string length counts (an astral emoji is two).</summary>
    Utf16CodeUnits,
}
