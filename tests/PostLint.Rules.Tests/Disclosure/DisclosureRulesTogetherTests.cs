using System.Collections.Immutable;
using PostLint.Analysis;
using PostLint.Configuration;
using PostLint.Diagnostics;
using PostLint.Rules.Profiles;
using PostLint.Morphology;
using PostLint.Model;

namespace PostLint.Rules.Tests.Disclosure;

/// <summary>
/// All disclosure rules (PL1001–PL1009) run together under the ishinomaki profile: the guideline's
/// good examples give no finding, each bad example exactly the rule meant for it, and fixing
/// leads to the good example.
/// </summary>
public sealed class DisclosureRulesTogetherTests
{
    private static ImmutableArray<PostAnalyzer> DisclosureAnalyzers { get; } =
        [.. BuiltInRules.CreateAnalyzers().Where(static a => a.SupportedDiagnostics.All(static d => d.Category == DiagnosticCategory.Disclosure))];

    private static PostAnalysisEngine Engine(bool sponsored = false)
    {
        var problems = new List<ConfigurationProblem>();
        var resolver = new ConfigurationResolver([BuiltInProfiles.Instance], DisclosureAnalyzers.SelectMany(static a => a.SupportedDiagnostics));
        var options = resolver.Resolve(null, new ConfigurationOverrides { Profile = "ishinomaki", Sponsored = sponsored }, problems);
        // Only the disclosure rules are registered here, so the profile's other rule ids are unknown to
        // this resolver; nothing about the disclosure rules may be wrong.
        Assert.DoesNotContain(problems, static p => p.MessageId is not ("config.unknownRule" or "config.references.unknownRule") || p.Arguments[0] is string id && id.StartsWith("PL10", StringComparison.Ordinal));
        return new PostAnalysisEngine(DisclosureAnalyzers, options, morphology: MecabMorphemeAnalyzerProvider.Shared);
    }

    private static string[] Ids(PostAnalysisEngine engine, string text) =>
        [.. engine.Analyze(new Post("test", text)).Select(static d => d.Id)];

