using System.Globalization;
using System.Text;
using PostLint.Spelling;

namespace PostLint.Core.Tests.Text;

/// <summary>
/// The quick check may only say "normalized" where .NET's own NFKC check says so too: each
/// character it accepts is NFKC alone and after any other accepted starter, so no text of such
/// characters can differ from its NFKC form.
/// </summary>
public sealed class NfkcQuickCheckTests
{
    private static readonly string[] Predecessors = ["a", "か", "カ", "ア", "一", "ー", "・", "❤", "\u3001", "\U0001F600", "\u200D"];

    [Fact]
    public void Every_accepted_BMP_character_is_NFKC_alone_and_after_other_characters()
    {
        var accepted = 0;
        for (var c = 0; c <= char.MaxValue; c++)
        {
            var ch = (char)c;
            if (!NfkcQuickCheck.IsStable(ch))
            {
                continue;
            }

            accepted++;
            var text = ch.ToString();
            if (char.IsSurrogate(ch) || ch is '\uFFFE' or '\uFFFF')
            {
                Assert.Fail($"U+{c:X4} is a surrogate or noncharacter");
            }

            Assert.True(text.IsNormalized(NormalizationForm.FormKC), $"U+{c:X4} alone");
            Assert.Equal(text, text.Normalize(NormalizationForm.FormKC));
            foreach (var before in Predecessors)
            {
                Assert.True((before + text).IsNormalized(NormalizationForm.FormKC), $"U+{c:X4} after {before}");
            }
        }

        Assert.True(accepted > 20_000, $"{accepted} characters accepted");
    }

    [Fact]
    public void Every_accepted_supplementary_code_point_is_NFKC()
    {
        for (var cp = 0x10000; cp <= 0x10FFFF; cp++)
        {
            if (!NfkcQuickCheck.IsStable(cp))
            {
                continue;
            }

            var text = char.ConvertFromUtf32(cp);
            Assert.True(text.IsNormalized(NormalizationForm.FormKC), $"U+{cp:X5}");
            Assert.True(("か" + text).IsNormalized(NormalizationForm.FormKC), $"U+{cp:X5} after か");
            Assert.True(NfkcQuickCheck.IsCertainlyNormalized(text));
        }
    }

    [Theory]
    [InlineData("石巻の牡蠣が旬を迎えました🦪 今週末は川開き祭りの準備です。\n#PR #石巻市 https://example.jp/a?b=1", true)]
    [InlineData("🇯🇵❤️ 👨‍👩‍👧 「お知らせ」【重要】", true)]
    [InlineData("ＰＲ", false)] // full-width Latin folds to ASCII
    [InlineData("ｶﾀｶﾅ", false)] // half-width katakana
    [InlineData("待って…", false)] // … folds to ...
    [InlineData("か\u3099", false)] // composes to が
    [InlineData("\u3000", false)] // ideographic space folds to a space
    [InlineData("①", false)]
    [InlineData("\uD83D", false)] // a lone surrogate is left to the normalizer's own handling
    [InlineData("\U0001F130", false)] // 🄰 (enclosed alphanumeric supplement) folds to A
    public void Quick_check_answers_true_only_for_text_it_knows(string text, bool expected)
    {
        Assert.Equal(expected, NfkcQuickCheck.IsCertainlyNormalized(text));
        if (expected)
        {
            Assert.True(text.IsNormalized(NormalizationForm.FormKC));
        }
    }

    [Fact]
    public void Quick_check_never_disagrees_with_the_normalizer_on_mixed_text()
    {
        // Pairs of characters from around the accepted ranges, including their neighbours outside them.
        var samples = new List<char>();
        foreach (var (from, to) in new[] { (0x0000, 0x00FF), (0x2000, 0x2030), (0x2180, 0x21A0), (0x25F0, 0x2610), (0x27B0, 0x27C0), (0x3000, 0x3020), (0x3090, 0x30A2), (0x30F0, 0x3100), (0x4DF0, 0x4E05), (0x9FF0, 0xA005), (0xFDF0, 0xFE20), (0xFF00, 0xFF10) })
        {
            for (var c = from; c <= to; c++)
            {
                samples.Add((char)c);
            }
        }

        foreach (var a in samples)
        {
            foreach (var b in samples)
            {
                var text = string.Concat(a, b);
                if (NfkcQuickCheck.IsCertainlyNormalized(text))
                {
                    Assert.True(text.IsNormalized(NormalizationForm.FormKC), $"U+{(int)a:X4} U+{(int)b:X4} ({CharUnicodeInfo.GetUnicodeCategory(b)})");
                }
            }
        }
    }
}
