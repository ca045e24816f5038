using System.Globalization;
using System.Text.Json;
using System.Text.Unicode;
using PostLint.Localization;
using PostLint.IO;

namespace PostLint.Input;

/// <summary>Reads the array of a platform export file element by element and turns each into a record.</summary>
internal static class ExportFile
{
    /// <summary>Converts one element (its 1-based line and record number given) into a record.</summary>
    public delegate InputRecord Convert(JsonElement element, int line, long recordNumber);

    public static IEnumerable<InputRecord> Read(string path, InputReaderOptions options, Convert convert, CancellationToken cancellationToken)
    {
        return ProgressStream.ReadFile(path, options.Progress, stream => Read(stream, path, convert, cancellationToken));
    }

    public static IEnumerable<InputRecord> Read(Stream stream, string path, Convert convert, CancellationToken cancellationToken)
    {
        using var reader = new JsonArrayReader(InputEncoding.ToUtf8(stream, out var encoding));
        long recordNumber = 0;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var record = Next(reader, path, convert, ref recordNumber, out var end);
            if (record is not null)
            {
                yield return encoding == TextEncodingKind.ShiftJis ? InputEncoding.WithShiftJisHint(record) : record;
            }

            if (end)
            {
                yield break;
            }
        }
    }

    private static readonly JsonDocumentOptions DocumentOptions = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true, MaxDepth = MaxDepth };

    /// <summary>How deeply an element may nest (exports nest about 6 levels; System.Text.Json's default is 64).</summary>
    public const int MaxDepth = 64;

    private static InputRecord? Next(JsonArrayReader reader, string path, Convert convert, ref long recordNumber, out bool end)
    {
        end = false;
        JsonArrayItem item;
        try
        {
            item = reader.Next();
        }
        catch (JsonArrayException e)
        {
            // The rest of the file cannot be split into records: one rejection stands for it.
            end = true;
            return InputRecord.Reject(path, e.Line, recordNumber + 1, e.Text);
        }

        if (item == JsonArrayItem.End)
        {
            end = true;
            return null;
        }

        recordNumber++;
        if (item == JsonArrayItem.TooLarge)
        {
            return InputRecord.Reject(path, reader.Line, recordNumber, InputLimits.TooLarge(reader.SkippedBytes));
        }

        var element = reader.Element;
        if (!Utf8.IsValid(element.Span))
        {
            var offset = JsonLinesReader.InvalidUtf8Offset(element.Span);
            return InputRecord.Reject(path, reader.Line, recordNumber, LocalizedMessage.Of("input.export.invalidUtf8", offset + 1));
        }

        if (reader.Depth > MaxDepth)
        {
            return InputRecord.Reject(path, reader.Line, recordNumber, LocalizedMessage.Of("input.export.tooDeep", reader.Depth, MaxDepth));
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(element, DocumentOptions);
        }
        catch (JsonException e)
        {
            return InputRecord.Reject(path, reader.Line + (int)(e.LineNumber ?? 0), recordNumber, LocalizedMessage.Of("input.export.invalidJson", JsonErrorText.Describe(e.Message)));
        }

        using (document)
        {
            try
            {
                return convert(document.RootElement, reader.Line, recordNumber);
            }
            catch (RecordFieldException e)
            {
                return InputRecord.Reject(path, reader.Line, recordNumber, e.Reason);
            }
        }
    }

    // Helpers for reading optional fields of export objects. A field that is absent or null reads
    // as null; a field of the wrong type, or a string that cannot be read (a lone surrogate), is a
    // RecordFieldException that rejects the record (PL0001) naming the field: a wrong type is a
    // damaged record, and taking it as "absent" would skip the post without saying why.

    public static string? String(this JsonElement element, string name)
    {
        if (!TryGetValue(element, name, out var value))
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.String ? ReadString(value, name) : throw WrongType(name, value, "json.kind.string");
    }

    /// <summary>A string or a number written as a string (the X archive writes ids and counts as strings).</summary>
    public static string? StringOrNumber(this JsonElement element, string name)
    {
        if (!TryGetValue(element, name, out var value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.String => ReadString(value, name),
            JsonValueKind.Number => value.GetRawText(),
            _ => throw WrongType(name, value, "json.kind.stringOrNumber"),
        };
    }

    public static long? Int64(this JsonElement element, string name)
    {
        if (!TryGetValue(element, name, out var value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.Number when value.TryGetInt64(out var number) => number,
            JsonValueKind.String when long.TryParse(ReadString(value, name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) => number,
            _ => throw WrongType(name, value, "json.kind.wholeNumber"),
        };
    }

    /// <summary>An object-valued property (default when absent or null; an error when it is not an object).</summary>
    public static JsonElement Property(this JsonElement element, string name)
    {
        if (!TryGetValue(element, name, out var value))
        {
            return default;
        }

        return value.ValueKind == JsonValueKind.Object ? value : throw WrongType(name, value, "json.kind.object");
    }

    /// <summary>The items of an array-valued property (none when absent or null; an error when it is not an array).</summary>
    public static IEnumerable<JsonElement> Items(this JsonElement element, string name)
    {
        if (!TryGetValue(element, name, out var value))
        {
            return [];
        }

        return value.ValueKind == JsonValueKind.Array ? value.EnumerateArray() : throw WrongType(name, value, "json.kind.array");
    }

    /// <summary>True when the property exists and is an object (for the shape checks of optional wrappers).</summary>
    public static bool HasObject(this JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Object;

    private static bool TryGetValue(JsonElement element, string name, out JsonElement value)
    {
        value = default;
        return element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out value) && value.ValueKind != JsonValueKind.Null;
    }

    private static string ReadString(JsonElement value, string name)
    {
        try
        {
            return value.GetString()!;
        }
        catch (InvalidOperationException e)
        {
            throw RecordFieldException.LoneSurrogateIn(name, e);
        }
    }

    private static RecordFieldException WrongType(string name, JsonElement value, string expectedKindId) =>
        new(name, LocalizedMessage.Of("input.export.wrongType", LocalizedMessage.Of(expectedKindId), Describe(value.ValueKind)));

    internal static LocalizedMessage Describe(JsonValueKind kind) => LocalizedMessage.Of(kind switch
    {
        JsonValueKind.Object => "json.kind.object",
        JsonValueKind.Array => "json.kind.array",
        JsonValueKind.String => "json.kind.string",
        JsonValueKind.Number => "json.kind.number",
        JsonValueKind.True or JsonValueKind.False => "json.kind.boolean",
        _ => "json.kind.null",
    });
}
