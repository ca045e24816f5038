using System.Collections.Immutable;
using PostLint.Configuration;

namespace PostLint.Rules.Links;

/// <summary>
/// The <c>links</c> section of <c>postlint.json</c>, shared by the link rules: hosts links may
/// point to (PL2004), hosts they must not (PL2003), and shorteners beyond the built-in list
/// (PL2001). Each list adds to the profile's.
/// </summary>
/// <param name="Trusted"><c>links.trusted</c>: hosts links may point to (PL2004).</param>
/// <param name="Deny"><c>links.deny</c>: hosts links must not point to (PL2003), beyond the built-in list.</param>
/// <param name="Shorteners"><c>links.shorteners</c>: URL shorteners beyond the built-in list (PL2001).</param>
public sealed record LinkOptions(ImmutableArray<HostPattern> Trusted, ImmutableArray<HostPattern> Deny, ImmutableArray<HostPattern> Shorteners)
{
    private const string Schema = """
        {
          "properties": {
            "trusted": { "$ref": "#/definitions/hostList", "description": "Hosts links may point to (PL2004)." },
            "deny": { "$ref": "#/definitions/hostList", "description": "Hosts links must not point to (PL2003)." },
            "shorteners": { "$ref": "#/definitions/hostList", "description": "URL shorteners beyond the built-in list (PL2001)." }
          }
        }
        """;

    /// <summary>The declaration of the section; the link rules list it in their <c>OptionSections</c>.</summary>
    public static readonly OptionSection<LinkOptions> Section = new(
        "links",
        Schema,
        static section => new LinkOptions(Hosts(section, "trusted"), Hosts(section, "deny"), Hosts(section, "shorteners")));

    // A pattern that cannot be read ('https://bit.ly/x', a path, a port) is PL0002 at the item.
    private static ImmutableArray<HostPattern> Hosts(OptionReader section, string key) =>
        section.Items(key, static item =>
        {
            if (HostPattern.TryParseWithProblem(item.Text, out var pattern, out var error))
            {
                return pattern;
            }

            item.Report(error!);
            return null;
        });
}
