using System.Text;
using PostLint.Input;
using PostLint.Localization;
using PostLint.Model;
using static PostLint.Core.Tests.Input.InputTestHelpers;

namespace PostLint.Core.Tests.Input;

/// <summary>CSV as people really save it: stray quotes, doubled headers, Excel's Japanese headers and encodings, oversized fields.</summary>
public sealed class CsvHardeningTests
{
    private static string Describe(InputRecord r) => r.Kind == InputRecordKind.Post ? $"{r.Line}:{r.Post!.Id}={r.Post.Text}" : $"{r.Line}:{r.Kind}";

    [Fact]
    public void A_quote_that_is_never_closed_is_pl0001_on_its_line_and_the_rows_after_it_are_read()
    {
        var records = ReadCsv("id,text\n1,\"開いたまま\n2,二\n3,三\n4,四\n");
        Assert.Equal(["2:Rejected", "3:2=二", "4:3=三", "5:4=四"], records.Select(Describe));
        Assert.Equal("the quote opened on line 2 is never closed; the lines after line 2 are read as records of their own", records[0].ReasonIn(Messages.English));
        Assert.Equal([1L, 2, 3, 4], records.Select(static r => r.RecordNumber));
    }

    [Fact]
    public void A_stray_quote_closed_rows_later_by_another_field_does_not_merge_the_rows()
    {
        var records = ReadCsv("id,text\n1,\"開いた\n2,二\n3,\"閉じた\" 後\n4,四\n");
        Assert.Equal(["2:Rejected", "3:2=二", "4:3=閉じた 後", "5:4=四"], records.Select(Describe));
        Assert.StartsWith("the quote opened on line 2 runs over line breaks", records[0].ReasonIn(Messages.English), StringComparison.Ordinal);
    }

    [Fact]
    public void A_quote_inside_an_unquoted_field_is_a_literal()
    {
        var records = ReadCsv("id,text\n1,3.5\" フロッピー\n2,二\n");
        Assert.Equal(["2:1=3.5\" フロッピー", "3:2=二"], records.Select(Describe));
    }

    [Fact]
    public void Quoted_fields_with_line_breaks_and_doubled_quotes_still_read_as_one_field()
    {
        var records = ReadCsv("id,text\r\n1,\"一行目\r\n二行目 \"\"引用\"\"\"\r\n2,二\r\n");
        Assert.Equal(["2:1=一行目\r\n二行目 \"引用\"", "4:2=二"], records.Select(Describe));
    }

    [Fact]
    public void A_header_naming_a_column_twice_takes_the_first_and_says_so()
    {
        var records = ReadCsv("text,text,id\n最初,二番目,p1\n");
        Assert.Equal("最初", Assert.Single(records).Post!.Text);
        Assert.Equal("p1", records[0].Post!.Id);

        using var folder = new TempFolder();
        var plan = CsvPostReader.Inspect(folder.Write("dup.csv", "text,text,id\n最初,二番目,p1\n"));
        Assert.Null(plan.Problem);
        Assert.Equal(["dup.csv: 列名「text」が2回以上あります（1列目と2列目）。1列目を使います"], plan.Warnings(Messages.Japanese));
    }

    [Fact]
    public void A_field_over_16_mb_is_rejected_without_keeping_it_and_the_next_row_is_read()
    {
        var records = ReadCsv("id,text\n1,前\n2," + new string('x', 17 * 1024 * 1024) + "\n3,後\n");
        Assert.Equal(["2:1=前", "3:Rejected", "4:3=後"], records.Select(Describe));
        Assert.StartsWith("the record is 17,825,79", records[1].ReasonIn(Messages.English), StringComparison.Ordinal);
    }

    [Fact]
    public void Japanese_headers_as_excel_saves_them_are_all_recognised()
    {
        using var folder = new TempFolder();
        var path = folder.Write("投稿一覧.csv", "投稿ID,投稿日時,本文,媒体,備考\nA-1,2025/4/1 9:00,桜が見頃です,インスタグラム,\nA-2,2025年4月2日 18:30,お知らせ,X（旧Twitter）,確認済\nA-3,2025/4/3,告知,Ｆａｃｅｂｏｏｋ,\n");
        var plan = CsvPostReader.Inspect(path);
        Assert.Equal("列の対応 (投稿一覧.csv): 投稿ID→id, 投稿日時→createdAt, 本文→text, 媒体→platform", plan.Describe(Messages.Japanese));
        var options = new InputReaderOptions { DefaultTimeZone = TimeZoneInfo.CreateCustomTimeZone("JST", TimeSpan.FromHours(9), "JST", "JST") };
        var posts = CsvPostReader.Read(path, options).Select(static r => r.Post!).ToList();
        Assert.Equal(["A-1", "A-2", "A-3"], posts.Select(static p => p.Id));
        Assert.Equal([Platform.Instagram, Platform.X, Platform.Facebook], posts.Select(static p => p.Platform!.Value));
        Assert.Equal(new DateTimeOffset(2025, 4, 1, 9, 0, 0, TimeSpan.FromHours(9)), posts[0].CreatedAt);
        Assert.Equal(new DateTimeOffset(2025, 4, 2, 18, 30, 0, TimeSpan.FromHours(9)), posts[1].CreatedAt);
    }

