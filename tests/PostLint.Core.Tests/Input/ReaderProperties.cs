using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PostLint.Analysis;
using PostLint.Core.Tests.Analysis;
using PostLint.Input;
using PostLint.Tests;

namespace PostLint.Core.Tests.Input;

/// <summary>Bytes for a reader: random, or a seed of the fuzz corpus (fuzz/corpus/FORMAT) damaged by a few mutations.</summary>
public sealed record ReaderInput(string Format, byte[] Bytes)
{
    public override string ToString() => $"{Format}: {Bytes.Length} bytes: {Convert.ToHexString(Bytes.AsSpan(0, Math.Min(Bytes.Length, 256)))}";
}

public static class ReaderInputs
{
    public static readonly string[] Formats = ["jsonl", "csv", "tweets", "zip", "facebook", "instagram", "text"];

    private static readonly Dictionary<string, byte[][]> Seeds = Formats.ToDictionary(
        static f => f,
        static f => Directory.GetFiles(TestPaths.InRepo("fuzz", "corpus", f)).Order(StringComparer.Ordinal).Select(File.ReadAllBytes).ToArray());

    public static Gen<byte[]> BytesFor(string format)
    {
        var random = ArbMap.Default.GeneratorFor<byte[]>();
        var seeds = Seeds[format];
        var mutated = Gen.Elements(seeds).SelectMany(static seed => Gen.ListOf(Mutation()).Select(mutations => mutations.Aggregate(seed, static (bytes, mutate) => mutate(bytes))));
        return Gen.Frequency((2, random), (5, mutated), (1, Gen.Elements(seeds)));
    }

    /// <summary>One change to a byte array: flip a byte, insert bytes, delete or repeat a range, cut the end.</summary>
    private static Gen<Func<byte[], byte[]>> Mutation()
    {
        var position = Gen.Choose(0, int.MaxValue);
        var value = Gen.Choose(0, 255).Select(static b => (byte)b);
        var interesting = Gen.Elements<byte>(0x00, 0x22, 0x5C, 0x2C, 0x0A, 0x0D, 0x5B, 0x7B, 0x7D, 0x5D, 0xFF, 0xFE, 0xED, 0xA0, 0xBF, 0xEF, 0x80, 0xC0, 0x39, 0x30, 0x2D, 0x2E, 0x65);
        var flip = position.SelectMany(p => Gen.OneOf(value, interesting).Select(v => (Func<byte[], byte[]>)(bytes =>
        {
            if (bytes.Length == 0)
            {
                return [v];
            }

            var copy = (byte[])bytes.Clone();
            copy[p % copy.Length] = v;
            return copy;
        })));
        var insert = position.SelectMany(p => Gen.ArrayOf(Gen.OneOf(value, interesting)).Select(added => (Func<byte[], byte[]>)(bytes =>
        {
            var at = bytes.Length == 0 ? 0 : p % (bytes.Length + 1);
            return [.. bytes.AsSpan(0, at), .. added, .. bytes.AsSpan(at)];
        })));
        var delete = Gen.Zip(position, Gen.Choose(1, 64)).Select(static t => (Func<byte[], byte[]>)(bytes =>
        {
            if (bytes.Length == 0)
            {
                return bytes;
            }

            var at = t.Item1 % bytes.Length;
            var length = Math.Min(t.Item2, bytes.Length - at);
            return [.. bytes.AsSpan(0, at), .. bytes.AsSpan(at + length)];
        }));
        var repeat = Gen.Zip(position, Gen.Choose(1, 32)).Select(static t => (Func<byte[], byte[]>)(bytes =>
        {
            if (bytes.Length == 0)
            {
                return bytes;
            }

            var at = t.Item1 % bytes.Length;
            var length = Math.Min(8, bytes.Length - at);
            var copy = new List<byte>(bytes);
            for (var i = 0; i < t.Item2; i++)
            {
                copy.InsertRange(at, bytes.AsSpan(at, length).ToArray());
            }

            return [.. copy];
        }));
        var cut = position.Select(static p => (Func<byte[], byte[]>)(bytes => bytes.Length == 0 ? bytes : bytes[..(p % bytes.Length)]));
        return Gen.Frequency((4, flip), (3, insert), (2, delete), (1, repeat), (1, cut));
    }

