namespace PostLint.Input;

/// <summary>The input formats of <c>postlint audit --input-format</c>.</summary>
public enum InputFormat
{
    /// <summary>Detect the format from the path (see <see cref="PostReaders.Detect"/>).</summary>
    Auto,

    /// <summary>One post per file; a folder is read recursively.</summary>
    Text,

    /// <summary>JSON Lines: one object per line with <c>id</c>, <c>text</c>, optional <c>createdAt</c>, <c>platform</c>, <c>sponsored</c>, <c>urls</c>.</summary>
    JsonLines,

    /// <summary>CSV with a header row (RFC 4180); also the legacy X <c>tweets.csv</c>.</summary>
    Csv,

    /// <summary>An X account archive: <c>data/tweets.js</c> (and parts), <c>data/note-tweet.js</c>.</summary>
    XArchive,

    /// <summary>A Facebook "Download your information" export: <c>your_posts*.json</c>.</summary>
    Facebook,

    /// <summary>An Instagram export: <c>posts_N.json</c>.</summary>
    Instagram,
}

/// <summary>The names of <see cref="InputFormat"/> values on the command line and in the API.</summary>
public static class InputFormats
{
    /// <summary>The names <c>--input-format</c> accepts, in the order help lists them.</summary>
    public static IReadOnlyList<string> Names { get; } = ["auto", "text", "jsonl", "csv", "x-archive", "facebook", "instagram"];

    /// <summary>Reads a format name, ignoring case; also accepts aliases such as <c>ndjson</c>, <c>txt</c> and <c>twitter</c>.</summary>
    /// <returns>False (and <see cref="InputFormat.Auto"/>) for null or an unknown name.</returns>
    public static bool TryParse(string? name, out InputFormat format)
    {
        switch (name?.Trim().ToUpperInvariant())
        {
            case "AUTO": format = InputFormat.Auto; return true;
            case "TEXT" or "TXT": format = InputFormat.Text; return true;
            case "JSONL" or "NDJSON" or "JSON-LINES": format = InputFormat.JsonLines; return true;
            case "CSV": format = InputFormat.Csv; return true;
            case "X-ARCHIVE" or "X" or "TWITTER" or "TWITTER-ARCHIVE": format = InputFormat.XArchive; return true;
            case "FACEBOOK": format = InputFormat.Facebook; return true;
            case "INSTAGRAM": format = InputFormat.Instagram; return true;
            default: format = InputFormat.Auto; return false;
        }
    }

    /// <summary>The name of <paramref name="format"/> as <see cref="Names"/> lists it.</summary>
    public static string ToName(this InputFormat format) => format switch
    {
        InputFormat.Auto => "auto",
        InputFormat.Text => "text",
        InputFormat.JsonLines => "jsonl",
        InputFormat.Csv => "csv",
        InputFormat.XArchive => "x-archive",
        InputFormat.Facebook => "facebook",
        _ => "instagram",
    };
}
