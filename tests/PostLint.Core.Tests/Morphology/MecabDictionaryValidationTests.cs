using System.Buffers.Binary;
using System.Text;
using PostLint.Morphology;
using PostLint.Morphemes;

namespace PostLint.Tests.Morphology;

/// <summary>
/// Opening damaged or foreign dictionary files gives a <see cref="MecabDictionaryException"/>
/// whose message names the file and the problem, never a crash.
/// </summary>
public sealed class MecabDictionaryValidationTests
{
    [MecabFact]
    public void Opens_ipadic_and_reports_its_shape()
    {
        using var dictionary = MecabDictionary.Open(MecabReference.IpadicDirectory);
        Assert.Equal("UTF-8", dictionary.Charset);
        Assert.Equal(392_127, dictionary.WordCount);
        Assert.Equal(1316, dictionary.LeftSize);
        Assert.Equal(1316, dictionary.RightSize);
        Assert.Equal(["DEFAULT", "SPACE", "KANJI", "SYMBOL", "NUMERIC", "ALPHA", "HIRAGANA", "KATAKANA", "KANJINUMERIC", "GREEK", "CYRILLIC"], dictionary.CategoryNames);
        Assert.Same(MorphemeFeatureLayout.IpaDic, dictionary.FeatureLayout);
        Assert.Equal("BOS/EOS,*,*,*,*,*,*,*,*", dictionary.BosFeature);
        Assert.Null(dictionary.UnknownFeature);
    }

    [MecabFact]
    public void Opens_jumandic_and_recognises_its_layout()
    {
        using var dictionary = MecabDictionary.Open(MecabReference.JumanDirectory);
        Assert.Equal(751_185, dictionary.WordCount);
        Assert.Equal(1876, dictionary.LeftSize);
        Assert.Same(MorphemeFeatureLayout.JumanDic, dictionary.FeatureLayout);
    }

    [Fact]
    public void Missing_directory_is_reported()
    {
        var path = Path.Combine(Path.GetTempPath(), "postlint-no-such-dic-" + Guid.NewGuid().ToString("N"));
        var error = Assert.Throws<MecabDictionaryException>(() => MecabDictionary.Open(path));
        Assert.Contains(path, error.Message, StringComparison.Ordinal);
        Assert.Contains("not found", error.Message, StringComparison.Ordinal);
    }

    [MecabFact]
    public void Missing_file_is_named()
    {
        using var dic = new TempDictionary();
        File.Delete(dic.PathOf("char.bin"));
        AssertRejected(dic, "char.bin", "file not found");
    }

    [MecabFact]
    public void Truncated_sys_dic_is_rejected()
    {
        using var dic = new TempDictionary();
        dic.Write("sys.dic", File.ReadAllBytes(Path.Combine(MecabReference.IpadicDirectory, "sys.dic")).AsSpan(0, 100_000).ToArray());
        AssertRejected(dic, "sys.dic", "truncated");
    }

    [MecabFact]
    public void Header_shorter_than_72_bytes_is_rejected()
    {
        using var dic = new TempDictionary();
        dic.Write("unk.dic", dic.Original("unk.dic").AsSpan(0, 40).ToArray());
        AssertRejected(dic, "unk.dic", "truncated: 40 bytes");
    }

    [MecabFact]
    public void Empty_file_is_rejected()
    {
        using var dic = new TempDictionary();
        dic.Write("unk.dic", []);
        AssertRejected(dic, "unk.dic", "truncated: 0 bytes");
    }

