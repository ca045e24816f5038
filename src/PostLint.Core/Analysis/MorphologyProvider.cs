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
    private static readonly ConcurrentDictionary<string, Lazy<(MecabDictionary? Dictionary, string? Problem)>> Opened = new(StringComparer.Ordinal);

    /// <summary>The dictionary for a configured folder (null: discover), or null with a description of where PostLint looked.</summary>
    public static (MecabDictionary? Dictionary, string? Problem) Get(string? configuredDirectory)
    {
        if (MecabDictionaryLocator.IsNoDictionary(configuredDirectory))
        {
            return (null, "--dicdir none / mecab.dicdir: \"none\" で辞書を使わない設定です");
        }

        var key = configuredDirectory ?? string.Empty;
        return Opened.GetOrAdd(key, static key => new Lazy<(MecabDictionary?, string?)>(() => Open(key.Length == 0 ? null : key))).Value;
    }

    private static (MecabDictionary?, string?) Open(string? configuredDirectory)
    {
        var location = new MecabDictionaryLocator().Locate(configuredDirectory);
        if (!location.Found)
        {
            return (null, "見つかりません。探した場所: " + string.Join("; ", location.Searched.Select(static s => s.Path)));
        }

        try
        {
            return (MecabDictionary.Open(location.Directory!), null);
        }
        catch (MecabDictionaryException e)
        {
            return (null, "読み込めません: " + e.Message);
        }
    }
}
