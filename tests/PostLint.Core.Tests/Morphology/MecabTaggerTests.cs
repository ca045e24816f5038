using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PostLint.Morphology;
using PostLint.Text;
using PostLint.Morphemes;

namespace PostLint.Tests.Morphology;

/// <summary>The string API: UTF-16 spans, the morpheme accessors and robustness on any input.</summary>
public sealed class MecabTaggerTests : IDisposable
{
    private readonly MecabDictionary? _ipadic = MecabReference.IsAvailable ? MecabDictionary.Open(MecabReference.IpadicDirectory) : null;
    private readonly MecabDictionary? _juman = MecabReference.IsAvailable ? MecabDictionary.Open(MecabReference.JumanDirectory) : null;

    public void Dispose()
    {
        _ipadic?.Dispose();
        _juman?.Dispose();
    }

    [MecabFact]
    public void Spans_are_utf16_offsets_into_the_post_after_emoji_and_surrogates()
    {
        const string post = "【PR】今日は😀です𠮷野家";
        var run = post.AsSpan(4);
        var morphemes = Tokenize(_ipadic!, run, 4);
        Assert.Equal(["今日", "は", "😀", "です", "𠮷", "野家"], morphemes.Select(m => post.Substring(m.Span.Start, m.Span.Length)));
        Assert.Equal(new TextSpan(7, 2), morphemes[2].Span);
        Assert.Equal(new TextSpan(11, 2), morphemes[4].Span);
        Assert.Equal(9, morphemes[2].Utf8Start);
        Assert.Equal(4, morphemes[2].Utf8Length);
    }

    [MecabFact]
    public void Lone_surrogates_are_analysed_as_replacement_characters()
    {
        var text = "日本\uD800語\uDC00";
        var morphemes = Tokenize(_ipadic!, text, 0);
        Assert.Equal(text.Length, morphemes.Sum(m => m.Span.Length));
        Assert.Contains(morphemes, m => m.Span == new TextSpan(2, 1) && m.IsUnknown);
    }

    [MecabFact]
    public void Words_not_substrings_バカ_does_not_fire_inside_バカンス_and_殺せ_has_base_form_殺す()
    {
        var text = "バカンスに行く。殺せ！";
        var morphemes = Tokenize(_ipadic!, text, 0);
        Assert.DoesNotContain(morphemes, m => m.BaseFormEquals("バカ", text));
        var kill = Assert.Single(morphemes, m => m.BaseFormEquals("殺す", text));
        Assert.Equal("殺せ", kill.GetSurface(text).ToString());
        Assert.True(kill.PartOfSpeechMatches("動詞"));
        Assert.True(kill.PartOfSpeechMatches("動詞,自立"));
        Assert.True(kill.PartOfSpeechMatches("動詞,*,*,*"));
        Assert.False(kill.PartOfSpeechMatches("動"));
        Assert.False(kill.PartOfSpeechMatches("名詞"));
        Assert.False(kill.PartOfSpeechMatches("動詞,自立,*,*,五段・サ行"));
        Assert.Equal("動詞,自立,*,*", kill.GetPartOfSpeech());
        Assert.Equal("殺す", kill.GetBaseForm(text));
        Assert.True(kill.BaseFormEquals("殺す"u8, text));
        Assert.Equal("コロセ", kill.GetReading());
        Assert.Equal("動詞,自立,*,*,五段・サ行,命令ｅ,殺す,コロセ,コロセ", kill.GetFeature());
        Assert.Equal(9, kill.FeatureFieldCount);
        Assert.Equal("命令ｅ", kill.GetFeatureField(5));
        Assert.Null(kill.GetFeatureField(9));
        Assert.False(kill.IsUnknown);
    }

    [MecabFact]
    public void Unknown_words_fall_back_to_the_surface_for_the_base_form()
    {
        var text = "ズンドコベロンチョ";
        var morpheme = Assert.Single(Tokenize(_ipadic!, text, 0));
        Assert.True(morpheme.IsUnknown);
        Assert.Equal("ズンドコベロンチョ", morpheme.GetBaseForm(text));
        Assert.True(morpheme.BaseFormEquals("ズンドコベロンチョ", text));
        Assert.Null(morpheme.GetReading());
        Assert.Equal(7, morpheme.Analyzer.CategoryNames.ToList().IndexOf("KATAKANA"));
        Assert.Equal(7, morpheme.CharacterCategory);
    }

