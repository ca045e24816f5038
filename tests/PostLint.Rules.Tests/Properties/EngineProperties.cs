using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PostLint.Analysis;
using PostLint.Diagnostics;
using PostLint.Rules.Tests.Catalog;
using PostLint.Model;

namespace PostLint.Rules.Tests.Properties;

/// <summary>A post text built from fragments that exercise the rules, mixed with arbitrary characters.</summary>
public sealed record PostSample(string Text)
{
    public override string ToString() => Text.Replace("\n", "\\n", StringComparison.Ordinal);
}

public static class PostSamples
{
    private static readonly string[] Fragments =
    [
        "#PR", "#石巻市", " ", " ", "\n", "\r\n", "　", "石巻市#PR", "#PR#石巻市", "#石巻市PR", "#PR・石巻市", "＃ＰＲ", "#pr", "#広告",
        "#プロモーション", "#タイアップ", "#石巻", "#2025", "#牡蠣", "【PR】", "【広告】石巻市", "石巻市のPR案件としての投稿です",
        "https://bit.ly/3xYz", "http://example.com/a?b=c", "t.co/abc", "www.city.ishinomaki.lg.jp", "site.xxx",
        "@city_ishinomaki", "\u200B", "\u202E", "\uFEFF", "\u00AD", "ﾃﾞｰﾀﾍﾞｰｽ", "👨‍👩‍👧", "❤️", "🇯🇵", "👍🏻", "牡蠣が旬です。",
        "Welcome to Ishinomaki!", "090-1234-5678", "a", "。", "、", "#", "＃", "&", "\uD83D", "\uDE00", "\u0000",
    ];

    public static Arbitrary<PostSample> Samples()
    {
        var fragment = Gen.Frequency(
            (8, Gen.Elements(Fragments)),
            (2, ArbMap.Default.GeneratorFor<char>().Select(static c => c.ToString())));
        return Gen.ListOf(fragment).Select(static parts => new PostSample(string.Concat(parts))).ToArbitrary();
    }
}

[Properties(Arbitrary = [typeof(PostSamples)], MaxTest = 300)]
public sealed class EngineProperties
{
    private static readonly PostAnalysisEngine Ishinomaki = RuleCatalogueTests.CreateEngine("ishinomaki", sponsored: true);
    private static readonly PostAnalysisEngine Joetsu = RuleCatalogueTests.CreateEngine("joetsu");

    [Property]
    public bool No_post_makes_the_engine_throw_and_every_span_lies_inside_the_post(PostSample sample)
    {
        foreach (var engine in new[] { Ishinomaki, Joetsu })
        {
            var diagnostics = engine.Analyze(new Post("p", sample.Text) { CreatedAt = DateTimeOffset.UnixEpoch });
            foreach (var diagnostic in diagnostics)
            {
                if (diagnostic.Span.End > sample.Text.Length || diagnostic.Message.Length == 0)
                {
                    return false;
                }

                foreach (var edit in diagnostic.Fixes.SelectMany(static f => f.Edits))
                {
                    if (edit.Span.End > sample.Text.Length)
                    {
                        return false;
                    }
                }
            }
        }

        return true;
    }

    [Property]
    public bool Applying_safe_fixes_twice_equals_applying_them_once(PostSample sample)
    {
        var once = Ishinomaki.Fix(new Post("p", sample.Text));
        var twice = Ishinomaki.Fix(new Post("p", once.FixedText));
        return twice.FixedText == once.FixedText;
    }

    [Property]
    public bool A_fixed_post_has_no_safe_fix_left(PostSample sample)
    {
        var result = Ishinomaki.Fix(new Post("p", sample.Text));
        return result.Remaining.All(d => d.Fixes.All(f => f.Applicability != FixApplicability.Safe || f.Edits.IsEmpty));
    }
}
