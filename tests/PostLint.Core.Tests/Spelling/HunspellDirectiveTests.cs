using System.Text;
using PostLint.Spelling;
using PostLint.Tests.Spelling;
using Xunit.Abstractions;

namespace PostLint.Tests.Core.Spelling;

/// <summary>
/// Each directive on a tiny dictionary written here. Every verdict is asserted for PostLint's
/// reader and, when installed, confirmed against the real <c>hunspell -d BASE -l</c> and libhunspell.
/// </summary>
[Collection(LibHunspell.CollectionName)]
public sealed class HunspellDirectiveTests(ITestOutputHelper output)
{
    [Fact]
    public void FlagLong_TwoCharacterFlags()
    {
        AssertVerdicts(
            "FLAG long\nSFX Aa Y 1\nSFX Aa 0 s .\nPFX Bb Y 1\nPFX Bb 0 un .\n",
            "2\nwalk/AaBb\ntalk/Aa\n",
            accepted: ["walk", "walks", "unwalk", "unwalks", "talk", "talks"],
            rejected: ["untalk", "untalks", "walkss", "Aawalk"]);
    }

    [Fact]
    public void FlagNum_NumericFlags()
    {
        AssertVerdicts(
            "FLAG num\nSFX 101 Y 1\nSFX 101 0 ed .\nSFX 7 Y 1\nSFX 7 0 ing .\nSFX 8 Y 1\nSFX 8 0 er .\n",
            "1\njump/101,7\n",
            accepted: ["jump", "jumped", "jumping"],
            rejected: ["jumper", "jumpeding"]);
    }

    [Fact]
    public void FlagUtf8_UnicodeCharacterFlags()
    {
        AssertVerdicts(
            "SET UTF-8\nFLAG UTF-8\nSFX Ä Y 1\nSFX Ä 0 s .\nSFX Ö Y 1\nSFX Ö 0 ish .\n",
            "1\ncat/Ä\n",
            accepted: ["cat", "cats"],
            rejected: ["cattish", "catss"]);
    }

    [Fact]
    public void AffixAliases_AF()
    {
        AssertVerdicts(
            "AF 2\nAF S\nAF SP\nSFX S Y 1\nSFX S 0 s .\nPFX P Y 1\nPFX P 0 re .\n",
            "2\nplay/2\nwork/1\n",
            accepted: ["play", "plays", "replay", "replays", "work", "works"],
            rejected: ["rework", "reworks"]);
    }

    [Fact]
    public void ConditionsAndStrip()
    {
        AssertVerdicts(
            "SFX D Y 3\nSFX D y ied [^aeiou]y\nSFX D 0 ed [aeiou]y\nSFX D 0 ed [^y]\n",
            "3\ncry/D\nplay/D\nwalk/D\n",
            accepted: ["cried", "played", "walked", "cry", "play"],
            rejected: ["cryed", "plaied", "walkied", "cri"]);
    }

    [Fact]
    public void CrossProduct_NeedsBothClassesToAllowIt()
    {
        AssertVerdicts(
            "PFX P N 1\nPFX P 0 re .\nPFX U Y 1\nPFX U 0 un .\nSFX S Y 1\nSFX S 0 s .\n",
            "1\nwork/PUS\n",
            accepted: ["work", "rework", "works", "unwork", "unworks"],
            rejected: ["reworks", "unrework"]);
    }

    [Fact]
    public void ContinuationClasses_TwofoldSuffixes()
    {
        AssertVerdicts(
            "SFX A Y 1\nSFX A 0 able/B .\nSFX B Y 1\nSFX B 0 s .\n",
            "1\ndrink/A\n",
            accepted: ["drink", "drinkable", "drinkables"],
            rejected: ["drinks", "drinkabless"]);
    }

    [Fact]
    public void KeepCase_RefusesCapitalizedForms()
    {
        AssertVerdicts(
            "KEEPCASE K\n",
            "2\nfoo/K\nbar\n",
            accepted: ["foo", "bar", "Bar", "BAR"],
            rejected: ["Foo", "FOO"]);
    }

