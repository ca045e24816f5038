using System.Text;
using PostLint.Input;
using PostLint.Localization;
using PostLint.Model;
using static PostLint.Core.Tests.Input.InputTestHelpers;

namespace PostLint.Core.Tests.Input;

public sealed class CsvPostReaderTests
{
    [Fact]
    public void Quoted_fields_keep_commas_quotes_and_line_breaks_and_lines_are_counted_per_record()
    {
        var records = ReadCsv("id,text,createdAt\r\np1,\"一行目, と\n二行目 \"\"引用\"\"\",2025-04-01T09:00:00+09:00\r\np2,次の投稿,\r\n");
        Assert.Equal(2, records.Count);
        Assert.Equal("一行目, と\n二行目 \"引用\"", records[0].Post!.Text);
        Assert.Equal(2, records[0].Line);
        Assert.Equal(new DateTimeOffset(2025, 4, 1, 9, 0, 0, TimeSpan.FromHours(9)), records[0].Post!.CreatedAt);
        Assert.Equal("p2", records[1].Post!.Id);
        Assert.Equal(4, records[1].Line);
        Assert.Equal(2, records[1].RecordNumber);
        Assert.Null(records[1].Post!.CreatedAt);
    }

    [Fact]
    public void Wrong_field_counts_empty_text_and_invalid_utf8_are_rejected_and_reading_goes_on()
    {
        var bytes = new List<byte>(Encoding.UTF8.GetBytes("id,text\nok1,よい\nbad1,a,b\nbad2,\nbad3,"));
        bytes.AddRange([0xFF, 0x41]);
        bytes.AddRange(Encoding.UTF8.GetBytes("\nok2,よい\n"));
        var records = CsvPostReader.Read(new MemoryStream([.. bytes]), "x.csv").ToList();
        Assert.Equal(["ok1", "bad1", "bad2", "bad3", "ok2"], records.Select(static r => r.RecordId));
        Assert.Equal(
            [InputRecordKind.Post, InputRecordKind.Rejected, InputRecordKind.Rejected, InputRecordKind.Rejected, InputRecordKind.Post],
            records.Select(static r => r.Kind));
        Assert.Equal("the record has 3 fields, the header has 2", records[1].ReasonIn(Messages.English));
        Assert.Equal("the text column 'text' is empty", records[2].ReasonIn(Messages.English));
        Assert.Equal("not valid UTF-8", records[3].ReasonIn(Messages.English));
        Assert.Equal([2, 3, 4, 5, 6], records.Select(static r => r.Line));
    }

    [Fact]
    public void Columns_can_be_named()
    {
        var records = ReadCsv("番号,本文,投稿日時\n7,石巻の春,2025-04-02 10:00:00 +0900\n", new InputReaderOptions { IdColumn = "番号", CreatedColumn = "投稿日時" });
        var post = Assert.Single(records).Post!;
        Assert.Equal("7", post.Id);
        Assert.Equal("石巻の春", post.Text);
        Assert.Equal(new DateTimeOffset(2025, 4, 2, 10, 0, 0, TimeSpan.FromHours(9)), post.CreatedAt);
    }

    [Fact]
    public void A_missing_text_column_is_one_rejection_naming_the_columns()
    {
        var record = Assert.Single(ReadCsv("a,b\n1,2\n"));
        Assert.Equal(InputRecordKind.Rejected, record.Kind);
        Assert.Equal("no text column in the header (columns: a, b); name it with --text-column", record.ReasonIn(Messages.English));
        var named = Assert.Single(ReadCsv("a,b\n1,2\n", new InputReaderOptions { TextColumn = "body" }));
        Assert.Equal("the header has no column 'body' named by --text-column (columns: a, b)", named.ReasonIn(Messages.English));
    }

    [Fact]
    public void Legacy_tweets_csv_is_unescaped_retweets_are_skipped_and_urls_kept()
    {
        const string csv = "\"tweet_id\",\"in_reply_to_status_id\",\"in_reply_to_user_id\",\"timestamp\",\"source\",\"text\",\"retweeted_status_id\",\"retweeted_status_user_id\",\"retweeted_status_timestamp\",\"expanded_urls\"\n" +
            "\"918\",\"\",\"\",\"2017-10-11 22:18:59 +0000\",\"<a href=\"\"https://x.com\"\">web</a>\",\"講座 &amp; 体験 https://t.co/abc\",\"\",\"\",\"\",\"https://bit.ly/x,https://www.city.ishinomaki.lg.jp/\"\n" +
            "\"919\",\"\",\"\",\"2017-10-12 01:00:00 +0000\",\"web\",\"RT @pref: お知らせ\",\"900\",\"5\",\"2017-10-11 00:00:00 +0000\",\"\"\n";
        var records = ReadCsv(csv);
        var post = records[0].Post!;
        Assert.Equal("918", post.Id);
        Assert.Equal("講座 & 体験 https://t.co/abc", post.Text);
        Assert.Equal(new DateTimeOffset(2017, 10, 11, 22, 18, 59, TimeSpan.Zero), post.CreatedAt);
        Assert.Equal(["https://bit.ly/x", "https://www.city.ishinomaki.lg.jp/"], post.Links.Select(static l => l.Expanded));
        Assert.Equal(Platform.X, post.Platform);
        Assert.Equal(InputRecordKind.Skipped, records[1].Kind);
        Assert.Equal("919", records[1].RecordId);
    }

    [Fact]
    public void A_byte_order_mark_does_not_hide_the_first_column()
    {
        var post = Assert.Single(ReadCsv("\uFEFFid,text\nx1,本文\n")).Post!;
        Assert.Equal("x1", post.Id);
        Assert.Equal("本文", post.Text);
    }
}
