using PostLint.Configuration;

namespace PostLint.Rules.Spelling;

/// <summary>The <c>spelling</c> section of <c>postlint.json</c>, read by PL5003.</summary>
/// <param name="Dictionary">
/// <c>spelling.dictionary</c>: the Hunspell dictionary (a path without extension, or the
/// <c>.dic</c>/<c>.aff</c> file), relative to the configuration file that names it; <c>none</c>
/// switches the rule off; null searches the usual places for en_US.
/// </param>
/// <param name="CheckHashtags"><c>spelling.checkHashtags</c>: PL5003 also checks the words of hashtags (default false).</param>
/// <param name="Suggestions">
/// <c>spelling.suggestions</c>: PL5003 offers corrections as display fixes (default true;
/// <c>postlint audit</c> sets it to false for the run unless <c>--spelling-suggestions</c> is given,
/// since an audit of many posts reports and does not fix).
/// </param>
public sealed record SpellingOptions(string? Dictionary, bool CheckHashtags, bool Suggestions)
{
    private const string Schema = """
        {
          "properties": {
            "dictionary": { "type": "string", "description": "Hunspell dictionary for PL5003: a base path such as /usr/share/hunspell/en_US, or the .dic/.aff file, relative to this file; \"none\" turns PL5003 off. Default: the usual places." },
            "checkHashtags": { "type": "boolean", "description": "PL5003 also checks the words of hashtags (default false)." },
            "suggestions": { "type": "boolean", "description": "PL5003 offers corrections with its findings (default true; audit leaves them out unless --spelling-suggestions)." }
          }
        }
        """;

    /// <summary>The declaration of the section; PL5003 lists it in its <c>OptionSections</c>.</summary>
    public static readonly OptionSection<SpellingOptions> Section = new(
        "spelling",
        Schema,
        static section => new SpellingOptions(
            section.Value("dictionary") is { } dictionary && AnalyzerOptions.IsNoDictionary(dictionary.Text) ? AnalyzerOptions.NoDictionary : section.Value("dictionary")?.ToPath(),
            section.Boolean("checkHashtags") ?? false,
            section.Boolean("suggestions") ?? true));
}
