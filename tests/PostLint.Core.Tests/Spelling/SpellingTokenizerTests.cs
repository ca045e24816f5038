using System.Text;
using FsCheck;
using FsCheck.Fluent;
using PostLint.Spelling;
using PostLint.Text;

namespace PostLint.Tests.Core.Spelling;

public sealed class SpellingTokenizerTests
{
    private const string EnglishWordChars = "0123456789’";

    private static readonly SpellingTokenizer Tokenizer = new(EnglishWordChars);

    [Fact]
    public void Words_HaveSpansInTheOriginalText()
    {
        var words = Tokenizer.Tokenize("Welcome to Ishinomaki!");
        Assert.Equal(["Welcome", "to", "Ishinomaki"], words.Select(w => w.ToString()));
        Assert.Equal([new TextSpan(0, 7), new TextSpan(8, 2), new TextSpan(11, 10)], words.Select(w => w.Span));
    }

    [Fact]
    public void LoneSurrogatesAndNonCharacters_DoNotStopNormalization()
    {
        // string.IsNormalized throws on these; found by the engine's property tests.
        const string text = "\uD83D Ｗｅｌｃｏｍｅ \uFFFF to\uDE00";
        var words = Tokenizer.Tokenize(text);
        Assert.Equal(["Welcome", "to"], words.Select(w => w.ToString()));
        Assert.Equal("Ｗｅｌｃｏｍｅ", text.Substring(words[0].Span.Start, words[0].Span.Length));
    }

    [Fact]
    public void FullWidthLetters_AreNormalized_SpansPointAtTheOriginal()
    {
        const string text = "ようこそ、Ｗｅｌｃｏｍｅ！石巻へ";
        var word = Assert.Single(Tokenizer.Tokenize(text));
        Assert.Equal("Welcome", word.ToString());
        Assert.Equal("Ｗｅｌｃｏｍｅ", text.Substring(word.Span.Start, word.Span.Length));
    }

    [Fact]
    public void DecomposedAccents_AreComposed()
    {
        const string text = "a cafe\u0301 here";
        var words = Tokenizer.Tokenize(text);
        Assert.Equal(["a", "café", "here"], words.Select(w => w.ToString()));
        Assert.Equal(new TextSpan(2, 5), words[1].Span);
    }

    [Fact]
    public void OnlyLatinLettersMakeWords()
    {
        var words = Tokenizer.Tokenize("石巻市へWelcome、東京Tokyoとカタカナabcです Ελλάδα Москва naïve");
        Assert.Equal(["Welcome", "Tokyo", "abc", "naïve"], words.Select(w => w.ToString()));
    }

    [Fact]
    public void UrlsEmailsAndPathsAreSkipped()
    {
        var words = Tokenizer.Tokenize("see https://exampel.com/pathh and info@city.ishinomaki.lg.jp or /usr/lib/fooo C:\\Windws\\x www.exampel.com");
        Assert.Equal(["see", "and", "or", "www", "exampel", "com"], words.Select(w => w.ToString()));
    }

    [Fact]
    public void MentionsAndHashtagsAreSkippedUnlessAsked()
    {
        const string text = "Hello @ishinomaki_city #WelcomeToIshinomaki #石巻市 trip＃Tag";
        Assert.Equal(["Hello", "trip", "Tag"], Tokenizer.Tokenize(text).Select(w => w.ToString()));
        var all = new SpellingTokenizer(EnglishWordChars, new SpellingTokenizerOptions { IncludeHashtags = true, IncludeMentions = true });
        Assert.Equal(["Hello", "ishinomaki", "city", "WelcomeToIshinomaki", "trip", "Tag"], all.Tokenize(text).Select(w => w.ToString()));
    }

    [Fact]
    public void ApostrophesAndDigits_FollowTheDictionaryWordChars()
    {
        var words = Tokenizer.Tokenize("don't rock’n’roll 'tis dogs' dogs’ 21st 3.14 well-known e.g.");
        Assert.Equal(["don't", "rock’n’roll", "tis", "dogs", "dogs’", "21st", "3", "14", "well", "known", "e", "g"], words.Select(w => w.ToString()));

        var plain = new SpellingTokenizer(string.Empty);
        Assert.Equal(["don", "t", "st"], plain.Tokenize("don't 21st").Select(w => w.ToString()));
    }

    [Fact]
    public void ExcludedSpans_RemoveOverlappingWords()
    {
        var words = new List<SpellingWord>();
        Tokenizer.Tokenize("visit exampel dot com today", words, [new TextSpan(6, 7)]);
        Assert.Equal(["visit", "dot", "com", "today"], words.Select(w => w.ToString()));
    }

    [Fact]
    public void Property_SpansLieInsideTheTextInOrder_AndCoverTheWord()
    {
        var chars = "abcXYZ 09'’-.@#:/_ＡＢｃ石かé\u0301\n\t!".ToCharArray();
        var gen = Gen.ArrayOf(Gen.Elements(chars)).Select(a => new string(a));
        Prop.ForAll(gen.ToArbitrary(), text =>
        {
            var previousEnd = 0;
            foreach (var word in Tokenizer.Tokenize(text))
            {
                if (word.Span.Start < previousEnd || word.Span.End > text.Length || word.Span.IsEmpty || word.Text.IsEmpty)
                {
                    return false;
                }

                var original = text.Substring(word.Span.Start, word.Span.Length);
                // A span covers whole normalization segments (a letter with its combining marks).
                if (!original.Normalize(NormalizationForm.FormKC).Contains(word.ToString(), StringComparison.Ordinal))
                {
                    return false;
                }

                previousEnd = word.Span.End;
            }

            return true;
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(1000));
    }
}
