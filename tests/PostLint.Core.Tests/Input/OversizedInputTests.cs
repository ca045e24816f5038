using PostLint.Input;
using PostLint.Localization;
using static PostLint.Core.Tests.Input.InputTestHelpers;

namespace PostLint.Core.Tests.Input;

/// <summary>Records past the size and depth limits, broken elements and endless input: one PL0001 each, reading goes on, memory stays bounded.</summary>
public sealed class OversizedInputTests
{
    private static List<InputRecord> ReadFacebook(string json)
    {
        using var folder = new TempFolder();
        folder.Write("your_posts_1.json", json);
        return [.. FacebookReader.Read(folder.Path)];
    }

    private static string Post(int timestamp, string text) => $"{{\"timestamp\":{timestamp},\"data\":[{{\"post\":\"{text}\"}}]}}";

    [Fact]
    public void An_export_element_that_is_not_valid_json_is_one_rejection_and_the_next_element_is_read()
    {
        var records = ReadFacebook("[\n" + Post(1, "前") + ",\n{\"timestamp\":2,\"data\":[{\"post\" \"壊れた\"}]},\n" + Post(3, "後") + "\n]");
        Assert.Equal([InputRecordKind.Post, InputRecordKind.Rejected, InputRecordKind.Post], records.Select(static r => r.Kind));
        Assert.StartsWith("not valid JSON", records[1].ReasonIn(Messages.English), StringComparison.Ordinal);
        Assert.Equal(3, records[1].Line);
        Assert.Equal("後", records[2].Post!.Text);
    }

    [Fact]
    public void An_over_deep_element_is_skipped_with_pl0001_and_the_next_element_is_read()
    {
        var deep = new string('[', 10_000) + new string(']', 10_000);
        var records = ReadFacebook("[\n" + Post(1, "前") + ",\n{\"timestamp\":2,\"data\":" + deep + "},\n" + Post(3, "後") + "\n]");
        Assert.Equal([InputRecordKind.Post, InputRecordKind.Rejected, InputRecordKind.Post], records.Select(static r => r.Kind));
        Assert.Equal("the element is nested 10001 levels deep, more than the 64 a record may have; it was skipped", records[1].ReasonIn(Messages.English));
        Assert.Equal(2, records[1].RecordNumber);
    }

    [Fact]
    public void A_file_that_ends_inside_an_element_says_the_rest_was_not_read()
    {
        var records = ReadFacebook("[\n" + Post(1, "前") + ",\n{\"timestamp\":2,\"data\":[{\"post\":\"閉じていない}]},\n" + Post(3, "読まれない") + "\n]");
        Assert.Equal([InputRecordKind.Post, InputRecordKind.Rejected], records.Select(static r => r.Kind));
        Assert.StartsWith("the file ends inside the element that starts on line 3 (a string that is never closed); the ", records[1].ReasonIn(Messages.English), StringComparison.Ordinal);
        Assert.EndsWith("from there to the end of the file were not read as records", records[1].ReasonIn(Messages.English), StringComparison.Ordinal);
    }

    [Fact]
    public void An_element_over_16_mb_is_skipped_without_keeping_it_and_the_next_element_is_read()
    {
        var huge = new string('あ', (17 * 1024 * 1024) / 3);
        var records = ReadFacebook("[\n" + Post(1, "前") + ",\n" + Post(2, huge) + ",\n" + Post(3, "後") + "\n]");
        Assert.Equal([InputRecordKind.Post, InputRecordKind.Rejected, InputRecordKind.Post], records.Select(static r => r.Kind));
        Assert.Contains("more than the 16 MB a record may have", records[1].ReasonIn(Messages.English), StringComparison.Ordinal);
        Assert.Equal(3, records[1].Line);
        Assert.Equal(4, records[2].Line);
        Assert.Equal("後", records[2].Post!.Text);
    }

    [Fact]
    public void A_json_line_over_16_mb_is_skipped_and_the_next_line_is_read()
    {
        var text = "{\"id\":\"a\",\"text\":\"前\"}\n{\"id\":\"b\",\"text\":\"" + new string('x', 17 * 1024 * 1024) + "\"}\n{\"id\":\"c\",\"text\":\"後\"}\n";
        var records = ReadJsonLines(text);
        Assert.Equal([InputRecordKind.Post, InputRecordKind.Rejected, InputRecordKind.Post], records.Select(static r => r.Kind));
        Assert.Equal(2, records[1].Line);
        Assert.StartsWith("the record is 17,825,81", records[1].ReasonIn(Messages.English), StringComparison.Ordinal);
        Assert.Equal("c", records[2].Post!.Id);
        Assert.Equal(3, records[2].Line);
    }

    [Fact]
    public void Endless_input_without_an_array_stops_after_the_prefix_limit()
    {
        using var zeros = new EndlessStream(0);
        var records = XArchiveReader.ReadTweets(zeros, "zero.js").ToList();
        var rejected = Assert.Single(records);
        Assert.StartsWith("not a JSON array (no '[' in the first", rejected.ReasonIn(Messages.English), StringComparison.Ordinal);
    }

    [Fact]
    public void An_endless_line_is_skipped_by_size_and_reading_ends_at_the_end_of_the_stream()
    {
        // 40 MB of one line, then the end: the reader does not keep it.
        var records = JsonLinesReader.Read(new EndlessStream((byte)'x', 40L * 1024 * 1024), "big.jsonl").ToList();
        var rejected = Assert.Single(records);
        Assert.Equal(InputRecordKind.Rejected, rejected.Kind);
        Assert.StartsWith("the record is 41,943,040 bytes (40.0 MB)", rejected.ReasonIn(Messages.English), StringComparison.Ordinal);
    }

    /// <summary>A stream of one byte value, endless or of a given length (like /dev/zero).</summary>
    private sealed class EndlessStream(byte value, long length = long.MaxValue) : Stream
    {
        private long _position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => _position; set => throw new NotSupportedException(); }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            var n = (int)Math.Min(buffer.Length, length - _position);
            buffer[..n].Fill(value);
            _position += n;
            return n;
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
