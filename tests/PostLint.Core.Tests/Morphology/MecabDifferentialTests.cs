using System.Buffers;
using System.Runtime.InteropServices;
using System.Text;
using PostLint.Morphology;
using Xunit.Abstractions;
using PostLint.Morphemes;

namespace PostLint.Tests.Morphology;

/// <summary>
/// PostLint's tagger against the real <c>mecab</c> 0.996 on the same dictionary files: every node
/// of the best path must agree in byte offsets, context ids, word cost, cumulative cost, status
/// and feature, and every EOS in total cost (spec §2.9), for IPADIC and JUMAN.
/// </summary>
public sealed class MecabDifferentialTests
{
    /// <summary>Lines of real Japanese compared per dictionary (the brief asks for at least 20,000).</summary>
    private const int CorpusLines = 40_000;

    private readonly ITestOutputHelper _output;

    public MecabDifferentialTests(ITestOutputHelper output) => _output = output;

    /// <summary>The invalid UTF-8 inputs of spec §4, beyond the ones in mecab-edge-cases.txt.</summary>
    public static byte[][] InvalidUtf8Cases =>
    [
        [0xFF, 0xFE, 0xFD],
        [(byte)'a', (byte)'b', (byte)'c', 0x80, (byte)'d', (byte)'e', (byte)'f'],
        [0xE6, 0x97, 0xA5, 0xE6, 0x9C, 0xAC, 0xE6, 0x97],
        [0xC3],
        [0xC3, (byte)'a', (byte)'b'],
        [0xED, 0xA0, 0x80, 0xED, 0xB0, 0x80],
        [0xF0, 0x9F, 0x98],
        [0xF8, 0x88, 0x80, 0x80, 0x80, (byte)'x'],
        [0xFC, 0x84, 0x80, 0x80, 0x80, 0x80, 0xE3, 0x81, 0x82],
        [0xEF, 0xBF, 0xBF, 0xEF, 0xBF, 0xBF, 0xE3, 0x81, 0x82],
        [0xE3, 0x81],
        [0x80, 0x80, 0x80],
        [(byte)'a', (byte)' ', (byte)' '],
    ];

    [MecabTheory]
    [InlineData("ipadic")]
    [InlineData("juman")]
    public void Edge_cases_and_invalid_utf8_match_mecab_in_every_format(string dictionaryName)
    {
        var lines = EdgeCaseLines().Concat(InvalidUtf8Cases).ToList();
        CompareAllFormats(dictionaryName, lines);
    }

    [MecabTheory]
    [InlineData("ipadic")]
    [InlineData("juman")]
    public void Man_page_corpus_matches_mecab_exactly(string dictionaryName)
    {
        var lines = MecabReference.Corpus(CorpusLines);
        Assert.True(lines.Count >= 20_000);
        CompareAllFormats(dictionaryName, lines);
    }

    [MecabFact]
    public void Long_runs_of_non_bmp_characters_group_like_mecab()
    {
        // 25 emoji make one unknown word; 26 do not group (each counts as one character).
        var lines = new List<byte[]>();
        foreach (var count in new[] { 24, 25, 26, 30, 60 })
        {
            lines.Add(Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("😀", count))));
            lines.Add(Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("𠮷", count)) + "です"));
            lines.Add(Encoding.UTF8.GetBytes(new string('\uFFFF', count)));
            lines.Add(Encoding.UTF8.GetBytes(new string('ー', count)));
        }

        CompareAllFormats("ipadic", lines);
    }

    internal static IEnumerable<byte[]> EdgeCaseLines()
    {
        var bytes = File.ReadAllBytes(TestPaths.TestData("mecab", "mecab-edge-cases.txt"));
        var start = 0;
        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] == (byte)'\n')
            {
                yield return bytes[start..i];
                start = i + 1;
            }
        }

        if (start < bytes.Length)
        {
            yield return bytes[start..];
        }
    }

    private void CompareAllFormats(string dictionaryName, IReadOnlyList<byte[]> lines)
    {
        var dicdir = MecabReference.DictionaryDirectory(dictionaryName);
        var input = MecabReference.Join(lines);
        using var dictionary = MecabDictionary.Open(dicdir);
        var tagger = dictionary.CreateTagger();
        var detailed = new ArrayBufferWriter<byte>(input.Length * 8);
        var standard = new ArrayBufferWriter<byte>(input.Length * 4);
        var wakati = new ArrayBufferWriter<byte>(input.Length * 2);
        var morphemes = new List<Morpheme>();
        foreach (var line in lines)
        {
            morphemes.Clear();
            tagger.TokenizeUtf8(line, 0, morphemes);
            var tokens = CollectionsMarshal.AsSpan(morphemes);
            MecabOutput.WriteDetailed(line, tokens, tagger.LastPathCost, detailed);
            MecabOutput.WriteDefault(line, tokens, standard);
            MecabOutput.WriteWakati(line, tokens, wakati);
        }

        var expectedDetailed = MecabReference.Run(dicdir, input, "-F", MecabReference.DetailedNodeFormat, "-U", MecabReference.DetailedNodeFormat, "-E", MecabReference.DetailedEosFormat);
        AssertSameSentences(lines, expectedDetailed, detailed.WrittenSpan.ToArray(), "EOS\t"u8, dictionaryName + " detailed");

        var expectedStandard = MecabReference.Run(dicdir, input);
        AssertSameSentences(lines, expectedStandard, standard.WrittenSpan.ToArray(), "EOS\n"u8, dictionaryName + " default");

        var expectedWakati = MecabReference.Run(dicdir, input, "-Owakati");
        Assert.True(expectedWakati.AsSpan().SequenceEqual(wakati.WrittenSpan), $"{dictionaryName} wakati output differs from mecab -Owakati");
    }

    private void AssertSameSentences(IReadOnlyList<byte[]> lines, byte[] expected, byte[] actual, ReadOnlySpan<byte> eosPrefix, string what)
    {
        if (expected.AsSpan().SequenceEqual(actual))
        {
            _output.WriteLine($"{what}: {lines.Count} of {lines.Count} lines identical ({expected.Length:N0} bytes of output)");
            return;
        }

        var expectedSentences = MecabReference.SplitSentences(expected, eosPrefix);
        var actualSentences = MecabReference.SplitSentences(actual, eosPrefix);
        var differing = new List<int>();
        for (var i = 0; i < Math.Max(expectedSentences.Count, actualSentences.Count); i++)
        {
            if (i >= expectedSentences.Count || i >= actualSentences.Count || !expectedSentences[i].AsSpan().SequenceEqual(actualSentences[i]))
            {
                differing.Add(i);
            }
        }

        var first = differing.Count > 0 ? differing[0] : 0;
        Assert.Fail(
            $"{what}: {differing.Count} of {lines.Count} lines differ from mecab. First, line {first + 1}: {Convert.ToHexString(lines[Math.Min(first, lines.Count - 1)])}{Environment.NewLine}"
            + $"mecab:{Environment.NewLine}{(first < expectedSentences.Count ? Encoding.UTF8.GetString(expectedSentences[first]) : "(missing)")}"
            + $"postlint:{Environment.NewLine}{(first < actualSentences.Count ? Encoding.UTF8.GetString(actualSentences[first]) : "(missing)")}");
    }
}
