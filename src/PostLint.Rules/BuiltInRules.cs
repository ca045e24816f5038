using System.Collections.Immutable;
using PostLint.Analysis;
using PostLint.Configuration;
using PostLint.Rules.Content;
using PostLint.Rules.Disclosure;
using PostLint.Rules.Links;
using PostLint.Rules.Operations;
using PostLint.Rules.Platform;
using PostLint.Rules.Privacy;
using PostLint.Rules.Spelling;

namespace PostLint.Rules;

/// <summary>Every rule PostLint ships, and the registration of them with the built-in profiles.</summary>
public static class BuiltInRules
{
    /// <summary>A new instance of every built-in analyzer, in catalog order.</summary>
    public static ImmutableArray<PostAnalyzer> CreateAnalyzers() =>
    [
        new PL1001DisclosureTagOrder(),
        new PL1002DisclosurePairNotFirst(),
        new PL1003FusedDisclosureTag(),
        new PL1004MissingDisclosure(),
        new PL1005DisclosureWithoutSource(),
        new PL1006UnrecognizedHashtag(),
        new PL1007DisclosureNotProminent(),
        new PL1008NonCanonicalDisclosureTag(),
        new PL1009SourceTagVariant(),
        new PL2001UrlShortener(),
        new PL2002InsecureHttpLink(),
        new PL2003DeniedHost(),
        new PL2004UntrustedHost(),
        new PL3001Insult(),
        new PL3002Discrimination(),
        new PL3003IllegalActs(),
        new PL3004Rumour(),
        new PL3005Obscene(),
        new PL3006PoliticalOrReligious(),
        new PL3007SocialIssueAdvocacy(),
        new PL3008ConfidentialInformation(),
        new PL3009UnfairProductPraise(),
        new PL3010PublicOrder(),
        new PL4001PersonalInformation(),
        new PL4002InvisibleCharacter(),
        new PL5001PostTooLong(),
        new PL5002TooManyHashtags(),
        new PL5003MisspeltWord(),
        new PL5004HalfWidthKatakana(),
        new PL6001OutsideBusinessHours(),
        new PL6002AccountSilentForAMonth(),
        new PL6003ReplyToUser(),
        new PL6004ShareFromOutsideList(),
    ];

    /// <summary>
    /// The <c>postlint.json</c> sections the built-in rules own (<c>links</c>, <c>privacy</c>…), one
    /// per name, in catalog order: the built-in profiles declare them, and the shipped JSON Schema
    /// is composed from their fragments.
    /// </summary>
    public static ImmutableArray<OptionSection> OptionSections => Sections.Value;

    private static readonly Lazy<ImmutableArray<OptionSection>> Sections = new(
        static () => [.. CreateAnalyzers().SelectMany(static a => a.OptionSections).DistinctBy(static s => s.Name, StringComparer.Ordinal)]);
}
