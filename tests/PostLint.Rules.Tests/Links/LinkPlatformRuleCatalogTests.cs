using PostLint.Analysis;
using PostLint.Diagnostics;
using PostLint.Rules.Links;
using PostLint.Rules.Platform;
using PostLint.Rules.Privacy;
using PostLint.Rules.Tests.Verification;
using PostLint.Tests;
using PostLint.Morphology;

namespace PostLint.Rules.Tests.Links;

/// <summary>
/// The descriptors of PL2001–PL2004, PL4002, PL5001, PL5002 and PL5004 against the catalog in
/// SPEC.md: severities per profile, doc pages, registration, and survival of empty and huge posts.
/// </summary>
public sealed class LinkPlatformRuleCatalogTests
{
    // SPEC.md rule catalog: ishinomaki / joetsu / mine / recommended (null = off).
    public static TheoryData<string, DiagnosticSeverity?, DiagnosticSeverity?, DiagnosticSeverity?, DiagnosticSeverity?> Catalog => new()
    {
        { "PL2001", DiagnosticSeverity.Info, DiagnosticSeverity.Warning, DiagnosticSeverity.Info, DiagnosticSeverity.Warning },
        { "PL2002", DiagnosticSeverity.Info, DiagnosticSeverity.Info, DiagnosticSeverity.Info, DiagnosticSeverity.Info },
        { "PL2003", DiagnosticSeverity.Error, DiagnosticSeverity.Error, DiagnosticSeverity.Error, DiagnosticSeverity.Error },
        { "PL2004", null, DiagnosticSeverity.Info, null, null },
        { "PL4002", DiagnosticSeverity.Warning, DiagnosticSeverity.Warning, DiagnosticSeverity.Warning, DiagnosticSeverity.Warning },
        { "PL5001", DiagnosticSeverity.Error, DiagnosticSeverity.Error, DiagnosticSeverity.Error, DiagnosticSeverity.Error },
        { "PL5002", DiagnosticSeverity.Warning, DiagnosticSeverity.Warning, DiagnosticSeverity.Warning, DiagnosticSeverity.Warning },
        { "PL5004", DiagnosticSeverity.Info, DiagnosticSeverity.Info, DiagnosticSeverity.Info, DiagnosticSeverity.Info },
    };

    private static PostAnalyzer[] Analyzers() =>
    [
        new PL2001UrlShortener(), new PL2002InsecureHttpLink(), new PL2003DeniedHost(), new PL2004UntrustedHost(),
        new PL4002InvisibleCharacter(), new PL5001PostTooLong(), new PL5002TooManyHashtags(), new PL5004HalfWidthKatakana(),
    ];

    private static DiagnosticDescriptor Descriptor(string id) =>
        Analyzers().SelectMany(static a => a.SupportedDiagnostics).Single(d => d.Id == id);

    [Theory]
    [MemberData(nameof(Catalog))]
    public void Profiles_give_the_catalog_severities(string id, DiagnosticSeverity? ishinomaki, DiagnosticSeverity? joetsu, DiagnosticSeverity? mine, DiagnosticSeverity? recommended)
    {
        var descriptor = Descriptor(id);
        Assert.Equal(ishinomaki, ProfileOptions.For("ishinomaki").GetEffectiveSeverity(descriptor));
        Assert.Equal(joetsu, ProfileOptions.For("joetsu").GetEffectiveSeverity(descriptor));
        Assert.Equal(mine, ProfileOptions.For("mine").GetEffectiveSeverity(descriptor));
        Assert.Equal(recommended, ProfileOptions.For("recommended").GetEffectiveSeverity(descriptor));

        // The descriptor's default is the recommended profile's value.
        Assert.Equal(recommended is not null, descriptor.IsEnabledByDefault);
        if (recommended is { } severity)
        {
            Assert.Equal(severity, descriptor.DefaultSeverity);
        }
    }

    [Theory]
    [MemberData(nameof(Catalog))]
    public void Each_rule_is_registered_documented_and_cites_a_guideline(string id, DiagnosticSeverity? ishinomaki, DiagnosticSeverity? joetsu, DiagnosticSeverity? mine, DiagnosticSeverity? recommended)
    {
        _ = (ishinomaki, joetsu, mine, recommended);
        var descriptor = Descriptor(id);
        Assert.Contains(BuiltInRules.CreateAnalyzers(), a => a.SupportedDiagnostics.Contains(descriptor));
        var doc = TestPaths.InRepo("docs", "rules", id + ".md");
        Assert.True(File.Exists(doc), $"{doc} is missing");
        var page = File.ReadAllText(doc);
        Assert.StartsWith($"# {id}: {descriptor.Title}", page, StringComparison.Ordinal);
        foreach (var section in new[] { "## Cause", "## Rule description", "## How to fix", "## Examples", "## Configuration" })
        {
            Assert.Contains(section, page, StringComparison.Ordinal);
        }

        Assert.EndsWith(id + ".md", descriptor.HelpLinkUri, StringComparison.Ordinal);
        Assert.False(descriptor.Title.EndsWith('.'));
        Assert.NotEmpty(descriptor.References);
        foreach (var profile in new[] { "ishinomaki", "joetsu", "mine" })
        {
            Assert.NotEmpty(ProfileOptions.For(profile).GetReferences(descriptor));
        }
    }

    [Fact]
    public void Every_rule_survives_empty_and_huge_posts()
    {
        var engine = new PostAnalysisEngine(Analyzers(), Verification.RuleVerifier.Ishinomaki, morphology: MecabMorphemeAnalyzerProvider.Shared);
        var huge = string.Concat(Enumerable.Repeat("牡蠣まつり\u200B ﾃﾞｰﾀ bit.ly/abc http://example.xxx/ #PR #石巻市 👨‍👩‍👧\n", 5000));
        Assert.Empty(engine.Analyze(string.Empty));
        var diagnostics = engine.Analyze(huge);
        Assert.All(diagnostics, d => Assert.True(d.Span.End <= huge.Length));
        Assert.Single(diagnostics, static d => d.Id == "PL5001");
        Assert.Single(diagnostics, static d => d.Id == "PL5002");
    }
}
