namespace PostLint.Morphemes;

/// <summary>
/// What the engine needs of a morphological analyzer: the words of a run of text as
/// <see cref="Morpheme"/> values whose feature strings (MeCab-style CSV in UTF-8) the analyzer
/// keeps in memory while it is open. PostLint.Morphology implements it over MeCab dictionaries
/// (<c>MecabDictionary</c>); the engine only sees this class, so PostLint.Core does not depend on
/// a dictionary format. Implementations must be thread-safe: one instance serves every thread of
/// an engine.
/// </summary>
public abstract class MorphemeAnalyzer
{
    /// <summary>Where the part of speech, base form and reading are in this analyzer's feature strings.</summary>
    public abstract MorphemeFeatureLayout FeatureLayout { get; }

    /// <summary>The names of the character categories <see cref="Morpheme.CharacterCategory"/> indexes (MeCab's char.def); empty when the analyzer has none.</summary>
    public virtual IReadOnlyList<string> CategoryNames => [];

    /// <summary>
    /// A text that is the same for two analyzers exactly when they tokenize every text the same way
    /// (for a dictionary: its files, their sizes and times, and the analyzer's version), so that
    /// what was derived from tokenizing fixed texts — the lexicons' morpheme keys — can be kept
    /// between runs (<see cref="Configuration.AnalyzerOptions.CacheDirectory"/>). Null, the
    /// default: nothing derived from this analyzer is kept.
    /// </summary>
    public virtual string? CacheIdentity => null;

    /// <summary>
    /// Thread-safe: tokenizes <paramref name="text"/> and appends its morphemes to
    /// <paramref name="output"/> in text order, with spans shifted by <paramref name="textOffset"/>
    /// (the position of <paramref name="text"/> in the post).
    /// </summary>
    /// <returns>How many morphemes were appended.</returns>
    public abstract int Tokenize(ReadOnlySpan<char> text, int textOffset, List<Morpheme> output);

    /// <summary>
    /// Throws <see cref="ObjectDisposedException"/> when the memory the morphemes' features point
    /// into has been released; <see cref="Morpheme"/> calls it before it reads a feature.
    /// </summary>
    protected internal abstract void ThrowIfDisposed();
}