    [Fact]
    public void Every_disclosure_rule_takes_part()
    {
        Assert.Equal(
            ["PL1001", "PL1002", "PL1003", "PL1004", "PL1005", "PL1006", "PL1007", "PL1008", "PL1009"],
            DisclosureAnalyzers.SelectMany(static a => a.SupportedDiagnostics).Select(static d => d.Id).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Guideline_good_example_has_no_finding(bool sponsored)
    {
        // 石巻市ガイドライン 5(1)ア 正・#PR #石巻市
        Assert.Empty(Ids(Engine(sponsored), "#PR #石巻市"));
    }

    [Theory]
    [InlineData("#石巻市 #PR", "PL1001")]
    [InlineData("#石巻市PR", "PL1003")]
    [InlineData("#PR石巻市", "PL1003")]
    public void Each_guideline_bad_example_gives_only_its_rule_and_fixes_to_the_good_example(string text, string id)
    {
        // 石巻市ガイドライン 5(1)ア 誤・#石巻市 #PR ・#石巻市PR ・#PR石巻市
        foreach (var sponsored in new[] { false, true })
        {
            var engine = Engine(sponsored);
            Assert.Equal([id], Ids(engine, text));

            var result = engine.Fix(new Post("test", text) { Sponsored = sponsored });
            Assert.Equal("#PR #石巻市", result.FixedText);
            Assert.Empty(result.Remaining);
        }
    }

    [Theory]
    [InlineData("石巻市のプロモーションに参加しています。")]
    [InlineData("石巻市のPR案件としての投稿です。")]
    [InlineData("石巻市の広告制作を担当しています。")]
    [InlineData("【PR】石巻市")]
    [InlineData("【広告】石巻市")]
    public void The_five_statements_of_the_guideline_have_no_finding(string statement)
    {
        // 石巻市ガイドライン 5(2) 例, verbatim.
        Assert.Empty(Ids(Engine(sponsored: true), statement));
        Assert.Empty(Ids(Engine(sponsored: true), statement + "\n金華山の絶景をご紹介します。 #金華山"));
    }

    [Fact]
    public void Pair_behind_another_hashtag_gives_only_PL1002()
    {
        // 石巻市ガイドライン 5(1)イ: アは必ず先頭に記載する.
        var engine = Engine();
        Assert.Equal(["PL1002"], Ids(engine, "#牡蠣 #PR #石巻市"));
        Assert.Equal("#PR #石巻市 #牡蠣", engine.Fix(new Post("test", "#牡蠣 #PR #石巻市")).FixedText);
    }

    [Theory]
    [InlineData("#PR 牡蠣の季節です", false, new[] { "PL1005" })]
    [InlineData("#PR #石巻 牡蠣の季節です", false, new[] { "PL1009" })]
    [InlineData("#ＰＲ #石巻市", false, new[] { "PL1008" })]
    [InlineData("#PR＿石巻市", false, new[] { "PL1003" })]
    [InlineData("石巻市#PR", true, new[] { "PL1006" })]
    [InlineData("#PR#石巻市", true, new[] { "PL1006" })]
    [InlineData("#タイアップ #石巻市", false, new[] { "PL1008" })]
    [InlineData("#タイアップ #石巻市", true, new[] { "PL1008" })]
    [InlineData("#PR #広告 #石巻市", true, new string[0])]
    [InlineData("牡蠣の季節です", true, new[] { "PL1004" })]
    [InlineData("牡蠣の季節です", false, new string[0])]
    [InlineData("牡蠣の季節です\n#PR #石巻市", true, new[] { "PL1007" })]
    [InlineData("#石巻市 #PR", true, new[] { "PL1001" })]
    public void Other_mistakes_give_one_finding_each(string text, bool sponsored, string[] expected) =>
        Assert.Equal(expected, Ids(Engine(sponsored), text).Order(StringComparer.Ordinal));

    [Theory]
    [InlineData("石巻市#PR", "石巻市 #PR")]
    [InlineData("#PR#石巻市", "#PR #石巻市")]
    [InlineData("#ｐｒ石巻市", "#PR #石巻市")]
    [InlineData("#牡蠣 #pr #石巻市", "#PR #石巻市 #牡蠣")]
    [InlineData("#石巻市 ＃ＰＲ", "#PR #石巻市")]
    [InlineData("#牡蠣 #石巻市 #PR", "#PR #石巻市 #牡蠣")]
    [InlineData("#ＰＲ #牡蠣 #石巻市", "#PR #石巻市 #牡蠣")]
    [InlineData("#PR＿石巻市 #牡蠣", "#PR #石巻市 #牡蠣")]
    [InlineData("＃ＰＲ　＃石巻市\n牡蠣まつりを開催します", "#PR #石巻市\n牡蠣まつりを開催します")]
    [InlineData("#PR　#石巻市 牡蠣まつり", "#PR #石巻市 牡蠣まつり")]
    [InlineData("牡蠣まつりを開催します\n詳しくは市のサイトへ #PR #石巻市", "#PR #石巻市\n牡蠣まつりを開催します\n詳しくは市のサイトへ")]
    [InlineData("牡蠣まつりを開催します\n#PR #石巻市 詳しくは市のサイトへ", "#PR #石巻市\n牡蠣まつりを開催します\n詳しくは市のサイトへ")]
    [InlineData("牡蠣まつりを開催します\r\n【PR】石巻市", "【PR】石巻市\n牡蠣まつりを開催します")]
    [InlineData("牡蠣まつりを開催します\n詳しくは市のサイトへ #石巻市 ＃ｐｒ", "#PR #石巻市\n牡蠣まつりを開催します\n詳しくは市のサイトへ")]
    [InlineData("#牡蠣 #宮城 #東北 #グルメ #石巻市 #PR 牡蠣まつり", "#PR #石巻市 #牡蠣 #宮城 #東北 #グルメ 牡蠣まつり")]
    public void Safe_fixes_of_several_rules_combine(string text, string expected)
    {
        var result = Engine().Fix(new Post("test", text));
        Assert.Equal(expected, result.FixedText);
        Assert.DoesNotContain(result.Remaining, static d => d.Fixes.Any(static f => f.Applicability == FixApplicability.Safe));
    }

    [Fact]
    public void A_disclosure_inside_a_sentence_is_moved_only_as_an_unsafe_fix_that_says_why()
    {
        const string text = "牡蠣まつりを開催します\n詳しくは #PR #石巻市 のサイトへ";
        var result = Engine().Fix(new Post("test", text));
        Assert.Equal(text, result.FixedText);
        var remaining = Assert.Single(result.Remaining);
        Assert.Equal("PL1007", remaining.Id);
        var fix = Assert.Single(remaining.Fixes);
        Assert.Equal(FixApplicability.Unsafe, fix.Applicability);
        Assert.Contains("文の途中から抜き出すため", fix.Title, StringComparison.Ordinal);
        Assert.Equal("#PR #石巻市\n牡蠣まつりを開催します\n詳しくは のサイトへ", Engine().Fix(new Post("test", text), includeUnsafe: true).FixedText);
    }

    [Theory]
    [InlineData("牡蠣の季節です", "#PR #石巻市 牡蠣の季節です")]
    [InlineData("#PR 牡蠣の季節です", "#PR #石巻市 牡蠣の季節です")]
    [InlineData("#PR #石巻 牡蠣の季節です", "#PR #石巻市 牡蠣の季節です")]
    [InlineData("牡蠣の季節です #石巻市", "#PR #石巻市 牡蠣の季節です")]
    public void Unsafe_fixes_lead_a_sponsored_post_to_the_good_example(string text, string expected)
    {
        var result = Engine(sponsored: true).Fix(new Post("test", text) { Sponsored = true }, includeUnsafe: true);
        Assert.Equal(expected, result.FixedText);
        Assert.Empty(result.Remaining);
    }
}
