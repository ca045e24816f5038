using System.Collections.Concurrent;
using PostLint.Morphology;

namespace PostLint.Analysis;

/// <summary>
/// Finds and opens the MeCab dictionary for engines whose rules asked for morphemes. A dictionary
/// is memory-mapped and thread-safe, so one opened copy per folder serves every engine of the
/// process; it stays open for the life of the process.
/// </summary>
internal static class MorphologyProvider
{
    private static readonly ConcurrentDictionary<string, Lazy<(MecabDictionary? Dictionary, PostLint.Localization.LocalizedMessage? Problem)>> Opened = new(StringComparer.Ordinal);

    /// <summary>The dictionary for a configured folder (null: discover), or null with a description of where PostLint looked.</summary>
    public static (MecabDictionary? Dictionary, PostLint.Localization.LocalizedMessage? Problem) Get(string? configuredDirectory)
    {
        if (MecabDictionaryLocator.IsNoDictionary(configuredDirectory))
        {
            return (null, PostLint.Localization.LocalizedMessage.Of("mecab.off"));
        }

        var key = configuredDirectory ?? string.Empty;
        return Opened.GetOrAdd(key, static key => new Lazy<(MecabDictionary?, PostLint.Localization.LocalizedMessage?)>(() => Open(key.Length == 0 ? null : key))).Value;
    }

    private static (MecabDictionary?, PostLint.Localization.LocalizedMessage?) Open(string? configuredDirectory)
    {
        var location = new MecabDictionaryLocator().Locate(configuredDirectory);
        if (!location.Found)
        {
            return (null, PostLint.Localization.LocalizedMessage.Of("mecab.notFound", string.Join("; ", location.Searched.Select(static s => s.Path))));
        }

        try
        {
            return (MecabDictionary.Open(location.Directory!), null);
        }
        catch (MecabDictionaryException e)
        {
            return (null, PostLint.Localization.LocalizedMessage.Of("mecab.unreadable", e.Message));
        }
    }
}
