using System.Collections.Immutable;
using System.Globalization;
using System.Net;
using System.Text;
using nietras.SeparatedValues;
using PostLint.Analysis;
using PostLint.Syntax;

namespace PostLint.Input;

/// <summary>
/// CSV with a header row (RFC 4180: quoted fields may hold commas, quotes and line breaks), parsed
/// with Sep. The text column is <c>--text-column</c> or the first of text, full_text, post, message,
/// body, content, 本文; the id column <c>--id-column</c> or id, tweet_id, post_id (else the record
/// number); the time column <c>--created-column</c> or createdAt, created_at, timestamp, date.
/// Optional columns platform, sponsored and urls/expanded_urls (comma- or space-separated).
/// The legacy X <c>tweets.csv</c> (header tweet_id … retweeted_status_id … expanded_urls) is
/// recognised: its text is HTML-unescaped, retweets are skipped, <c>timestamp</c> is
/// <c>2017-10-11 22:18:59 +0000</c>. A record with the wrong number of fields, no text or invalid
/// UTF-8 is rejected with its line and record number.
/// </summary>
public static class CsvPostReader
{
    // Invalid UTF-8 decodes to this noncharacter instead of U+FFFD, so that a record holding a bad
    // byte sequence can be told from one holding a real replacement character.
    private const char InvalidMarker = '\uFFFF';

    private static readonly string[] TextColumns = ["text", "full_text", "post", "message", "body", "content", "本文"];
    private static readonly string[] IdColumns = ["id", "tweet_id", "post_id", "id_str"];
    private static readonly string[] CreatedColumns = ["createdAt", "created_at", "timestamp", "date", "time"];
    private static readonly string[] UrlColumns = ["urls", "expanded_urls", "links"];

    private static readonly Encoding MarkingUtf8 = CreateMarkingUtf8();

