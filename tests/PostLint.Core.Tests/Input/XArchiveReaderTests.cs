using PostLint.Input;
using PostLint.Localization;
using PostLint.Model;
using static PostLint.Core.Tests.Input.InputTestHelpers;

namespace PostLint.Core.Tests.Input;

public sealed class XArchiveReaderTests
{
    private static List<InputRecord> ReadSample() => [.. XArchiveReader.Read(Sample("x-archive"))];

    [Fact]
    public void Sample_archive_is_detected_and_every_tweet_is_accounted_for()
    {
        Assert.Equal(InputFormat.XArchive, PostReaders.Detect(Sample("x-archive")));
        Assert.Equal(InputFormat.XArchive, PostReaders.Detect(Sample("x-archive", "data", "tweets.js")));
        var records = ReadSample();
        Assert.Equal(6, records.Count);
        Assert.Equal(5, records.Count(static r => r.Kind == InputRecordKind.Post));
        var retweet = Assert.Single(records, static r => r.Kind == InputRecordKind.Skipped);
        Assert.Equal("1907000000000000003", retweet.RecordId);
        Assert.StartsWith("retweet", retweet.ReasonIn(Messages.English), StringComparison.Ordinal);
    }

    [Fact]
    public void Full_text_is_html_unescaped_and_ids_times_and_platform_come_from_the_tweet()
    {
        var posts = ReadSample().Where(static r => r.Post is not null).Select(static r => r.Post!).ToList();
        var first = posts[0];
        Assert.Equal("1907000000000000001", first.Id);
        Assert.StartsWith("市民講座「海と防災」& 親子体験会", first.Text, StringComparison.Ordinal);
        Assert.Equal(new DateTimeOffset(2025, 4, 2, 1, 0, 0, TimeSpan.Zero), first.CreatedAt);
        Assert.Equal(Platform.X, first.Platform);
        Assert.Contains("<予約制>", posts.Single(static p => p.Id == "1907000000000000005").Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Tco_links_carry_their_expanded_urls_and_attached_media_links_are_not_text()
    {
        var posts = ReadSample().Where(static r => r.Post is not null).Select(static r => r.Post!).ToDictionary(static p => p.Id);
        var shortener = Assert.Single(posts["1907000000000000001"].Links);
        Assert.Equal("https://t.co/Sh0rtL1nk", shortener.Shown);
        Assert.Equal("https://bit.ly/3xYzAbc", shortener.Expanded);
        Assert.Equal("https://www.city.ishinomaki.lg.jp/cont/10181000/sakura2025.html", Assert.Single(posts["1907000000000000002"].Links).Expanded);
        // X appends the photo's t.co link to full_text but does not show it as text.
        var photo = posts["1907000000000000006"];
        Assert.Equal("サン・ファン館の夜間特別公開の様子です", photo.Text);
        Assert.Empty(photo.Links);
    }

    [Fact]
    public void Replies_retweets_and_the_account_come_from_the_archive()
    {
        var folder = Directory.CreateTempSubdirectory("postlint-x-account-").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(folder, "data"));
            File.WriteAllText(Path.Combine(folder, "data", "account.js"), """
                window.YTD.account.part0 = [ { "account" : { "username" : "Joetsu_City", "accountId" : "42", "accountDisplayName" : "上越市" } } ]
                """);
            File.WriteAllText(Path.Combine(folder, "data", "tweets.js"), """
                window.YTD.tweets.part0 = [
                  { "tweet": { "id_str": "4", "full_text": "RT @niigata_pref: 県からのお知らせ", "created_at": "Sat Apr 05 12:30:00 +0000 2025" } },
                  { "tweet": { "id_str": "3", "full_text": "会場は高田城址公園です（2/2）", "created_at": "Sat Apr 05 12:30:00 +0000 2025",
                    "in_reply_to_status_id_str": "2", "in_reply_to_user_id_str": "42", "in_reply_to_screen_name": "OldName" } },
                  { "tweet": { "id_str": "2", "full_text": "@citizen1 ありがとうございます", "created_at": "Sat Apr 05 12:30:00 +0000 2025",
                    "in_reply_to_status_id_str": "1", "in_reply_to_user_id_str": "7", "in_reply_to_screen_name": "citizen1" } },
                  { "tweet": { "id_str": "1", "full_text": "RT nothing", "created_at": "Sat Apr 05 12:30:00 +0000 2025",
                    "retweeted_status": { "user": { "screen_name": "mlit_japan" } } } }
                ]
                """);
            var records = XArchiveReader.Read(folder).ToList();
            Assert.All(records, static r => Assert.Equal("Joetsu_City", r.Post!.Account));

            var retweet = records[0];
            Assert.Equal(InputRecordKind.Skipped, retweet.Kind);
            Assert.Equal("niigata_pref", retweet.Post!.RepostOf);
            Assert.Equal(new DateTimeOffset(2025, 4, 5, 12, 30, 0, TimeSpan.Zero), retweet.Post.CreatedAt);
            Assert.Equal("mlit_japan", records[3].Post!.RepostOf);
            Assert.Equal(InputRecordKind.Skipped, records[3].Kind);

            var thread = records[1].Post!;
            Assert.Equal("Joetsu_City", thread.ReplyTo); // in_reply_to_user_id_str is the archive's own accountId
            Assert.Equal("2", thread.ReplyToPostId);
            var reply = records[2].Post!;
            Assert.Equal("citizen1", reply.ReplyTo);
            Assert.Equal("1", reply.ReplyToPostId);
            Assert.Null(reply.RepostOf);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Without_account_js_posts_have_no_account()
    {
        var records = ReadSample();
        Assert.All(records.Where(static r => r.Post is not null), static r => Assert.Null(r.Post!.Account));
        Assert.Equal(InputRecordKind.Skipped, records.Single(static r => r.RecordId == "1907000000000000003").Kind);
    }

    [Fact]
    public void A_tweet_that_is_only_a_photo_is_skipped_and_counted()
    {
        var folder = Directory.CreateTempSubdirectory("postlint-x-media-").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(folder, "data"));
            File.WriteAllText(Path.Combine(folder, "data", "tweets.js"), """
                window.YTD.tweets.part0 = [ { "tweet": {
                  "id_str": "1", "created_at": "Sat Apr 05 12:30:00 +0000 2025", "full_text": "https://t.co/OnlyPh0to",
                  "entities": { "urls": [], "media": [ { "url": "https://t.co/OnlyPh0to", "expanded_url": "https://x.com/city/status/1/photo/1" } ] }
                } } ]
                """);
            var record = Assert.Single(XArchiveReader.Read(folder));
            Assert.Null(record.Post);
            Assert.Equal(InputRecordKind.Skipped, record.Kind);
            Assert.Equal("a photo or video without text", record.ReasonIn(Messages.English));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Long_posts_take_their_whole_text_from_note_tweet_js()
    {
        var post = ReadSample().Single(static r => r.RecordId == "1907000000000000004").Post!;
        Assert.StartsWith("【PR】石巻市\n石巻の秋を味わう", post.Text, StringComparison.Ordinal);
        Assert.EndsWith("shokunoichi.html", post.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("…", post.Text, StringComparison.Ordinal);
        Assert.True(post.Text.Length > 200);
        Assert.True(post.LongPost); // X published it whole: PL5001 judges it against the long-post limit
        Assert.All(ReadSample().Where(static r => r.RecordId != "1907000000000000004" && r.Post is not null), static r => Assert.Null(r.Post!.LongPost));
        Assert.Contains(post.Links, static l => l.Shown == "https://t.co/NoteUrl01");
        Assert.Contains(post.Links, static l => l.Shown == "https://t.co/LongNote01");
    }

    [Fact]
    public void Records_point_at_the_line_where_their_element_starts()
    {
        var lines = File.ReadAllLines(Sample("x-archive", "data", "tweets.js"));
        foreach (var record in ReadSample())
        {
            Assert.Equal("  {", lines[record.Line - 1]);
            var element = string.Concat(lines.Skip(record.Line).TakeWhile(static l => l != "  }," && l != "  }"));
            Assert.Contains($"\"id_str\": \"{record.RecordId}\"", element, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Split_archives_are_read_in_part_order_and_old_bare_tweets_are_accepted()
    {
        using var folder = new TempFolder();
        folder.Write("data/tweets-part2.js", "window.YTD.tweets.part2 = [ {\"tweet\": {\"id_str\": \"3\", \"full_text\": \"三\"}} ];");
        folder.Write("data/tweets.js", "window.YTD.tweets.part0 = [ {\"tweet\": {\"id_str\": \"1\", \"full_text\": \"一\"}} ]");
        folder.Write("data/tweets-part1.js", "window.YTD.tweets.part1 = [\n{\"id_str\": \"2\", \"full_text\": \"二\", \"created_at\": \"Sat Feb 18 12:33:11 +0000 2023\"}\n]");
        var posts = XArchiveReader.Read(folder.Path).Select(static r => r.Post!).ToList();
        Assert.Equal(["1", "2", "3"], posts.Select(static p => p.Id));
        Assert.Equal(new DateTimeOffset(2023, 2, 18, 12, 33, 11, TimeSpan.Zero), posts[1].CreatedAt);
    }

    [Fact]
    public void A_broken_tweet_is_one_rejection_with_its_line_and_the_tweets_around_it_are_read()
    {
        using var folder = new TempFolder();
        folder.Write("data/tweets.js", "window.YTD.tweets.part0 = [\n  {\"tweet\": {\"id_str\": \"1\", \"full_text\": \"一\"}},\n  {\"tweet\": {\"id_str\": \"2\", \"full_text\": \"二\" \"oops\"}},\n  {\"tweet\": {\"id_str\": \"3\", \"full_text\": \"三\"}}\n]");
        var records = XArchiveReader.Read(folder.Path).ToList();
        Assert.Equal(3, records.Count);
        Assert.Equal("1", records[0].Post!.Id);
        Assert.Equal("3", records[2].Post!.Id);
        Assert.Equal(InputRecordKind.Rejected, records[1].Kind);
        Assert.Equal(3, records[1].Line);
        Assert.StartsWith("not valid JSON", records[1].ReasonIn(Messages.English), StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_that_ends_early_is_reported()
    {
        using var folder = new TempFolder();
        folder.Write("data/tweets.js", "window.YTD.tweets.part0 = [\n  {\"tweet\": {\"id_str\": \"1\", \"full_text\": \"一\"}},\n  {\"tweet\": {\"id_str\": \"2\"");
        var records = XArchiveReader.Read(folder.Path).ToList();
        Assert.Equal("1", records[0].Post!.Id);
        Assert.Equal("the file ends inside the element that starts on line 3 (brackets that are never closed); the 24 bytes from there to the end of the file were not read as records", records[1].ReasonIn(Messages.English));
        Assert.Equal(3, records[1].Line);
    }

    [Fact]
    public void Elements_larger_than_the_read_buffer_are_read_whole()
    {
        using var folder = new TempFolder();
        var text = new string('海', 200_000);
        folder.Write("data/tweets.js", "window.YTD.tweets.part0 = [{\"tweet\": {\"id_str\": \"1\", \"full_text\": \"" + text + "\"}}, {\"tweet\": {\"id_str\": \"2\", \"full_text\": \"短い\"}}]");
        var posts = XArchiveReader.Read(folder.Path).Select(static r => r.Post!).ToList();
        Assert.Equal(text, posts[0].Text);
        Assert.Equal("短い", posts[1].Text);
    }

    [Theory]
    [InlineData("長い投稿の始まりです… https://t.co/abc", "長い投稿の始まりです")]
    [InlineData("長い投稿の始まりです...", "長い投稿の始まりです")]
    [InlineData("普通の投稿 https://t.co/x https://t.co/y", "普通の投稿")]
    public void Truncated_prefix_drops_the_ellipsis_and_tco_links(string text, string prefix) =>
        Assert.Equal(prefix, XArchiveReader.TruncatedPrefix(text));
}
