using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using PostLint.Localization;
using PostLint.Model;

namespace PostLint.Input;

/// <summary>
/// A Facebook "Download your information" export (JSON): every <c>your_posts*.json</c> under the
/// folder (older exports: <c>posts/your_posts_1.json</c>; 2024+:
/// <c>your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_1.json</c>), matched by
/// file name. Each element is <c>{"timestamp": …, "data": [{"post": "…"}], "attachments": […]}</c>:
/// the text is the <c>data[].post</c> values (Facebook's generated <c>title</c>, "X added a new photo.",
/// is not the user's words and is not checked); the time is <c>timestamp</c> (Unix seconds); links
/// are <c>attachments[].data[].external_context.url</c>. Strings are repaired from the export's
/// latin-1 mojibake (<see cref="Mojibake"/>). Posts without text (photos, shares and check-ins
/// without a caption) are skipped and counted: there is nothing of the city's wording to check.
/// Post id: the timestamp (Facebook exports carry no post id; a timestamp stays the same when a
/// later export adds newer posts), with <c>-2</c>, <c>-3</c>… for posts of the same second.
/// </summary>
public static partial class FacebookReader
{
    [GeneratedRegex(@"^your_posts.*\.json$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PostsFileName();

    /// <summary>True for the file names of the export's post files (<c>your_posts*.json</c>).</summary>
    public static bool IsPostsFileName(string fileName) => PostsFileName().IsMatch(fileName);

    /// <summary>The post files of an export folder, in the order they are read.</summary>
    public static IReadOnlyList<string> FindFiles(string folder) => ExportFolders.FindFiles(folder, IsPostsFileName);

    /// <summary>The records of the file (or export folder) at <paramref name="path"/>, read lazily as the sequence is enumerated. A record that cannot be used comes as a rejected record (PL0001), not as an exception.</summary>
    /// <param name="path">The file or folder to read.</param>
    /// <param name="options">The time zone of times without an offset, CSV column names and progress reporting; null for the defaults.</param>
    /// <param name="cancellationToken">Stops reading between records.</param>
    public static IEnumerable<InputRecord> Read(string path, InputReaderOptions? options = null, CancellationToken cancellationToken = default) =>
        ExportFolders.Read(path, options, IsPostsFileName, LocalizedMessage.Of("input.facebook.notExport"), ToRecord, cancellationToken);

    private static InputRecord ToRecord(JsonElement element, string path, int line, long recordNumber, HashSet<string> ids)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            return InputRecord.Reject(path, line, recordNumber, LocalizedMessage.Of("input.export.notPost"));
        }

        var timestamp = element.Int64("timestamp");
        var id = ExportFolders.UniqueId(timestamp?.ToString(CultureInfo.InvariantCulture) ?? "#" + recordNumber.ToString(CultureInfo.InvariantCulture), ids);
        var text = new StringBuilder();
        foreach (var item in element.Items("data"))
        {
            if (item.String("post") is { Length: > 0 } written)
            {
                if (text.Length > 0)
                {
                    text.Append('\n');
                }

                text.Append(Mojibake.Repair(written));
            }
        }

        if (text.Length == 0)
        {
            return InputRecord.Skip(path, line, recordNumber, LocalizedMessage.Of("input.skip.facebookNoText"), id);
        }

        var links = ImmutableArray.CreateBuilder<PostLink>();
        foreach (var attachment in element.Items("attachments"))
        {
            foreach (var data in attachment.Items("data"))
            {
                if (data.Property("external_context").String("url") is { Length: > 0 } url)
                {
                    links.Add(new PostLink(null, Mojibake.Repair(url)));
                }
            }
        }

        var post = new Post(id, text.ToString())
        {
            CreatedAt = timestamp is { } seconds ? Timestamps.FromUnixSeconds(seconds, "timestamp") : null,
            Platform = Model.Platform.Facebook,
            Links = links.ToImmutable(),
            Source = new PostSource(path, line, recordNumber),
        };
        return InputRecord.Accept(post);
    }
}

