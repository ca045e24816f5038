using System.Collections.Immutable;
using PostLint.Configuration;
using PostLint.Diagnostics;
using PostLint.Rules.Disclosure;
using PostLint.Rules.Profiles;
using PostLint.Rules.Tests.Verification;

namespace PostLint.Rules.Tests.Disclosure;

public sealed class PL1006UnrecognizedHashtagTests
{
    private static readonly PL1006UnrecognizedHashtag Analyzer = new();

    [Fact]
    public void Disclosure_tag_glued_to_the_previous_word_is_reported_raised_with_the_word_quoted()
    {
        var diagnostic = Assert.Single(RuleVerifier.Verify(Analyzer, "石巻市{|PL1006:#PR|}"));
        Assert.StartsWith("「石巻市#PR」は前の語に続いているためハッシュタグになりません。", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("5(1)", diagnostic.Message, StringComparison.Ordinal);
        Assert.True(diagnostic.IsSeverityRaised);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal(FixApplicability.Safe, Assert.Single(diagnostic.Fixes).Applicability);
    }

    [Fact]
    public void Ordinary_glued_tag_keeps_the_configured_severity()
    {
        var diagnostic = Assert.Single(RuleVerifier.Verify(Analyzer, "美味しい牡蠣{|PL1006:#グルメ|}"));
        Assert.StartsWith("「美味しい牡蠣#グルメ」は前の語に続いている", diagnostic.Message, StringComparison.Ordinal);

        // No disclosure or source tag is involved: the platform's hashtag rules, not the disclosure clause.
        Assert.EndsWith("（各プラットフォームのハッシュタグの仕様）", diagnostic.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("5(1)", diagnostic.Message, StringComparison.Ordinal);
        Assert.False(diagnostic.IsSeverityRaised);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
    }

    [Theory]
    [InlineData("市民向けC#プログラミング講座を開きます")]
    [InlineData("F#とC#の入門")]
    [InlineData("お問い合わせは内線#123へ")]
    [InlineData("受付番号#１２番")]
    public void Language_names_and_number_signs_are_not_glued_hashtags(string post)
    {
        Assert.Empty(RuleVerifier.Verify(Analyzer, post));
        RuleVerifier.VerifyFix(Analyzer, post, post);
    }

    [Fact]
    public void Ordinary_glued_tag_gets_an_unsafe_fix_only()
    {
        var diagnostic = Assert.Single(RuleVerifier.Verify(Analyzer, "美味しい牡蠣{|PL1006:#グルメ|}"));
        var fix = Assert.Single(diagnostic.Fixes);
        Assert.Equal(FixApplicability.Unsafe, fix.Applicability);
        RuleVerifier.VerifyFix(Analyzer, "美味しい牡蠣{|PL1006:#グルメ|}", "美味しい牡蠣#グルメ");
    }

    [Fact]
    public void Quote_of_the_previous_word_is_limited_to_ten_characters()
    {
        var diagnostic = Assert.Single(RuleVerifier.Verify(Analyzer, "とても美味しい季節の牡蠣料理です{|PL1006:#グルメ|}"));
        Assert.StartsWith("「い季節の牡蠣料理です#グルメ」", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void One_missing_space_between_two_tags_is_one_finding()
    {
        var diagnostic = Assert.Single(RuleVerifier.Verify(Analyzer, "{|PL1006:#PR|}#石巻市"));
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.StartsWith("「#PR#石巻市」は直後に「#」が続いているためハッシュタグになりません。", diagnostic.Message, StringComparison.Ordinal);

        // Two missing spaces, two findings: one on each tag that another sign follows.
        RuleVerifier.Verify(Analyzer, "{|PL1006:#PR|}{|PL1006:#石巻市|}#牡蠣");
    }

    [Theory]
    [InlineData("石巻市{|PL1006:#PR|}牡蠣まつりに行こう、楽しい", "石巻市 #PR 牡蠣まつりに行こう、楽しい")]
    [InlineData("牡蠣の季節{|PL1006:#石巻市|}からお届け", "牡蠣の季節 #石巻市 からお届け")]
    [InlineData("牡蠣の季節{|PL1006:#ＰＲ|}です", "牡蠣の季節 #ＰＲ です")]
    public void A_glued_disclosure_or_source_tag_that_runs_on_is_reported_on_the_tag_only(string markup, string expected)
    {
        var diagnostic = Assert.Single(RuleVerifier.Verify(Analyzer, markup));
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        RuleVerifier.VerifyFix(Analyzer, markup, expected);
    }

    [Fact]
    public void An_ordinary_tag_cites_the_platform_in_its_references_too_and_a_disclosure_tag_the_profile()
    {
        // The profile's references for PL1006 are its disclosure clauses; a finding on #2025 is about
        // how the platform recognises hashtags, and its references (JSON, SARIF) must say so, not 5(1).
        var ishinomaki = new ConfigurationResolver([BuiltInProfiles.Instance], [PL1006UnrecognizedHashtag.Rule])
            .Resolve(null, new ConfigurationOverrides { Profile = "ishinomaki" }, []);
        var digits = Assert.Single(RuleVerifier.Verify(Analyzer, "{|PL1006:#2025|} 牡蠣まつり", ishinomaki));
        Assert.Equal([PL1006UnrecognizedHashtag.PlatformHashtagRules], digits.References.ToArray());
        Assert.True(digits.HasOwnReferences);

        var glued = Assert.Single(RuleVerifier.Verify(Analyzer, "牡蠣{|PL1006:#PR|}", ishinomaki));
        Assert.False(glued.HasOwnReferences);
        Assert.Equal(ishinomaki.GetReferences(PL1006UnrecognizedHashtag.Rule).ToArray(), glued.References.ToArray());
        Assert.Contains(glued.References, static r => r.StartsWith("石巻市", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("牡蠣{|PL1006:#PRESS|}")]
    [InlineData("美味しい牡蠣{|PL1006:#グルメ情報|}")]
    public void Other_glued_tags_keep_the_whole_tag(string markup) =>
        Assert.Equal(DiagnosticSeverity.Warning, Assert.Single(RuleVerifier.Verify(Analyzer, markup)).Severity);

    [Fact]
    public void Digits_only_tag_has_no_fix_and_suggests_a_letter()
    {
        var diagnostic = Assert.Single(RuleVerifier.Verify(Analyzer, "{|PL1006:#2025|} 牡蠣まつり"));
        Assert.Equal("「#2025」は数字だけのためハッシュタグになりません。文字を含めてください（例: #2025年）（各プラットフォームのハッシュタグの仕様）", diagnostic.Message);
        Assert.Empty(diagnostic.Fixes);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        RuleVerifier.VerifyFix(Analyzer, "{|PL1006:#2025|} 牡蠣まつり", "#2025 牡蠣まつり");
    }

    [Theory]
    [InlineData("石巻市{|PL1006:#PR|}", "石巻市 #PR")]
    [InlineData("{|PL1006:#PR|}#石巻市", "#PR #石巻市")]
    [InlineData("{|PL1006:#PRと|}#石巻市", "#PRと #石巻市")]
    [InlineData("石巻市{|PL1006:#PR|}#観光", "石巻市 #PR #観光")]
    [InlineData("牡蠣の季節{|PL1006:#石巻市|}\n本文", "牡蠣の季節 #石巻市\n本文")]
    public void Safe_fix_inserts_the_missing_space(string markup, string expected) =>
        RuleVerifier.VerifyFix(Analyzer, markup, expected);

    [Theory]
    [InlineData("{|PL1006:#PRと|}#牡蠣", DiagnosticSeverity.Warning)]
    [InlineData("{|PL1006:#PRと|}#石巻市", DiagnosticSeverity.Error)]
    [InlineData("{|PL1006:#ＰＲ|}#牡蠣", DiagnosticSeverity.Error)]
    [InlineData("{|PL1006:#石巻市PR|}#牡蠣", DiagnosticSeverity.Error)]
    public void Severity_is_raised_only_for_disclosure_and_source_tags(string markup, DiagnosticSeverity expected) =>
        Assert.Equal(expected, Assert.Single(RuleVerifier.Verify(Analyzer, markup)).Severity);

    [Theory]
    [InlineData(ReportSeverity.Suggestion, DiagnosticSeverity.Warning, DiagnosticSeverity.Info)]
    [InlineData(ReportSeverity.Error, DiagnosticSeverity.Error, DiagnosticSeverity.Error)]
    public void Raising_starts_from_the_configured_severity(ReportSeverity configured, DiagnosticSeverity disclosure, DiagnosticSeverity other)
    {
        var options = RuleVerifier.Options(new ConfigurationLayer
        {
            Origin = "test",
            SourceTags = ["石巻市"],
            Rules = ImmutableDictionary<string, ReportSeverity>.Empty.Add(PL1006UnrecognizedHashtag.DiagnosticId, configured),
        });
        var diagnostics = RuleVerifier.Verify(Analyzer, "石巻市{|PL1006:#PR|} 牡蠣{|PL1006:#グルメ|}", options);
        Assert.Equal([disclosure, other], diagnostics.Select(static d => d.Severity));
    }

    [Fact]
    public void A_rule_that_is_off_reports_nothing_even_when_raised()
    {
        var options = RuleVerifier.Options(new ConfigurationLayer
        {
            Origin = "test",
            Rules = ImmutableDictionary<string, ReportSeverity>.Empty.Add(PL1006UnrecognizedHashtag.DiagnosticId, ReportSeverity.None),
        });
        RuleVerifier.Verify(Analyzer, "石巻市#PR", options);
    }

    [Theory]
    [InlineData("#PR #石巻市")]
    [InlineData("#PR　#石巻市")]
    [InlineData("#PR\n#石巻市")]
    [InlineData("#石巻市、#PR")]
    [InlineData("#2025年 #牡蠣")]
    [InlineData("【PR】石巻市")]
    [InlineData("https://example.com/#PR")]
    [InlineData("")]
    public void Hashtags_X_recognises_are_clean(string text) => RuleVerifier.Verify(Analyzer, text);
}
