using System.Text;
using FsCheck;
using FsCheck.Fluent;
using PostLint.Spelling;
using PostLint.Tests.Spelling;
using Xunit.Abstractions;

namespace PostLint.Tests.Core.Spelling;

[Collection(LibHunspell.CollectionName)]
public sealed class HunspellSuggestTests(ITestOutputHelper output)
{
    private static readonly Lazy<HunspellDictionary?> English = new(() => HunspellReference.EnglishInstalled
        ? HunspellDictionary.Load(HunspellReference.EnglishBase + ".aff", HunspellReference.EnglishBase + ".dic")
        : null);

    [SkippableTheory]
    [InlineData("recieve", "receive")]
    [InlineData("alot", "a lot")]
    [InlineData("teh", "the")]
    [InlineData("accomodate", "accommodate")]
    [InlineData("definately", "definitely")]
    [InlineData("Recieve", "Receive")]
    [InlineData("RECIEVE", "RECEIVE")]
    [InlineData("21th", "12th")]
    [InlineData("iphone", "iPhone")]
    [InlineData("vacacation", "vacation")]
    public void Suggest_PutsTheIntendedWordFirst(string misspelt, string expected)
    {
        var dictionary = English.Value;
        Skip.If(dictionary is null, HunspellReference.MissingMessage);
        var suggestions = dictionary.Suggest(misspelt);
        output.WriteLine($"{misspelt} -> {string.Join(", ", suggestions)}");
        Assert.Equal(expected, suggestions[0]);
        Assert.InRange(suggestions.Count, 1, HunspellDictionary.DefaultMaxSuggestions);
        Assert.Equal(suggestions.Count, suggestions.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Suggest_TriesRelatedCharacters_FromMap()
    {
        const string aff = "SET UTF-8\nTRY x\nMAP 3\nMAP eéè\nMAP iï\nMAP ß(ss)\n";
        const string dic = "3\ncafé\nnaïve\nstraße\n";
        var dictionary = HunspellDictionary.Load(Encoding.UTF8.GetBytes(aff), Encoding.UTF8.GetBytes(dic));
        Assert.Equal(["café"], dictionary.Suggest("cafe"));
        Assert.Equal(["naïve"], dictionary.Suggest("naive"));
        Assert.Equal(["straße"], dictionary.Suggest("strasse"));
        if (LibHunspell.IsAvailable)
        {
            var basePath = HunspellReference.WriteDictionary(aff, dic);
            using var reference = LibHunspell.Open(basePath);
            foreach (var word in new[] { "cafe", "naive", "strasse", "cafè" })
            {
                Assert.Equal(reference.Suggest(word), dictionary.Suggest(word, 15));
            }
        }
    }

    [SkippableFact]
    public void Suggest_NeverOffersNoSuggestWords()
    {
        var dictionary = English.Value;
        Skip.If(dictionary is null, HunspellReference.MissingMessage);
        var noSuggest = File.ReadLines(HunspellReference.EnglishBase + ".dic").Skip(1)
            .Where(l => l.Contains('/', StringComparison.Ordinal) && l[(l.IndexOf('/', StringComparison.Ordinal) + 1)..].Contains('!', StringComparison.Ordinal))
            .Select(l => l[..l.IndexOf('/', StringComparison.Ordinal)]).ToHashSet(StringComparer.OrdinalIgnoreCase);
        Assert.NotEmpty(noSuggest);
        foreach (var word in new[] { "fuk", "fuc", "shiit", "fucc", "cunnt", "sht" })
        {
            var suggestions = dictionary.Suggest(word, 15);
            output.WriteLine($"{word} -> {string.Join(", ", suggestions)}");
            Assert.DoesNotContain(suggestions, s => noSuggest.Contains(s) || s.Split(' ', '-').Any(noSuggest.Contains));
        }

        Assert.True(dictionary.Check("shit"));
    }

    [SkippableFact]
    public void Suggest_IsEmptyForCorrectWordsAndDeterministic()
    {
        var dictionary = English.Value;
        Skip.If(dictionary is null, HunspellReference.MissingMessage);
        Assert.Empty(dictionary.Suggest("hello"));
        Assert.Empty(dictionary.Suggest(""));
        Assert.Equal(dictionary.Suggest("wrld"), dictionary.Suggest("wrld"));
        Assert.Equal(dictionary.Suggest("Ishinomakii"), dictionary.Suggest("Ishinomakii"));
    }

    [SkippableFact]
    public void Suggest_MostlyMatchesLibhunspell()
    {
        var dictionary = English.Value;
        Skip.IfNot(dictionary is not null && LibHunspell.IsAvailable, HunspellReference.MissingMessage);
        using var reference = LibHunspell.Open(HunspellReference.EnglishBase);
        string[] words = ["recieve", "alot", "teh", "definately", "accomodate", "seperate", "occured", "untill", "wich", "beleive", "goverment",
            "tommorow", "wierd", "enviroment", "existance", "freind", "grammer", "happend", "independant", "knowlege", "libary",
            "neccessary", "occurence", "persue", "posession", "recomend", "refered", "succesful", "tounge", "truely", "visitting", "welcom",
            "toursim", "festivel", "citys", "informations", "accesible", "templ", "harbour", "Ishinomki", "Japn", "TOKIO"];
        var sameFirst = 0;
        foreach (var word in words)
        {
            var ours = dictionary.Suggest(word, 15);
            var theirs = reference.Suggest(word);
            if (ours.Count > 0 && theirs.Count > 0 && ours[0] == theirs[0])
            {
                sameFirst++;
            }

            output.WriteLine($"{word}: postlint [{string.Join(", ", ours)}] / libhunspell [{string.Join(", ", theirs)}]");
        }

        output.WriteLine($"same first suggestion: {sameFirst}/{words.Length}");
        Assert.True(sameFirst >= words.Length * 9 / 10, $"only {sameFirst} of {words.Length} first suggestions agree");
    }

    [SkippableFact]
    public void Suggest_MatchesLibhunspell_OnGeneratedMisspellings()
    {
        var dictionary = English.Value;
        Skip.IfNot(dictionary is not null && LibHunspell.IsAvailable, HunspellReference.MissingMessage);
        using var reference = LibHunspell.Open(HunspellReference.EnglishBase);
        var stems = EnglishCorpus.Stems(HunspellReference.EnglishBase).Where(s => s.Length > 3 && s.All(char.IsAsciiLetterLower)).ToList();
        var random = new Random(20260403);
        var tested = 0;
        var sameFirst = 0;
        var sameList = 0;
        while (tested < 120)
        {
            var stem = stems[random.Next(stems.Count)];
            var i = random.Next(stem.Length - 1);
            var word = random.Next(3) switch
            {
                0 => stem.Remove(i, 1),
                1 => stem.Insert(i, "aeiourstln"[random.Next(10)].ToString()),
                _ => string.Concat(stem.AsSpan(0, i), stem[i + 1].ToString(), stem[i].ToString(), stem.AsSpan(i + 2)),
            };
            if (tested % 4 == 3)
            {
                word = char.ToUpperInvariant(word[0]) + word[1..];
            }

            if (reference.Spell(word))
            {
                continue;
            }

            tested++;
            var ours = dictionary.Suggest(word, 15);
            var theirs = reference.Suggest(word);
            sameFirst += ours.Count > 0 && theirs.Count > 0 && ours[0] == theirs[0] ? 1 : 0;
            sameList += ours.SequenceEqual(theirs) ? 1 : 0;
            if (!ours.SequenceEqual(theirs))
            {
                output.WriteLine($"{word}: postlint [{string.Join(", ", ours)}] / libhunspell [{string.Join(", ", theirs)}]");
            }
        }

        output.WriteLine($"{tested} misspellings: same first suggestion {sameFirst}, same list (up to 15) {sameList}");
        Assert.True(sameFirst >= tested * 95 / 100, $"only {sameFirst} of {tested} first suggestions agree");
        Assert.True(sameList >= tested * 95 / 100, $"only {sameList} of {tested} lists agree");
    }
}

public sealed class HunspellDictionaryApiTests
{
    [Fact]
    public void WithWords_AddsProfileWords_WithCaseRules_AndLeavesTheOriginalAlone()
    {
        var original = HunspellDictionary.Load("SFX S Y 1\nSFX S 0 s .\n"u8.ToArray(), "1\nport/S\n"u8.ToArray());
        var extended = original.WithWords(["Ishinomaki", "onagawa", "iPhone", " "]);
        Assert.True(extended.Check("Ishinomaki"));
        Assert.True(extended.Check("ISHINOMAKI"));
        Assert.False(extended.Check("ishinomaki"));
        Assert.True(extended.Check("Onagawa"));
        Assert.True(extended.Check("IPHONE"));
        Assert.False(extended.Check("Iphone"));
        Assert.True(extended.Check("ports"));
        Assert.False(original.Check("Ishinomaki"));
        Assert.Equal(original.StemCount + 4, extended.StemCount);
    }

    [Fact]
    public void Check_IsThreadSafe()
    {
        var dictionary = HunspellDictionary.Load(
            "SFX S Y 1\nSFX S 0 s .\nPFX U Y 1\nPFX U 0 un .\nCOMPOUNDMIN 1\nCOMPOUNDRULE 1\nCOMPOUNDRULE ab*\n"u8.ToArray(),
            "4\nport/SU\nCIA/S\n1/a\n2/b\n"u8.ToArray());
        string[] words = ["port", "ports", "unports", "Ports", "PORTS", "CIAS", "Cias", "122", "1x", "port-port", "port.", "xyz", "UNPORTS"];
        var expected = words.Select(w => dictionary.Check(w)).ToArray();
        Parallel.For(0, 2000, i =>
        {
            var index = i % words.Length;
            Assert.Equal(expected[index], dictionary.Check(words[index]));
        });
        Assert.Equal([true, true, true, true, true, true, false, true, false, true, true, false, true], expected);
    }
}

public sealed class HunspellRobustnessTests
{
    private static readonly HunspellDictionary Small = HunspellDictionary.Load(
        "SET UTF-8\nTRY abcd-'\nICONV 1\nICONV ’ '\nREP 1\nREP ab a_b\nSFX S Y 1\nSFX S 0 s .\nPFX U Y 1\nPFX U 0 un .\nCOMPOUNDMIN 1\nCOMPOUNDRULE 1\nCOMPOUNDRULE ab*c?\n"u8.ToArray(),
        "6\nab/SU\nCIA/S\niPad\n1/a\n2/b\n3/c\n"u8.ToArray());

    [Fact]
    public void Property_CheckAndSuggestNeverThrow_AndEditSuggestionsAreWords()
    {
        var chars = "abcABC123-.'’ İ石\u0301".ToCharArray();
        var gen = FsCheck.Fluent.Gen.Select(FsCheck.Fluent.Gen.ArrayOf(FsCheck.Fluent.Gen.Elements(chars)), a => new string(a));
        FsCheck.Fluent.Prop.ForAll(FsCheck.Fluent.Arb.ToArbitrary(gen), word =>
        {
            var correct = Small.Check(word);
            var suggestions = Small.Suggest(word);
            return (!correct || suggestions.Count == 0)
                && suggestions.Count <= HunspellDictionary.DefaultMaxSuggestions
                // As in libhunspell, dash-wise ("Afo-American") and sentence-split ("end.The") suggestions
                // fix one part only; the others come from the strict check and are words.
                && suggestions.Where(s => !s.Contains('-', StringComparison.Ordinal) && !s.Contains('.', StringComparison.Ordinal))
                    .All(s => s.Split(' ').All(part => Small.Check(part)))
                && suggestions.Distinct(StringComparer.Ordinal).Count() == suggestions.Count;
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(1000));
    }
}