    [MecabFact]
    public void Jumandic_fields_are_read_through_its_layout()
    {
        var text = "殺せと言った";
        var morphemes = Tokenize(_juman!, text, 0);
        var kill = morphemes[0];
        Assert.Equal("殺せ", kill.GetSurface(text).ToString());
        Assert.Equal("殺す", kill.GetBaseForm(text));
        Assert.Equal("ころせ", kill.GetReading());
        Assert.Equal("動詞,*", kill.GetPartOfSpeech());
        Assert.True(kill.PartOfSpeechMatches("動詞"));
    }

    [MecabFact]
    public void Whitespace_is_skipped_and_u3000_and_cr_are_words()
    {
        var text = "  日本  語\t\r　";
        var morphemes = Tokenize(_ipadic!, text, 10);
        Assert.Equal([new TextSpan(12, 2), new TextSpan(16, 1), new TextSpan(18, 1), new TextSpan(19, 1)], morphemes.Select(m => m.Span));
    }

    [MecabFact]
    public void Empty_text_gives_no_morphemes_and_the_output_list_is_appended_to()
    {
        var list = new List<Morpheme>();
        var tagger = _ipadic!.CreateTagger();
        Assert.Equal(0, tagger.Tokenize(string.Empty, 0, list));
        Assert.Equal(2, tagger.Tokenize("日本語です", 0, list));
        Assert.Equal(2, tagger.Tokenize("日本語です", 5, list));
        Assert.Equal(4, list.Count);
        Assert.Equal(new TextSpan(5, 3), list[2].Span);
        Assert.Equal(new TextSpan(8, 2), list[3].Span);
    }

    [MecabFact]
    public void Byte_api_maps_invalid_utf8_to_replacement_character_offsets()
    {
        // mecab reads C3 61 as one two-byte char; the decoded string is U+FFFD 'a' 'b' 'c'.
        byte[] bytes = [0xC3, (byte)'a', (byte)'b', (byte)'c', 0xE6, 0x97, 0xA5];
        var list = new List<Morpheme>();
        _ipadic!.CreateTagger().TokenizeUtf8(bytes, 0, list);
        var decoded = System.Text.Encoding.UTF8.GetString(bytes);
        Assert.Equal("\uFFFDabc日", decoded);
        Assert.Equal(bytes.Length, list.Sum(m => m.Utf8Length));
        Assert.All(list, m => Assert.InRange(m.Span.End, 0, decoded.Length));
        Assert.Equal(new TextSpan(4, 1), list[^1].Span);
    }

    [MecabFact]
    public void Dictionary_tokenize_is_safe_from_many_threads()
    {
        var texts = Enumerable.Range(0, 64).Select(i => $"石巻市の牡蠣は{i}個で、とても美味しいです。#PR #石巻市").ToArray();
        var expected = texts.Select(t => string.Join("|", Tokenize(_ipadic!, t, 0).Select(m => m.Span + m.GetFeature()))).ToArray();
        var actual = new string[texts.Length];
        Parallel.For(0, texts.Length * 8, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i =>
        {
            var index = i % texts.Length;
            var list = new List<Morpheme>();
            _ipadic!.Tokenize(texts[index], 0, list);
            actual[index] = string.Join("|", list.Select(m => m.Span + m.GetFeature()));
        });
        Assert.Equal(expected, actual);
    }

    [MecabFact]
    public void Tokenizing_a_post_allocates_nothing_once_warm()
    {
        var tagger = _ipadic!.CreateTagger();
        var list = new List<Morpheme>(256);
        const string post = "【PR】石巻市の牡蠣を食べに行きました😀 とても美味しかったです！ https://example.com #PR #石巻市";
        for (var i = 0; i < 3; i++)
        {
            list.Clear();
            tagger.Tokenize(post, 0, list);
        }

        Assert.Equal(0, PostLint.Core.Tests.Syntax.Allocation.PerCalls(100, () =>
        {
            list.Clear();
            tagger.Tokenize(post, 0, list);
        }));
    }

    [MecabFact]
    public void Morphemes_of_a_disposed_dictionary_refuse_to_read_features()
    {
        var dictionary = MecabDictionary.Open(MecabReference.IpadicDirectory);
        var list = new List<Morpheme>();
        dictionary.Tokenize("日本語", 0, list);
        dictionary.Dispose();
        Assert.Throws<ObjectDisposedException>(() => list[0].GetFeature());
        Assert.Throws<ObjectDisposedException>(() => dictionary.Tokenize("日本語", 0, list));
    }

