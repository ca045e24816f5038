using System.Collections.Immutable;
using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using PostLint.Localization;
using PostLint.Model;
using PostLint.IO;

namespace PostLint.Input;

/// <summary>
/// An X (Twitter) account archive: the folder with <c>data/</c> (or the <c>data</c> folder itself,
/// or one <c>tweets.js</c>). Reads <c>tweets.js</c>, <c>tweets-part1.js</c>, … (and the older
/// <c>tweet.js</c>) after stripping the <c>window.YTD…=</c> prefix, element by element.
/// <list type="bullet">
/// <item>Post id = <c>id_str</c>; text = <c>full_text</c> HTML-unescaped (<c>&amp;amp;</c> → <c>&amp;</c>); time = <c>created_at</c>.</item>
/// <item>Links: <c>entities.urls[]</c> — Shown = the t.co <c>url</c>, Expanded = <c>expanded_url</c>, so link rules judge the real target. The t.co links of attached photos and videos (<c>entities.media</c>, <c>extended_entities.media</c>) that X appends to the end of <c>full_text</c> are removed: they are not text the account wrote; a tweet that is only media is skipped.</item>
/// <item>Retweets (<c>RT @…</c> or a <c>retweeted_status</c>) are skipped and counted: they are not the account's own words.
/// They still carry a post with <see cref="Post.RepostOf"/> (the account after <c>RT @</c>, or
/// <c>retweeted_status.user.screen_name</c>) for the account rules (PL6004).</item>
/// <item>Account: <c>data/account.js</c> (<c>account.username</c>, <c>account.accountId</c>) names the
/// archive's account, when the archive has it. Replies: <see cref="Post.ReplyTo"/> =
/// <c>in_reply_to_screen_name</c>, <see cref="Post.ReplyToPostId"/> = <c>in_reply_to_status_id_str</c>;
/// a reply whose <c>in_reply_to_user_id_str</c> is the archive's own <c>accountId</c> is a thread
/// (its <see cref="Post.ReplyTo"/> is the account itself).</item>
/// <item>Long posts: X cuts <c>full_text</c> and keeps the whole text in <c>data/note-tweet.js</c>
/// (<c>noteTweet.core.text</c>), which has its own id. A note replaces a tweet's text when both were
/// created in the same second and the note text starts with the tweet's text (without the trailing
/// <c>…</c> and t.co link); when no note has the same second, a note whose text starts with the
/// tweet's first 20+ characters is taken if it is the only one. Unmatched notes are ignored.</item>
/// </list>
/// </summary>
public static partial class XArchiveReader
{
    private const int MinimumPrefixForTextOnlyMatch = 20;

    /// <summary>The tweet files of an archive's data folder, in part order.</summary>
    public static IReadOnlyList<string> FindTweetFiles(string dataFolder)
    {
        ArgumentNullException.ThrowIfNull(dataFolder);
        if (!Directory.Exists(dataFolder))
        {
            return [];
        }

        return [.. Directory.EnumerateFiles(dataFolder)
            .Select(static f => (File: f, Order: PartOrder(Path.GetFileName(f), TweetFileName())))
            .Where(static x => x.Order >= 0)
            .OrderBy(static x => x.Order)
            .Select(static x => x.File)];
    }

    /// <summary>The note-tweet files of an archive's data folder, in part order.</summary>
    public static IReadOnlyList<string> FindNoteFiles(string dataFolder)
    {
        ArgumentNullException.ThrowIfNull(dataFolder);
        if (!Directory.Exists(dataFolder))
        {
            return [];
        }

        return [.. Directory.EnumerateFiles(dataFolder)
            .Select(static f => (File: f, Order: PartOrder(Path.GetFileName(f), NoteFileName())))
            .Where(static x => x.Order >= 0)
            .OrderBy(static x => x.Order)
            .Select(static x => x.File)];
    }

    // tweets.js / tweet.js = part 0, tweets-part1.js = part 1, …
    private static int PartOrder(string name, Regex pattern)
    {
        var match = pattern.Match(name);
        if (!match.Success)
        {
            return -1;
        }

        return match.Groups["part"].Success ? int.Parse(match.Groups["part"].Value, CultureInfo.InvariantCulture) : 0;
    }

