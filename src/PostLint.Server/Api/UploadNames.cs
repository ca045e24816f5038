using System.Text;
using PostLint.Input;
using PostLint.Model;

namespace PostLint.Server.Api;

/// <summary>
/// Names of uploaded files on the server's disk, and the way back to the names the user sent.
/// An upload's name is only a hint: each of its parts keeps letters, digits and <c>. _ - ( )</c>
/// (Japanese letters too), <c>.</c> and <c>..</c> parts are dropped, so the result is always a
/// relative path inside the upload folder. Folder uploads (a browser sends <c>export/data/tweets.js</c>)
/// keep their structure, which is what the format detection of <see cref="PostReaders"/> looks at.
/// </summary>
internal static class UploadNames
{
    private const int MaxParts = 8;
    private const int MaxPartLength = 100;

    public static string ToRelativePath(string? uploadName, int number)
    {
        var parts = (uploadName ?? string.Empty)
            .Split(['/', '\\'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(Clean)
            .Where(static p => p.Length > 0 && p != "." && p != "..")
            .TakeLast(MaxParts)
            .ToArray();
        return parts.Length == 0 ? $"upload-{number}" : Path.Combine(parts);
    }

    /// <summary>The path, or the path with <c>-2</c>, <c>-3</c>… before the extension when it is taken.</summary>
    public static string Unique(string path)
    {
        if (!File.Exists(path) && !Directory.Exists(path))
        {
            return path;
        }

        var folder = Path.GetDirectoryName(path)!;
        var stem = Path.GetFileNameWithoutExtension(path);
        var extension = Path.GetExtension(path);
        for (var i = 2; ; i++)
        {
            var candidate = Path.Combine(folder, $"{stem}-{i}{extension}");
            if (!File.Exists(candidate) && !Directory.Exists(candidate))
            {
                return candidate;
            }
        }
    }

    /// <summary>A folder upload holds one top folder (<c>twitter-2025/…</c>): read that one, as the CLI would be given it.</summary>
    public static string SingleTopFolder(string folder)
    {
        var entries = Directory.GetFileSystemEntries(folder);
        return entries.Length == 1 && Directory.Exists(entries[0]) ? entries[0] : folder;
    }

    /// <summary>A record with the upload folder taken out of its path and reason; request-wide platform and sponsored filled in.</summary>
    public static InputRecord Relative(InputRecord record, string folder, Post? template)
    {
        ArgumentNullException.ThrowIfNull(record);
        var path = Hide(record.Path, folder);
        switch (record.Kind)
        {
            case InputRecordKind.Post:
                var post = record.Post!;
                post = post with
                {
                    Source = post.Source is { } source ? source with { Path = Hide(source.Path, folder) } : null,
                    Platform = post.Platform ?? template?.Platform,
                    Sponsored = post.Sponsored ?? template?.Sponsored,
                };
                return InputRecord.Accept(post);
            default:
                return record.Relocated(path, text => Hide(text, folder));
        }
    }

    /// <summary>Text with the server's upload folder removed from every path in it.</summary>
    public static string Hide(string text, string folder)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Replace(folder + Path.DirectorySeparatorChar, string.Empty, StringComparison.Ordinal)
            .Replace(folder, ".", StringComparison.Ordinal);
    }

    private static string Clean(string part)
    {
        var builder = new StringBuilder(Math.Min(part.Length, MaxPartLength));
        foreach (var rune in part.EnumerateRunes())
        {
            if (builder.Length >= MaxPartLength)
            {
                break;
            }

            var c = rune.Value;
            var keep = Rune.IsLetterOrDigit(rune) || c is '.' or '_' or '-' or '(' or ')' || (c == ' ' && builder.Length > 0);
            if (keep)
            {
                builder.Append(rune.ToString());
            }
            else
            {
                builder.Append('_');
            }
        }

        // A part made only of dots is not a name.
        var cleaned = builder.ToString().Trim();
        return cleaned.All(static ch => ch == '.') ? string.Empty : cleaned;
    }
}
