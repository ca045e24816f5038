using System.IO.Compression;
using System.Text;
using PostLint.Input;
using PostLint.Localization;
using static PostLint.Core.Tests.Input.InputTestHelpers;

namespace PostLint.Core.Tests.Input;

/// <summary>X archives read straight from the .zip X delivers, with zip-slip names, bombs, damage and encryption refused.</summary>
public sealed class XArchiveZipTests
{
    private const string Tweets = "window.YTD.tweets.part0 = [\n{\"tweet\":{\"id_str\":\"1\",\"full_text\":\"石巻市からのお知らせです… https://t.co/abc\",\"created_at\":\"Wed Jun 04 10:00:00 +0000 2025\"}},\n{\"tweet\":{\"id_str\":\"2\",\"full_text\":\"二つ目\"}}\n]";
    private const string Notes = "window.YTD.note_tweet.part0 = [\n{\"noteTweet\":{\"noteTweetId\":\"9\",\"createdAt\":\"2025-06-04T10:00:00.000Z\",\"core\":{\"text\":\"石巻市からのお知らせです。長い本文が続きます。\",\"urls\":[]}}}\n]";

    private static byte[] Zip(params (string Name, string Text)[] entries)
    {
        using var memory = new MemoryStream();
        using (var archive = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, text) in entries)
            {
                var entry = archive.CreateEntry(name, CompressionLevel.Optimal);
                using var stream = entry.Open();
                stream.Write(Encoding.UTF8.GetBytes(text));
            }
        }

        return memory.ToArray();
    }

    [Fact]
    public void A_zipped_archive_is_read_in_place_with_its_note_tweets()
    {
        using var folder = new TempFolder();
        var path = folder.Write("twitter-2025.zip", Zip(("data/tweets.js", Tweets), ("data/note-tweet.js", Notes), ("data/manifest.js", "window.__THAR_CONFIG = {}")));
        Assert.Equal(InputFormat.XArchive, PostReaders.Detect(path));
        var records = PostReaders.Read([path]).ToList();
        Assert.Equal(["1", "2"], records.Select(static r => r.Post!.Id));
        Assert.Equal("石巻市からのお知らせです。長い本文が続きます。", records[0].Post!.Text);
        Assert.True(records[0].Post!.LongPost);
        Assert.Null(records[1].Post!.LongPost);
        Assert.Equal(path + "!data/tweets.js", records[0].Path);
        Assert.Equal(["twitter-2025.zip"], Directory.EnumerateFileSystemEntries(folder.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void A_zipped_archive_names_its_account_and_tells_threads_from_replies()
    {
        using var folder = new TempFolder();
        const string account = """window.YTD.account.part0 = [ { "account" : { "username" : "Ishinomaki_City", "accountId" : "42" } } ]""";
        const string replies = """
            window.YTD.tweets.part0 = [
            {"tweet":{"id_str":"2","full_text":"続きです（2/2）","in_reply_to_status_id_str":"1","in_reply_to_user_id_str":"42","in_reply_to_screen_name":"OldName"}},
            {"tweet":{"id_str":"3","full_text":"@citizen1 ありがとうございます","in_reply_to_status_id_str":"8","in_reply_to_user_id_str":"7","in_reply_to_screen_name":"citizen1"}}
            ]
            """;
        var path = folder.Write("twitter-2025.zip", Zip(("twitter-2025/data/account.js", account), ("twitter-2025/data/tweets.js", replies)));
        var records = XArchiveReader.Read(path).ToList();
        Assert.All(records, static r => Assert.Equal("Ishinomaki_City", r.Post!.Account));
        Assert.Equal("Ishinomaki_City", records[0].Post!.ReplyTo); // a thread: it replies to the account's own id
        Assert.Equal("citizen1", records[1].Post!.ReplyTo);

        // An account.js that is not one (or is damaged) is the same as none: the posts are still read.
        var damaged = folder.Write("damaged.zip", Zip(("data/account.js", "window.YTD.account.part0 = [ {"), ("data/tweets.js", replies)));
        Assert.All(XArchiveReader.Read(damaged).ToList(), static r => Assert.Null(r.Post!.Account));
    }

    [Fact]
    public void Entry_names_are_only_compared_never_used_as_paths()
    {
        using var folder = new TempFolder();
        var path = folder.Write("in/archive.zip", Zip(("../../evil/data/tweets.js", Tweets), ("/data/tweets.js", Tweets), ("x/data/tweets.js", Tweets)));
        var records = XArchiveReader.Read(path).ToList();
        Assert.Equal(2, records.Count); // only x/data/tweets.js: the others are not archive paths
        Assert.All(records, r => Assert.Equal(path + "!x/data/tweets.js", r.Path));
        Assert.False(Directory.Exists(Path.Combine(folder.Path, "evil")));
        Assert.Equal(["archive.zip"], Directory.EnumerateFileSystemEntries(Path.Combine(folder.Path, "in")).Select(Path.GetFileName));
    }

    [Fact]
    public void A_zip_bomb_entry_is_refused_before_it_is_decompressed()
    {
        using var folder = new TempFolder();
        var bomb = "window.YTD.tweets.part0 = [" + new string(' ', 20 * 1024 * 1024) + "]";
        var path = folder.Write("bomb.zip", Zip(("data/tweets.js", Tweets), ("data/tweets-part1.js", bomb)));
        var records = XArchiveReader.Read(path).ToList();
        var rejected = Assert.Single(records, static r => r.Kind == InputRecordKind.Rejected);
        Assert.Equal(path + "!data/tweets-part1.js", rejected.Path);
        Assert.Contains("more than the 200 times an archive of posts does (a zip bomb?)", rejected.ReasonIn(Messages.English), StringComparison.Ordinal);
        Assert.Equal(2, records.Count(static r => r.Kind == InputRecordKind.Post));
    }

    [Fact]
    public void A_damaged_zip_is_one_pl0001_with_the_reason()
    {
        using var folder = new TempFolder();
        var path = folder.Write("broken.zip", [.. "PK\u0003\u0004"u8, .. new byte[100]]);
        var rejected = Assert.Single(XArchiveReader.Read(path));
        Assert.Equal(InputRecordKind.Rejected, rejected.Kind);
        Assert.StartsWith("not a readable zip archive: ", rejected.ReasonIn(Messages.English), StringComparison.Ordinal);
    }

    [Fact]
    public void A_zip_without_tweets_says_it_is_not_an_x_archive()
    {
        using var folder = new TempFolder();
        var path = folder.Write("other.zip", Zip(("photos/a.txt", "x")));
        Assert.Equal("not an X archive: the zip has no data/tweets.js (or tweets-part1.js, tweet.js)", Assert.Single(XArchiveReader.Read(path)).ReasonIn(Messages.English));
    }

    [Fact]
    public void An_encrypted_entry_is_pl0001_not_a_crash()
    {
        var bytes = Zip(("data/tweets.js", Tweets));
        // Set the "encrypted" flag (general purpose bit 0) in the local and central headers.
        for (var i = 0; i + 4 < bytes.Length; i++)
        {
            if (bytes[i] == 'P' && bytes[i + 1] == 'K' && bytes[i + 2] == 3 && bytes[i + 3] == 4)
            {
                bytes[i + 6] |= 1;
            }
            else if (bytes[i] == 'P' && bytes[i + 1] == 'K' && bytes[i + 2] == 1 && bytes[i + 3] == 2)
            {
                bytes[i + 8] |= 1;
            }
        }

        using var folder = new TempFolder();
        var path = folder.Write("locked.zip", bytes);
        var rejected = Assert.Single(XArchiveReader.Read(path));
        Assert.StartsWith("the entry is encrypted", rejected.ReasonIn(Messages.English), StringComparison.Ordinal);
        Assert.Equal(path + "!data/tweets.js", rejected.Path);
    }
}
