using System.Collections.Immutable;
using System.Globalization;
using System.Net;
using System.Text;
using PostLint.Localization;
using PostLint.IO;
using PostLint.Model;

namespace PostLint.Input;

/// <summary>The columns a CSV file's header gives to each role, found before the records are read.</summary>
/// <param name="Path">The file.</param>
/// <param name="Columns">The header's column names.</param>
/// <param name="Mapping">Column → role, in header order (for 「列の対応」).</param>
/// <param name="Duplicates">Column names given more than once: the name, the 1-based column used and the one ignored.</param>
/// <param name="Problem">Why the file cannot be read (no header, no text column, a named column missing), or null.</param>
/// <param name="MissingOption">The option (<c>--id-column</c> …) and the column it names that the header does not have: a usage error.</param>
/// <param name="Encoding">The encoding the file is read in.</param>
public sealed record CsvColumnPlan(
    string Path,
    IReadOnlyList<string> Columns,
    IReadOnlyList<(string Column, string Role)> Mapping,
    IReadOnlyList<(string Name, int Used, int Ignored)> Duplicates,
    LocalizedMessage? Problem,
    (string Option, string Column)? MissingOption,
    TextEncodingKind Encoding)
{
    private string FileName => System.IO.Path.GetFileName(Path);

    /// <summary>One line for the start of a run: 「列の対応 (posts.csv): 投稿ID→id, 本文→text」.</summary>
    public string Describe(Messages messages)
    {
        ArgumentNullException.ThrowIfNull(messages);
        var pairs = string.Join(", ", Mapping.Select(static m => $"{m.Column}→{m.Role}"));
        var encoding = Encoding == TextEncodingKind.Utf8 ? string.Empty : messages.Format("input.csv.encoding", InputEncoding.Describe(Encoding, messages));
        return messages.Format("input.csv.columns", FileName, pairs) + encoding;
    }

    /// <summary>What the user should know about the header (a column named twice).</summary>
    public IEnumerable<string> Warnings(Messages messages)
    {
        ArgumentNullException.ThrowIfNull(messages);
        return Duplicates.Select(d => messages.Format("input.csv.duplicateColumn", FileName, d.Name, d.Used, d.Ignored));
    }

    /// <summary>The usage error for an option naming a column the header does not have, or null.</summary>
    public string? MissingOptionMessage(Messages messages)
    {
        ArgumentNullException.ThrowIfNull(messages);
        return MissingOption is { } missing ? messages.Format("input.csv.missingColumn", missing.Option, missing.Column, FileName, string.Join(", ", Columns)) : null;
    }
}

/// <summary>
/// CSV with a header row (RFC 4180, split by <see cref="CsvTokenizer"/>: a stray quote never merges
/// rows). Columns are found by their header (<see cref="InputNames"/>, <c>Data/Input/csv-columns.txt</c>),
/// English or Japanese as Excel users name them: text (text, 本文, テキスト, 内容 …), id (id,
/// tweet_id, 投稿ID, ID …; else the record number), time (createdAt, timestamp, 投稿日時, 日時,
/// 投稿日 …), platform (platform, 媒体, プラットフォーム …; values such as X, Twitter, インスタグラム,
/// Facebook), sponsored, urls (comma- or space-separated), account. <c>--text-column</c>,
/// <c>--id-column</c> and <c>--created-column</c> name a column outright. A header naming a column
/// twice (<c>text,text,id</c>) is read with the first of them, and the duplicate is said in the
/// column plan. The legacy X <c>tweets.csv</c> is recognised: its text is HTML-unescaped,
/// retweets are skipped, <c>timestamp</c> is <c>2017-10-11 22:18:59 +0000</c>.
/// <para>Encodings: UTF-8 (with or without BOM), UTF-16 with its BOM, and Shift_JIS (Excel's
/// default on Japanese Windows), found by <see cref="InputEncoding"/>. A record with the wrong
/// number of fields, no text, bytes that are not in the file's encoding, a quote opened by
/// mistake or more than <see cref="InputLimits.MaxRecordChars"/> characters is rejected with its
/// line and record number, and reading goes on.</para>
/// </summary>
public static class CsvPostReader
{
    // Bytes that are not in the file's encoding decode to this noncharacter instead of U+FFFD, so
    // that a record holding a bad byte sequence can be told from one holding a real U+FFFD.
    private const char InvalidMarker = '\uFFFF';

    private static readonly string[] TrueValues = ["true", "1", "yes", "y", "はい", "あり", "有", "○", "◯", "〇", "PR", "広告"];
    private static readonly string[] FalseValues = ["false", "0", "no", "n", "いいえ", "なし", "無", "×", "-", "－"];

