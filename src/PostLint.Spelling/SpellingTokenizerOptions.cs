namespace PostLint.Spelling;

/// <summary>What <see cref="SpellingTokenizer"/> leaves out of spell checking.</summary>
public sealed record SpellingTokenizerOptions
{
    /// <summary>The defaults for posts: URLs, e-mail addresses, paths, @mentions and #hashtags are skipped.</summary>
    public static SpellingTokenizerOptions Default { get; } = new();

    /// <summary>Check the words of #hashtags too (<c>#WelcomeToIshinomaki</c> is one word).</summary>
    public bool IncludeHashtags { get; init; }

    /// <summary>Check the names of @mentions too.</summary>
    public bool IncludeMentions { get; init; }
}
