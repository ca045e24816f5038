using System.Globalization;
using System.Text.Json;
using System.Text.Unicode;

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
        using var reader = new JsonArrayReader(stream);
        long recordNumber = 0;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var record = Next(reader, path, convert, ref recordNumber, out var end);
            if (record is not null)
            {
                yield return record;
            }

            if (end)
            {
                yield break;
            }
        }
    }

    private static InputRecord? Next(JsonArrayReader reader, string path, Convert convert, ref long recordNumber, out bool end)
    {
        end = false;
        ReadOnlyMemory<byte> element;
        try
        {
            if (!reader.TryReadElement(out element))
            {
                end = true;
                return null;
            }
        }
        catch (JsonArrayException e)
        {
            // The rest of the file cannot be split into records: one rejection stands for it.
            end = true;
            return InputRecord.Reject(path, e.Line, recordNumber + 1, e.Message);
        }

        recordNumber++;
        if (!Utf8.IsValid(element.Span))
        {
            var offset = JsonLinesReader.InvalidUtf8Offset(element.Span);
            return InputRecord.Reject(path, reader.Line, recordNumber, $"not valid UTF-8 at byte {(offset + 1).ToString(CultureInfo.InvariantCulture)} of the record");
        }

        using var document = JsonDocument.Parse(element);
        return convert(document.RootElement, reader.Line, recordNumber);
    }

    // Small helpers for reading optional fields of export objects.
    public static string? String(this JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    /// <summary>A string or a number written as a string (the X archive writes ids and counts as strings).</summary>
    public static string? StringOrNumber(this JsonElement element, string name)
    {
        if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(name, out var value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            _ => null,
        };
    }

    public static long? Int64(this JsonElement element, string name)
    {
        if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(name, out var value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.Number when value.TryGetInt64(out var number) => number,
            JsonValueKind.String when long.TryParse(value.GetString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) => number,
            _ => null,
        };
    }

    public static JsonElement Property(this JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) ? value : default;

    public static IEnumerable<JsonElement> Items(this JsonElement element) =>
        element.ValueKind == JsonValueKind.Array ? element.EnumerateArray() : [];
}
