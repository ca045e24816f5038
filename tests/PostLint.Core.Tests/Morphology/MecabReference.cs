using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;

namespace PostLint.Tests.Morphology;

/// <summary>
/// The reference <c>mecab</c> program and the Debian dictionaries the differential tests compare
/// against, plus a deterministic corpus of real Japanese built from the Japanese man pages.
/// </summary>
internal static partial class MecabReference
{
    public const string IpadicDirectory = MecabInstallation.IpadicDirectory;
    public const string JumanDirectory = MecabInstallation.JumanDirectory;
    public const string ManPageDirectory = "/usr/share/man/ja";

    /// <summary>The exact differential format of the spec (§2.9), node and unknown node alike.</summary>
    public const string DetailedNodeFormat = @"%ps\t%pe\t%m\t%phl\t%phr\t%pw\t%pc\t%s\t%H\n";
    public const string DetailedEosFormat = @"EOS\t%pc\n";

    public const string NotInstalledMessage = MecabInstallation.NotInstalledMessage;

    private static readonly Lazy<IReadOnlyList<byte[]>> ManPageLines = new(() => BuildManPageCorpus(60_000));

    public static string? Mecab => MecabInstallation.Mecab;

    /// <summary>True when mecab and both UTF-8 dictionaries are installed.</summary>
    public static bool IsAvailable => MecabInstallation.IsAvailable;

    public static string DictionaryDirectory(string name) => name switch
    {
        "ipadic" => IpadicDirectory,
        "juman" => JumanDirectory,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "unknown dictionary"),
    };

    /// <summary>Runs <c>mecab -d dicdir</c> with extra arguments over <paramref name="input"/>; returns stdout.</summary>
    public static byte[] Run(string dicdir, byte[] input, params string[] arguments)
    {
        var (exit, stdout, stderr) = ExternalProgram.Run(Mecab ?? throw new InvalidOperationException(NotInstalledMessage), ["-d", dicdir, .. arguments], input);
        Assert.True(exit == 0, $"mecab exited with {exit}: {stderr}");
        return stdout;
    }

    /// <summary>
    /// Lines of real Japanese: the Japanese man pages in sorted path order, roff requests and
    /// escapes removed, lines that hold at least one kana or kanji, without NUL and at most 8,000
    /// bytes (so mecab's 8,191-byte line split never applies). The first <paramref name="lines"/>.
    /// </summary>
    public static IReadOnlyList<byte[]> Corpus(int lines)
    {
        var all = ManPageLines.Value;
        Assert.True(all.Count >= lines, $"the Japanese man pages in {ManPageDirectory} gave only {all.Count} lines; install manpages-ja and manpages-ja-dev (scripts/setup.sh)");
        return all.Take(lines).ToArray();
    }

    /// <summary>Joins lines with LF (and a final LF), as one input for a single mecab process.</summary>
    public static byte[] Join(IEnumerable<byte[]> lines)
    {
        using var buffer = new MemoryStream();
        foreach (var line in lines)
        {
            buffer.Write(line);
            buffer.WriteByte((byte)'\n');
        }

        return buffer.ToArray();
    }

    /// <summary>Splits mecab output into per-sentence chunks, each ending with its EOS line.</summary>
    public static List<byte[]> SplitSentences(byte[] output, ReadOnlySpan<byte> eosPrefix)
    {
        var result = new List<byte[]>();
        var start = 0;
        var lineStart = 0;
        for (var i = 0; i < output.Length; i++)
        {
            if (output[i] != (byte)'\n')
            {
                continue;
            }

            if (output.AsSpan(lineStart, i + 1 - lineStart).StartsWith(eosPrefix))
            {
                result.Add(output[start..(i + 1)]);
                start = i + 1;
            }

            lineStart = i + 1;
        }

        if (start < output.Length)
        {
            result.Add(output[start..]);
        }

        return result;
    }

    private static List<byte[]> BuildManPageCorpus(int maxLines)
    {
        var lines = new List<byte[]>();
        if (!Directory.Exists(ManPageDirectory))
        {
            return lines;
        }

        var strict = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
        var files = Directory.GetFiles(ManPageDirectory, "*.gz", SearchOption.AllDirectories);
        Array.Sort(files, StringComparer.Ordinal);
        foreach (var file in files)
        {
            string text;
            try
            {
                using var gzip = new GZipStream(File.OpenRead(file), CompressionMode.Decompress);
                using var reader = new StreamReader(gzip, strict);
                text = reader.ReadToEnd();
            }
            catch (DecoderFallbackException)
            {
                continue;
            }
            catch (InvalidDataException)
            {
                continue;
            }

            foreach (var raw in text.Split('\n'))
            {
                if (raw.Length == 0 || raw[0] == '.' || raw[0] == '\'')
                {
                    continue;
                }

                var line = RoffEscape().Replace(raw, string.Empty).Trim();
                if (line.Length == 0 || line.Contains('\0', StringComparison.Ordinal) || !line.Any(IsKanaOrKanji))
                {
                    continue;
                }

                var bytes = Encoding.UTF8.GetBytes(line);
                if (bytes.Length > 8000)
                {
                    continue;
                }

                lines.Add(bytes);
                if (lines.Count == maxLines)
                {
                    return lines;
                }
            }
        }

        return lines;
    }

    private static bool IsKanaOrKanji(char c) => c is >= '\u3040' and <= '\u30FF' or >= '\u4E00' and <= '\u9FFF';

    [GeneratedRegex(@"\\f[A-Z()0-9]{1,3}|\\[-&e|^ ]|\\\(..|\\\*.|\\s[-+]?\d")]
    private static partial Regex RoffEscape();
}
