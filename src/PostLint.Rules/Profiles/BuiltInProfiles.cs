using System.Collections.Frozen;
using PostLint.Configuration;
using PostLint.Rules.Infrastructure;

namespace PostLint.Rules.Profiles;

/// <summary>
/// The built-in profiles, embedded data files in <c>Data/Profiles</c>: one per city guideline
/// (ishinomaki, joetsu, mine) and <c>recommended</c> for everyone else. Each sets the rule
/// severities of the catalog, the source tags, host lists, business hours and the guideline clause
/// shown with each finding.
/// </summary>
public sealed class BuiltInProfiles : IProfileProvider
{
    private static readonly string[] Names = ["ishinomaki", "joetsu", "mine", "recommended"];

    /// <summary>The one instance; the profiles are read from the assembly once and never change, so it may be shared between threads.</summary>
    public static BuiltInProfiles Instance { get; } = new();

    private readonly FrozenDictionary<string, byte[]> _profiles;

    private BuiltInProfiles()
    {
        _profiles = Names.ToFrozenDictionary(static name => name, static name => EmbeddedData.ReadBytes("Profiles/" + name + ".json"), StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The built-in profile names: <c>ishinomaki</c>, <c>joetsu</c>, <c>mine</c> and <c>recommended</c>.</summary>
    public IEnumerable<string> ProfileNames => Names;

    /// <summary>The sections of the built-in rules, which the profiles write.</summary>
    public IEnumerable<OptionSection> OptionSections => BuiltInRules.OptionSections;

    /// <summary>The UTF-8 JSON of the built-in profile <paramref name="name"/> (ignoring case), in the format of <c>postlint.json</c>.</summary>
    /// <returns>False when no built-in profile has that name.</returns>
    public bool TryGetProfile(string name, out ReadOnlyMemory<byte> utf8Json)
    {
        if (_profiles.TryGetValue(name, out var bytes))
        {
            utf8Json = bytes;
            return true;
        }

        utf8Json = default;
        return false;
    }
}
