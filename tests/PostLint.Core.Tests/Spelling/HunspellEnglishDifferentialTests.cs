using System.Diagnostics;
using PostLint.Spelling;
using PostLint.Tests.Spelling;
using Xunit.Abstractions;

namespace PostLint.Tests.Core.Spelling;

/// <summary>
/// Word-by-word comparison with libhunspell on Debian's en_US: strings that the hunspell command's
/// tokenizer would split (trailing dots, hyphens, leading spaces) are compared here, through the API.
/// The command-line comparison over 200,000+ tokens is in PostLint.Cli.Tests.
/// </summary>
[Collection(LibHunspell.CollectionName)]
public sealed class HunspellEnglishDifferentialTests(ITestOutputHelper output)
{
    [SkippableFact]
    public void Check_AgreesWithLibhunspell_OnEnglishWordsAndVariants()
    {
        Skip.IfNot(HunspellReference.EnglishInstalled && LibHunspell.IsAvailable, HunspellReference.MissingMessage);
        var dictionary = HunspellDictionary.Load(HunspellReference.EnglishBase + ".aff", HunspellReference.EnglishBase + ".dic");
        var stems = EnglishCorpus.Stems(HunspellReference.EnglishBase);
        var words = new List<string>();
        words.AddRange(stems.Where((_, i) => i % 3 == 0));
        words.AddRange(EnglishCorpus.NearMisses(stems, 80_000, seed: 20260401));
        words.AddRange(EnglishCorpus.Numbers());
        words.AddRange(EdgeCases());

        using var reference = LibHunspell.Open(HunspellReference.EnglishBase);
        var mismatches = new List<string>();
        var accepted = 0;
        var watch = Stopwatch.StartNew();
        foreach (var word in words)
        {
            var expected = reference.Spell(word);
            accepted += expected ? 1 : 0;
            if (dictionary.Check(word) != expected)
            {
                mismatches.Add($"{word} (libhunspell: {(expected ? "accepted" : "rejected")})");
            }
        }

        output.WriteLine($"{words.Count} strings, {accepted} accepted and {words.Count - accepted} rejected by libhunspell, {mismatches.Count} mismatches, {watch.ElapsedMilliseconds} ms");
        Assert.True(words.Count > 100_000);
        Assert.Empty(mismatches.Take(50));
    }

    [SkippableFact]
    public void Check_AgreesWithLibhunspell_OnFourCasingsOfEveryStem()
    {
        Skip.IfNot(HunspellReference.EnglishInstalled && LibHunspell.IsAvailable, HunspellReference.MissingMessage);
        var dictionary = HunspellDictionary.Load(HunspellReference.EnglishBase + ".aff", HunspellReference.EnglishBase + ".dic");
        using var reference = LibHunspell.Open(HunspellReference.EnglishBase);
        var mismatches = new List<string>();
        var count = 0;
        foreach (var stem in EnglishCorpus.Stems(HunspellReference.EnglishBase))
        {
            foreach (var word in new[] { stem, stem.ToLowerInvariant(), stem.ToUpperInvariant(), char.ToUpperInvariant(stem[0]) + stem[1..].ToLowerInvariant() })
            {
                count++;
                if (dictionary.Check(word) != reference.Spell(word))
                {
                    mismatches.Add(word);
                }
            }
        }

        output.WriteLine($"{count} casings, {mismatches.Count} mismatches: {string.Join(" ", mismatches.Take(20))}");
        Assert.Empty(mismatches.Take(50));
    }

    private static IEnumerable<string> EdgeCases() =>
    [
        "", " ", "  hello", "hello ", ".", "...", "etc.", "Hello.", "HELLO..", "e-mail", "E-MAIL", "well--known", "-hello", "hello-",
        "a-b-c-d-e-f-g-h-i-j", "a-b-c-d-e-f-g-h-i-j-k", "İstanbul", "ISTANBUL", "SANT'ELIA", "DON'T", "don’t", "DON’T", "IPHONE",
        "Iphone", "KHZ", "Khz", "CIA'S", "MCDONALD", "Mcdonald", "paris", "Paris", "PARIS", "hELLO", "HeLLo", "Nasa", "NASA", "Shit",
        "unreworked", "11th", "1th", "21st", "21th", "111th", "1000122nd", "12th", "13TH", "3RD", "café", "ｈｅｌｌｏ", "don＇t", "don‘t",
        new string('x', 299), new string('x', 300), "a" + new string('b', 150), "1.", "1-", "-1", "1--2", "1.000.000", "tic-tac-toe",
        "o'clock", "O'CLOCK", "rock'n'roll", "'tis", "dogs'", "HELLO-WORLD", "Hello-World", "hello-World", "e.g.", "i.e.", "U.S.",
    ];
}
