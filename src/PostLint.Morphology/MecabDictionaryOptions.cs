using PostLint.Morphemes;

namespace PostLint.Morphology;

/// <summary>Options for <see cref="MecabDictionary.Open(string, MecabDictionaryOptions?)"/>.</summary>
public sealed class MecabDictionaryOptions
{
    /// <summary>
    /// Compiled user dictionaries (<c>mecab-dict-index -u</c>), searched after sys.dic in this order,
    /// as with <c>mecab -u a.dic,b.dic</c>.
    /// </summary>
    public IReadOnlyList<string> UserDictionaries { get; init; } = [];

    /// <summary>The feature layout; null to recognise IPADIC or JUMAN from the dictionary itself.</summary>
    public MorphemeFeatureLayout? FeatureLayout { get; init; }
}
