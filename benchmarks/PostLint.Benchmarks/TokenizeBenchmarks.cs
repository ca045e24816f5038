using System.Buffers;
using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using PostLint.Morphology;
using PostLint.Morphemes;

namespace PostLint.Benchmarks;

/// <summary>
/// Tokenizing posts with PostLint's managed MeCab (IPADIC), and the real <c>mecab</c> on the same
/// corpus in the same run. The corpus is <c>POSTLINT_BENCH_CORPUS</c> (one post per line, e.g.
/// the text-only posts-20k.txt of shared/bench) or, without it, a built-in set of typical posts.
/// Allocation per post is the <c>Allocated</c> column of <see cref="TokenizeOnePost"/>.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
public class TokenizeBenchmarks
{
    private static readonly string[] TypicalPosts =
    [
        "【PR】石巻市の牡蠣を食べに行きました🦪 とても美味しかったです！ #PR #石巻市 #牡蠣",
        "本日10時から市役所1階で期日前投票を受け付けています。詳しくは https://www.city.ishinomaki.lg.jp/cont/10181000/index.html をご覧ください。",
        "明日は雨の予報です☔ 外出の際は気をつけてください。#石巻市 #天気",
        "市内の小学校で防災訓練を実施しました。子どもたちは真剣な表情で避難経路を確認していました👍",
        "特殊詐欺に注意してください！市役所の職員がATMの操作をお願いすることはありません。",
        "上越市の観光スポットを紹介します🌸 高田城址公園の桜が見頃を迎えています。 #上越市 #観光 #桜",
        "ごみの収集日が変わります。燃やすごみは毎週月曜日と木曜日です。詳しくは市のホームページをご確認ください。",
        "美祢市の秋吉台で山焼きが行われました🔥 春の訪れを告げる風物詩です。",
        "新型インフルエンザの予防接種の受付を開始しました。対象は65歳以上の方です。",
        "＃石巻市ＰＲ 地元のお店を応援しよう！ 👨‍👩‍👧 家族で楽しめるイベントを開催中です🎉",
    ];

    private MecabDictionary _dictionary = null!;
    private MecabTagger _tagger = null!;
    private readonly List<Morpheme> _morphemes = new(1024);
    private string[] _posts = [];
    private byte[][] _postBytes = [];
    private byte[] _corpusInput = [];
    private ArrayBufferWriter<byte> _output = null!;
    private string? _mecab;

    [GlobalSetup]
    public void Setup()
    {
        var dicdir = Environment.GetEnvironmentVariable("POSTLINT_BENCH_DICDIR") ?? "/var/lib/mecab/dic/ipadic-utf8";
        _dictionary = MecabDictionary.Open(dicdir);
        _tagger = _dictionary.CreateTagger();
        var corpus = Environment.GetEnvironmentVariable("POSTLINT_BENCH_CORPUS");
        _posts = corpus is not null && File.Exists(corpus)
            ? File.ReadAllLines(corpus)
            : Enumerable.Range(0, 200).SelectMany(_ => TypicalPosts).ToArray();
        _postBytes = _posts.Select(Encoding.UTF8.GetBytes).ToArray();
        _corpusInput = Encoding.UTF8.GetBytes(string.Join('\n', _posts) + "\n");
        _output = new ArrayBufferWriter<byte>(_corpusInput.Length * 12);
        _mecab = File.Exists("/usr/bin/mecab") ? "/usr/bin/mecab" : null;
    }

    [GlobalCleanup]
    public void Cleanup() => _dictionary.Dispose();

    /// <summary>One typical post through the string API (what the lint engine does per text run).</summary>
    [Benchmark]
    [BenchmarkCategory("post")]
    public int TokenizeOnePost()
    {
        _morphemes.Clear();
        return _tagger.Tokenize(TypicalPosts[0], 0, _morphemes);
    }

    /// <summary>Every post of the corpus, morphemes only (no output).</summary>
    [Benchmark]
    [BenchmarkCategory("corpus")]
    public int PostLintTokenizeCorpus()
    {
        var total = 0;
        foreach (var post in _posts)
        {
            _morphemes.Clear();
            total += _tagger.Tokenize(post, 0, _morphemes);
        }

        return total;
    }

    /// <summary>The corpus as mecab's default output, built in memory (what <c>postlint tokenize</c> does).</summary>
    [Benchmark]
    [BenchmarkCategory("corpus")]
    public int PostLintMecabFormatCorpus()
    {
        _output.ResetWrittenCount();
        foreach (var post in _postBytes)
        {
            _morphemes.Clear();
            _tagger.TokenizeUtf8(post, 0, _morphemes);
            MecabOutput.WriteDefault(post, CollectionsMarshal.AsSpan(_morphemes), _output);
        }

        return _output.WrittenCount;
    }

    /// <summary>The real mecab (one process, the whole corpus on stdin, output read back), for the ratio in the same run.</summary>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory("corpus")]
    public long MecabProcessCorpus()
    {
        if (_mecab is null)
        {
            throw new InvalidOperationException("mecab is not installed");
        }

        var info = new ProcessStartInfo(_mecab) { RedirectStandardInput = true, RedirectStandardOutput = true, UseShellExecute = false };
        info.ArgumentList.Add("-d");
        info.ArgumentList.Add(_dictionary.Directory);
        using var process = Process.Start(info)!;
        var reader = Task.Run(() =>
        {
            var buffer = new byte[1 << 16];
            long total = 0;
            int read;
            while ((read = process.StandardOutput.BaseStream.Read(buffer)) > 0)
            {
                total += read;
            }

            return total;
        });
        process.StandardInput.BaseStream.Write(_corpusInput);
        process.StandardInput.Close();
        process.WaitForExit();
        return reader.GetAwaiter().GetResult();
    }
}
