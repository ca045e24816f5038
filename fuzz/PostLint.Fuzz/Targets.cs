using System.Buffers.Binary;
using System.Collections.Frozen;
using PostLint.Input;
using PostLint.Morphology;
using PostLint.Spelling;
using PostLint.Morphemes;

namespace PostLint.Fuzz;

/// <summary>
/// The fuzz targets. Each takes the fuzzer's bytes as one input of its kind and fails — by
/// throwing, which the fuzzer records as a crash with the input that caused it — when PostLint
/// breaks a promise it makes for every input: readers never throw and account for every record
/// (a post, a rejection with its reason, or a skip with its reason; a post's text well-formed
/// UTF-16); the dictionary loaders refuse a damaged file with their own exception naming it, and
/// a dictionary they accept can be used without crashing.
/// </summary>
internal static class Targets
{
    public delegate void Target(ReadOnlySpan<byte> input);

    public static FrozenDictionary<string, Target> All { get; } = new Dictionary<string, Target>(StringComparer.Ordinal)
    {
        ["jsonl"] = static input => Account(JsonLinesReader.Read(new MemoryStream(input.ToArray()), "fuzz.jsonl")),
        ["csv"] = static input => Account(CsvPostReader.Read(new MemoryStream(input.ToArray()), "fuzz.csv")),
        ["tweets"] = static input => Account(XArchiveReader.ReadTweets(new MemoryStream(input.ToArray()), "data/tweets.js")),
        ["zip"] = static input => Account(XArchiveReader.Read(Scratch.File("twitter.zip", input))),
        ["facebook"] = static input => Account(FacebookReader.Read(Scratch.Folder("your_posts_1.json", input))),
        ["instagram"] = static input => Account(InstagramReader.Read(Scratch.Folder("posts_1.json", input))),
        ["text"] = static input => Account(TextPostReader.Read(Scratch.File("draft.txt", input))),
        ["mecab"] = Mecab,
        ["hunspell"] = Hunspell,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Reads every record and checks that each is accounted for.</summary>
    private static void Account(IEnumerable<InputRecord> records)
    {
        foreach (var record in records)
        {
            switch (record.Kind)
            {
                case InputRecordKind.Post:
                    var text = record.Post?.Text ?? throw new InvalidOperationException("a post record without a post");
                    if (Text.Utf16.IndexOfLoneSurrogate(text) is var at and >= 0)
                    {
                        throw new InvalidOperationException($"record {record.RecordNumber}: the post text has a lone surrogate at {at}");
                    }

                    break;
                case InputRecordKind.Rejected or InputRecordKind.Skipped:
                    if (string.IsNullOrEmpty(record.Reason))
                    {
                        throw new InvalidOperationException($"record {record.RecordNumber} was {record.Kind} without a reason");
                    }

                    break;
                default:
                    throw new InvalidOperationException($"record {record.RecordNumber} has no kind ({record.Kind})");
            }

            if (record.Line < 1 || record.RecordNumber < 1)
            {
                throw new InvalidOperationException($"record {record.RecordNumber} has no position (line {record.Line})");
            }
        }
    }

    /// <summary>
    /// The first byte picks a file of IPADIC that the rest of the input replaces (for sys.dic, 49 MB,
    /// the input overwrites its start: header, sizes and the first bytes of the trie); the other
    /// files are IPADIC's own. A dictionary that opens must tokenize without crashing.
    /// </summary>
    private static void Mecab(ReadOnlySpan<byte> input)
    {
        if (input.IsEmpty)
        {
            return;
        }

        string[] files = [MecabDictionary.UnknownDictionaryFileName, MecabDictionary.CharPropertyFileName, MecabDictionary.MatrixFileName, MecabDictionary.SystemDictionaryFileName, MecabDictionary.DicrcFileName];
        var replaced = files[input[0] % files.Length];
        var folder = Scratch.Dicdir(replaced, input[1..]);
        MecabDictionary dictionary;
        try
        {
            dictionary = MecabDictionary.Open(folder);
        }
        catch (MecabDictionaryException)
        {
            // Refused with the file named: what a damaged dictionary must get.
            return;
        }

        using (dictionary)
        {
            var morphemes = new List<Morpheme>();
            foreach (var sample in Samples.Sentences)
            {
                morphemes.Clear();
                dictionary.Tokenize(sample, 0, morphemes);
            }
        }
    }

    /// <summary>Input: a 16-bit big-endian length, that many bytes of .aff, the rest .dic. A loaded dictionary checks and suggests.</summary>
    private static void Hunspell(ReadOnlySpan<byte> input)
    {
        if (input.Length < 2)
        {
            return;
        }

        var affixLength = Math.Min(BinaryPrimitives.ReadUInt16BigEndian(input), input.Length - 2);
        var affix = input.Slice(2, affixLength).ToArray();
        var dictionaryBytes = input[(2 + affixLength)..].ToArray();
        HunspellDictionary dictionary;
        try
        {
            dictionary = HunspellDictionary.Load(affix, dictionaryBytes, "fuzz.aff", "fuzz.dic");
        }
        catch (HunspellFormatException)
        {
            return;
        }

        foreach (var word in Samples.Words)
        {
            if (!dictionary.Check(word))
            {
                _ = dictionary.Suggest(word);
            }
        }
    }
}

/// <summary>Fixed texts the dictionary targets run through what they loaded.</summary>
internal static class Samples
{
    public static readonly string[] Sentences = ["石巻市の牡蠣が旬です。", "ﾃﾞｰﾀﾍﾞｰｽ 2025年 #PR", "すもももももももものうち"];

