using System.Globalization;
using System.Text;
using System.Text.Json;

namespace PostLint.Cli.Tests;

/// <summary>
/// A year of one account's posts with a silent month, replies to users and threads, audited end to
/// end with the joetsu profile: PL6002 once, at the first post after the gap; PL6003 once per reply
/// to another user; nothing for the threads.
/// </summary>
public sealed class AccountAuditCommandTests : IDisposable
{
    private const string Account = "joetsu_city";
    private const string AccountId = "1234567890";
    private static readonly TimeSpan Jst = TimeSpan.FromHours(9);

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private sealed record YearPost(string Id, DateTimeOffset Time, string Text, string? ReplyTo, string? ReplyToId, string? RepostOf);

    /// <summary>
    /// Tuesdays of 2025 at 10:00 JST, none from 2025-05-01 to 2025-06-15 (the last post before the
    /// gap is on 04-29, the first after it on 06-17). Every 6th post replies to a citizen, every
    /// 7th continues the account's previous post (a thread); every 10th is a retweet.
    /// </summary>
    private static List<YearPost> Year(out int repliesToUsers, out string firstAfterGap)
    {
        var posts = new List<YearPost>();
        repliesToUsers = 0;
        firstAfterGap = string.Empty;
        var day = new DateTimeOffset(2025, 1, 7, 10, 0, 0, Jst);
        var n = 0;
        for (; day.Year == 2025; day = day.AddDays(7))
        {
            if (day >= new DateTimeOffset(2025, 5, 1, 0, 0, 0, Jst) && day < new DateTimeOffset(2025, 6, 16, 0, 0, 0, Jst))
            {
                continue;
            }

            n++;
            var id = (1900000000000000000L + n).ToString(CultureInfo.InvariantCulture);
            if (firstAfterGap.Length == 0 && day.Month == 6)
            {
                firstAfterGap = id;
            }

            if (n % 10 == 0)
            {
                posts.Add(new YearPost(id, day, "RT @niigata_pref: 県からのお知らせです", null, null, "niigata_pref"));
            }
            else if (n % 6 == 0)
            {
                repliesToUsers++;
                posts.Add(new YearPost(id, day, $"@citizen{n} お問い合わせありがとうございます。担当課から回答します", $"citizen{n}", "1800000000000000000", null));
            }
            else if (n % 7 == 0)
            {
                posts.Add(new YearPost(id, day, "続き：会場は高田城址公園です", Account, posts[^1].Id, null));
            }
            else
            {
                posts.Add(new YearPost(id, day, $"上越市からのお知らせ（第{n}号）", null, null, null));
            }
        }

        return posts;
    }

    private string Config() => _folder.Write("postlint.json", """{ "extends": "joetsu" }""");

    private static List<JsonElement> Results(string report, string ruleId)
    {
        using var json = JsonDocument.Parse(File.ReadAllBytes(report));
        return [.. json.RootElement.GetProperty("results").EnumerateArray().Where(r => r.GetProperty("ruleId").GetString() == ruleId).Select(static r => r.Clone())];
    }

    [Fact]
    public void Json_lines_year_gives_one_pl6002_and_one_pl6003_per_reply_to_a_user()
    {
        var posts = Year(out var replies, out var firstAfterGap);
        Assert.True(replies >= 5);
        var lines = posts.Select(static p => JsonSerializer.Serialize(new Dictionary<string, object?>
        {
            ["id"] = p.Id,
            ["text"] = p.Text,
            ["createdAt"] = p.Time.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture),
            ["account"] = Account,
            ["replyTo"] = p.ReplyTo,
            ["repostOf"] = p.RepostOf,
        }));
        var input = _folder.Write("posts.jsonl", string.Join("\n", lines) + "\n");
        var report = Path.Combine(_folder.Path, "audit.json");

        var result = CliRunner.Run("audit", input, "--config", Config(), "--format", "json", "-o", report);
        Assert.True(result.ExitCode is 0 or 1, result.Error);