    [GeneratedRegex(@"^tweets?(-part(?<part>[0-9]+))?\.js$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TweetFileName();

    [GeneratedRegex(@"^note-tweet(-part(?<part>[0-9]+))?\.js$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NoteFileName();

    /// <summary>True when a folder looks like an X archive (or its data folder).</summary>
    public static bool IsArchive(string folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        return FindTweetFiles(Path.Combine(folder, "data")).Count > 0 || FindTweetFiles(folder).Count > 0;
    }

    /// <summary>True when a file name is an archive tweet file (<c>tweets.js</c>, <c>tweets-part2.js</c>, <c>tweet.js</c>).</summary>
    public static bool IsTweetFileName(string fileName) => PartOrder(fileName, TweetFileName()) >= 0;

    internal static int TweetPartOrder(string fileName) => PartOrder(fileName, TweetFileName());

    internal static int NotePartOrder(string fileName) => PartOrder(fileName, NoteFileName());

    /// <summary>The records of the file (or export folder) at <paramref name="path"/>, read lazily as the sequence is enumerated. A record that cannot be used comes as a rejected record (PL0001), not as an exception.</summary>
    /// <param name="path">The file or folder to read.</param>
    /// <param name="options">The time zone of times without an offset, CSV column names and progress reporting; null for the defaults.</param>
    /// <param name="cancellationToken">Stops reading between records.</param>
    public static IEnumerable<InputRecord> Read(string path, InputReaderOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        options ??= new InputReaderOptions();
        if (File.Exists(path) && XArchiveZip.IsZip(path))
        {
            return XArchiveZip.Read(path, options, (notes, tweets, account) => ReadEntries(notes, tweets, account, cancellationToken));
        }

        IReadOnlyList<string> tweetFiles;
        string dataFolder;
        if (File.Exists(path))
        {
            dataFolder = Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".";
            tweetFiles = [path];
        }
        else
        {
            dataFolder = Directory.Exists(Path.Combine(path, "data")) ? Path.Combine(path, "data") : path;
            tweetFiles = FindTweetFiles(dataFolder);
            if (tweetFiles.Count == 0)
            {
                return [InputRecord.Reject(path, 1, 1, LocalizedMessage.Of("input.x.notArchive"))];
            }

            // Report paths as the user wrote them, not rebuilt from the full path.
            tweetFiles = [.. tweetFiles.Select(f => Path.Combine(dataFolder, Path.GetFileName(f)))];
        }

        return ReadFiles(tweetFiles, FindNoteFiles(dataFolder), ReadAccount(dataFolder), options, cancellationToken);
    }

    /// <summary>Reads the tweets of one <c>tweets.js</c> stream (which is disposed at the end), without note tweets.</summary>
    public static IEnumerable<InputRecord> ReadTweets(Stream stream, string path, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(path);
        var notes = new NoteIndex();
        return ExportFile.Read(stream, path, (element, line, number) => ToRecord(element, path, line, number, notes, account: null), cancellationToken);
    }

    // The entries of a zipped archive: each is guarded on its own, so an entry that fails while it
    // is decompressed (damaged, or larger than it declared) costs the rest of that entry only.
    private static IEnumerable<InputRecord> ReadEntries(IEnumerable<(Func<Stream> Open, string Name)> noteEntries, IEnumerable<(Func<Stream> Open, string Name)> tweetEntries, ArchiveAccount? account, CancellationToken cancellationToken)
    {
        var notes = new NoteIndex();
        foreach (var (open, name) in noteEntries)
        {
            foreach (var problem in RecordGuard.Guard(() => notes.Load(open(), name, cancellationToken), name))
            {
                yield return problem;
            }
        }

        foreach (var (open, name) in tweetEntries)
        {
            foreach (var record in RecordGuard.Guard(() => ExportFile.Read(open(), name, (element, line, number) => ToRecord(element, name, line, number, notes, account), cancellationToken), name))
            {
                yield return record;
            }
        }
    }

    /// <summary>The account of an archive (<c>data/account.js</c>, a few hundred bytes): null when it is missing or unreadable.</summary>
    internal static ArchiveAccount? ReadAccount(string dataFolder)
    {
        var path = Path.Combine(dataFolder, "account.js");
        try
        {
            // Regular and small only: a named pipe here must not block the audit (FileRefusedException is an IOException).
            return File.Exists(path) ? ParseAccount(BoundedFile.ReadAllBytes(path, MaxAccountFileBytes, LocalizedMessage.Of("file.what.account"))) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Without the account file, threads are told from replies by the post ids seen (see PL6003).
            return null;
        }
    }

    /// <summary>
    /// The account named by the bytes of an <c>account.js</c> (<c>window.YTD.account.part0 = [{"account": {…}}]</c>):
    /// null when they name none or are not that file.
    /// </summary>
    internal static ArchiveAccount? ParseAccount(ReadOnlyMemory<byte> bytes)
    {
        var start = bytes.Span.IndexOf((byte)'[');
        if (start < 0)
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(bytes[start..], new JsonDocumentOptions { AllowTrailingCommas = true });
            if (document.RootElement.ValueKind != JsonValueKind.Array)
            {
                return null;
            }

            foreach (var element in document.RootElement.EnumerateArray())
            {
                var account = element.Property("account");
                if (AccountNames.Normalize(account.String("username")) is { } username)
                {
                    return new ArchiveAccount(username, account.StringOrNumber("accountId"));
                }
            }
        }
        catch (JsonException)
        {
            // An unreadable account file is the same as none: the audit does not depend on it.
        }

        return null;
    }

    internal const int MaxAccountFileBytes = 1 << 20;

    /// <summary>The archive's own account: its screen name and numeric id.</summary>
    internal sealed record ArchiveAccount(string Username, string? AccountId);

    private static IEnumerable<InputRecord> ReadFiles(IReadOnlyList<string> tweetFiles, IReadOnlyList<string> noteFiles, ArchiveAccount? account, InputReaderOptions options, CancellationToken cancellationToken)
    {
        var notes = new NoteIndex();
        foreach (var noteFile in noteFiles)
        {
            foreach (var problem in notes.Load(noteFile, options, cancellationToken))
            {
                yield return problem;
            }
        }

        foreach (var file in tweetFiles)
        {
            foreach (var record in ExportFile.Read(file, options, (element, line, number) => ToRecord(element, file, line, number, notes, account), cancellationToken))
            {
                yield return record;
            }
        }
    }

    private static InputRecord ToRecord(JsonElement element, string path, int line, long recordNumber, NoteIndex notes, ArchiveAccount? account)
    {
        // Current archives wrap each tweet in {"tweet": …}; archives of about 2019 did not.
        var tweet = element.Property("tweet");
        if (tweet.ValueKind != JsonValueKind.Object)
        {
            tweet = element;
        }

        if (tweet.ValueKind != JsonValueKind.Object)
        {
            return InputRecord.Reject(path, line, recordNumber, LocalizedMessage.Of("input.x.notTweet"));
        }

        var id = tweet.StringOrNumber("id_str") ?? tweet.StringOrNumber("id") ?? string.Empty;
        var rawText = tweet.String("full_text") ?? tweet.String("text");
        if (id.Length == 0)
        {
            return InputRecord.Reject(path, line, recordNumber, LocalizedMessage.Of("input.x.noId"));
        }

        if (rawText is null)
        {
            return InputRecord.Reject(path, line, recordNumber, LocalizedMessage.Of("input.x.noText"), id);
        }

        DateTimeOffset? createdAt = null;
        if (tweet.String("created_at") is { } created)
        {
            if (!Timestamps.TryParseX(created, out var time))
            {
                return InputRecord.Reject(path, line, recordNumber, LocalizedMessage.Of("input.x.badTime", created), id);
            }

            createdAt = time;
        }

        var retweeted = tweet.Property("retweeted_status");
        if (rawText.StartsWith("RT @", StringComparison.Ordinal) || retweeted.ValueKind == JsonValueKind.Object)
        {
            var retweet = new Post(id, WebUtility.HtmlDecode(rawText))
            {
                CreatedAt = createdAt,
                Platform = Model.Platform.X,
                Account = account?.Username,
                RepostOf = AccountNames.Normalize(retweeted.Property("user").String("screen_name")) ?? RetweetSource(rawText),
                Source = new PostSource(path, line, recordNumber),
            };
            return InputRecord.Skip(retweet, LocalizedMessage.Of("input.skip.retweet"));
        }

        var entities = tweet.Property("entities");
        var text = StripAttachedMedia(WebUtility.HtmlDecode(rawText), [.. entities.Items("media"), .. tweet.Property("extended_entities").Items("media")]);
        if (text.Length == 0 && rawText.Length > 0)
        {
            return InputRecord.Skip(path, line, recordNumber, LocalizedMessage.Of("input.skip.mediaOnly"), id);
        }

        var links = ImmutableArray.CreateBuilder<PostLink>();
        AddLinks(links, entities.Items("urls"), "url", "expanded_url");

        var longPost = false;
        if (notes.Match(text, createdAt) is { } note)
        {
            // X published the whole note, whatever full_text shows: a long post (X Premium).
            longPost = true;
            text = note.Text;
            foreach (var link in note.Links)
            {
                AddLink(links, link);
            }
        }

        if (text.Length == 0)
        {
            return InputRecord.Reject(path, line, recordNumber, LocalizedMessage.Of("input.x.emptyText"), id);
        }

        var replyToPostId = tweet.StringOrNumber("in_reply_to_status_id_str") ?? tweet.StringOrNumber("in_reply_to_status_id");
        var replyTo = AccountNames.Normalize(tweet.String("in_reply_to_screen_name"));
        if (account?.AccountId is { } ownId && string.Equals(tweet.StringOrNumber("in_reply_to_user_id_str"), ownId, StringComparison.Ordinal))
        {
            // A reply to the archive's own account: a thread, whatever name it had then.
            replyTo = account.Username;
        }

        var post = new Post(id, text)
        {
            CreatedAt = createdAt,
            Platform = Model.Platform.X,
            Account = account?.Username,
            ReplyTo = replyTo,
            ReplyToPostId = string.IsNullOrEmpty(replyToPostId) ? null : replyToPostId,
            LongPost = longPost ? true : null,
            Links = links.ToImmutable(),
            Source = new PostSource(path, line, recordNumber),
        };
        return InputRecord.Accept(post);
    }

    /// <summary>The account after <c>RT @</c> (<c>RT @joetsu_city: …</c>), or null.</summary>
    private static string? RetweetSource(string text)
    {
        var match = RetweetPrefix().Match(text);
        return match.Success ? match.Groups["name"].Value : null;
    }

    [GeneratedRegex(@"^RT @(?<name>[A-Za-z0-9_]{1,50}):?", RegexOptions.CultureInvariant)]
    private static partial Regex RetweetPrefix();

    /// <summary>
    /// The text without the t.co links of attached photos and videos at its end: X appends them to
    /// <c>full_text</c> but does not show them as text (they fall outside <c>display_text_range</c>)
    /// nor count them, so they are not part of what the account wrote.
    /// </summary>
    private static string StripAttachedMedia(string text, JsonElement[] media)
    {
        var end = text.Length;
        var changed = true;
        while (changed)
        {
            changed = false;
            var trimmed = text.AsSpan(0, end).TrimEnd();
            foreach (var item in media)
            {
                if (item.String("url") is { Length: > 0 } url && trimmed.EndsWith(url, StringComparison.Ordinal))
                {
                    end = trimmed.Length - url.Length;
                    changed = true;
                    break;
                }
            }
        }

        return end == text.Length ? text : text[..end].TrimEnd();
    }

    private static void AddLinks(ImmutableArray<PostLink>.Builder links, IEnumerable<JsonElement> items, string shownName, string expandedName)
    {
        foreach (var item in items)
        {
            var expanded = item.String(expandedName);
            if (!string.IsNullOrWhiteSpace(expanded))
            {
                AddLink(links, new PostLink(item.String(shownName), expanded));
            }
        }
    }

    private static void AddLink(ImmutableArray<PostLink>.Builder links, PostLink link)
    {
        foreach (var existing in links)
        {
            if (string.Equals(existing.Shown, link.Shown, StringComparison.Ordinal) && string.Equals(existing.Expanded, link.Expanded, StringComparison.Ordinal))
            {
                return;
            }
        }

        links.Add(link);
    }

    /// <summary>The tweet text without what X appends when it cuts a long post: the ellipsis and the t.co link.</summary>
    internal static string TruncatedPrefix(string text)
    {
        var span = text.AsSpan().TrimEnd();
        while (true)
        {
            var lastSpace = span.LastIndexOfAny(' ', '\n');
            var lastWord = span[(lastSpace + 1)..];
            if (lastWord.StartsWith("https://t.co/", StringComparison.OrdinalIgnoreCase) || lastWord.StartsWith("http://t.co/", StringComparison.OrdinalIgnoreCase))
            {
                span = span[..Math.Max(lastSpace, 0)].TrimEnd();
                continue;
            }

            break;
        }

        span = span.TrimEnd('…').TrimEnd('.').TrimEnd();
        return span.ToString();
    }

    private sealed record Note(string Text, DateTimeOffset? CreatedAt, ImmutableArray<PostLink> Links);

    /// <summary>The note tweets of an archive, by second of creation and by the start of their text.</summary>
    private sealed class NoteIndex
    {
        private readonly Dictionary<long, List<Note>> _bySecond = [];
        private readonly Dictionary<string, List<Note>> _byPrefix = new(StringComparer.Ordinal);

        public IEnumerable<InputRecord> Load(string path, InputReaderOptions options, CancellationToken cancellationToken) =>
            OnlyProblems(ExportFile.Read(path, options, (element, line, number) => Add(element, path, line, number), cancellationToken));

        public IEnumerable<InputRecord> Load(Stream stream, string path, CancellationToken cancellationToken) =>
            OnlyProblems(ExportFile.Read(stream, path, (element, line, number) => Add(element, path, line, number), cancellationToken));

        private static IEnumerable<InputRecord> OnlyProblems(IEnumerable<InputRecord> records)
        {
            foreach (var record in records)
            {
                // Notes are not posts of their own: only problems come out of this file.
                if (record.Kind == InputRecordKind.Rejected)
                {
                    yield return record;
                }
            }
        }

        private InputRecord Add(JsonElement element, string path, int line, long recordNumber)
        {
            var note = element.Property("noteTweet");
            var core = note.Property("core");
            var text = core.String("text");
            if (text is null)
            {
                return InputRecord.Reject(path, line, recordNumber, LocalizedMessage.Of("input.x.noteNoText"));
            }

            DateTimeOffset? createdAt = null;
            if (note.String("createdAt") is { } created && DateTimeOffset.TryParse(created, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time))
            {
                createdAt = time;
            }

            var links = ImmutableArray.CreateBuilder<PostLink>();
            foreach (var url in core.Items("urls"))
            {
                var expanded = url.String("expandedUrl") ?? url.String("expanded_url");
                if (!string.IsNullOrWhiteSpace(expanded))
                {
                    links.Add(new PostLink(url.String("shortUrl") ?? url.String("url"), expanded));
                }
            }

            var entry = new Note(WebUtility.HtmlDecode(text), createdAt, links.ToImmutable());
            if (createdAt is { } at)
            {
                Bucket(_bySecond, at.ToUnixTimeSeconds()).Add(entry);
            }

            if (entry.Text.Length >= MinimumPrefixForTextOnlyMatch)
            {
                Bucket(_byPrefix, entry.Text[..MinimumPrefixForTextOnlyMatch]).Add(entry);
            }

            return InputRecord.Skip(path, line, recordNumber, LocalizedMessage.Of("input.skip.noteTweet"));
        }

        private static List<Note> Bucket<TKey>(Dictionary<TKey, List<Note>> map, TKey key)
            where TKey : notnull
        {
            if (!map.TryGetValue(key, out var list))
            {
                list = [];
                map[key] = list;
            }

            return list;
        }

        public Note? Match(string tweetText, DateTimeOffset? createdAt)
        {
            if (_bySecond.Count == 0 && _byPrefix.Count == 0)
            {
                return null;
            }

            var prefix = TruncatedPrefix(tweetText);
            if (createdAt is { } at && _bySecond.TryGetValue(at.ToUnixTimeSeconds(), out var sameSecond))
            {
                foreach (var note in sameSecond)
                {
                    if (note.Text.StartsWith(prefix, StringComparison.Ordinal) && note.Text.Length > prefix.Length)
                    {
                        return note;
                    }
                }
            }

            if (prefix.Length >= MinimumPrefixForTextOnlyMatch &&
                _byPrefix.TryGetValue(prefix[..MinimumPrefixForTextOnlyMatch], out var candidates))
            {
                Note? found = null;
                foreach (var note in candidates)
                {
                    if (note.Text.StartsWith(prefix, StringComparison.Ordinal) && note.Text.Length > prefix.Length)
                    {
                        if (found is not null)
                        {
                            return null;
                        }

                        found = note;
                    }
                }

                return found;
            }

            return null;
        }
    }
}