/// <summary>
/// An Instagram export (JSON): every <c>posts_N.json</c> under the folder (<c>content/</c>,
/// <c>your_instagram_activity/content/</c> or <c>…/media/</c>). Each element is
/// <c>{"media": [{"uri", "creation_timestamp", "title"}], "title": "caption", "creation_timestamp"}</c>.
/// The caption is the top-level <c>title</c> when it is present and not empty (multi-image posts,
/// Facebook cross-posts), else <c>media[0].title</c> (single-media posts) — io-formats §3.3.
/// Strings are repaired from the latin-1 mojibake. Posts without a caption are skipped and counted.
/// Post id: <c>media[0].uri</c> (unique and stable across exports), else the timestamp.
/// </summary>
public static partial class InstagramReader
{
    [GeneratedRegex(@"^posts_[0-9]+\.json$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PostsFileName();

    /// <summary>True for the file names of the export's post files (<c>posts_1.json</c>, …).</summary>
    public static bool IsPostsFileName(string fileName) => PostsFileName().IsMatch(fileName);

    /// <summary>The post files of an export folder, in the order they are read.</summary>
    public static IReadOnlyList<string> FindFiles(string folder) => ExportFolders.FindFiles(folder, IsPostsFileName);

    /// <summary>The records of the file (or export folder) at <paramref name="path"/>, read lazily as the sequence is enumerated. A record that cannot be used comes as a rejected record (PL0001), not as an exception.</summary>
    /// <param name="path">The file or folder to read.</param>
    /// <param name="options">The time zone of times without an offset, CSV column names and progress reporting; null for the defaults.</param>
    /// <param name="cancellationToken">Stops reading between records.</param>
    public static IEnumerable<InputRecord> Read(string path, InputReaderOptions? options = null, CancellationToken cancellationToken = default) =>
        ExportFolders.Read(path, options, IsPostsFileName, LocalizedMessage.Of("input.instagram.notExport"), ToRecord, cancellationToken);

    private static InputRecord ToRecord(JsonElement element, string path, int line, long recordNumber, HashSet<string> ids)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            return InputRecord.Reject(path, line, recordNumber, LocalizedMessage.Of("input.export.notPost"));
        }

        var first = element.Items("media").FirstOrDefault();
        var timestamp = element.Int64("creation_timestamp") ?? first.Int64("creation_timestamp");
        var uri = first.String("uri");
        var id = ExportFolders.UniqueId(
            !string.IsNullOrEmpty(uri) ? Mojibake.Repair(uri) : timestamp?.ToString(CultureInfo.InvariantCulture) ?? "#" + recordNumber.ToString(CultureInfo.InvariantCulture),
            ids);
        var caption = element.String("title") is { Length: > 0 } top ? top : first.String("title");
        if (string.IsNullOrEmpty(caption))
        {
            return InputRecord.Skip(path, line, recordNumber, LocalizedMessage.Of("input.skip.noCaption"), id);
        }

        var post = new Post(id, Mojibake.Repair(caption))
        {
            CreatedAt = timestamp is { } seconds ? Timestamps.FromUnixSeconds(seconds, "creation_timestamp") : null,
            Platform = Model.Platform.Instagram,
            Source = new PostSource(path, line, recordNumber),
        };
        return InputRecord.Accept(post);
    }
}

internal static class ExportFolders
{
    /// <summary>Files under a folder whose name matches, recursively, sorted by relative path (hidden entries left out).</summary>
    public static IReadOnlyList<string> FindFiles(string folder, Func<string, bool> isMatch) =>
        [.. TextPostReader.EnumerateFolder(folder).Where(f => isMatch(Path.GetFileName(f.Path))).Select(static f => f.Path)];

    /// <summary>
    /// Reads an export given as its folder (every matching file, in order) or as one file; post ids
    /// are made unique across the files of one run.
    /// </summary>
    public static IEnumerable<InputRecord> Read(
        string path,
        InputReaderOptions? options,
        Func<string, bool> isPostsFile,
        LocalizedMessage notAnExport,
        Func<JsonElement, string, int, long, HashSet<string>, InputRecord> toRecord,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(path);
        options ??= new InputReaderOptions();
        var files = Directory.Exists(path) ? FindFiles(path, isPostsFile) : [path];
        return files.Count == 0
            ? [InputRecord.Reject(path, 1, 1, notAnExport)]
            : ReadFiles(files, options, toRecord, cancellationToken);
    }

    private static IEnumerable<InputRecord> ReadFiles(
        IReadOnlyList<string> files,
        InputReaderOptions options,
        Func<JsonElement, string, int, long, HashSet<string>, InputRecord> toRecord,
        CancellationToken cancellationToken)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            foreach (var record in ExportFile.Read(file, options, (element, line, number) => toRecord(element, file, line, number, ids), cancellationToken))
            {
                yield return record;
            }
        }
    }

    public static string UniqueId(string id, HashSet<string> seen)
    {
        if (seen.Add(id))
        {
            return id;
        }

        for (var n = 2; ; n++)
        {
            var candidate = id + "-" + n.ToString(CultureInfo.InvariantCulture);
            if (seen.Add(candidate))
            {
                return candidate;
            }
        }
    }
}