    /// <summary>True when a header is the legacy X archive <c>tweets.csv</c>.</summary>
    public static bool IsLegacyTweetsHeader(IReadOnlyList<string> columns)
    {
        ArgumentNullException.ThrowIfNull(columns);
        return Has(columns, "tweet_id") && Has(columns, "text") && Has(columns, "retweeted_status_id") && Has(columns, "timestamp");
    }

    private static bool Has(IReadOnlyList<string> columns, string name) =>
        columns.Any(c => string.Equals(c.Trim(), name, StringComparison.OrdinalIgnoreCase));

    /// <summary>The records of the file (or export folder) at <paramref name="path"/>, read lazily as the sequence is enumerated. A record that cannot be used comes as a rejected record (PL0001), not as an exception.</summary>
    /// <param name="path">The file or folder to read.</param>
    /// <param name="options">The time zone of times without an offset, CSV column names and progress reporting; null for the defaults.</param>
    /// <param name="cancellationToken">Stops reading between records.</param>
    public static IEnumerable<InputRecord> Read(string path, InputReaderOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        options ??= new InputReaderOptions();
        return ProgressStream.ReadFile(path, options.Progress, stream => Read(stream, path, options, cancellationToken));
    }

    /// <summary>The records of a CSV export read from <paramref name="stream"/> (left open), lazily; a record that cannot be used comes as a rejected record (PL0001).</summary>
    /// <param name="stream">The CSV bytes (UTF-8, UTF-16 or Shift_JIS, detected).</param>
    /// <param name="path">The name to give in record positions and messages.</param>
    /// <param name="options">The time zone of times without an offset, CSV column names and progress reporting; null for the defaults.</param>
    /// <param name="cancellationToken">Stops reading between records.</param>
    public static IEnumerable<InputRecord> Read(Stream stream, string path, InputReaderOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        options ??= new InputReaderOptions();
        using var text = OpenText(stream, out var encoding);
        var tokens = new CsvTokenizer(text);
        var layout = ReadHeader(tokens, path, options, encoding, out var plan);
        if (layout is null)
        {
            yield return InputRecord.Reject(path, 1, 1, plan.Problem!);
            yield break;
        }

        long recordNumber = 0;
        while (tokens.Next())
        {
            cancellationToken.ThrowIfCancellationRequested();
            recordNumber++;
            yield return ReadRow(tokens, layout, path, recordNumber, options);
        }
    }

    /// <summary>Reads the header of a CSV file and tells which column is taken for what (for the start of a run, and to refuse an unknown <c>--id-column</c>).</summary>
    public static CsvColumnPlan Inspect(string path, InputReaderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        options ??= new InputReaderOptions();
        using var stream = ProgressStream.OpenFile(path, progress: null);
        using var text = OpenText(stream, out var encoding);
        ReadHeader(new CsvTokenizer(text), path, options, encoding, out var plan);
        return plan;
    }

    private static StreamReader OpenText(Stream stream, out TextEncodingKind kind)
    {
        var detected = InputEncoding.Detect(stream, out kind);
        Encoding encoding = kind switch
        {
            TextEncodingKind.Utf16LittleEndian => new UnicodeEncoding(bigEndian: false, byteOrderMark: true),
            TextEncodingKind.Utf16BigEndian => new UnicodeEncoding(bigEndian: true, byteOrderMark: true),
            TextEncodingKind.ShiftJis => (Encoding)InputEncoding.ShiftJis!.Clone(),
            _ => new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        };
        encoding = (Encoding)encoding.Clone();
        encoding.DecoderFallback = new DecoderReplacementFallback(InvalidMarker.ToString());
        return new StreamReader(detected, encoding, detectEncodingFromByteOrderMarks: false, bufferSize: 1 << 16);
    }

    private static Layout? ReadHeader(CsvTokenizer tokens, string path, InputReaderOptions options, TextEncodingKind encoding, out CsvColumnPlan plan)
    {
        if (!tokens.Next())
        {
            plan = new CsvColumnPlan(path, [], [], [], LocalizedMessage.Of("input.csv.noHeader"), null, encoding);
            return null;
        }

        if (tokens.Status != CsvRecordStatus.Ok || tokens.Fields.Any(static f => f.Contains(InvalidMarker, StringComparison.Ordinal)))
        {
            plan = new CsvColumnPlan(path, [], [], [], LocalizedMessage.Of("input.csv.badHeader", Describe(tokens, encoding)), null, encoding);
            return null;
        }

        var names = tokens.Fields.Select(static n => n.Trim().TrimStart('\uFEFF').Trim()).ToArray();
        return Layout.Create(path, names, options, encoding, out plan);
    }