    [Theory]
    [InlineData("ID,日時,テキスト,プラットフォーム,URL,アカウント", "ID→id, 日時→createdAt, テキスト→text, プラットフォーム→platform, URL→urls, アカウント→account")]
    [InlineData("番号,投稿日,内容,SNS", "番号→id, 投稿日→createdAt, 内容→text, SNS→platform")]
    [InlineData("ＩＤ, 投稿 日時 ,投稿本文", "ＩＤ→id, 投稿 日時→createdAt, 投稿本文→text")]
    public void Common_variants_of_the_japanese_headers_are_recognised(string header, string mapping)
    {
        using var folder = new TempFolder();
        var plan = CsvPostReader.Inspect(folder.Write("a.csv", header + "\n"));
        Assert.Null(plan.Problem);
        Assert.Equal("列の対応 (a.csv): " + mapping, plan.Describe(Messages.Japanese));
    }

    [Fact]
    public void An_unknown_column_option_is_named_as_a_usage_problem()
    {
        using var folder = new TempFolder();
        var path = folder.Write("a.csv", "投稿ID,本文\n1,本文\n");
        var plan = CsvPostReader.Inspect(path, new InputReaderOptions { IdColumn = "番号" });
        Assert.Equal("--id-column の列「番号」が a.csv にありません（列: 投稿ID, 本文）", plan.MissingOptionMessage(Messages.Japanese));
        Assert.Null(CsvPostReader.Inspect(path, new InputReaderOptions { IdColumn = "投稿ＩＤ" }).MissingOption);
    }

    [Fact]
    public void Shift_jis_csv_from_excel_is_read_and_named()
    {
        var shiftJis = InputEncoding.ShiftJis!;
        var bytes = shiftJis.GetBytes("投稿ID,本文,媒体\n1,石巻市からのお知らせです,インスタグラム\n");
        using var folder = new TempFolder();
        var path = folder.Write("sjis.csv", bytes);
        Assert.Equal("列の対応 (sjis.csv): 投稿ID→id, 本文→text, 媒体→platform（Shift_JIS として読みます）", CsvPostReader.Inspect(path).Describe(Messages.Japanese));
        var post = Assert.Single(CsvPostReader.Read(path)).Post!;
        Assert.Equal("石巻市からのお知らせです", post.Text);
        Assert.Equal(Platform.Instagram, post.Platform);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Utf16_csv_with_a_byte_order_mark_is_read(bool bigEndian)
    {
        var bytes = new UnicodeEncoding(bigEndian, byteOrderMark: true).GetPreamble()
            .Concat(new UnicodeEncoding(bigEndian, false).GetBytes("id,text\n1,UTF-16 の投稿 😀\n")).ToArray();
        var post = Assert.Single(CsvPostReader.Read(new MemoryStream(bytes), "u16.csv")).Post!;
        Assert.Equal("UTF-16 の投稿 😀", post.Text);
    }

    [Fact]
    public void Utf16_json_lines_are_read()
    {
        var bytes = new UnicodeEncoding(false, true).GetPreamble().Concat(Encoding.Unicode.GetBytes("{\"id\":\"a\",\"text\":\"ユニコード\"}\n")).ToArray();
        Assert.Equal("ユニコード", Assert.Single(JsonLinesReader.Read(new MemoryStream(bytes), "u16.jsonl")).Post!.Text);
    }

    [Fact]
    public void Drafts_in_utf16_or_shift_jis_are_named_precisely()
    {
        var utf16 = Assert.Throws<InvalidDataException>(() => DraftFile.FromBytes([0xFF, 0xFE, .. Encoding.Unicode.GetBytes("下書き")], "d.txt", "d.txt"));
        Assert.Equal("d.txt: このファイルは UTF-16 です。UTF-8 で保存してください", utf16.Message);
        var sjis = Assert.Throws<InvalidDataException>(() => DraftFile.FromBytes(InputEncoding.ShiftJis!.GetBytes("石巻市の下書きです"), "d.txt", "d.txt"));
        Assert.StartsWith("d.txt: このファイルは Shift_JIS のようです。UTF-8 で保存してください", sjis.Message, StringComparison.Ordinal);
    }

    /// <summary>Found by the reader property: a UTF-16 header holding U+FFFE, which normalization refuses, made column matching throw.</summary>
    [Fact]
    public void A_utf16_header_with_a_noncharacter_is_read_and_the_known_columns_are_used()
    {
        var text = "id,te\uFFFExt,text\n1,壊れた見出し,本文\n";
        var bytes = new List<byte> { 0xFF, 0xFE };
        foreach (var c in text)
        {
            // Written unit by unit, as a damaged file holds them.
            bytes.Add((byte)c);
            bytes.Add((byte)(c >> 8));
        }

        var records = CsvPostReader.Read(new MemoryStream([.. bytes]), "utf16.csv").ToList();
        var record = Assert.Single(records);
        Assert.True(record.Kind == InputRecordKind.Post, record.ToString());
        Assert.Equal("本文", record.Post!.Text);
        Assert.Equal("1", record.Post.Id);
    }
}