        var gap = Assert.Single(Results(report, "PL6002"));
        Assert.Equal(firstAfterGap, gap.GetProperty("postId").GetString());
        Assert.Equal("warning", gap.GetProperty("severity").GetString());
        Assert.Contains("前回の投稿（2025-04-29）からこの投稿（2025-06-17）まで49日間", gap.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Contains("上越市ガイドライン 4(4)②", gap.GetProperty("message").GetString(), StringComparison.Ordinal);

        var replyFindings = Results(report, "PL6003");
        Assert.Equal(posts.Where(static p => p.ReplyTo is not null && p.ReplyTo != Account).Select(static p => p.Id), replyFindings.Select(static r => r.GetProperty("postId").GetString()));
        Assert.All(replyFindings, r => Assert.Contains("上越市ガイドライン 6(1)②【コメントへの返信】", r.GetProperty("message").GetString(), StringComparison.Ordinal));
    }

    [Fact]
    public void X_archive_year_newest_first_gives_the_same_findings_and_skips_retweets()
    {
        var posts = Year(out var replies, out var firstAfterGap);
        var tweets = new StringBuilder("window.YTD.tweets.part0 = [\n");
        var newestFirst = Enumerable.Reverse(posts).ToList();
        for (var i = 0; i < newestFirst.Count; i++)
        {
            var p = newestFirst[i];
            var tweet = new Dictionary<string, object?>
            {
                ["id_str"] = p.Id,
                ["full_text"] = p.Text,
                ["created_at"] = p.Time.ToUniversalTime().ToString("ddd MMM dd HH:mm:ss +0000 yyyy", CultureInfo.InvariantCulture),
                ["entities"] = new Dictionary<string, object?> { ["urls"] = Array.Empty<object>() },
            };
            if (p.ReplyTo is not null)
            {
                tweet["in_reply_to_screen_name"] = p.ReplyTo;
                tweet["in_reply_to_status_id_str"] = p.ReplyToId;
                tweet["in_reply_to_user_id_str"] = p.ReplyTo == Account ? AccountId : "555" + i.ToString(CultureInfo.InvariantCulture);
            }

            tweets.Append("  ").Append(JsonSerializer.Serialize(new { tweet })).Append(i + 1 < newestFirst.Count ? ",\n" : "\n");
        }

        tweets.Append(']');
        _folder.Write("archive/data/tweets.js", tweets.ToString());
        _folder.Write("archive/data/account.js", $$"""window.YTD.account.part0 = [ { "account" : { "username" : "{{Account}}", "accountId" : "{{AccountId}}", "accountDisplayName" : "上越市" } } ]""");
        var report = Path.Combine(_folder.Path, "audit.json");

        var result = CliRunner.Run("audit", Path.Combine(_folder.Path, "archive"), "--config", Config(), "--format", "json", "-o", report);
        Assert.True(result.ExitCode is 0 or 1, result.Error);

        using (var json = JsonDocument.Parse(File.ReadAllBytes(report)))
        {
            var summary = json.RootElement.GetProperty("summary");
            Assert.Equal(posts.Count, summary.GetProperty("read").GetInt32());
            Assert.Equal(posts.Count(static p => p.RepostOf is not null), summary.GetProperty("skipped").GetInt32());
        }

        // The archive runs newest first: the gap is found when the older post is read, and reported on the newer one.
        var gap = Assert.Single(Results(report, "PL6002"));
        Assert.Equal(firstAfterGap, gap.GetProperty("postId").GetString());
        Assert.Contains("（2025-04-29）からこの投稿（2025-06-17）", gap.GetProperty("message").GetString(), StringComparison.Ordinal);

        var replyFindings = Results(report, "PL6003");
        Assert.Equal(replies, replyFindings.Count);
        Assert.Equal(
            newestFirst.Where(static p => p.ReplyTo is not null && p.ReplyTo != Account).Select(static p => p.Id),
            replyFindings.Select(static r => r.GetProperty("postId").GetString()));
        Assert.All(replyFindings, r => Assert.Equal(0, r.GetProperty("start").GetInt32()));
    }

