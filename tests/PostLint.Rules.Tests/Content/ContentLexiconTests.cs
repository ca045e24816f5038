using PostLint.Lexicons;
using PostLint.Morphology;
using PostLint.Rules.Content;

namespace PostLint.Rules.Tests.Content;

public sealed class ContentLexiconTests
{
    private static readonly Lazy<MecabDictionary> Dictionary = new(() => MecabDictionary.Open(ContentModes.Dicdir(true)));

    public static TheoryData<string, bool> Lexicons()
    {
        var data = new TheoryData<string, bool>();
        foreach (var name in ContentLexicons.Names)
        {
            data.Add(name, true);
            data.Add(name, false);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Lexicons))]
    public void Every_example_of_a_built_in_lexicon_does_what_it_says(string name, bool morphology)
    {
        var lexicon = ContentLexicons.Get(name);
        var matcher = LexiconMatcher.Build(lexicon.Entries, morphology ? Dictionary.Value : null);
        var failures = matcher.RunSelfTests().Select(static f => $"{f.Entry.LexiconPath}({f.Entry.Line}): {f.Message}").ToList();
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Theory]
    [MemberData(nameof(Lexicons))]
    public void Every_built_in_lexicon_says_where_its_words_come_from_and_belongs_to_its_rule(string name, bool morphology)
    {
        _ = morphology;
        var lexicon = ContentLexicons.Get(name);
        Assert.Equal(name, lexicon.Name);
        Assert.NotEmpty(lexicon.Version);
        Assert.NotEmpty(lexicon.Sources);
        Assert.NotEmpty(lexicon.Entries);
        var ruleIds = BuiltInRules.CreateAnalyzers().SelectMany(static a => a.SupportedDiagnostics).Select(static d => d.Id).ToHashSet();
        Assert.All(lexicon.Entries, e => Assert.Contains(e.RuleId, ruleIds));
        Assert.All(lexicon.Entries, e => Assert.NotEmpty(e.MustMatch));
    }
}