    public static readonly string[] Words = ["Ishinomaki", "oyster", "festivl", "the", "MUNICIPALITY"];
}

/// <summary>
/// Files the path-based readers read: one folder per process under /dev/shm (memory, no disk
/// writes per run) or the temporary folder, overwritten at every input.
/// </summary>
internal static class Scratch
{
    private static readonly string Root = CreateRoot();

    private static string CreateRoot()
    {
        var parent = Directory.Exists("/dev/shm") ? "/dev/shm" : Path.GetTempPath();
        var root = Path.Combine(parent, $"postlint-fuzz-{Environment.ProcessId}");
        Directory.CreateDirectory(root);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => TryDelete(root);
        return root;
    }

    private static void TryDelete(string root)
    {
        try
        {
            Directory.Delete(root, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    public static string File(string name, ReadOnlySpan<byte> bytes)
    {
        var path = Path.Combine(Root, name);
        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write);
        stream.Write(bytes);
        return path;
    }

    /// <summary>A folder holding only <paramref name="name"/>.</summary>
    public static string Folder(string name, ReadOnlySpan<byte> bytes)
    {
        var folder = Path.Combine(Root, "export-" + name);
        Directory.CreateDirectory(folder);
        using var stream = new FileStream(Path.Combine(folder, name), FileMode.Create, FileAccess.Write);
        stream.Write(bytes);
        return folder;
    }

    private const string Ipadic = "/var/lib/mecab/dic/ipadic-utf8";

    /// <summary>A dicdir whose <paramref name="replaced"/> is the input and whose other files link to IPADIC's.</summary>
    public static string Dicdir(string replaced, ReadOnlySpan<byte> bytes)
    {
        var folder = Path.Combine(Root, "dic");
        if (!Directory.Exists(folder))
        {
            Directory.CreateDirectory(folder);
        }

        foreach (var name in new[] { MecabDictionary.UnknownDictionaryFileName, MecabDictionary.CharPropertyFileName, MecabDictionary.MatrixFileName, MecabDictionary.SystemDictionaryFileName, MecabDictionary.DicrcFileName })
        {
            var path = Path.Combine(folder, name);
            System.IO.File.Delete(path);
            if (name != replaced)
            {
                System.IO.File.CreateSymbolicLink(path, Path.Combine(Ipadic, name));
            }
        }

        if (replaced == MecabDictionary.SystemDictionaryFileName)
        {
            PatchSysDic(Path.Combine(folder, replaced), bytes);
            return folder;
        }

        using var stream = new FileStream(Path.Combine(folder, replaced), FileMode.Create, FileAccess.Write);
        stream.Write(bytes);
        return folder;
    }

    private static int s_patched;

    /// <summary>
    /// A copy of IPADIC's sys.dic kept across inputs (made once: 49 MB), whose start is the input:
    /// the bytes the last input overwrote are put back first.
    /// </summary>
    private static void PatchSysDic(string path, ReadOnlySpan<byte> bytes)
    {
        var copy = Path.Combine(Root, "sys.dic.copy");
        if (!System.IO.File.Exists(copy))
        {
            System.IO.File.Copy(Path.Combine(Ipadic, MecabDictionary.SystemDictionaryFileName), copy);
        }

        var original = SysDicPrefix.Value;
        using (var stream = new FileStream(copy, FileMode.Open, FileAccess.Write))
        {
            stream.Write(original.AsSpan(0, Math.Min(s_patched, original.Length)));
            stream.Position = 0;
            var length = Math.Min(bytes.Length, original.Length);
            stream.Write(bytes[..length]);
            s_patched = length;
        }

        System.IO.File.CreateSymbolicLink(path, copy);
    }

    private static readonly Lazy<byte[]> SysDicPrefix = new(static () =>
    {
        using var sys = System.IO.File.OpenRead(Path.Combine(Ipadic, MecabDictionary.SystemDictionaryFileName));
        var prefix = new byte[1 << 20];
        sys.ReadExactly(prefix);
        return prefix;
    });
}

/// <summary>UTF-16 checks.</summary>
internal static class Text
{
    public static class Utf16
    {
        /// <summary>The index of the first surrogate without its partner, or -1.</summary>
        public static int IndexOfLoneSurrogate(string text)
        {
            for (var i = 0; i < text.Length; i++)
            {
                if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    i++;
                }
                else if (char.IsSurrogate(text[i]))
                {
                    return i;
                }
            }

            return -1;
        }
    }
}

