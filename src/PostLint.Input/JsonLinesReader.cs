using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;
using PostLint.Localization;
using PostLint.Syntax;
using PostLint.Model;
using PostLint.IO;

namespace PostLint.Input;

/// <summary>
/// JSON Lines: one object per line, <c>{"id": "p1", "text": "…", "createdAt": "2025-04-01T09:00:00+09:00",
/// "platform": "x", "sponsored": true, "urgent": false, "longPost": false, "urls": ["https://…"], "account": "joetsu_city",
/// "replyTo": "someone", "repostOf": "niigata_pref"}</c>. Only <c>text</c> is required;
/// unknown keys are ignored (exports carry more). Blank lines are not records. A line that is not
/// UTF-8, not a JSON object, has no text or a bad field is rejected with its line and record number
/// and reading goes on. The file is read as bytes, one line at a time, with a reused buffer.
/// </summary>
public static class JsonLinesReader
{
    private static readonly JsonReaderOptions ReaderOptions = new() { CommentHandling = JsonCommentHandling.Skip, MaxDepth = 64, AllowMultipleValues = true };

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

    /// <summary>Reads records from a stream (which is disposed at the end).</summary>
    public static IEnumerable<InputRecord> Read(Stream stream, string path, InputReaderOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        options ??= new InputReaderOptions();
        using (stream)
        {
            using var utf8 = InputEncoding.ToUtf8(stream, out var encoding);
            using var lines = new Utf8LineReader(utf8);
            long recordNumber = 0;
            while (true)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var record = ReadNext(lines, path, options, ref recordNumber, out var end);
                if (end)
                {
                    yield break;
                }

                if (record is not null)
                {
                    yield return encoding == TextEncodingKind.ShiftJis ? InputEncoding.WithShiftJisHint(record) : record;
                }
            }
        }
    }

    private static InputRecord? ReadNext(Utf8LineReader lines, string path, InputReaderOptions options, ref long recordNumber, out bool end)
    {
        if (!lines.TryReadLine(out var line))
        {
            end = true;
            return null;
        }

        end = false;
        if (lines.SkippedBytes > 0)
        {
            recordNumber++;
            return InputRecord.Reject(path, lines.LineNumber, recordNumber, InputLimits.TooLarge(lines.SkippedBytes));
        }

        if (line.IsEmpty || line.Trim(" \t"u8).IsEmpty)
        {
            return null;
        }

        recordNumber++;
        return Parse(line, path, lines.LineNumber, recordNumber, options);
    }

    /// <summary>Reads one line (UTF-8 bytes without the line break) as a record.</summary>
    public static InputRecord Parse(ReadOnlySpan<byte> line, string path, int lineNumber, long recordNumber, InputReaderOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!Utf8.IsValid(line))
        {
            return InputRecord.Reject(path, lineNumber, recordNumber, LocalizedMessage.Of("input.jsonl.invalidUtf8", InvalidUtf8Offset(line) + 1));
        }

        string? id = null;
        string? text = null;
        LocalizedMessage? error = null;
        DateTimeOffset? createdAt = null;
        Platform? platform = null;
        bool? sponsored = null;
        bool? urgent = null;
        bool? longPost = null;
        string? account = null;
        string? replyTo = null;
        string? repostOf = null;
        var links = ImmutableArray<PostLink>.Empty;
        var field = string.Empty;
        try
        {
            var reader = new Utf8JsonReader(line, ReaderOptions);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return InputRecord.Reject(path, lineNumber, recordNumber, LocalizedMessage.Of("input.jsonl.notObject", Describe(reader.TokenType)));
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (reader.ValueTextEquals("id"u8))
                {
                    field = "id";
                    reader.Read();
                    id = reader.TokenType switch
                    {
                        JsonTokenType.String => reader.GetString(),
                        JsonTokenType.Number => Encoding.UTF8.GetString(reader.ValueSpan),
                        _ => Fail(ref error, LocalizedMessage.Of("input.jsonl.idType"), ref reader),
                    };
                }
                else if (reader.ValueTextEquals("text"u8))
                {
                    field = "text";
                    reader.Read();
                    text = reader.TokenType == JsonTokenType.String ? reader.GetString() : Fail(ref error, LocalizedMessage.Of("input.jsonl.textType"), ref reader);
                }
                else if (reader.ValueTextEquals("createdAt"u8) || reader.ValueTextEquals("created_at"u8))
                {
                    field = "createdAt";
                    reader.Read();
                    if (reader.TokenType == JsonTokenType.String)
                    {
                        var value = reader.GetString()!;
                        if (Timestamps.TryParseIso(value, options.DefaultTimeZone, out var time))
                        {
                            createdAt = time;
                        }
                        else
                        {
                            error ??= LocalizedMessage.Of("input.jsonl.createdAtValue", value);
                        }
                    }
                    else if (reader.TokenType != JsonTokenType.Null)
                    {
                        Fail(ref error, LocalizedMessage.Of("input.jsonl.createdAtType"), ref reader);
                    }
                }
                else if (reader.ValueTextEquals("platform"u8))
                {
                    field = "platform";
                    reader.Read();
                    if (reader.TokenType == JsonTokenType.String && PlatformLimits.TryParsePlatform(reader.GetString(), out var value))
                    {
                        platform = value;
                    }
                    else if (reader.TokenType != JsonTokenType.Null)
                    {
                        Fail(ref error, LocalizedMessage.Of("input.jsonl.platform", string.Join(", ", PlatformLimits.PlatformNames)), ref reader);
                    }
                }
                else if (reader.ValueTextEquals("sponsored"u8))
                {
                    reader.Read();
                    sponsored = reader.TokenType switch
                    {
                        JsonTokenType.True => true,
                        JsonTokenType.False => false,
                        JsonTokenType.Null => null,
                        _ => FailBool(ref error, ref reader),
                    };
                }
                else if (reader.ValueTextEquals("urgent"u8))
                {
                    reader.Read();
                    urgent = reader.TokenType switch
                    {
                        JsonTokenType.True => true,
                        JsonTokenType.False => false,
                        JsonTokenType.Null => null,
                        _ => FailBool(ref error, ref reader, "urgent"),
                    };
                }
                else if (reader.ValueTextEquals("longPost"u8))
                {
                    // The platform published it as a long post (X Premium): PL5001 judges it against the long-post limit.
                    reader.Read();
                    longPost = reader.TokenType switch
                    {
                        JsonTokenType.True => true,
                        JsonTokenType.False => false,
                        JsonTokenType.Null => null,
                        _ => FailBool(ref error, ref reader, "longPost"),
                    };
                }
                else if (reader.ValueTextEquals("account"u8))
                {
                    field = "account";
                    account = ReadAccount(ref reader, ref error, "account");
                }
                else if (reader.ValueTextEquals("replyTo"u8))
                {
                    field = "replyTo";
                    replyTo = ReadAccount(ref reader, ref error, "replyTo");
                }
                else if (reader.ValueTextEquals("repostOf"u8))
                {
                    field = "repostOf";
                    repostOf = ReadAccount(ref reader, ref error, "repostOf");
                }
                else if (reader.ValueTextEquals("urls"u8))
                {
                    field = "urls";
                    reader.Read();
                    links = ReadUrls(ref reader, ref error);
                }
                else
                {
                    reader.Read();
                    reader.Skip();
                }
            }

            if (reader.TokenType != JsonTokenType.EndObject)
            {
                return InputRecord.Reject(path, lineNumber, recordNumber, LocalizedMessage.Of("input.jsonl.incomplete"), id ?? string.Empty);
            }

            if (reader.Read())
            {
                return InputRecord.Reject(path, lineNumber, recordNumber, LocalizedMessage.Of("input.jsonl.twoValues"), id ?? string.Empty);
            }
        }
        catch (JsonException e)
        {
            return InputRecord.Reject(path, lineNumber, recordNumber, LocalizedMessage.Of("input.jsonl.invalidJson", (e.BytePositionInLine ?? 0) + 1, JsonErrorText.Describe(e.Message)), id ?? string.Empty);
        }
        catch (InvalidOperationException e)
        {
            // Utf8JsonReader.GetString cannot make a string of a lone surrogate escape ("\ud800").
            return InputRecord.Reject(path, lineNumber, recordNumber, RecordFieldException.LoneSurrogateIn(field, e).Reason, id ?? string.Empty);
        }

        if (error is not null)
        {
            return InputRecord.Reject(path, lineNumber, recordNumber, error, id ?? string.Empty);
        }

        if (text is null)
        {
            return InputRecord.Reject(path, lineNumber, recordNumber, LocalizedMessage.Of("input.jsonl.noText"), id ?? string.Empty);
        }

        if (text.Length == 0)
        {
            return InputRecord.Reject(path, lineNumber, recordNumber, LocalizedMessage.Of("input.jsonl.emptyText"), id ?? string.Empty);
        }

        var post = new Post(id ?? "#" + recordNumber.ToString(CultureInfo.InvariantCulture), text)
        {
            CreatedAt = createdAt,
            Platform = platform,
            Sponsored = sponsored,
            Urgent = urgent,
            LongPost = longPost,
            Account = account,
            ReplyTo = replyTo,
            RepostOf = repostOf,
            Links = links,
            Source = new PostSource(path, lineNumber, recordNumber),
        };
        return InputRecord.Accept(post);
    }

    private static ImmutableArray<PostLink> ReadUrls(ref Utf8JsonReader reader, ref LocalizedMessage? error)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return [];
        }

        if (reader.TokenType != JsonTokenType.StartArray)
        {
            Fail(ref error, LocalizedMessage.Of("input.jsonl.urlsType"), ref reader);
            return [];
        }

        var links = ImmutableArray.CreateBuilder<PostLink>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType == JsonTokenType.String)
            {
                var url = reader.GetString();
                if (!string.IsNullOrWhiteSpace(url))
                {
                    links.Add(new PostLink(null, url.Trim()));
                }
            }
            else
            {
                Fail(ref error, LocalizedMessage.Of("input.jsonl.urlsType"), ref reader);
            }
        }

        return links.ToImmutable();
    }

    private static string? Fail(ref LocalizedMessage? error, LocalizedMessage message, ref Utf8JsonReader reader)
    {
        error ??= message;
        reader.Skip();
        return null;
    }

    private static bool? FailBool(ref LocalizedMessage? error, ref Utf8JsonReader reader, string name = "sponsored")
    {
        Fail(ref error, LocalizedMessage.Of("input.jsonl.booleanType", name), ref reader);
        return null;
    }

    /// <summary>An account name (<c>account</c>, <c>replyTo</c>, <c>repostOf</c>): a string, written with or without <c>@</c>.</summary>
    private static string? ReadAccount(ref Utf8JsonReader reader, ref LocalizedMessage? error, string name)
    {
        reader.Read();
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        if (reader.TokenType != JsonTokenType.String)
        {
            return Fail(ref error, LocalizedMessage.Of("input.jsonl.accountType", name), ref reader);
        }

        return AccountNames.Normalize(reader.GetString());
    }

    private static LocalizedMessage Describe(JsonTokenType token) => LocalizedMessage.Of(token switch
    {
        JsonTokenType.StartArray => "json.kind.array",
        JsonTokenType.String => "json.kind.string",
        JsonTokenType.Number => "json.kind.number",
        JsonTokenType.True or JsonTokenType.False => "json.kind.boolean",
        JsonTokenType.Null => "json.kind.null",
        _ => "json.kind.nothing",
    });

    internal static int InvalidUtf8Offset(ReadOnlySpan<byte> bytes)
    {
        var offset = 0;
        while (offset < bytes.Length)
        {
            if (System.Text.Rune.DecodeFromUtf8(bytes[offset..], out _, out var consumed) != System.Buffers.OperationStatus.Done)
            {
                return offset;
            }

            offset += consumed;
        }

        return offset;
    }
}
