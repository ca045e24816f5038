using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PostLint.Analysis;
using PostLint.Configuration;
using PostLint.Diagnostics;
using PostLint.Rules.Links;
using PostLint.Rules.Platform;
using PostLint.Rules.Privacy;
using PostLint.Model;

namespace PostLint.Rules.Tests.Links;

/// <summary>
/// Invariants of the link, hidden-text and platform rules over posts assembled from the pieces
/// that trouble them: URLs with and without protocol, shorteners, invisible characters, emoji
/// sequences, half-width kana and hashtags.
/// </summary>
public sealed class LinkAndTextRuleProperties
{
    private static readonly string[] Pieces =
    [
        "石巻市", "牡蠣まつり", " ", "　", "\n", "\r\n", "#PR", "#石巻市", "＃ＰＲ", "#", "http://", "https://",
        "bit.ly/abc", "https://t.co/Ab12", "maps.app.goo.gl/x", "orbit.ly", "http://example.jp/a", "example.xxx",
        "https://www.city.ishinomaki.lg.jp/", "http://➡.ws/a", "\u200B", "\u200C", "\u200D", "\u202E", "\uFEFF", "\u00AD",
        "🌸", "🎉", "👨‍👩‍👧", "❤️", "👍🏻", "🇯🇵", "ﾃﾞｰﾀ", "ﾞ", "｡", "｢", "ｶ", "カ", "می", "\uD83C", "\uDF38", ".", "/",
    ];

    private static readonly PostAnalyzer[] Analyzers =
    [
        new PL2001UrlShortener(), new PL2002InsecureHttpLink(), new PL2003DeniedHost(), new PL2004UntrustedHost(),
        new PL4002InvisibleCharacter(), new PL5001PostTooLong(), new PL5002TooManyHashtags(), new PL5004HalfWidthKatakana(),
    ];

    private static readonly AnalyzerOptions Options = RuleVerifierOptions();

    private static readonly PostAnalysisEngine Engine = new(Analyzers, Options);

    private static Arbitrary<string> Posts() =>
        Gen.Elements(Pieces).ListOf().Select(static pieces => string.Concat(pieces)).ToArbitrary();

    [Property(MaxTest = 500)]
    public Property Spans_lie_inside_the_post_and_messages_are_complete() =>
        Prop.ForAll(Posts(), static text =>
        {
            foreach (var diagnostic in Engine.Analyze(text))
            {
                Assert.True(diagnostic.Span.End <= text.Length && !diagnostic.Span.IsEmpty, diagnostic.ToString());
                Assert.DoesNotContain("{", diagnostic.Message, StringComparison.Ordinal);
                foreach (var fix in diagnostic.Fixes)
                {
                    Assert.All(fix.Edits, edit => Assert.True(edit.Span.End <= text.Length));
                }
            }
        });

    [Property(MaxTest = 500)]
    public Property Safe_fixes_are_idempotent_and_leave_nothing_fixable() =>
        Prop.ForAll(Posts(), static text =>
        {
            var once = Engine.Fix(new Post("p", text));
            var twice = Engine.Fix(new Post("p", once.FixedText));
            Assert.Equal(once.FixedText, twice.FixedText);
            Assert.DoesNotContain(once.Remaining, static d => d.Fixes.Any(static f => f.Applicability == FixApplicability.Safe));
        });

    [Property(MaxTest = 300)]
    public Property Emoji_survive_the_fixes() =>
        Prop.ForAll(Posts(), static text =>
        {
            var fixedText = Engine.Fix(new Post("p", text)).FixedText;
            foreach (var emoji in new[] { "👨‍👩‍👧", "👍🏻", "🇯🇵" })
            {
                Assert.Equal(Count(text, emoji), Count(fixedText, emoji));
            }
        });

    private static int Count(string text, string value)
    {
        var count = 0;
        for (var i = text.IndexOf(value, StringComparison.Ordinal); i >= 0; i = text.IndexOf(value, i + value.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    private static AnalyzerOptions RuleVerifierOptions() =>
        Verification.RuleVerifier.Options(new ConfigurationLayer
        {
            Origin = "test",
            Rules = System.Collections.Immutable.ImmutableDictionary<string, ReportSeverity>.Empty.Add("PL2004", ReportSeverity.Suggestion),
        }.WithSection("links", """{ "trusted": ["*.lg.jp"] }"""));
}
