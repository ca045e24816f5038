using System.Diagnostics;
using System.Text;
using PostLint.Spelling;
using PostLint.Tests.Spelling;
using Xunit.Abstractions;

namespace PostLint.Tests.Cli.Spelling;

public sealed class SpellCommandTests(ITestOutputHelper output)
{
    [SkippableFact]
    public void Spell_PrintsMisspeltWordsInOrderWithRepeats()
    {
        Skip.IfNot(HunspellReference.EnglishInstalled, HunspellReference.MissingMessage);
        var file = TempFile("Welcome to Ishinomaki! Teh festivel is\nopen. Teh end, see https://exampel.com @cityy #tagg Ｗｅｌｃｏｍｅ Ｗｅｌｃｏｍｅｅ\n");
        var (exit, stdout, stderr) = Run("spell", file, "--dictionary", HunspellReference.EnglishBase);
        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, stderr);
        Assert.Equal("Ishinomaki\nTeh\nfestivel\nTeh\nＷｅｌｃｏｍｅｅ\n", stdout);

        (exit, stdout, _) = Run("spell", file, "--dictionary", HunspellReference.EnglishBase + ".dic", "--hashtags");
        Assert.Equal(0, exit);
        Assert.Equal("Ishinomaki\nTeh\nfestivel\nTeh\ntagg\nＷｅｌｃｏｍｅｅ\n", stdout);
    }

    [SkippableFact]
    public void Spell_ReadsStandardInput_WhenTheInputIsDash()
    {
        Skip.IfNot(HunspellReference.EnglishInstalled, HunspellReference.MissingMessage);
        var dotnet = ExternalProgram.Find("dotnet");
        Skip.If(dotnet is null, "dotnet is not on PATH");
        var (exit, stdout, stderr) = ExternalProgram.Run(
            dotnet,
            [Path.Combine(AppContext.BaseDirectory, "postlint.dll"), "spell", "-", "--dictionary", HunspellReference.EnglishBase],
            Encoding.UTF8.GetBytes("Welcom to Ishinomaki\n石巻へようこそ Ｗｅｌｃｏｍｅ\n"));
        Assert.True(exit == 0, stderr);
        Assert.Equal("Welcom\nIshinomaki\n", Encoding.UTF8.GetString(stdout));
    }

    [Fact]
    public void Spell_WithoutDictionary_ExitsTwoAndSaysWhereItLooked()
    {
        var file = TempFile("hello\n");
        var (exit, stdout, stderr) = Run("spell", file, "--dictionary", "/nonexistent/xx_XX", "--lang", "en");
        Assert.Equal(2, exit);
        Assert.Equal(string.Empty, stdout);
        Assert.Contains("no Hunspell dictionary", stderr, StringComparison.Ordinal);
        Assert.Contains("/nonexistent/xx_XX", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Spell_WithMalformedDictionary_ExitsTwoNamingFileAndLine()
    {
        var basePath = HunspellReference.WriteDictionary("SFX S Y 1\nSFX S 0\n", "1\nfoo/S\n");
        var (exit, _, stderr) = Run("spell", TempFile("foo\n"), "--dictionary", basePath);
        Assert.Equal(2, exit);
        Assert.Contains(basePath + ".aff:2:", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Spell_WithMissingInputFile_ExitsTwo()
    {
        var basePath = HunspellReference.WriteDictionary(string.Empty, "1\nfoo\n");
        var (exit, _, stderr) = Run("spell", "/nonexistent/input.txt", "--dictionary", basePath);
        Assert.Equal(2, exit);
        Assert.Contains("input.txt", stderr, StringComparison.Ordinal);
    }

    /// <summary>
    /// The differential test: the same 200,000+ tokens through <c>hunspell -d en_US -l</c> (one
    /// process call) and <c>postlint spell</c>; the printed sequences must be identical.
    /// </summary>
    [SkippableFact]
    public void Spell_PrintsExactlyWhatHunspellPrints_OnEnglishCorpus()
    {
        Skip.IfNot(HunspellReference.EnglishInstalled && HunspellReference.Program is not null, HunspellReference.MissingMessage);
        var watch = Stopwatch.StartNew();
        var text = BuildCorpus(out var proseLines);
        var tokenizer = new SpellingTokenizer("0123456789’");
        var tokens = 0;
        var words = new List<SpellingWord>();
        foreach (var line in text.Split('\n'))
        {
            words.Clear();
            tokenizer.Tokenize(line, words, []);
            tokens += words.Count;
        }

        var expected = HunspellReference.ListMisspelt(HunspellReference.EnglishBase, text);
        var hunspellMs = watch.ElapsedMilliseconds;
        var (exit, stdout, stderr) = Run("spell", TempFile(text), "--dictionary", HunspellReference.EnglishBase);
        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, stderr);
        var actual = stdout.Split('\n').ToList();
        actual.RemoveAt(actual.Count - 1);

        var mismatches = CountMismatches(expected, actual, out var firstDifference);
        output.WriteLine($"tokens: {tokens} ({proseLines} prose lines); rejected by hunspell: {expected.Count}; accepted: {tokens - expected.Count}; " +
                         $"rejected by postlint: {actual.Count}; mismatches: {mismatches}; time {watch.ElapsedMilliseconds} ms (hunspell part {hunspellMs} ms)");
        Assert.True(tokens >= 200_000, $"only {tokens} tokens");
        Assert.True(mismatches == 0, firstDifference);
    }

    private static string BuildCorpus(out int proseLines)
    {
        var builder = new StringBuilder();
        var prose = EnglishCorpus.ProseLines(60_000).Where(IsComparableProse).ToList();
        proseLines = prose.Count;
        foreach (var line in prose)
        {
            builder.Append(line).Append('\n');
        }

        var stems = EnglishCorpus.Stems(HunspellReference.EnglishBase);
        foreach (var token in EnglishCorpus.AffixedForms(HunspellReference.EnglishBase)
                     .Concat(EnglishCorpus.NearMisses(stems, 60_000, seed: 20260402))
                     .Concat(EnglishCorpus.Numbers()))
        {
            builder.Append(token).Append('\n');
        }

        return builder.ToString();
    }

    /// <summary>
    /// Prose lines where postlint's tokenizer is meant to agree with hunspell's: no @ or # (postlint
    /// skips mentions and hashtags), no letters outside the Latin script (postlint checks Latin
    /// words only), and text that NFKC leaves unchanged (postlint normalizes first).
    /// </summary>
    private static bool IsComparableProse(string line)
        => !line.Contains('@', StringComparison.Ordinal) && !line.Contains('#', StringComparison.Ordinal)
           && line.IsNormalized(NormalizationForm.FormKC)
           && line.All(c => !char.IsLetter(c) || SpellingTokenizer.IsLatinLetter(c));

    private static int CountMismatches(List<string> expected, List<string> actual, out string firstDifference)
    {
        firstDifference = string.Empty;
        var mismatches = Math.Abs(expected.Count - actual.Count);
        for (var i = 0; i < Math.Min(expected.Count, actual.Count); i++)
        {
            if (expected[i] != actual[i])
            {
                if (mismatches == 0 || firstDifference.Length == 0)
                {
                    firstDifference = $"line {i + 1}: hunspell '{expected[i]}', postlint '{actual[i]}'";
                }

                mismatches++;
            }
        }

        if (firstDifference.Length == 0 && expected.Count != actual.Count)
        {
            firstDifference = $"hunspell printed {expected.Count} lines, postlint {actual.Count}";
        }

        return mismatches;
    }

    private static (int Exit, string Stdout, string Stderr) Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = PostLint.Cli.Program.Run(args, stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    private static string TempFile(string content)
    {
        var path = Path.Combine(Path.GetTempPath(), "postlint-spell-" + Guid.NewGuid().ToString("N") + ".txt");
        File.WriteAllText(path, content, new UTF8Encoding(false));
        return path;
    }
}
