using System.Text;
using System.Text.Json;
using PostLint.Cli;
using PostLint.Cli.Commands;
using PostLint.Morphology;

namespace PostLint.Tests.Cli;

/// <summary>
/// <c>postlint tokenize</c> prints byte for byte what <c>mecab</c> prints, reading input the way
/// mecab does (8,191-byte line split, kept CR, NUL ends a sentence, last line without LF).
/// </summary>
public sealed class TokenizeCommandTests
{
    private const string Ipadic = "/var/lib/mecab/dic/ipadic-utf8";
    private const string Juman = "/var/lib/mecab/dic/juman-utf8";

    private static string? Mecab => MecabInstallation.Mecab;

    public static TheoryData<string, string> Formats => new()
    {
        { Ipadic, "mecab" },
        { Ipadic, "wakati" },
        { Juman, "mecab" },
        { Juman, "wakati" },
    };

    [MecabTheory]
    [MemberData(nameof(Formats))]
    public void Edge_cases_and_line_handling_match_mecab_byte_for_byte(string dicdir, string format)
    {
        var input = BuildTrickyInput();
        var (exit, stdout, stderr) = RunTokenize(input, format, dicdir);
        Assert.Equal(TokenizeCommand.ExitOk, exit);
        var expected = ExternalProgram.Run(Mecab!, format == "wakati" ? ["-d", dicdir, "-Owakati"] : ["-d", dicdir], input);
        Assert.Equal(0, expected.ExitCode);
        AssertSameBytes(expected.Stdout, stdout);

        // mecab warns once per split; so do we.
        var warnings = CountOccurrences(stderr, "input-buffer overflow. The line is split. use -b #SIZE option.");
        Assert.Equal(CountOccurrences(expected.Stderr, "input-buffer overflow. The line is split. use -b #SIZE option."), warnings);
        Assert.Equal(6, warnings);
    }

    [MecabTheory]
    [InlineData("")]
    [InlineData("日本")]
    [InlineData("日本\n\0")]
    [InlineData("日本\n\0語")]
    [InlineData("\n\n")]
    [InlineData("a\0b\nc")]
    [InlineData("日本\r\n語\r\n")]
    public void End_of_input_and_nul_handling_match_mecab(string text)
    {
        var input = Encoding.UTF8.GetBytes(text);
        var (exit, stdout, _) = RunTokenize(input, "mecab", Ipadic);
        Assert.Equal(0, exit);
        AssertSameBytes(ExternalProgram.Run(Mecab!, ["-d", Ipadic], input).Stdout, stdout);
    }

    [MecabFact]
    public void Json_format_gives_one_object_per_line_with_utf16_spans()
    {
        var (exit, stdout, _) = RunTokenize(Encoding.UTF8.GetBytes("今日は😀です\n殺せ\n\n"), "json", Ipadic);
        Assert.Equal(0, exit);
        var lines = Encoding.UTF8.GetString(stdout).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        using var first = JsonDocument.Parse(lines[0]);
        var morphemes = first.RootElement.GetProperty("morphemes");
        Assert.Equal(1, first.RootElement.GetProperty("line").GetInt32());
        Assert.Equal(["今日", "は", "😀", "です"], morphemes.EnumerateArray().Select(m => m.GetProperty("surface").GetString()));
        var emoji = morphemes[2];
        Assert.Equal(3, emoji.GetProperty("start").GetInt32());
        Assert.Equal(2, emoji.GetProperty("length").GetInt32());
        Assert.True(emoji.GetProperty("unknown").GetBoolean());
        Assert.Equal("記号", emoji.GetProperty("feature")[0].GetString());
        Assert.Equal(JsonValueKind.Null, emoji.GetProperty("reading").ValueKind);
        Assert.Equal(5, morphemes[3].GetProperty("start").GetInt32());

        using var second = JsonDocument.Parse(lines[1]);
        var kill = second.RootElement.GetProperty("morphemes")[0];
        Assert.Equal("殺す", kill.GetProperty("baseForm").GetString());
        Assert.Equal("動詞,自立,*,*", kill.GetProperty("partOfSpeech").GetString());
        Assert.Equal("コロセ", kill.GetProperty("reading").GetString());
        Assert.Equal(9, kill.GetProperty("feature").GetArrayLength());

        using var third = JsonDocument.Parse(lines[2]);
        Assert.Equal(0, third.RootElement.GetProperty("morphemes").GetArrayLength());
    }

