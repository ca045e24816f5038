using System.Collections.Immutable;
using PostLint.Analysis;
using PostLint.Configuration;
using PostLint.Diagnostics;
using PostLint.Text;
using PostLint.Morphology;

namespace PostLint.Core.Tests.Analysis;

/// <summary>
/// A word rule of the kind content rules are: it matches a base form and part of speech on
/// morphemes, and falls back to surface matching with word boundaries without a dictionary.
/// </summary>
internal sealed class WordRuleAnalyzer : PostAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new("TS0100", "Word", "「{0}」は使えない語です", DiagnosticCategory.Content, DiagnosticSeverity.Warning, true);

    private static readonly (string BaseForm, string PartOfSpeech)[] Words = [("バカ", "名詞"), ("殺す", "動詞")];

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    public override void Initialize(AnalysisContext context)
    {
        context.RegisterMorphemeAction(static c =>
        {
            foreach (var (baseForm, pos) in Words)
            {
                if (c.Morpheme.PartOfSpeechMatches(pos) && c.Morpheme.BaseFormEquals(baseForm, c.Text.AsSpan()))
                {
                    c.ReportDiagnostic(Diagnostic.Create(Rule, c.Morpheme.Span, baseForm));
                }
            }
        });
        context.RegisterPostAction(static c =>
        {
            if (c.HasMorphology)
            {
                return;
            }

            // Surface fallback: the word must not continue into more katakana (バカ, not バカンス).
            var text = c.Text.Text;
            for (var i = text.IndexOf("バカ", StringComparison.Ordinal); i >= 0; i = text.IndexOf("バカ", i + 1, StringComparison.Ordinal))
            {
                var end = i + 2;
                if (end >= text.Length || text[end] is < '\u30A0' or > '\u30FF')
                {
                    c.ReportDiagnostic(Diagnostic.Create(Rule, new TextSpan(i, 2), "バカ"));
                }
            }
        });
    }
}

public sealed class MorphologyIntegrationTests
{
    private static readonly string Ipadic = "/var/lib/mecab/dic/ipadic-utf8";

    private static AnalyzerOptions Options(string? dicdir) =>
        new ConfigurationResolver([], [WordRuleAnalyzer.Rule]).Merge([new ConfigurationLayer { Origin = "test", MecabDicdir = dicdir }]);

    [Fact]
    public void Words_match_on_morphemes_not_substrings()
    {
        Assert.True(Directory.Exists(Ipadic), "mecab-ipadic-utf8 is not installed (scripts/setup.sh installs it)");
        var engine = new PostAnalysisEngine([new WordRuleAnalyzer()], Options(Ipadic), morphology: MecabMorphemeAnalyzerProvider.Shared);
        Assert.True(engine.HasMorphology);
        Assert.Empty(engine.RunDiagnostics);

        Assert.Empty(engine.Analyze("夏はバカンスの季節です"));
        var insult = Assert.Single(engine.Analyze("そんなのバカだ"));
        Assert.Equal(new TextSpan(4, 2), insult.Span);

        // 「殺せ」 is the imperative of 「殺す」: matched through its base form.
        var verb = Assert.Single(engine.Analyze("あいつを殺せ"));
        Assert.Equal("「殺す」は使えない語です", verb.Message);
        Assert.Equal("殺せ", "あいつを殺せ".Substring(verb.Span.Start, verb.Span.Length));
    }

    [Fact]
    public void Text_runs_and_hashtag_words_are_tokenized_and_spans_are_offsets_into_the_post()
    {
        Assert.True(Directory.Exists(Ipadic), "mecab-ipadic-utf8 is not installed");
        var engine = new PostAnalysisEngine([new WordRuleAnalyzer()], Options(Ipadic), morphology: MecabMorphemeAnalyzerProvider.Shared);
        const string text = "#バカ @baka_jp https://example.com/baka 😀 それはバカだ\nバカ";
        var diagnostics = engine.Analyze(text);
        // Hashtags are words of the post (#バカ市長); mentions and URLs are not.
        Assert.Equal([1, text.IndexOf("それはバカ", StringComparison.Ordinal) + 3, text.LastIndexOf("バカ", StringComparison.Ordinal)], diagnostics.Select(d => d.Span.Start));
    }

    [Fact]
    public void Without_a_dictionary_PL0003_is_reported_once_and_rules_fall_back_to_surface_forms()
    {
        var missing = Path.Combine(Path.GetTempPath(), "postlint-no-dictionary-" + Guid.NewGuid().ToString("N"));
        var engine = new PostAnalysisEngine([new WordRuleAnalyzer()], Options(missing), morphology: MecabMorphemeAnalyzerProvider.Shared);
        Assert.False(engine.HasMorphology);
        var notice = Assert.Single(engine.RunDiagnostics);
        Assert.Equal("PL0003", notice.Id);
        Assert.Equal(DiagnosticSeverity.Info, notice.Severity);
        Assert.Contains(missing, notice.Message, StringComparison.Ordinal);

        Assert.Empty(engine.Analyze("夏はバカンスの季節です"));
        Assert.Single(engine.Analyze("そんなのバカだ"));
    }

    [Fact]
    public void Engines_whose_rules_do_not_ask_for_morphemes_never_look_for_a_dictionary()
    {
        var missing = Path.Combine(Path.GetTempPath(), "postlint-no-dictionary-" + Guid.NewGuid().ToString("N"));
        var options = new ConfigurationResolver([], [BadTagAnalyzer.Rule]).Merge([new ConfigurationLayer { Origin = "test", MecabDicdir = missing }]);
        var engine = new PostAnalysisEngine([new BadTagAnalyzer()], options, morphology: MecabMorphemeAnalyzerProvider.Shared);
        Assert.False(engine.HasMorphology);
        Assert.Empty(engine.RunDiagnostics);
    }

    [Fact]
    public void PL0003_can_be_turned_off()
    {
        var missing = Path.Combine(Path.GetTempPath(), "postlint-no-dictionary-" + Guid.NewGuid().ToString("N"));
        var options = new ConfigurationResolver([], [WordRuleAnalyzer.Rule]).Merge([new ConfigurationLayer
        {
            Origin = "test",
            MecabDicdir = missing,
            Rules = ImmutableDictionary<string, ReportSeverity>.Empty.Add("PL0003", ReportSeverity.None),
        }]);
        Assert.Empty(new PostAnalysisEngine([new WordRuleAnalyzer()], options, morphology: MecabMorphemeAnalyzerProvider.Shared).RunDiagnostics);
    }
}