    [MecabFact]
    public void Foreign_file_has_a_bad_magic_number()
    {
        using var dic = new TempDictionary();
        dic.Write("sys.dic", Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("This is not a MeCab dictionary. ", 20))));
        AssertRejected(dic, "sys.dic", "bad magic number");
    }

    [MecabFact]
    public void Extra_bytes_after_the_dictionary_are_rejected()
    {
        using var dic = new TempDictionary();
        dic.Write("unk.dic", [.. dic.Original("unk.dic"), 0, 0, 0, 0]);
        AssertRejected(dic, "unk.dic", "bad magic number");
    }

    [MecabFact]
    public void Wrong_version_is_rejected()
    {
        using var dic = new TempDictionary();
        var bytes = dic.Original("unk.dic");
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(4), 101);
        dic.Write("unk.dic", bytes);
        AssertRejected(dic, "unk.dic", "unsupported dictionary version 101");
    }

    [MecabFact]
    public void Unknown_word_dictionary_in_place_of_sys_dic_has_the_wrong_type()
    {
        using var dic = new TempDictionary();
        dic.Write("sys.dic", dic.Original("unk.dic"));
        AssertRejected(dic, "sys.dic", "dictionary type is 2");
    }

    [MecabFact]
    public void Euc_jp_dictionary_is_refused_with_advice()
    {
        using var dic = new TempDictionary();
        var bytes = dic.Original("unk.dic");
        bytes.AsSpan(40, 32).Clear();
        Encoding.ASCII.GetBytes("EUC-JP").CopyTo(bytes, 40);
        dic.Write("unk.dic", bytes);
        AssertRejected(dic, "unk.dic", "charset is 'EUC-JP'");
    }

    [MecabFact]
    public void Section_sizes_must_add_up_to_the_file_size()
    {
        using var dic = new TempDictionary();
        var bytes = dic.Original("unk.dic");
        var fsize = BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(32));
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(32), fsize - 16);
        dic.Write("unk.dic", bytes);
        AssertRejected(dic, "unk.dic", "section sizes");
    }

    [MecabFact]
    public void Token_feature_offset_outside_the_feature_area_is_rejected()
    {
        using var dic = new TempDictionary();
        var bytes = dic.Original("unk.dic");
        var dsize = BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(24));
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(72 + dsize + 8), 1_000_000);
        dic.Write("unk.dic", bytes);
        AssertRejected(dic, "unk.dic", "token 0 has feature offset 1000000");
    }

    [MecabFact]
    public void Token_context_id_outside_the_matrix_is_rejected()
    {
        using var dic = new TempDictionary();
        var bytes = dic.Original("unk.dic");
        var dsize = BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(24));
        BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(72 + dsize + 16), 5000);
        dic.Write("unk.dic", bytes);
        AssertRejected(dic, "unk.dic", "token 1 has context ids left 5000");
    }

    [MecabFact]
    public void Context_sizes_must_agree_with_matrix_bin()
    {
        using var dic = new TempDictionary();
        var matrix = new byte[4 + (2 * 10 * 10)];
        BinaryPrimitives.WriteUInt16LittleEndian(matrix, 10);
        BinaryPrimitives.WriteUInt16LittleEndian(matrix.AsSpan(2), 10);
        dic.Write("matrix.bin", matrix);
        var error = AssertRejected(dic, "sys.dic", "context sizes 1316x1316 do not match the 10x10 connection matrix");
        Assert.Contains(dic.PathOf("matrix.bin"), error.Message, StringComparison.Ordinal);
    }

    [MecabFact]
    public void Truncated_matrix_is_rejected()
    {
        using var dic = new TempDictionary();
        dic.Write("matrix.bin", dic.Original("matrix.bin").AsSpan(0, 1000).ToArray());
        AssertRejected(dic, "matrix.bin", "a 1316x1316 connection matrix needs 3463716 bytes but the file has 1000");
    }

    [MecabFact]
    public void Truncated_char_bin_is_rejected()
    {
        using var dic = new TempDictionary();
        dic.Write("char.bin", dic.Original("char.bin").AsSpan(0, 5000).ToArray());
        AssertRejected(dic, "char.bin", "11 categories need a 262496-byte char.bin but the file has 5000 bytes");
    }

    [MecabFact]
    public void Char_bin_default_category_out_of_range_is_rejected()
    {
        using var dic = new TempDictionary();
        var bytes = dic.Original("char.bin");
        var offset = 4 + (32 * 11) + (4 * 0x41);
        var info = BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(offset));
        info = (info & ~(0xFFu << 18)) | (200u << 18);
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(offset), info);
        dic.Write("char.bin", bytes);
        AssertRejected(dic, "char.bin", "U+0041 has default category 200");
    }

    [MecabFact]
    public void Category_missing_from_unk_dic_is_named()
    {
        using var dic = new TempDictionary();
        var bytes = dic.Original("char.bin");
        var alpha = 4 + (32 * 5);
        Assert.Equal("ALPHA", Encoding.ASCII.GetString(bytes, alpha, 5));
        bytes[alpha + 4] = (byte)'B';
        dic.Write("char.bin", bytes);
        AssertRejected(dic, "unk.dic", "no unknown-word entry for character category ALPHB");
    }

    [MecabFact]
    public void A_sys_dic_without_words_opens_and_everything_is_unknown()
    {
        using var dic = new TempDictionary();
        var bytes = new byte[72 + 8 + 0 + 24];
        BinaryPrimitives.WriteUInt32LittleEndian(bytes, (uint)bytes.Length ^ 0xEF718F77);
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(4), 102);
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(16), 1316);
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(20), 1316);
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(24), 8);
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(32), 24);
        Encoding.ASCII.GetBytes("UTF-8").CopyTo(bytes, 40);
        dic.Write("sys.dic", bytes);
        using var dictionary = MecabDictionary.Open(dic.Directory);
        Assert.Equal(0, dictionary.WordCount);
        Assert.Same(MorphemeFeatureLayout.Unrecognized, dictionary.FeatureLayout);
        var morphemes = new List<Morpheme>();
        dictionary.Tokenize("今日は晴れ", 0, morphemes);
        Assert.NotEmpty(morphemes);
        Assert.All(morphemes, m => Assert.True(m.IsUnknown));
        Assert.Equal(5, morphemes.Sum(m => m.Span.Length));
    }

    [MecabFact]
    public void Dicrc_without_equals_sign_is_reported_with_its_line()
    {
        using var dic = new TempDictionary();
        dic.Write("dicrc", Encoding.UTF8.GetBytes("; comment\ncost-factor = 800\nthis line is broken\n"));
        AssertRejected(dic, "dicrc", "line 3");
    }

    [MecabFact]
    public void Dicrc_unk_feature_replaces_the_feature_of_unknown_words()
    {
        using var dic = new TempDictionary();
        dic.Write("dicrc", Encoding.UTF8.GetBytes("bos-feature = BOS/EOS,*,*,*,*,*,*,*,*\nunk-feature = 未知語,*\n"));
        using var dictionary = MecabDictionary.Open(dic.Directory);
        var morphemes = new List<Morpheme>();
        dictionary.CreateTagger().Tokenize("ズンドコベロンチョは日本", 0, morphemes);
        Assert.Equal("未知語,*", morphemes[0].GetFeature());
        Assert.True(morphemes[0].IsUnknown);
        Assert.StartsWith("助詞", morphemes[1].GetFeature(), StringComparison.Ordinal);
    }

    /// <summary>
    /// Random damage to the small files (bytes flipped, files cut short) must end in a
    /// MecabDictionaryException or a dictionary that tokenizes without throwing anything else.
    /// </summary>
    [MecabFact]
    public void Random_damage_never_crashes()
    {
        var random = new Random(20241225);
        var text = "今日は😀です。MeCabはC++で書かれています。ﾃﾞｰﾀﾍﾞｰｽ 123 αβγ \uFFFF";
        using var dic = new TempDictionary();
        var rejected = 0;
        var opened = 0;
        for (var round = 0; round < 300; round++)
        {
            var name = new[] { "unk.dic", "char.bin", "matrix.bin" }[round % 3];
            var original = dic.Original(name);
            var damaged = (byte[])original.Clone();
            if (round % 4 == 0)
            {
                damaged = damaged.AsSpan(0, random.Next(damaged.Length)).ToArray();
            }
            else
            {
                // Bias the damage towards headers and tables, where it matters most.
                var limit = name == "matrix.bin" ? 64 : Math.Min(damaged.Length, 4096);
                for (var flips = random.Next(1, 6); flips > 0; flips--)
                {
                    damaged[random.Next(limit)] ^= (byte)random.Next(1, 256);
                }
            }

            dic.Write(name, damaged);
            try
            {
                using var dictionary = MecabDictionary.Open(dic.Directory);
                opened++;
                var morphemes = new List<Morpheme>();
                try
                {
                    dictionary.CreateTagger().Tokenize(text, 0, morphemes);
                    foreach (var morpheme in morphemes)
                    {
                        _ = morpheme.GetFeature();
                    }
                }
                catch (MecabDictionaryException)
                {
                }
                catch (MecabParseException)
                {
                }
            }
            catch (MecabDictionaryException ex)
            {
                rejected++;
                Assert.Contains(dic.PathOf(name), ex.Message, StringComparison.Ordinal);
            }

            dic.Write(name, original);
        }

        Assert.True(rejected > 0 && opened > 0, $"rejected {rejected}, opened {opened}");
    }

    private static MecabDictionaryException AssertRejected(TempDictionary dic, string fileName, string problem)
    {
        var error = Assert.Throws<MecabDictionaryException>(() => MecabDictionary.Open(dic.Directory));
        Assert.Contains(dic.PathOf(fileName), error.Message, StringComparison.Ordinal);
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
        return error;
    }

    /// <summary>A copy of the IPADIC directory in a temp folder (sys.dic linked, not copied) whose files a test may replace.</summary>
    private sealed class TempDictionary : IDisposable
    {
        public TempDictionary()
        {
            Directory = Path.Combine(Path.GetTempPath(), "postlint-dic-" + Guid.NewGuid().ToString("N"));
            System.IO.Directory.CreateDirectory(Directory);
            foreach (var name in new[] { "sys.dic", "unk.dic", "matrix.bin", "char.bin", "dicrc" })
            {
                File.CreateSymbolicLink(PathOf(name), Path.Combine(MecabReference.IpadicDirectory, name));
            }
        }

        public string Directory { get; }

        public string PathOf(string name) => Path.Combine(Directory, name);

        public byte[] Original(string name) => File.ReadAllBytes(Path.Combine(MecabReference.IpadicDirectory, name));

        public void Write(string name, byte[] bytes)
        {
            File.Delete(PathOf(name));
            File.WriteAllBytes(PathOf(name), bytes);
        }

        public void Dispose() => System.IO.Directory.Delete(Directory, recursive: true);
    }
}
