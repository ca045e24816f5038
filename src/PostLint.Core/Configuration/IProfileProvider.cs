namespace PostLint.Configuration;

/// <summary>
/// Supplies named profiles (data files with the shape of <c>postlint.json</c>). PostLint.Rules
/// provides the built-in ones; an embedding application can add its own city.
/// </summary>
public interface IProfileProvider
{
    /// <summary>The names this provider knows, in the order they should be listed.</summary>
    IEnumerable<string> ProfileNames { get; }

    /// <summary>The UTF-8 JSON of a profile, or false when the provider does not know the name.</summary>
    bool TryGetProfile(string name, out ReadOnlyMemory<byte> utf8Json);

    /// <summary>
    /// The rule-owned sections the profiles write (<c>links</c>, <c>privacy</c>…), so that a
    /// resolver reading them knows those sections even when it is given rule ids alone.
    /// </summary>
    IEnumerable<OptionSection> OptionSections => [];
}