    [Fact]
    public void ForbiddenWord_BeatsAffixedForms()
    {
        AssertVerdicts(
            "FORBIDDENWORD F\nSFX S Y 1\nSFX S 0 s .\n",
            "3\nfoo/S\nfoos/F\nbar/S\n",
            accepted: ["foo", "bar", "bars", "Bars"],
            rejected: ["foos", "Foos", "FOOS"]);
    }

    [Fact]
    public void NeedAffix_StemOnlyWithAffix()
    {
        AssertVerdicts(
            "NEEDAFFIX X\nSFX S Y 1\nSFX S 0 s .\n",
            "1\nfoo/XS\n",
            accepted: ["foos"],
            rejected: ["foo", "Foo"]);
    }

    [Fact]
    public void CompoundRule_WithOnlyInCompound()
    {
        AssertVerdicts(
            "COMPOUNDMIN 1\nONLYINCOMPOUND c\nCOMPOUNDRULE 1\nCOMPOUNDRULE ab*c\n",
            "4\nx/a\ny/b\nz/c\nw/ac\n",
            accepted: ["x", "y", "xz", "xyz", "xyyz", "xw", "xyw"],
            rejected: ["z", "w", "xy", "yz", "zx", "xyzz"]);
    }

    [Fact]
    public void CompoundMin_ShortPartsRefused()
    {
        AssertVerdicts(
            "COMPOUNDMIN 3\nCOMPOUNDRULE 1\nCOMPOUNDRULE ab\n",
            "3\nfoo/a\nbar/b\nxy/b\n",
            accepted: ["foobar", "foo", "xy"],
            rejected: ["fooxy", "barfoo"]);
    }

    [Fact]
    public void InputConversion_ICONV()
    {
        AssertVerdicts(
            "SET UTF-8\nWORDCHARS ’\nICONV 1\nICONV ’ '\n",
            "2\ndon't\nrock\n",
            accepted: ["don’t", "rock"],
            rejected: ["don’", "dont"]);
    }

    [Fact]
    public void Iso8859Encoding_IsDecoded()
    {
        AssertVerdicts(
            "SET ISO8859-1\nTRY esianrtolcdugmphbyfvkwz\nSFX S Y 1\nSFX S 0 s .\n",
            "2\ncafé/S\nnaïve\n",
            accepted: ["café", "cafés", "naïve", "CAFÉ", "Café"],
            rejected: ["cafe", "naive"],
            encoding: Encoding.Latin1);
    }

    [Fact]
    public void CaseTypes_AndHiddenAllCapsTwins()
    {
        AssertVerdicts(
            "SFX M Y 1\nSFX M 0 's .\n",
            "4\niPhone\nCIA/M\nParis\nhello\n",
            accepted: ["iPhone", "IPHONE", "CIA", "CIA's", "Paris", "PARIS", "hello", "Hello", "HELLO"],
            rejected: ["Iphone", "iphone", "Cia", "paris", "hELLO", "HeLLo", "Hello's"]);
    }

    [Fact]
    public void BuiltInSteps_DotsNumbersBreaksAndLength()
    {
        var longWord = new string('a', 300);
        AssertVerdicts(
            string.Empty,
            "3\nwell\nknown\netc.\n",
            accepted: ["well-known", "well--known", "-well", "well-", "well.", "etc.", "etc..", "3.14", "1,000", "12-34", "", "...", "well-known-well"],
            rejected: ["1,,000", "well-knwn", "etc", "a-b", longWord, "well-well-well-well-well-well-well-well-well-well-well"],
            confirmWithCommand: false);
    }

