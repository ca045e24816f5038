using System.Text;
using PostLint.Input;
using PostLint.Localization;
using PostLint.Model;
using static PostLint.Core.Tests.Input.InputTestHelpers;

namespace PostLint.Core.Tests.Input;

public sealed class JsonLinesReaderTests
{
    [Fact]
    public void Sample_file_accounts_for_every_line_and_keeps_reading_after_bad_ones()
    {
        var records = JsonLinesReader.Read(Sample("posts.jsonl")).ToList();
        var lineCount = File.ReadAllLines(Sample("posts.jsonl")).Length;
        Assert.Equal(lineCount, records.Count);
        Assert.Equal(Enumerable.Range(1, lineCount).Select(static n => (long)n), records.Select(static r => r.RecordNumber));

        var rejected = records.Where(static r => r.Kind == InputRecordKind.Rejected).ToList();
        Assert.Equal([7, 9], rejected.Select(static r => r.Line));
        Assert.Contains("not valid JSON", rejected[0].ReasonIn(Messages.English), StringComparison.Ordinal);
        Assert.Equal("the record has no 'text'", rejected[1].ReasonIn(Messages.English));
        Assert.Equal("p-notext", rejected[1].RecordId);

        var posts = records.Where(static r => r.Kind == InputRecordKind.Post).Select(static r => r.Post!).ToList();
        Assert.Equal(11, posts.Count);
        Assert.Equal("🌸🌸🌸", posts.Single(static p => p.Id == "p07").Text);
        Assert.Equal(360, posts.Single(static p => p.Id == "p10").Text.Length);
        Assert.Equal("NULを含む\0投稿", posts.Single(static p => p.Id == "p11").Text);
        Assert.True(posts.Single(static p => p.Id == "p01").Sponsored);
        Assert.Equal(Platform.Instagram, posts.Single(static p => p.Id == "p09").Platform);
        Assert.Equal(new DateTimeOffset(2025, 4, 1, 10, 0, 0, TimeSpan.FromHours(9)), posts[0].CreatedAt);
        Assert.Equal("https://www.city.ishinomaki.lg.jp/cont/sakura.html", Assert.Single(posts.Single(static p => p.Id == "p04").Links).Expanded);
    }

    [Fact]
    public void Invalid_utf8_rejects_only_its_line_with_line_and_record_number()
    {
        var bytes = new List<byte>();
        bytes.AddRange(Encoding.UTF8.GetBytes("{\"id\":\"a\",\"text\":\"一\"}\n\n"));
        bytes.AddRange(Encoding.UTF8.GetBytes("{\"id\":\"b\",\"text\":\"二"));
        bytes.AddRange([0xE3, 0x81]); // a cut-off three-byte sequence
        bytes.AddRange(Encoding.UTF8.GetBytes("\"}\n{\"id\":\"c\",\"text\":\"三\"}"));
        var records = JsonLinesReader.Read(new MemoryStream([.. bytes]), "x.jsonl").ToList();

        Assert.Equal(3, records.Count); // the blank line is not a record
        Assert.Equal(InputRecordKind.Rejected, records[1].Kind);
        Assert.Equal(3, records[1].Line);
        Assert.Equal(2, records[1].RecordNumber);
        Assert.Equal("not valid UTF-8 at byte 22 of the line", records[1].ReasonIn(Messages.English));
        Assert.Equal(["a", "c"], records.Where(static r => r.Post is not null).Select(static r => r.Post!.Id));
        Assert.Equal(4, records[2].Line);
    }

