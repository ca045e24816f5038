using System.Buffers;
using System.Buffers.Binary;
using System.Runtime.InteropServices;
using System.Text;
using PostLint.Morphology;
using PostLint.Morphemes;

namespace PostLint.Tests.Morphology;

/// <summary>
/// User dictionaries compiled by <c>mecab-dict-index -u</c> are searched after sys.dic, exactly as
/// <c>mecab -u</c> does (sys.dic words win ties).
/// </summary>
public sealed class MecabUserDictionaryTests : IDisposable
{
    private const string DictIndex = "/usr/lib/mecab/mecab-dict-index";

    /// <summary>Place names a municipality would add, a word that also exists in sys.dic with the
    /// same costs (the tie sys.dic must win), and one that outbids sys.dic.</summary>
    private const string UserCsv =
        "石巻焼きそば,1285,1285,-3000,名詞,固有名詞,一般,*,*,*,石巻焼きそば,イシノマキヤキソバ,イシノマキヤキソバ\n"
        + "牡蠣小屋,1285,1285,1000,名詞,一般,*,*,*,*,牡蠣小屋,カキゴヤ,カキゴヤ\n"
        + "大文字,1285,1285,5622,名詞,一般,*,*,*,*,大文字,オオモジ,オオモジ\n"
        + "日本,1285,1285,3000,名詞,固有名詞,ユーザー,*,*,*,日本,ニホン,ニホン\n"
        + "ページ,1285,1285,2000,名詞,一般,*,*,*,*,ページ,ページ,ページ\n";

    private readonly string _directory = Path.Combine(Path.GetTempPath(), "postlint-userdic-" + Guid.NewGuid().ToString("N"));

    public MecabUserDictionaryTests() => Directory.CreateDirectory(_directory);

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [MecabFact]
    public void User_dictionary_words_and_ties_match_mecab_u()
    {
        var userDic = Compile(UserCsv);
        var lines = new List<byte[]>
        {
            Encoding.UTF8.GetBytes("石巻焼きそばと牡蠣小屋でバカンス。大文字と日本"),
            Encoding.UTF8.GetBytes("日本語のページを大文字で書く"),
        };
        lines.AddRange(MecabDifferentialTests.EdgeCaseLines());
        lines.AddRange(MecabReference.Corpus(5_000));

        using var dictionary = MecabDictionary.Open(MecabReference.IpadicDirectory, new MecabDictionaryOptions { UserDictionaries = [userDic] });
        Assert.Equal([userDic], dictionary.UserDictionaries);
        var tagger = dictionary.CreateTagger();
        var actual = new ArrayBufferWriter<byte>();
        var morphemes = new List<Morpheme>();
        foreach (var line in lines)
        {
            morphemes.Clear();
            tagger.TokenizeUtf8(line, 0, morphemes);
            MecabOutput.WriteDetailed(line, CollectionsMarshal.AsSpan(morphemes), tagger.LastPathCost, actual);
        }

        var expected = MecabReference.Run(MecabReference.IpadicDirectory, MecabReference.Join(lines), "-u", userDic, "-F", MecabReference.DetailedNodeFormat, "-U", MecabReference.DetailedNodeFormat, "-E", MecabReference.DetailedEosFormat);
        Assert.True(expected.AsSpan().SequenceEqual(actual.WrittenSpan), "output with a user dictionary differs from mecab -u");

        // The user words are really used, and the sys.dic reading wins the tie.
        morphemes.Clear();
        const string text = "石巻焼きそばと大文字";
        tagger.Tokenize(text, 0, morphemes);
        Assert.Equal("石巻焼きそば", morphemes[0].GetSurface(text).ToString());
        Assert.Equal("イシノマキヤキソバ", morphemes[0].GetReading());
        Assert.Equal("ダイモンジ", morphemes[2].GetReading());
    }

    [MecabFact]
    public void Unknown_word_dictionary_given_as_user_dictionary_is_rejected()
    {
        var path = Path.Combine(MecabReference.IpadicDirectory, "unk.dic");
        var error = Assert.Throws<MecabDictionaryException>(() => MecabDictionary.Open(MecabReference.IpadicDirectory, new MecabDictionaryOptions { UserDictionaries = [path] }));
        Assert.Contains(path, error.Message, StringComparison.Ordinal);
        Assert.Contains("dictionary type is 2", error.Message, StringComparison.Ordinal);
    }

    [MecabFact]
    public void User_dictionary_for_another_matrix_is_rejected()
    {
        var userDic = Compile(UserCsv);
        var bytes = File.ReadAllBytes(userDic);
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(16), 1876);
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(20), 1876);
        File.WriteAllBytes(userDic, bytes);
        var error = Assert.Throws<MecabDictionaryException>(() => MecabDictionary.Open(MecabReference.IpadicDirectory, new MecabDictionaryOptions { UserDictionaries = [userDic] }));
        Assert.Contains(userDic, error.Message, StringComparison.Ordinal);
        Assert.Contains("do not match the 1316x1316 connection matrix", error.Message, StringComparison.Ordinal);
    }

    [MecabFact]
    public void Missing_user_dictionary_is_named()
    {
        var missing = Path.Combine(_directory, "missing.dic");
        var error = Assert.Throws<MecabDictionaryException>(() => MecabDictionary.Open(MecabReference.IpadicDirectory, new MecabDictionaryOptions { UserDictionaries = [missing] }));
        Assert.Contains(missing, error.Message, StringComparison.Ordinal);
        Assert.Contains("file not found", error.Message, StringComparison.Ordinal);
    }

    private string Compile(string csv)
    {
        Assert.True(File.Exists(DictIndex), $"{DictIndex} is missing: install mecab-utils (scripts/setup.sh)");
        var csvPath = Path.Combine(_directory, "user.csv");
        var dicPath = Path.Combine(_directory, "user.dic");
        File.WriteAllText(csvPath, csv);
        var (exit, _, stderr) = ExternalProgram.Run(DictIndex, ["-d", MecabReference.IpadicDirectory, "-u", dicPath, "-f", "utf-8", "-t", "utf-8", csvPath], []);
        Assert.True(exit == 0 && File.Exists(dicPath), "mecab-dict-index failed: " + stderr);
        return dicPath;
    }
}