    [MecabFact]
    public void User_dictionaries_given_with_userdic_match_mecab_u()
    {
        var dir = Path.Combine(Path.GetTempPath(), "postlint-cli-userdic-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        try
        {
            var csv = Path.Combine(dir, "user.csv");
            var dic = Path.Combine(dir, "user.dic");
            File.WriteAllText(csv, "石巻焼きそば,1285,1285,-3000,名詞,固有名詞,一般,*,*,*,石巻焼きそば,イシノマキヤキソバ,イシノマキヤキソバ\n");
            var compiled = ExternalProgram.Run("/usr/lib/mecab/mecab-dict-index", ["-d", Ipadic, "-u", dic, "-f", "utf-8", "-t", "utf-8", csv], []);
            Assert.True(compiled.ExitCode == 0, compiled.Stderr);

            var input = "石巻焼きそばを食べた\n"u8.ToArray();
            using var stdin = new MemoryStream(input);
            using var stdout = new MemoryStream();
            var exit = TokenizeCommand.Run(stdin, stdout, new StringWriter(), "mecab", Ipadic, new MecabDictionaryLocator(), userDictionaries: [dic]);
            Assert.Equal(0, exit);
            var expected = ExternalProgram.Run(Mecab!, ["-d", Ipadic, "-u", dic], input).Stdout;
            AssertSameBytes(expected, stdout.ToArray());
            Assert.StartsWith("石巻焼きそば\t名詞,固有名詞", Encoding.UTF8.GetString(stdout.ToArray()), StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [MecabFact]
    public void Write_failure_exits_2_with_one_line_in_words()
    {
        // An I/O failure is exit 2 in every verb; 1 is MeCab's "too long sentence." only.
        using var stdin = new MemoryStream("日本語\n"u8.ToArray());
        var stderr = new StringWriter();
        var exit = TokenizeCommand.Run(stdin, new FailingStream(), stderr, "mecab", Ipadic, new MecabDictionaryLocator());
        Assert.Equal(TokenizeCommand.ExitUsage, exit);
        var line = Assert.Single(stderr.ToString().TrimEnd('\n').Split('\n'));
        Assert.Contains("ディスクの空きがありません", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_dictionary_exits_2_with_the_places_searched()
    {
        var missing = Path.Combine(Path.GetTempPath(), "postlint-no-dic-" + Guid.NewGuid().ToString("N"));
        var (exit, stdout, stderr) = RunTokenize("日本"u8.ToArray(), "mecab", missing);
        Assert.Equal(TokenizeCommand.ExitUsage, exit);
        Assert.Empty(stdout);
        Assert.Contains(missing, stderr, StringComparison.Ordinal);
        Assert.Contains("MeCab 辞書がありません（sys.dic がありません）", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Corrupt_dictionary_exits_2_naming_the_file()
    {
        var dir = Path.Combine(Path.GetTempPath(), "postlint-bad-dic-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        try
        {
            File.WriteAllBytes(Path.Combine(dir, "sys.dic"), new byte[500]);
            foreach (var name in new[] { "unk.dic", "matrix.bin", "char.bin" })
            {
                File.WriteAllBytes(Path.Combine(dir, name), new byte[200]);
            }

            var (exit, _, stderr) = RunTokenize("日本"u8.ToArray(), "mecab", dir);
            Assert.Equal(TokenizeCommand.ExitUsage, exit);
            Assert.Contains(Path.Combine(dir, "sys.dic"), stderr, StringComparison.Ordinal);
            Assert.Contains("bad magic number", stderr, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void Command_line_is_wired_through_the_catalog()
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var missing = Path.Combine(Path.GetTempPath(), "postlint-no-dic-" + Guid.NewGuid().ToString("N"));
        Assert.Equal(2, Program.Run(["tokenize", "--dicdir", missing, "-"], output, error));
        Assert.Contains(missing, error.ToString(), StringComparison.Ordinal);

        Assert.NotEqual(0, Program.Run(["tokenize", "--format", "xml"], output, error));
        Assert.Contains("xml", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Unreadable_input_file_exits_2_naming_it()
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var missing = Path.Combine(Path.GetTempPath(), "postlint-no-input-" + Guid.NewGuid().ToString("N") + ".txt");
        Assert.Equal(2, Program.Run(["tokenize", missing], output, error));
        Assert.Contains(missing, error.ToString(), StringComparison.Ordinal);
    }

    /// <summary>The spec's edge cases plus lines around the 8,191-byte split (one splitting a UTF-8 character), CRLF, NUL and no final LF.</summary>
    private static byte[] BuildTrickyInput()
    {
        using var buffer = new MemoryStream();
        buffer.Write(File.ReadAllBytes(TestPaths.TestData("mecab", "mecab-edge-cases.txt")));
        buffer.Write(Encoding.UTF8.GetBytes(new string('a', 8191) + "\n"));
        buffer.Write(Encoding.UTF8.GetBytes(new string('b', 8192) + "\n"));
        buffer.Write(Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("日本語の文章", 1000)) + "\n"));
        buffer.Write(Encoding.UTF8.GetBytes(new string('c', 8191)));
        buffer.Write("\n日本\r\n\r\nab\0cd\n\0\n"u8);
        buffer.Write(Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("すもも", 3000))));
        return buffer.ToArray();
    }

    private static (int Exit, byte[] Stdout, string Stderr) RunTokenize(byte[] input, string format, string dicdir)
    {
        using var stdin = new MemoryStream(input);
        using var stdout = new MemoryStream();
        var stderr = new StringWriter();
        var exit = TokenizeCommand.Run(stdin, stdout, stderr, format, dicdir, new MecabDictionaryLocator());
        return (exit, stdout.ToArray(), stderr.ToString());
    }

    private static void AssertSameBytes(byte[] expected, byte[] actual)
    {
        if (expected.AsSpan().SequenceEqual(actual))
        {
            return;
        }

        var at = expected.AsSpan().CommonPrefixLength(actual);
        var from = Math.Max(0, at - 200);
        Assert.Fail($"output differs from mecab at byte {at} (mecab {expected.Length} bytes, postlint {actual.Length}).{Environment.NewLine}"
            + $"mecab:    {Encoding.UTF8.GetString(expected, from, Math.Min(400, expected.Length - from))}{Environment.NewLine}"
            + $"postlint: {Encoding.UTF8.GetString(actual, from, Math.Min(400, actual.Length - from))}");
    }

    private static int CountOccurrences(string text, string value)
    {
        var count = 0;
        for (var i = text.IndexOf(value, StringComparison.Ordinal); i >= 0; i = text.IndexOf(value, i + value.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    /// <summary>An output that fails every write as a full disk does (errno 28, ENOSPC).</summary>
    private sealed class FailingStream : Stream
    {
        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => 0;

        public override long Position { get; set; }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new IOException("No space left on device", 28);
    }
}
