using PostLint.Localization;

namespace PostLint.Morphemes;

/// <summary>
/// Opens the <see cref="MorphemeAnalyzer"/> of a configured dictionary folder for an engine whose
/// rules asked for morphemes (<c>mecab.dicdir</c>, <see cref="Configuration.AnalyzerOptions.MecabDicdir"/>).
/// Given to <see cref="Analysis.PostAnalysisEngine"/>; PostLint.Morphology's
/// <c>MecabMorphemeAnalyzerProvider</c> finds and opens MeCab dictionaries, and
/// <c>AddPostLint</c> registers it. Implementations must be thread-safe.
/// </summary>
public abstract class MorphemeAnalyzerProvider
{
    /// <summary>
    /// The analyzer for <paramref name="configuredDirectory"/> (null: search the usual places;
    /// <c>none</c>: no morphology), or null with <paramref name="problem"/> saying, in the message
    /// tables' words, why there is none (reported as PL0003).
    /// </summary>
    public abstract MorphemeAnalyzer? Open(string? configuredDirectory, out LocalizedMessage? problem);
}