    /// <summary>Any string, including lone surrogates, U+FFFF and control characters, tokenizes without
    /// throwing, and the morphemes tile the text in order: only MeCab whitespace is left uncovered,
    /// and no span splits a surrogate pair.</summary>
    [Property(MaxTest = 300, Arbitrary = [typeof(PostTextArbitrary)])]
    public Property Random_text_never_throws_and_morphemes_tile_the_non_space_text(string text)
    {
        if (_ipadic is null)
        {
            return true.ToProperty();
        }

        var list = new List<Morpheme>();
        _ipadic.Tokenize(text, 5, list);
        var position = 5;
        foreach (var morpheme in list)
        {
            var span = morpheme.Span;
            if (span.Start < position || span.Length == 0 || span.End > text.Length + 5)
            {
                return false.Label($"bad span {span} after {position}");
            }

            for (var i = position; i < span.Start; i++)
            {
                if (!IsMecabSpace(text[i - 5]))
                {
                    return false.Label($"non-space U+{(int)text[i - 5]:X4} at {i - 5} is not covered");
                }
            }

            if (SplitsSurrogatePair(text, span.Start - 5) || SplitsSurrogatePair(text, span.End - 5))
            {
                return false.Label($"span {span} splits a surrogate pair");
            }

            position = span.End;
        }

        for (var i = position - 5; i < text.Length; i++)
        {
            if (!IsMecabSpace(text[i]))
            {
                return false.Label($"non-space U+{(int)text[i]:X4} at {i} is not covered");
            }
        }

        return true.ToProperty();
    }

    /// <summary>The byte API on <c>Encoding.UTF8.GetBytes(text)</c> gives the same morphemes and UTF-16 spans as the string API.</summary>
    [Property(MaxTest = 300, Arbitrary = [typeof(PostTextArbitrary)])]
    public bool Byte_and_string_apis_agree(string text)
    {
        if (_ipadic is null)
        {
            return true;
        }

        var fromString = new List<Morpheme>();
        var fromBytes = new List<Morpheme>();
        var tagger = _ipadic.CreateTagger();
        tagger.Tokenize(text, 3, fromString);
        tagger.TokenizeUtf8(System.Text.Encoding.UTF8.GetBytes(text), 3, fromBytes);
        return fromString.SequenceEqual(fromBytes);
    }

    private static bool IsMecabSpace(char c) => c is ' ' or '\t' or '\n' or '\v';

    private static bool SplitsSurrogatePair(string text, int index) => index > 0 && index < text.Length && char.IsHighSurrogate(text[index - 1]) && char.IsLowSurrogate(text[index]);

    private static List<Morpheme> Tokenize(MecabDictionary dictionary, ReadOnlySpan<char> text, int offset)
    {
        var list = new List<Morpheme>();
        dictionary.CreateTagger().Tokenize(text, offset, list);
        return list;
    }
}

/// <summary>Strings mixing Japanese, ASCII, whitespace, emoji, lone surrogates, U+FFFF and control characters.</summary>
public static class PostTextArbitrary
{
    public static Arbitrary<string> Strings()
    {
        var pieces = Gen.Frequency(
            (6, Gen.Elements("日本", "語", "石巻市", "です", "は", "ーー", "ｱｲｳ", "ﾃﾞｰﾀ", "ABC", "abc", "123", "１２３", "#PR", "@user", "https://example.com/?q=1", "々", "〇", "一〇！？")),
            (3, Gen.Elements(" ", "  ", "\t", "\n", "\v", "\r", "\u3000", "\u00A0", "\uFEFF", "\u200B")),
            (3, Gen.Elements("😀", "𠮷", "👨‍👩‍👧", "🇯🇵", "❤️", "\uFFFF", "\uFFFE", "\uD800", "\uDC00", "\uDBFF\uDFFF", "\0", "\u0001", "\u007F", "x\u0301")),
            (4, Gen.Choose(0, 0xFFFF).Select(c => ((char)c).ToString())));
        return Gen.ArrayOf(pieces).Select(parts => string.Concat(parts)).ToArbitrary();
    }
}