    private static Encoding CreateMarkingUtf8()
    {
        var encoding = (Encoding)new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).Clone();
        encoding.DecoderFallback = new DecoderReplacementFallback(InvalidMarker.ToString());
        return encoding;
    }

    /// <summary>True when a header is the legacy X archive <c>tweets.csv</c>.</summary>
    public static bool IsLegacyTweetsHeader(IReadOnlyList<string> columns)
    {
        ArgumentNullException.ThrowIfNull(columns);
        return Has(columns, "tweet_id") && Has(columns, "text") && Has(columns, "retweeted_status_id") && Has(columns, "timestamp");
    }

    private static bool Has(IReadOnlyList<string> columns, string name) =>
        columns.Any(c => string.Equals(c.Trim(), name, StringComparison.OrdinalIgnoreCase));

    public static IEnumerable<InputRecord> Read(string path, InputReaderOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        options ??= new InputReaderOptions();
        return ProgressStream.ReadFile(path, options.Progress, stream => Read(stream, path, options, cancellationToken));
    }

    public static IEnumerable<InputRecord> Read(Stream stream, string path, InputReaderOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        options ??= new InputReaderOptions();
        using var text = new StreamReader(stream, MarkingUtf8, detectEncodingFromByteOrderMarks: false, bufferSize: 1 << 16);
        using var reader = Sep.New(',').Reader(static o => o with
        {
            HasHeader = true,
            Unescape = true,
            DisableColCountCheck = true,
            DisableFastFloat = true,
            ColNameComparer = StringComparer.OrdinalIgnoreCase,
        }).From(text);

        var names = reader.Header.ColNames.Select(static n => n.TrimStart('\uFEFF').Trim()).ToArray();
        var layout = Layout.Create(names, options, out var problem);
        if (layout is null)
        {
            yield return InputRecord.Reject(path, 1, 1, problem!);
            yield break;
        }

        long recordNumber = 0;
        foreach (var row in reader)
        {
            cancellationToken.ThrowIfCancellationRequested();
            recordNumber++;
            yield return ReadRow(row, layout, path, recordNumber, options);
        }
    }

    private static InputRecord ReadRow(SepReader.Row row, Layout layout, string path, long recordNumber, InputReaderOptions options)
    {
        var line = row.LineNumberFrom;
        var id = layout.Id >= 0 && layout.Id < row.ColCount ? row[layout.Id].ToString().Trim() : string.Empty;
        if (row.ColCount != layout.ColumnCount)
        {
            return InputRecord.Reject(path, line, recordNumber, $"the record has {row.ColCount} fields, the header has {layout.ColumnCount}", id);
        }

        if (row.Span.Contains(InvalidMarker))
        {
            return InputRecord.Reject(path, line, recordNumber, "not valid UTF-8", id);
        }

        if (id.Length == 0)
        {
            id = "#" + recordNumber.ToString(CultureInfo.InvariantCulture);
        }

        if (layout.IsLegacyTweets && layout.RetweetedStatus >= 0 && !row[layout.RetweetedStatus].Span.Trim().IsEmpty)
        {
            return InputRecord.Skip(path, line, recordNumber, "retweet", id);
        }

        var text = row[layout.Text].ToString();
        if (layout.IsLegacyTweets)
        {
            text = WebUtility.HtmlDecode(text);
        }

        if (text.Length == 0)
        {
            return InputRecord.Reject(path, line, recordNumber, $"the text column '{layout.TextName}' is empty", id);
        }

        DateTimeOffset? createdAt = null;
        if (layout.Created >= 0)
        {
            var value = row[layout.Created].ToString().Trim();
            if (value.Length > 0)
            {
                if (!Timestamps.TryParseLegacyCsv(value, options.DefaultTimeZone, out var time))
                {
                    return InputRecord.Reject(path, line, recordNumber, $"'{layout.CreatedName}' is not a time: '{value}'", id);
                }

                createdAt = time;
            }
        }

        Platform? platform = null;
        if (layout.Platform >= 0 && !row[layout.Platform].Span.Trim().IsEmpty)
        {
            var value = row[layout.Platform].ToString();
            if (!PlatformLimits.TryParsePlatform(value, out var parsed))
            {
                return InputRecord.Reject(path, line, recordNumber, $"unknown platform '{value.Trim()}'", id);
            }

            platform = parsed;
        }

        bool? sponsored = null;
        if (layout.Sponsored >= 0)
        {
            var value = row[layout.Sponsored].Span.Trim();
            if (!value.IsEmpty)
            {
                if (value.Equals("true", StringComparison.OrdinalIgnoreCase) || value is "1" || value.Equals("yes", StringComparison.OrdinalIgnoreCase))
                {
                    sponsored = true;
                }
                else if (value.Equals("false", StringComparison.OrdinalIgnoreCase) || value is "0" || value.Equals("no", StringComparison.OrdinalIgnoreCase))
                {
                    sponsored = false;
                }
                else
                {
                    return InputRecord.Reject(path, line, recordNumber, $"'sponsored' must be true or false, not '{value}'", id);
                }
            }
        }

        var links = ImmutableArray<PostLink>.Empty;
        if (layout.Urls >= 0)
        {
            var value = row[layout.Urls].ToString();
            if (!string.IsNullOrWhiteSpace(value))
            {
                links = [.. value.Split([',', ' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(static u => new PostLink(null, u))];
            }
        }

        var post = new Post(id, text)
        {
            CreatedAt = createdAt,
            Platform = platform ?? (layout.IsLegacyTweets ? Syntax.Platform.X : null),
            Sponsored = sponsored,
            Links = links,
            Source = new PostSource(path, line, recordNumber),
        };
        return InputRecord.Accept(post);
    }

    private sealed record Layout(
        int ColumnCount,
        int Text,
        string TextName,
        int Id,
        int Created,
        string CreatedName,
        int Platform,
        int Sponsored,
        int Urls,
        int RetweetedStatus,
        bool IsLegacyTweets)
    {
        public static Layout? Create(string[] names, InputReaderOptions options, out string? problem)
        {
            problem = null;
            if (names.Length == 0)
            {
                problem = "the file has no header row";
                return null;
            }

            var legacy = IsLegacyTweetsHeader(names);
            var text = Find(names, options.TextColumn, TextColumns);
            if (text < 0)
            {
                problem = options.TextColumn is not null
                    ? $"the header has no column '{options.TextColumn}' (columns: {string.Join(", ", names)})"
                    : $"no text column in the header (columns: {string.Join(", ", names)}); name it with --text-column";
                return null;
            }

            var id = Find(names, options.IdColumn, IdColumns);
            if (id < 0 && options.IdColumn is not null)
            {
                problem = $"the header has no column '{options.IdColumn}' (columns: {string.Join(", ", names)})";
                return null;
            }

            var created = Find(names, options.CreatedColumn, CreatedColumns);
            if (created < 0 && options.CreatedColumn is not null)
            {
                problem = $"the header has no column '{options.CreatedColumn}' (columns: {string.Join(", ", names)})";
                return null;
            }

            return new Layout(
                names.Length,
                text,
                names[text],
                id,
                created,
                created >= 0 ? names[created] : string.Empty,
                Find(names, null, ["platform"]),
                Find(names, null, ["sponsored"]),
                Find(names, null, UrlColumns),
                legacy ? Find(names, null, ["retweeted_status_id"]) : -1,
                legacy);
        }

        private static int Find(string[] names, string? wanted, string[] defaults)
        {
            if (wanted is not null)
            {
                return Array.FindIndex(names, n => string.Equals(n, wanted.Trim(), StringComparison.OrdinalIgnoreCase));
            }

            foreach (var candidate in defaults)
            {
                var index = Array.FindIndex(names, n => string.Equals(n, candidate, StringComparison.OrdinalIgnoreCase));
                if (index >= 0)
                {
                    return index;
                }
            }

            return -1;
        }
    }
}
