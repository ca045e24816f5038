using PostLint.Diagnostics;
using PostLint.Rules.Disclosure;
using PostLint.Rules.Tests.Verification;

namespace PostLint.Rules.Tests.Disclosure;

public sealed class PL1001DisclosureTagOrderTests
{
    private static readonly PL1001DisclosureTagOrder Analyzer = new();

    [Fact]
    public void Under_ishinomaki_a_relation_tag_takes_the_place_of_PR() =>
        RuleVerifier.VerifyFix(Analyzer, "{|PL1001:#石巻市|} #タイアップ 牡蠣", "#タイアップ #石巻市 牡蠣", options: ProfileOptions.For("ishinomaki"));

    [Fact]
    public void Guideline_bad_example_source_before_disclosure_is_reported_on_the_source_tag()
    {
        // 石巻市ガイドライン 5(1)ア 誤・#石巻市 #PR
        var diagnostics = RuleVerifier.Verify(Analyzer, "{|PL1001:#石巻市|} #PR", ProfileOptions.For("ishinomaki"));
        Assert.Contains("5(1)ア", diagnostics[0].Message, StringComparison.Ordinal);
        Assert.Equal(DiagnosticSeverity.Error, diagnostics[0].Severity);
    }

    private static PostLint.Configuration.AnalyzerOptions RecommendedWithSourceTag() =>
        new PostLint.Configuration.ConfigurationResolver([PostLint.Rules.Profiles.BuiltInProfiles.Instance], BuiltInRules.CreateAnalyzers().SelectMany(static a => a.SupportedDiagnostics))
            .Resolve(new PostLint.Configuration.ConfigurationLayer { Origin = "test", SourceTags = ["石巻市"] }, new PostLint.Configuration.ConfigurationOverrides { Profile = "recommended" }, []);

    [Fact]
    public void The_message_names_every_reference_of_the_profile_once()
    {
        // recommended (with a source tag): ステマ告示 運用基準 and 石巻市 5(1)ア as 参考; the report adds no second copy.
        var diagnostic = Assert.Single(RuleVerifier.Verify(Analyzer, "{|PL1001:#石巻市|} #PR", RecommendedWithSourceTag()));
        Assert.Equal(DiagnosticSeverity.Info, diagnostic.Severity);
        Assert.EndsWith("（ステマ告示 運用基準、石巻市ガイドライン 5(1)ア（参考））", diagnostic.Message, StringComparison.Ordinal);
        // Text reports add no bracketed references when the message already names every one of them.
        Assert.NotEmpty(diagnostic.References);
        Assert.All(diagnostic.References, reference => Assert.Contains(reference, diagnostic.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void Guideline_good_example_is_clean()
    {
        // 石巻市ガイドライン 5(1)ア 正・#PR #石巻市
        RuleVerifier.Verify(Analyzer, "#PR #石巻市");
    }

    [Theory]
    [InlineData("牡蠣が美味しい季節です #PR #石巻市 #牡蠣")]
    [InlineData("#プロモーション #石巻市")]
    [InlineData("#石巻市 の観光情報です")]
    [InlineData("#PR だけ")]
    [InlineData("")]
    public void Posts_without_the_wrong_order_are_clean(string text) => RuleVerifier.Verify(Analyzer, text);

    [Theory]
    [InlineData("{|PL1001:#石巻市|} #広告", "#広告 #石巻市")]
    [InlineData("牡蠣の季節 {|PL1001:#石巻市|} #牡蠣 ＃ＰＲ", "牡蠣の季節 ＃ＰＲ #牡蠣 #石巻市")]
    [InlineData("{|PL1001:#石巻市|} #PR\n牡蠣", "#PR #石巻市\n牡蠣")]
    public void Fix_swaps_the_tags(string markup, string expected) => RuleVerifier.VerifyFix(Analyzer, markup, expected);

    [Fact]
    public void Guideline_fix_rewrites_to_the_correct_example()
    {
        var result = RuleVerifier.VerifyFix(Analyzer, "{|PL1001:#石巻市|} #PR", "#PR #石巻市");
        Assert.Equal("PL1001", Assert.Single(result.Applied).RuleId);
    }

    [Fact]
    public void Without_source_tags_the_rule_does_not_run() =>
        RuleVerifier.Verify(Analyzer, "#石巻市 #PR", RuleVerifier.NoSourceTags);
}