    [Fact]
    public void MalformedFiles_NameFileAndLine()
    {
        var ex = Assert.Throws<HunspellFormatException>(() => Load("SFX S Y 2\nSFX S 0 s .\n", "1\nfoo/S\n"));
        Assert.Equal("test.aff", ex.FilePath);
        Assert.Equal(1, ex.LineNumber);
        Assert.Contains("announces 2 rules", ex.Message, StringComparison.Ordinal);

        ex = Assert.Throws<HunspellFormatException>(() => Load("FLAG num\n", "1\nfoo/12,x\n"));
        Assert.Equal("test.dic", ex.FilePath);
        Assert.Equal(2, ex.LineNumber);
        Assert.StartsWith("test.dic:2: ", ex.Message, StringComparison.Ordinal);

        ex = Assert.Throws<HunspellFormatException>(() => Load(string.Empty, "words\nfoo\n"));
        Assert.Equal(1, ex.LineNumber);

        ex = Assert.Throws<HunspellFormatException>(() => Load("SET KLINGON-1\n", "1\nfoo\n"));
        Assert.Contains("unknown encoding", ex.Message, StringComparison.Ordinal);

        ex = Assert.Throws<HunspellFormatException>(() => Load("REP 2\nREP a b\nSFX S Y 1\nSFX S 0 s .\n", "1\nfoo\n"));
        Assert.Equal(3, ex.LineNumber);

        ex = Assert.Throws<HunspellFormatException>(() => Load("SFX S Y 1\nSFX S 0 s [ab\n", "1\nfoo\n"));
        Assert.Equal(2, ex.LineNumber);

        ex = Assert.Throws<HunspellFormatException>(() => Load("FLAG long\n", "1\nfoo/abc\n"));
        Assert.Contains("odd length", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnsupportedDirectives_AreReported()
    {
        var dictionary = Load("COMPOUNDFLAG X\nCHECKSHARPS\n", "1\nfoo\n");
        Assert.Equal(["CHECKSHARPS", "COMPOUNDFLAG"], dictionary.IgnoredDirectives.ToArray());
    }

    private static HunspellDictionary Load(string aff, string dic, Encoding? encoding = null)
    {
        encoding ??= new UTF8Encoding(false);
        return HunspellDictionary.Load(encoding.GetBytes(aff), encoding.GetBytes(dic), "test.aff", "test.dic");
    }

    private void AssertVerdicts(string aff, string dic, string[] accepted, string[] rejected, Encoding? encoding = null, bool confirmWithCommand = true)
    {
        var dictionary = Load(aff, dic, encoding);
        foreach (var word in accepted)
        {
            Assert.True(dictionary.Check(word), $"'{word}' should be accepted");
        }

        foreach (var word in rejected)
        {
            Assert.False(dictionary.Check(word), $"'{word}' should be rejected");
        }

        var basePath = HunspellReference.WriteDictionary(aff, dic, encoding);
        try
        {
            if (confirmWithCommand && HunspellReference.Program is not null)
            {
                // One word per line; the command's output is the rejected words, in order. Only
                // words its tokenizer keeps whole (letters and WORDCHARS) can be compared this way.
                var wordChars = aff.Split('\n').FirstOrDefault(l => l.StartsWith("WORDCHARS ", StringComparison.Ordinal))?[10..] ?? string.Empty;
                bool Whole(string w) => w.Length > 0 && w.All(c => char.IsLetter(c) || wordChars.Contains(c, StringComparison.Ordinal));
                var words = accepted.Concat(rejected).Where(Whole).ToList();
                var misspelt = HunspellReference.ListMisspelt(basePath, string.Join('\n', words) + "\n");
                Assert.Equal(rejected.Where(Whole), misspelt);
                output.WriteLine($"hunspell -l confirms {words.Count} verdicts");
            }

            if (LibHunspell.IsAvailable)
            {
                using var reference = LibHunspell.Open(basePath);
                foreach (var word in accepted)
                {
                    Assert.True(reference.Spell(word, encoding), $"libhunspell rejects '{word}'");
                }

                foreach (var word in rejected)
                {
                    Assert.False(reference.Spell(word, encoding), $"libhunspell accepts '{word}'");
                }
            }
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(basePath)!, recursive: true);
        }
    }
}