    [Fact]
    public void An_account_whose_posts_are_not_in_time_order_gets_no_false_gap_and_one_note()
    {
        // Oldest first, except post 4 (January), filed between April and May: compared with the
        // next post it would make a false gap (January→May). A post that breaks the order is known
        // as such only against the posts before it, so the audit leaves it out and says so once;
        // post 8 (March again) is left out without a second note.
        var input = _folder.Write("posts.csv", """
            id,createdAt,text,account
            1,2025-03-01T10:00:00+09:00,お知らせ1,joetsu_city
            2,2025-03-25T10:00:00+09:00,お知らせ2,joetsu_city
            3,2025-04-20T10:00:00+09:00,お知らせ3,joetsu_city
            4,2025-01-05T10:00:00+09:00,お知らせ4,joetsu_city
            5,2025-05-10T10:00:00+09:00,お知らせ5,joetsu_city
            6,2025-05-11T10:00:00+09:00,お知らせ6,other_city
            7,2025-07-01T10:00:00+09:00,お知らせ7,joetsu_city
            8,2025-03-01T10:00:00+09:00,お知らせ8,joetsu_city
            """);
        var report = Path.Combine(_folder.Path, "order.json");

        var result = CliRunner.Run("audit", input, "--config", Config(), "--format", "json", "-o", report);
        Assert.True(result.ExitCode is 0 or 1, result.Error);

        // The posts in order give one real gap (May 10 → July 1), at the first post after it.
        var gap = Assert.Single(Results(report, "PL6002"));
        Assert.Equal("7", gap.GetProperty("postId").GetString());
        Assert.Contains("（2025-05-10）からこの投稿（2025-07-01）", gap.GetProperty("message").GetString(), StringComparison.Ordinal);

        // One note for the account, naming the first post out of order and the one before it.
        var note = Assert.Single(result.Error.Split('\n'), static l => l.Contains("時刻順に並んでいません", StringComparison.Ordinal));
        Assert.Contains("@joetsu_city", note, StringComparison.Ordinal);
        Assert.Contains("投稿 4（2025-01-05 10:00:00 +09:00）", note, StringComparison.Ordinal);
        Assert.Contains("古い順に並んでいた投稿 3（2025-04-20 10:00:00 +09:00）", note, StringComparison.Ordinal);
    }

    [Fact]
    public void Share_from_finds_retweets_of_other_accounts_in_an_x_archive()
    {
        _folder.Write("archive/data/tweets.js", """
            window.YTD.tweets.part0 = [
              { "tweet": { "id_str": "3", "full_text": "RT @gourmet_blog: 秋吉台のカフェ", "created_at": "Wed Apr 02 01:00:00 +0000 2025" } },
              { "tweet": { "id_str": "2", "full_text": "RT @pref_yamaguchi: 県からのお知らせ", "created_at": "Wed Apr 02 01:00:00 +0000 2025" } },
              { "tweet": { "id_str": "1", "full_text": "秋吉台の山焼きのお知らせ", "created_at": "Wed Apr 02 01:00:00 +0000 2025" } }
            ]
            """);
        var config = _folder.Write("share.json", """{ "extends": "mine", "operations": { "shareFrom": ["pref_yamaguchi"] } }""");
        var report = Path.Combine(_folder.Path, "share.json.out");

        var result = CliRunner.Run("audit", Path.Combine(_folder.Path, "archive"), "--config", config, "--format", "json", "-o", report);
        Assert.Equal(0, result.ExitCode);
        var share = Assert.Single(Results(report, "PL6004"));
        Assert.Equal("3", share.GetProperty("postId").GetString());
        Assert.Equal("suggestion", share.GetProperty("severity").GetString());
        Assert.Contains("@gourmet_blog", share.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Check_of_a_single_draft_runs_no_account_rule()
    {
        var draft = _folder.Write("reply.txt", "@citizen1 お問い合わせありがとうございます");
        var result = CliRunner.Run("check", draft, "--config", Config(), "--format", "json");
        Assert.DoesNotContain("PL6002", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("PL6003", result.Output, StringComparison.Ordinal);
    }
}
