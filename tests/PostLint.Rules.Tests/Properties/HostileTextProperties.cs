using System.Collections.Immutable;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PostLint.Analysis;
using PostLint.Configuration;
using PostLint.Diagnostics;
using PostLint.Rules.Profiles;
using PostLint.Morphology;
using PostLint.Model;

namespace PostLint.Rules.Tests.Properties;

/// <summary>Any string at all: halves of surrogate pairs, control characters, long runs of one fragment, arbitrary UTF-16.</summary>
public static class HostileTexts
{
    private static readonly string[] RunUnits =
    [
        "a.", "www.", "#", "＃", "@", "#PR", "\uD83D", "\uDE00", "\uD83D\uDE00", "\u0000", "\r", "\n", "\u202E", "\u200B",
        "https://", "a", "あ", "。", " ", "　", "【", "&#", "%", "://a.jp/", "!", "\uFEFF", "\u0301", "👨\u200D",
    ];

    public static Arbitrary<PostSample> Texts()
    {
        // Any UTF-16 code unit, surrogates and C0/C1 controls included.
        var anyUnit = Gen.Choose(0, 0xFFFF).Select(static c => (char)c);
        var controls = Gen.Elements<char>('\u0000', '\u0001', '\u0007', '\u0008', '\u000B', '\u000C', '\u001B', '\u007F', '\u0085', '\u009F', '\u2028', '\u2029', '\uFFFE', '\uFFFF', '\uFDD0');
        var surrogates = Gen.Choose(0xD800, 0xDFFF).Select(static c => (char)c);
        var unit = Gen.Frequency((6, anyUnit), (2, controls), (2, surrogates));
        var arbitrary = unit.ArrayOf().Select(static chars => new string(chars));
        // A long run of one unit: thousands of characters, as a hostile export would hold.
        var run = Gen.Elements(RunUnits).SelectMany(static u => Gen.Choose(500, 8_000).Select(n => string.Concat(Enumerable.Repeat(u, n / u.Length))));
        var fragments = PostSamples.Samples().Generator.Select(static s => s.Text);
        var mixed = Gen.ListOf(Gen.OneOf(arbitrary, fragments, Gen.Elements(RunUnits))).Select(static parts => string.Concat(parts));
        var withRun = fragments.SelectMany(before => run.SelectMany(middle => fragments.Select(after => before + middle + after)));
        return Gen.Frequency((4, arbitrary), (3, mixed), (2, withRun), (1, run))
            .Select(static text => new PostSample(text))
            .ToArbitrary();
    }
}

/// <summary>
/// The whole engine with every rule on (every built-in rule at warning, under a profile that
/// sets disclosure tags, trusted hosts and the MeCab and Hunspell dictionaries when installed)
/// takes any string without an exception, and its fixes keep the text well-formed: every span
/// lies inside the text, a fix's edits do not overlap, applying the safe fixes creates no lone
/// surrogate, and fixing again reaches a fixed point.
/// </summary>
[Properties(Arbitrary = [typeof(HostileTexts)], MaxTest = 250)]
public sealed class HostileTextProperties
{
    private static readonly PostAnalysisEngine EveryRule = CreateEngineWithEveryRule();

    private static PostAnalysisEngine CreateEngineWithEveryRule()
    {
        var analyzers = BuiltInRules.CreateAnalyzers();
        var descriptors = analyzers.SelectMany(static a => a.SupportedDiagnostics).ToList();
        var resolver = new ConfigurationResolver([BuiltInProfiles.Instance], descriptors);
        var layer = new ConfigurationLayer
        {
            Origin = "every-rule",
            Extends = [new PositionedValue<string>("ishinomaki", 1, 1)],
            DisclosureRequired = true,
            Rules = descriptors.ToImmutableDictionary(static d => d.Id, static _ => ReportSeverity.Warning, StringComparer.OrdinalIgnoreCase),
        }
        // Operations rules judge the time of a post: they see Sunday night outside these hours.
        .WithSection("operations", """{ "businessHours": "Mon-Fri 09:00-17:00", "japaneseHolidays": true, "timeZone": "Asia/Tokyo" }""");
        var problems = new List<ConfigurationProblem>();
        var options = resolver.Resolve(layer, new ConfigurationOverrides(), problems);
        Assert.Empty(problems);
        return new PostAnalysisEngine(analyzers, options, morphology: MecabMorphemeAnalyzerProvider.Shared);
    }

