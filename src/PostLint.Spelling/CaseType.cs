namespace PostLint.Spelling;

/// <summary>Hunspell's capitalization classes of a word.</summary>
internal enum CaseType
{
    /// <summary>No capital letter.</summary>
    NoCap,

    /// <summary>Only the first letter is a capital.</summary>
    InitCap,

    /// <summary>Every cased letter is a capital (digits and punctuation are neutral).</summary>
    AllCap,

    /// <summary>Mixed case starting with a lowercase letter.</summary>
    HuhCap,

    /// <summary>Mixed case starting with a capital.</summary>
    HuhInitCap,
}

/// <summary>Case mapping and classification; Turkic languages map i/İ and ı/I.</summary>
internal readonly struct Casing
{
    private readonly bool _turkic;

    public Casing(string language)
    {
        _turkic = language.StartsWith("tr", StringComparison.Ordinal) || language.StartsWith("az", StringComparison.Ordinal) || language.StartsWith("crh", StringComparison.Ordinal);
    }

    public bool IsTurkic => _turkic;

    public char ToLower(char c)
    {
        if (c < 128)
        {
            return c is >= 'A' and <= 'Z' ? (char)(c + 32) : (_turkic && c == 'I' ? 'ı' : c);
        }

        return _turkic && c == 'İ' ? 'i' : char.ToLowerInvariant(c);
    }

    public char ToUpper(char c)
    {
        if (_turkic && c == 'i')
        {
            return 'İ';
        }

        if (c < 128)
        {
            return c is >= 'a' and <= 'z' ? (char)(c - 32) : c;
        }

        return char.ToUpperInvariant(c);
    }

    public CaseType GetCaseType(ReadOnlySpan<char> word)
    {
        var capitals = 0;
        var neutral = 0;
        foreach (var c in word)
        {
            var lower = ToLower(c);
            if (lower != c)
            {
                capitals++;
            }

            if (ToUpper(c) == lower)
            {
                neutral++;
            }
        }

        if (capitals == 0)
        {
            return CaseType.NoCap;
        }

        var firstCap = ToLower(word[0]) != word[0];
        if (capitals == 1 && firstCap)
        {
            return CaseType.InitCap;
        }

        if (capitals == word.Length || capitals + neutral == word.Length)
        {
            return CaseType.AllCap;
        }

        return capitals > 1 && firstCap ? CaseType.HuhInitCap : CaseType.HuhCap;
    }

    public void ToLower(ReadOnlySpan<char> source, Span<char> destination)
    {
        for (var i = 0; i < source.Length; i++)
        {
            destination[i] = ToLower(source[i]);
        }
    }

    public void ToUpper(ReadOnlySpan<char> source, Span<char> destination)
    {
        for (var i = 0; i < source.Length; i++)
        {
            destination[i] = ToUpper(source[i]);
        }
    }

    public string ToLower(string s)
    {
        return string.Create(s.Length, (s, this), static (span, state) => state.Item2.ToLower(state.s, span));
    }

    public string ToUpper(string s)
    {
        return string.Create(s.Length, (s, this), static (span, state) => state.Item2.ToUpper(state.s, span));
    }

    public string ToInitCap(string s)
    {
        if (s.Length == 0)
        {
            return s;
        }

        var upper = ToUpper(s[0]);
        return upper == s[0] ? s : string.Concat(new ReadOnlySpan<char>(in upper), s.AsSpan(1));
    }
}