    private static LocalizedMessage Describe(CsvTokenizer tokens, TextEncodingKind encoding) => tokens.Status switch
    {
        CsvRecordStatus.TooLarge => InputLimits.TooManyCharacters(tokens.Chars),
        CsvRecordStatus.UnclosedQuote => tokens.Resynchronised
            ? LocalizedMessage.Of("input.csv.unclosedQuote", tokens.QuoteLine)
            : LocalizedMessage.Of("input.csv.unclosedQuoteRestUnread", tokens.QuoteLine, InputLimits.MaxRecordChars / (1024 * 1024)),
        CsvRecordStatus.StrayQuote => tokens.Resynchronised
            ? LocalizedMessage.Of("input.csv.strayQuote", tokens.QuoteLine)
            : LocalizedMessage.Of("input.csv.strayQuoteRestUnread", tokens.QuoteLine),
        _ => LocalizedMessage.Of("input.csv.invalidEncoding", EncodingName(encoding)),
    };

    private static string EncodingName(TextEncodingKind encoding) => encoding switch
    {
        TextEncodingKind.ShiftJis => "Shift_JIS",
        TextEncodingKind.Utf16LittleEndian or TextEncodingKind.Utf16BigEndian => "UTF-16",
        _ => "UTF-8",
    };

    private static InputRecord ReadRow(CsvTokenizer tokens, Layout layout, string path, long recordNumber, InputReaderOptions options)
    {
        var line = tokens.Line;
        if (tokens.Status != CsvRecordStatus.Ok)
        {
            var reason = Describe(tokens, layout.Encoding);
            if (tokens.Status is CsvRecordStatus.UnclosedQuote or CsvRecordStatus.StrayQuote && tokens.Resynchronised)
            {
                reason = LocalizedMessage.Of("input.csv.resynchronised", reason, tokens.QuoteLine);
            }

            return InputRecord.Reject(path, line, recordNumber, reason);
        }

        var row = tokens.Fields;
        var id = layout.Id >= 0 && layout.Id < row.Count ? row[layout.Id].Trim() : string.Empty;
        if (row.Count != layout.ColumnCount)
        {
            return InputRecord.Reject(path, line, recordNumber, LocalizedMessage.Of("input.csv.fieldCount", row.Count, layout.ColumnCount), id);
        }

        if (row.Any(static f => f.Contains(InvalidMarker, StringComparison.Ordinal)))
        {
            return InputRecord.Reject(path, line, recordNumber, LocalizedMessage.Of("input.csv.invalidEncoding", EncodingName(layout.Encoding)), id);
        }

        if (id.Length == 0)
        {
            id = "#" + recordNumber.ToString(CultureInfo.InvariantCulture);
        }

        if (layout.IsLegacyTweets && layout.RetweetedStatus >= 0 && row[layout.RetweetedStatus].Trim().Length > 0)
        {
            return InputRecord.Skip(path, line, recordNumber, LocalizedMessage.Of("input.skip.retweet"), id);
        }

        var text = row[layout.Text];
        if (layout.IsLegacyTweets)
        {
            text = WebUtility.HtmlDecode(text);
        }

        if (text.Length == 0)
        {
            return InputRecord.Reject(path, line, recordNumber, LocalizedMessage.Of("input.csv.emptyText", layout.Names[layout.Text]), id);
        }

        DateTimeOffset? createdAt = null;
        if (layout.Created >= 0)
        {
            var value = row[layout.Created].Trim();
            if (value.Length > 0)
            {
                if (!Timestamps.TryParseLegacyCsv(value, options.DefaultTimeZone, out var time))
                {
                    return InputRecord.Reject(path, line, recordNumber, LocalizedMessage.Of("input.csv.badTime", layout.Names[layout.Created], value), id);
                }

                createdAt = time;
            }
        }

        Platform? platform = null;
        if (layout.Platform >= 0 && row[layout.Platform].Trim().Length > 0)
        {
            var value = row[layout.Platform];
            if (!InputNames.TryParsePlatform(value, out var parsed))
            {
                return InputRecord.Reject(path, line, recordNumber, LocalizedMessage.Of("input.csv.unknownPlatform", value.Trim(), layout.Names[layout.Platform]), id);
            }

            platform = parsed;
        }

        bool? sponsored = null;
        if (layout.Sponsored >= 0)
        {
            var value = row[layout.Sponsored].Trim();
            if (value.Length > 0)
            {
                if (TrueValues.Contains(value, StringComparer.OrdinalIgnoreCase))
                {
                    sponsored = true;
                }
                else if (FalseValues.Contains(value, StringComparer.OrdinalIgnoreCase))
                {
                    sponsored = false;
                }
                else
                {
                    return InputRecord.Reject(path, line, recordNumber, LocalizedMessage.Of("input.csv.badSponsored", layout.Names[layout.Sponsored], value), id);
                }
            }
        }

        var links = ImmutableArray<PostLink>.Empty;
        if (layout.Urls >= 0 && !string.IsNullOrWhiteSpace(row[layout.Urls]))
        {
            links = [.. row[layout.Urls].Split([',', ' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(static u => new PostLink(null, u))];
        }

        string? account = null;
        if (layout.Account >= 0 && row[layout.Account].Trim().TrimStart('@', '＠') is { Length: > 0 } name)
        {
            account = name;
        }

        var post = new Post(id, text)
        {
            CreatedAt = createdAt,
            Platform = platform ?? (layout.IsLegacyTweets ? Model.Platform.X : null),
            Sponsored = sponsored,
            Account = account,
            Links = links,
            Source = new PostSource(path, line, recordNumber),
        };
        return InputRecord.Accept(post);
    }

    private sealed record Layout(
        string[] Names,
        int Text,
        int Id,
        int Created,
        int Platform,
        int Sponsored,
        int Urls,
        int Account,
        int RetweetedStatus,
        bool IsLegacyTweets,
        TextEncodingKind Encoding)
    {
        public int ColumnCount => Names.Length;

        public static Layout? Create(string path, string[] names, InputReaderOptions options, TextEncodingKind encoding, out CsvColumnPlan plan)
        {
            var normalized = names.Select(InputNames.Normalize).ToArray();
            var duplicates = new List<(string, int, int)>();
            for (var i = 0; i < normalized.Length; i++)
            {
                var first = Array.IndexOf(normalized, normalized[i]);
                if (first < i && normalized[i].Length > 0)
                {
                    duplicates.Add((names[i], first + 1, i + 1));
                }
            }

            var columns = string.Join(", ", names);
            var text = Find(normalized, options.TextColumn, "text");
            var id = Find(normalized, options.IdColumn, "id");
            var created = Find(normalized, options.CreatedColumn, "createdAt");
            (string Option, string Column)? missingOption =
                options.TextColumn is not null && text < 0 ? ("--text-column", options.TextColumn)
                : options.IdColumn is not null && id < 0 ? ("--id-column", options.IdColumn)
                : options.CreatedColumn is not null && created < 0 ? ("--created-column", options.CreatedColumn)
                : null;
            LocalizedMessage? problem = null;
            if (missingOption is { } missing)
            {
                problem = LocalizedMessage.Of("input.csv.noNamedColumn", missing.Column, missing.Option, columns);
            }
            else if (text < 0)
            {
                problem = LocalizedMessage.Of("input.csv.noTextColumn", columns);
            }

            var legacy = IsLegacyTweetsHeader(names);
            var layout = new Layout(
                names,
                text,
                id,
                created,
                Find(normalized, null, "platform"),
                Find(normalized, null, "sponsored"),
                Find(normalized, null, "urls"),
                Find(normalized, null, "account"),
                legacy ? Array.IndexOf(normalized, InputNames.Normalize("retweeted_status_id")) : -1,
                legacy,
                encoding);

            var roles = new (int Index, string Role)[]
            {
                (layout.Id, "id"), (layout.Created, "createdAt"), (layout.Text, "text"), (layout.Platform, "platform"),
                (layout.Sponsored, "sponsored"), (layout.Urls, "urls"), (layout.Account, "account"),
            };
            var mapping = roles.Where(static r => r.Index >= 0).OrderBy(static r => r.Index).Select(r => (names[r.Index], r.Role)).ToList();
            plan = new CsvColumnPlan(path, names, mapping, duplicates, problem, missingOption, encoding);
            return problem is null ? layout : null;
        }

        private static int Find(string[] normalized, string? wanted, string role)
        {
            if (wanted is not null)
            {
                return Array.IndexOf(normalized, InputNames.Normalize(wanted));
            }

            foreach (var candidate in InputNames.ColumnNames(role))
            {
                var index = Array.IndexOf(normalized, InputNames.Normalize(candidate));
                if (index >= 0)
                {
                    return index;
                }
            }

            return -1;
        }
    }
}