    [Theory]
    [InlineData("[1,2]", "not a JSON object (starts with an array)")]
    [InlineData("{\"id\":\"a\",\"text\":\"\"}", "the text is empty")]
    [InlineData("{\"id\":\"a\",\"text\":5}", "'text' must be a string")]
    [InlineData("{\"id\":\"a\",\"text\":\"t\",\"platform\":\"myspace\"}", "'platform' must be one of x, twitter, threads, instagram, line, facebook, youtube")]
    [InlineData("{\"id\":\"a\",\"text\":\"t\",\"sponsored\":\"yes\"}", "'sponsored' must be true or false")]
    [InlineData("{\"id\":\"a\",\"text\":\"t\",\"createdAt\":\"yesterday\"}", "'createdAt' is not an ISO 8601 time: 'yesterday'")]
    [InlineData("{\"id\":\"a\",\"text\":\"t\",\"urgent\":1}", "'urgent' must be true or false")]
    [InlineData("{\"id\":\"a\",\"text\":\"t\",\"longPost\":\"yes\"}", "'longPost' must be true or false")]
    [InlineData("{\"id\":\"a\",\"text\":\"t\",\"account\":[\"x\"]}", "'account' must be an account name (a string)")]
    [InlineData("{\"id\":\"a\",\"text\":\"t\",\"replyTo\":5}", "'replyTo' must be an account name (a string)")]
    [InlineData("{\"id\":\"a\",\"text\":\"t\",\"repostOf\":{}}", "'repostOf' must be an account name (a string)")]
    [InlineData("{\"id\":\"a\",\"text\":\"t\",\"urls\":\"https://a.example\"}", "'urls' must be an array of URL strings")]
    [InlineData("{\"id\":\"a\",\"text\":\"t\"} {}", "more than one JSON value on the line")]
    public void Bad_records_are_rejected_with_the_reason(string line, string reason)
    {
        var record = Assert.Single(ReadJsonLines(line));
        Assert.Equal(InputRecordKind.Rejected, record.Kind);
        Assert.Equal(reason, record.ReasonIn(Messages.English));
    }

    [Fact]
    public void Urgent_account_reply_and_repost_fields_are_read()
    {
        var records = ReadJsonLines(
            "{\"id\":\"a\",\"text\":\"t\",\"urgent\":true,\"longPost\":true,\"account\":\"@joetsu_city\",\"replyTo\":\" ＠Someone \",\"repostOf\":\"niigata_pref\"}\n" +
            "{\"id\":\"b\",\"text\":\"t\",\"urgent\":null,\"account\":\"\",\"replyTo\":null}\n");
        var first = records[0].Post!;
        Assert.True(first.Urgent);
        Assert.True(first.LongPost);
        Assert.Equal("joetsu_city", first.Account);
        Assert.Equal("Someone", first.ReplyTo);
        Assert.True(first.IsReply);
        Assert.Equal("niigata_pref", first.RepostOf);
        var second = records[1].Post!;
        Assert.Null(second.Urgent);
        Assert.Null(second.LongPost);
        Assert.Null(second.Account);
        Assert.Null(second.ReplyTo);
        Assert.False(second.IsReply);
    }

    [Fact]
    public void Byte_order_mark_crlf_numeric_ids_and_unknown_keys_are_handled()
    {
        var records = ReadJsonLines("\uFEFF{\"id\":17,\"text\":\"a\",\"likes\":{\"n\":[1,2]}}\r\n{\"text\":\"b\"}\r\n");
        Assert.Equal("17", records[0].Post!.Id);
        Assert.Equal("a", records[0].Post!.Text);
        Assert.Equal("#2", records[1].Post!.Id); // no id: the record number
        Assert.Equal(2, records[1].Post!.Source!.Line);
    }

    [Fact]
    public void Times_without_an_offset_are_taken_in_the_configured_zone()
    {
        var tokyo = TimeZoneInfo.FindSystemTimeZoneById("Asia/Tokyo");
        var record = Assert.Single(ReadJsonLines("{\"text\":\"a\",\"createdAt\":\"2025-04-01T09:00:00\"}", new InputReaderOptions { DefaultTimeZone = tokyo }));
        Assert.Equal(new DateTimeOffset(2025, 4, 1, 0, 0, 0, TimeSpan.Zero), record.Post!.CreatedAt!.Value.ToUniversalTime());
        var utc = Assert.Single(ReadJsonLines("{\"text\":\"a\",\"createdAt\":\"2025-04-01T09:00:00Z\"}", new InputReaderOptions { DefaultTimeZone = tokyo }));
        Assert.Equal(new DateTimeOffset(2025, 4, 1, 9, 0, 0, TimeSpan.Zero), utc.Post!.CreatedAt);
    }

    [Fact]
    public void Very_long_lines_grow_the_buffer()
    {
        var text = new string('あ', 300_000);
        var record = Assert.Single(ReadJsonLines("{\"id\":\"long\",\"text\":\"" + text + "\"}\n"));
        Assert.Equal(text, record.Post!.Text);
    }
}
