using System.Collections.Immutable;
using PostLint.Analysis;
using PostLint.Configuration;
using PostLint.Diagnostics;
using PostLint.Rules.Profiles;
using PostLint.Morphology;
using PostLint.Model;

namespace PostLint.Rules.Tests.Verification;

/// <summary>
/// Checks a rule against markup: the exact set of (id, span) it reports, and what its fixes make
/// of the post. Diagnostics of other rules are ignored; every reported span must lie in the post.
/// </summary>
public static class RuleVerifier
{
    /// <summary>Options like the ishinomaki profile's disclosure settings, with every rule at its default severity.</summary>
    public static AnalyzerOptions Ishinomaki { get; } = Options(new ConfigurationLayer
    {
        Origin = "test",
        SourceTags = ["石巻市"],
        SourceTagVariants = ["石巻", "いしのまき", "Ishinomaki"],
    });

    /// <summary>Options with no source tags (the recommended profile's situation).</summary>
    public static AnalyzerOptions NoSourceTags { get; } = Options(new ConfigurationLayer { Origin = "test" });

    /// <summary>Merges layers over the built-in rules' descriptors, without loading a profile.</summary>
    public static AnalyzerOptions Options(params ConfigurationLayer[] layers) =>
        new ConfigurationResolver([BuiltInProfiles.Instance], BuiltInRules.CreateAnalyzers().SelectMany(static a => a.SupportedDiagnostics)).Merge(layers);

    public static ImmutableArray<Diagnostic> Verify(PostAnalyzer analyzer, string markup, AnalyzerOptions? options = null, Func<Post, Post>? configurePost = null)
    {
        var (text, expected) = Markup.Parse(markup);
        var post = new Post("test", text);
        post = configurePost?.Invoke(post) ?? post;
        var engine = new PostAnalysisEngine([analyzer], options ?? Ishinomaki, morphology: MecabMorphemeAnalyzerProvider.Shared);
        var ids = analyzer.SupportedDiagnostics.Select(static d => d.Id).ToHashSet();
        var defaultId = analyzer.SupportedDiagnostics.Length == 1 ? analyzer.SupportedDiagnostics[0].Id : null;
        var actual = engine.Analyze(post).Where(d => ids.Contains(d.Id)).ToImmutableArray();

        foreach (var diagnostic in actual)
        {
            Assert.True(diagnostic.Span.End <= text.Length, $"{diagnostic} lies outside the post (length {text.Length}).");
            Assert.False(string.IsNullOrWhiteSpace(diagnostic.Message), $"{diagnostic.Id} has an empty message.");
        }

        var expectedSet = expected
            .Select(e => $"{e.Id ?? defaultId ?? throw new InvalidOperationException("[|…|] needs an analyzer with one rule; write {|ID:…|}.")} {e.Span}")
            .OrderBy(static s => s, StringComparer.Ordinal)
            .ToList();
        var actualSet = actual.Select(static d => $"{d.Id} {d.Span}").OrderBy(static s => s, StringComparer.Ordinal).ToList();
        Assert.True(
            expectedSet.SequenceEqual(actualSet),
            $"Text: {text}\nExpected: [{string.Join("; ", expectedSet)}]\nActual:   [{string.Join("; ", actual.Select(d => $"{d.Id} {d.Span} '{text.Substring(d.Span.Start, d.Span.Length)}' {d.Message}"))}]");
        return actual;
    }

    /// <summary>
    /// Applies the rule's fixes (safe; unsafe too when asked) until stable and compares the text.
    /// Also checks that fixing again changes nothing and that no fixable finding of the rule remains.
    /// </summary>
    public static FixResult VerifyFix(PostAnalyzer analyzer, string markup, string expectedFixedText, bool includeUnsafe = false, AnalyzerOptions? options = null, Func<Post, Post>? configurePost = null)
    {
        Verify(analyzer, markup, options, configurePost);
        var (text, _) = Markup.Parse(markup);
        var post = new Post("test", text);
        post = configurePost?.Invoke(post) ?? post;
        var engine = new PostAnalysisEngine([analyzer], options ?? Ishinomaki, morphology: MecabMorphemeAnalyzerProvider.Shared);
        var result = engine.Fix(post, includeUnsafe);
        Assert.Equal(expectedFixedText, result.FixedText);

        var again = engine.Fix(post with { Text = result.FixedText }, includeUnsafe);
        Assert.Equal(result.FixedText, again.FixedText);
        var fixable = result.Remaining.Where(d => d.Fixes.Any(f => f.Applicability == FixApplicability.Safe || (includeUnsafe && f.Applicability == FixApplicability.Unsafe)));
        Assert.Empty(fixable);
        return result;
    }

    /// <summary>Asserts the rule offers a fix of this applicability with this title on its first diagnostic, and returns it.</summary>
    public static CodeFix SingleFix(ImmutableArray<Diagnostic> diagnostics, FixApplicability applicability)
    {
        return Assert.Single(diagnostics.SelectMany(static d => d.Fixes), f => f.Applicability == applicability);
    }
}
