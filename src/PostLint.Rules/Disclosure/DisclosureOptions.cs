using System.Collections.Immutable;
using PostLint.Configuration;

namespace PostLint.Rules.Disclosure;

/// <summary>
/// The keys of <c>disclosure</c> in <c>postlint.json</c> that only the disclosure rules
/// (PL1001–PL1009) read: the words they accept as a disclosure beyond PR, プロモーション, 宣伝 and
/// 広告. The section's other keys are the engine's (<c>required</c>, a fact about every post;
/// <c>sourceTags</c> and <c>sourceTagVariants</c>, which name the city in reports too).
/// </summary>
/// <param name="ExtraDisclosureTags">
/// <c>disclosure.extraDisclosureTags</c>: words accepted as a disclosure tag like the four standard
/// ones, without sign. Lists add to the profile's.
/// </param>
/// <param name="RelationTags">
/// <c>disclosure.relationTags</c>: relation words a profile's guideline accepts beyond the standard
/// ones (石巻市 5(1)ア 「#プロモーション、#PR、#宣伝、#広告 など」: タイアップ, 提供, 協賛). They disclose
/// and pair with the source tag like #PR, while PL1008 still suggests a standard word.
/// </param>
public sealed record DisclosureOptions(ImmutableArray<string> ExtraDisclosureTags, ImmutableArray<string> RelationTags)
{
    private const string Schema = """
        {
          "properties": {
            "extraDisclosureTags": { "$ref": "#/definitions/tagList", "description": "Disclosure words accepted beyond PR, プロモーション, 宣伝, 広告 (PL1001–PL1009). Lists add to the profile's." },
            "relationTags": { "$ref": "#/definitions/tagList", "description": "Relation tags the guideline accepts beyond the standard words (ishinomaki: タイアップ, 提供, 協賛): they satisfy PL1004 and pair with the source tag; PL1008 still suggests #PR." }
          }
        }
        """;

    /// <summary>The declaration of the keys; every disclosure rule lists it in its <c>OptionSections</c>.</summary>
    public static readonly OptionSection<DisclosureOptions> Section = new(
        "disclosure",
        Schema,
        static section => new DisclosureOptions(section.Tags("extraDisclosureTags"), section.Tags("relationTags")));
}
