using PostLint.Analysis;
using PostLint.Configuration;
using PostLint.Rules.Tests.Verification;

namespace PostLint.Rules.Tests.Content;

/// <summary>The two ways content rules match: on MeCab morphemes (ipadic) and on surface forms (no dictionary).</summary>
public static class ContentModes
{
    public const string Ipadic = "/var/lib/mecab/dic/ipadic-utf8";

    private static readonly string Missing = Path.Combine(Path.GetTempPath(), "postlint-no-dictionary");

    public static TheoryData<bool> Both => new() { true, false };

    public static string Dicdir(bool morphology)
    {
        if (morphology)
        {
            Assert.True(Directory.Exists(Ipadic), "mecab-ipadic-utf8 is not installed (scripts/setup.sh installs it)");
            return Ipadic;
        }

        return Missing;
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(bool, string), AnalyzerOptions> Cache = new();

    /// <summary>A built-in profile's options (ishinomaki by default) with the dictionary found or missing.</summary>
    public static AnalyzerOptions Options(bool morphology, string profile = "ishinomaki") => Cache.GetOrAdd((morphology, profile), static key =>
    {
        var resolver = new ConfigurationResolver([Profiles.BuiltInProfiles.Instance], BuiltInRules.CreateAnalyzers().SelectMany(static a => a.SupportedDiagnostics));
        var problems = new List<ConfigurationProblem>();
        var options = resolver.Resolve(null, new ConfigurationOverrides { Profile = key.Item2, MecabDicdir = Dicdir(key.Item1) }, problems);
        Assert.DoesNotContain(problems, static p => p.MessageId is not ("config.unknownRule" or "config.references.unknownRule"));
        return options;
    });

    public static void Verify(PostAnalyzer analyzer, bool morphology, string markup) =>
        RuleVerifier.Verify(analyzer, markup, Options(morphology));
}
