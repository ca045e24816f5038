namespace PostLint.Spelling;

/// <summary>How flags are written in a dictionary (the <c>FLAG</c> directive).</summary>
public enum HunspellFlagMode
{
    /// <summary>One 8-bit character (one byte of the file's encoding) per flag; the default.</summary>
    SingleCharacter,

    /// <summary><c>FLAG long</c>: two characters per flag.</summary>
    TwoCharacters,

    /// <summary><c>FLAG num</c>: decimal numbers separated by commas.</summary>
    Numeric,

    /// <summary><c>FLAG UTF-8</c>: one Unicode character per flag.</summary>
    Utf8,
}