    [Fact]
    public void Every_built_in_rule_is_on()
    {
        Assert.All(EveryRule.SupportedDiagnostics, d => Assert.NotNull(EveryRule.Options.GetEffectiveSeverity(d)));
        Assert.True(EveryRule.SupportedDiagnostics.Length >= 30, $"only {EveryRule.SupportedDiagnostics.Length} rules");
    }

    [Property]
    public void Any_string_is_analysed_without_an_exception_and_every_span_and_edit_lies_inside_it(PostSample sample)
    {
        var text = sample.Text;
        var post = new Post("p", text) { CreatedAt = new DateTimeOffset(2025, 1, 5, 23, 30, 0, TimeSpan.FromHours(9)) };
        foreach (var diagnostic in EveryRule.Analyze(post))
        {
            Assert.InRange(diagnostic.Span.End, diagnostic.Span.Start, text.Length);
            Assert.False(string.IsNullOrEmpty(diagnostic.Message), diagnostic.Id + " has no message");
            foreach (var fix in diagnostic.Fixes)
            {
                var previousEnd = -1;
                foreach (var edit in fix.Edits.OrderBy(static e => e.Span))
                {
                    Assert.InRange(edit.Span.End, edit.Span.Start, text.Length);
                    Assert.True(edit.Span.Start >= previousEnd, $"{diagnostic.Id}: the edits of '{fix.Title}' overlap at {edit.Span}");
                    previousEnd = edit.Span.End;
                }
            }
        }
    }

    [Property(MaxTest = 150)]
    public void Applying_every_fix_creates_no_lone_surrogate_and_reaches_a_fixed_point(PostSample sample)
    {
        var text = sample.Text;
        var result = EveryRule.Fix(new Post("p", text), includeUnsafe: true);
        Assert.True(
            LoneSurrogates(result.FixedText) <= LoneSurrogates(text),
            $"fixing made lone surrogates: {LoneSurrogates(text)} before, {LoneSurrogates(result.FixedText)} after ({string.Join(", ", result.Applied.Select(static a => a.RuleId))})");

        // Fixing what was fixed again settles: within a few rounds nothing more is applied.
        var current = result;
        for (var round = 0; round < 4 && current.Applied.Length > 0; round++)
        {
            current = EveryRule.Fix(new Post("p", current.FixedText), includeUnsafe: true);
            Assert.True(LoneSurrogates(current.FixedText) <= LoneSurrogates(text));
        }

        Assert.True(current.Applied.Length == 0 || current.Passes < PostAnalysisEngine.DefaultMaxFixPasses, "fixing never settles: " + string.Join(", ", current.Applied.Select(static a => a.RuleId)));
    }

    private static int LoneSurrogates(string text)
    {
        var count = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>One example of each kind the generator makes: a lone half, a half inside a tag and a URL, controls and bidi marks.</summary>
    [Theory]
    [InlineData("\uD83D")]
    [InlineData("#\uDE00PR")]
    [InlineData("a.\uD83D\uDE00a.jp")]
    [InlineData("\u0000#PR #石巻市\u202E")]
    [InlineData("#PR #石巻市 \uFFFE 牡蠣 Ishinomaki\uFFFF oyster")]
    public void Hostile_examples_are_analysed_and_fixed(string text)
    {
        var result = EveryRule.Fix(new Post("p", text), includeUnsafe: true);
        Assert.True(LoneSurrogates(result.FixedText) <= LoneSurrogates(text));
        _ = Encoding.UTF8.GetByteCount(result.FixedText);
    }
}
