using PostLint.Input;
using PostLint.Localization;
using PostLint.Model;
using static PostLint.Core.Tests.Input.InputTestHelpers;

namespace PostLint.Core.Tests.Input;

public sealed class SocialExportReaderTests
{
    [Theory]
    [InlineData("Holb\u00c3\u00a6k", "Holbæk")]
    [InlineData("\u00e2\u0080\u0093", "–")]
    [InlineData("\u00f0\u009f\u0098\u0080", "😀")]
    [InlineData("café", "café")] // Latin-1 that is not UTF-8 bytes stays
    [InlineData("こんにちは", "こんにちは")] // real text stays
    [InlineData("plain", "plain")]
    public void Mojibake_is_repaired_only_where_it_is_mojibake(string input, string expected) =>
        Assert.Equal(expected, Mojibake.Repair(input));

    [Fact]
    public void Facebook_export_is_detected_repaired_and_posts_without_text_are_skipped()
    {
        var folder = Fixture("facebook");
        Assert.Equal(InputFormat.Facebook, PostReaders.Detect(folder));
        var records = FacebookReader.Read(folder).ToList();
        Assert.Equal(4, records.Count);
        Assert.Equal([InputRecordKind.Post, InputRecordKind.Skipped, InputRecordKind.Post, InputRecordKind.Post], records.Select(static r => r.Kind));

        var first = records[0].Post!;
        Assert.Equal("石巻市の桜が見頃です 🌸 #石巻市", first.Text);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1743577200), first.CreatedAt);
        Assert.Equal(Platform.Facebook, first.Platform);
        Assert.Equal("1743577200", first.Id);

        Assert.StartsWith("no text", records[1].ReasonIn(Messages.English), StringComparison.Ordinal);
        var third = records[2].Post!;
        Assert.Equal("Holbæk – こんにちは 牡蠣フェア開催 #石巻市 #PR", third.Text);
        Assert.Equal("https://bit.ly/3oysTer", Assert.Single(third.Links).Expanded);
        Assert.Null(third.Links[0].Shown);
        Assert.Equal("café", records[3].Post!.Text);
        Assert.Equal("1743750000-2", records[3].Post!.Id); // same second as the post before
    }

    [Fact]
    public void Instagram_captions_follow_the_title_rule()
    {
        var folder = Fixture("instagram");
        Assert.Equal(InputFormat.Instagram, PostReaders.Detect(folder));
        var records = InstagramReader.Read(folder).ToList();
        Assert.Equal([InputRecordKind.Post, InputRecordKind.Post, InputRecordKind.Skipped, InputRecordKind.Post], records.Select(static r => r.Kind));
        Assert.Equal("日和山公園の桜 🌸 #石巻市 #桜", records[0].Post!.Text); // single media: media[0].title
        Assert.Equal("media/posts/202504/a1.jpg", records[0].Post!.Id);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1743577200), records[0].Post!.CreatedAt);
        Assert.Equal("複数枚の投稿 #PR #石巻市", records[1].Post!.Text); // multi-image: top-level title
        Assert.Equal("no caption", records[2].ReasonIn(Messages.English));
        Assert.Equal("FBからの投稿 #石巻市 #PR", records[3].Post!.Text); // empty top-level title: media[0].title
        Assert.Equal(Platform.Instagram, records[3].Post!.Platform);
    }

    [Fact]
    public void Detection_of_files_and_plain_folders()
    {
        using var folder = new TempFolder();
        var jsonl = folder.Write("a/posts.jsonl", "{\"id\":\"j\",\"text\":\"一\"}\n");
        var csv = folder.Write("b.csv", "id,text\nc,二\n");
        folder.Write("c/d.txt", "三");
        folder.Write(".hidden/e.txt", "見えない");
        Assert.Equal(InputFormat.JsonLines, PostReaders.Detect(jsonl));
        Assert.Equal(InputFormat.Csv, PostReaders.Detect(csv));
        Assert.Equal(InputFormat.Text, PostReaders.Detect(folder.Path));
        Assert.Equal(InputFormat.Facebook, PostReaders.Detect("your_posts_1.json"));
        Assert.Equal(InputFormat.Instagram, PostReaders.Detect("posts_12.json"));

        var sources = PostReaders.Resolve([folder.Path], InputFormat.Auto);
        Assert.Equal([InputFormat.JsonLines, InputFormat.Csv, InputFormat.Text], sources.Select(static s => s.Format));
        var posts = PostReaders.Read(sources).Select(static r => r.Post!).ToList();
        Assert.Equal(["j", "c", "c/d.txt"], posts.Select(static p => p.Id));
        Assert.Throws<FileNotFoundException>(() => PostReaders.Resolve([Path.Combine(folder.Path, "missing")], InputFormat.Auto));
    }

    [Fact]
    public void Text_folders_are_read_recursively_in_order_with_relative_ids()
    {
        using var folder = new TempFolder();
        folder.Write("b.txt", "二\n");
        folder.Write("a/z.txt", "一");
        folder.Write("empty.txt", string.Empty);
        folder.Write("bad.txt", [0x41, 0xC3]);
        var records = TextPostReader.Read(folder.Path).ToList();
        Assert.Equal(["a/z.txt", "b.txt", "bad.txt", "empty.txt"], records.Select(static r => r.RecordId));
        Assert.Equal("二", records[1].Post!.Text);
        Assert.True(records[1].Post!.Source!.IsWholeFile);
        Assert.Equal(InputRecordKind.Rejected, records[2].Kind);
        Assert.Contains("not valid UTF-8", records[2].ReasonIn(Messages.English), StringComparison.Ordinal);
        Assert.Equal("the file is empty", records[3].ReasonIn(Messages.English));
    }

    /// <summary>Found by fuzzing (fuzz/findings/facebook): a timestamp past year 9999 threw out of the reader and lost the rest of the file.</summary>
    [Fact]
    public void A_timestamp_outside_the_calendar_is_pl0001_for_its_record_and_the_next_record_is_read()
    {
        using var folder = new TempFolder();
        var facebook = Path.GetDirectoryName(folder.Write("fb/your_posts_1.json", """
            [{"timestamp":170000000000000,"data":[{"post":"遠い未来"}]},
             {"timestamp":-99999999999999,"data":[{"post":"遠い過去"}]},
             {"timestamp":1700000000,"data":[{"post":"後"}]}]
            """))!;
        var records = FacebookReader.Read(facebook).ToList();
        Assert.Equal([InputRecordKind.Rejected, InputRecordKind.Rejected, InputRecordKind.Post], records.Select(static r => r.Kind));
        Assert.StartsWith("'timestamp': 170000000000000 seconds is not a time", records[0].ReasonIn(Messages.English), StringComparison.Ordinal);
        Assert.Equal("後", records[2].Post!.Text);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1700000000), records[2].Post!.CreatedAt);

        var instagram = Path.GetDirectoryName(folder.Write("ig/posts_1.json", """
            [{"media":[{"title":"遠い未来","creation_timestamp":999999999999999}]},
             {"media":[{"title":"後","creation_timestamp":1700000000}]}]
            """))!;
        var posts = InstagramReader.Read(instagram).ToList();
        Assert.Equal([InputRecordKind.Rejected, InputRecordKind.Post], posts.Select(static r => r.Kind));
        Assert.StartsWith("'creation_timestamp': 999999999999999 seconds is not a time", posts[0].ReasonIn(Messages.English), StringComparison.Ordinal);
    }
}