    public static Arbitrary<ReaderInput> Inputs() =>
        Gen.Elements(Formats).SelectMany(static f => BytesFor(f).Select(bytes => new ReaderInput(f, bytes))).ToArbitrary();
}

/// <summary>
/// Any sequence of bytes given to each reader — JSON Lines, CSV, an X archive's tweets.js, a
/// zipped X archive, a Facebook or Instagram export, a text draft — is read without an exception,
/// and the audit accounts for every record: read = analysed + rejected + skipped.
/// </summary>
[Properties(Arbitrary = [typeof(ReaderInputs)], MaxTest = 1000)]
public sealed class ReaderProperties : IDisposable
{
    private static readonly PostAnalysisEngine Engine = new([new BadTagAnalyzer(), new LineAnalyzer()]);

    private readonly InputTestHelpers.TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private List<InputRecord> Read(ReaderInput input)
    {
        var stream = new MemoryStream(input.Bytes);
        IEnumerable<InputRecord> records = input.Format switch
        {
            "jsonl" => JsonLinesReader.Read(stream, "fuzz.jsonl"),
            "csv" => CsvPostReader.Read(stream, "fuzz.csv"),
            "tweets" => XArchiveReader.ReadTweets(stream, "data/tweets.js"),
            "zip" => XArchiveReader.Read(_folder.Write("twitter.zip", input.Bytes)),
            "facebook" => FacebookReader.Read(Path.GetDirectoryName(_folder.Write("fb/your_posts_1.json", input.Bytes))!),
            "instagram" => InstagramReader.Read(Path.GetDirectoryName(_folder.Write("ig/posts_1.json", input.Bytes))!),
            "text" => TextPostReader.Read(_folder.Write("draft.txt", input.Bytes)),
            _ => throw new ArgumentException(input.Format),
        };

        // Read straight from the reader, without the pipeline's guard: a reader that throws fails here.
        return [.. records];
    }

    [Property]
    public void Any_bytes_are_read_without_an_exception_and_every_record_is_accounted_for(ReaderInput input)
    {
        var records = Read(input);
        int read = 0, analysed = 0, rejected = 0, skipped = 0;
        AuditPipeline.Run(
            records,
            Engine,
            item =>
            {
                read++;
                switch (item.Record.Kind)
                {
                    case InputRecordKind.Post:
                        Assert.NotNull(item.Result);
                        analysed++;
                        break;
                    case InputRecordKind.Rejected:
                        Assert.Equal("PL0001", Assert.Single(item.Result!.Diagnostics).Id);
                        Assert.False(string.IsNullOrEmpty(item.Record.Reason));
                        rejected++;
                        break;
                    case InputRecordKind.Skipped:
                        Assert.False(string.IsNullOrEmpty(item.Record.Reason));
                        skipped++;
                        break;
                }
            },
            new AuditPipelineOptions { Jobs = 1 });

        Assert.Equal(records.Count, read);
        Assert.Equal(read, analysed + rejected + skipped);
        Assert.Equal(records.Count(static r => r.Kind == InputRecordKind.Post), analysed);
        Assert.All(records, static r => Assert.True(r.Line >= 1 && r.RecordNumber >= 1, $"record without a position: {r}"));
        Assert.All(records.Where(static r => r.Kind == InputRecordKind.Post), static r => Assert.True(IsWellFormed(r.Post!.Text), $"a post with a lone surrogate: {r}"));
    }

    [Fact]
    public void Every_format_has_seeds()
    {
        foreach (var format in ReaderInputs.Formats)
        {
            Assert.NotEmpty(Directory.GetFiles(TestPaths.InRepo("fuzz", "corpus", format)));
        }
    }

    private static bool IsWellFormed(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return false;
            }
        }

        return true;
    }
}
