using System.Collections.Concurrent;
using PostLint.Configuration;
using PostLint.Localization;
using PostLint.Morphemes;

namespace PostLint.Morphology;

/// <summary>
/// Finds and opens the MeCab dictionary for engines whose rules asked for morphemes
/// (<see cref="MecabDictionaryLocator"/>: the configured folder, else the usual install places). A
/// dictionary is memory-mapped and thread-safe, so one opened copy per folder serves every engine
/// of the process; it stays open for the life of the process. Pass <see cref="Shared"/> to
/// <c>PostAnalysisEngine</c>; <c>AddPostLint</c> does.
/// </summary>
public sealed class MecabMorphemeAnalyzerProvider : MorphemeAnalyzerProvider
{
    private readonly ConcurrentDictionary<string, Lazy<(MecabDictionary? Dictionary, LocalizedMessage? Problem)>> _opened = new(StringComparer.Ordinal);

    private MecabMorphemeAnalyzerProvider()
    {
    }

    /// <summary>The provider of the process: each dictionary folder is opened once.</summary>
    public static MecabMorphemeAnalyzerProvider Shared { get; } = new();

    /// <inheritdoc/>
    public override MorphemeAnalyzer? Open(string? configuredDirectory, out LocalizedMessage? problem)
    {
        (MecabDictionary? Dictionary, LocalizedMessage? Problem) result;
        if (AnalyzerOptions.IsNoDictionary(configuredDirectory))
        {
            result = (null, LocalizedMessage.Of("mecab.off"));
        }
        else
        {
            var key = configuredDirectory ?? string.Empty;
            result = _opened.GetOrAdd(key, static key => new Lazy<(MecabDictionary?, LocalizedMessage?)>(() => OpenFolder(key.Length == 0 ? null : key))).Value;
        }

        problem = result.Problem;
        return result.Dictionary;
    }

    private static (MecabDictionary?, LocalizedMessage?) OpenFolder(string? configuredDirectory)
    {
        var location = new MecabDictionaryLocator().Locate(configuredDirectory);
        if (!location.Found)
        {
            return (null, LocalizedMessage.Of("mecab.notFound", string.Join("; ", location.Searched.Select(static s => s.Path))));
        }

        try
        {
            return (MecabDictionary.Open(location.Directory!), null);
        }
        catch (MecabDictionaryException e)
        {
            return (null, LocalizedMessage.Of("mecab.unreadable", e.Message));
        }
    }
}
