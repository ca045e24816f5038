using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;

namespace PostLint.Configuration;

/// <summary>The kinds of <see cref="PositionedJson"/> values.</summary>
internal enum PositionedJsonKind
{
    Null,
    Boolean,
    Number,
    String,
    Array,
    Object,
}

/// <summary>
/// A JSON value that remembers where it was written (1-based line and column), so that
/// configuration errors can point at the offending key or value. Comments and trailing commas
/// are accepted, as in <c>tsconfig.json</c> or VS Code settings.
/// </summary>
internal sealed class PositionedJson
{
    private PositionedJson(PositionedJsonKind kind, int line, int column)
    {
        Kind = kind;
        Line = line;
        Column = column;
    }

    public PositionedJsonKind Kind { get; }

    public int Line { get; }

    public int Column { get; }

    public string? StringValue { get; private init; }

    public bool BooleanValue { get; private init; }

    public double NumberValue { get; private init; }

    public ImmutableArray<PositionedJson> Items { get; private init; } = [];

    /// <summary>The members of an object in the order written; duplicate keys are kept (the reader reports them).</summary>
    public ImmutableArray<PositionedJsonMember> Members { get; private init; } = [];

    /// <summary>
    /// The folder of the configuration file this value was written in, against which a relative
    /// path in it is resolved (<see cref="OptionValue.ToPath"/>); null for a value from the command
    /// line or from code (the current folder). Layers merged key by key keep each value's own folder.
    /// </summary>
    internal string? BaseDirectory { get; private init; }

    public string KindName => Kind switch
    {
        PositionedJsonKind.Null => "null",
        PositionedJsonKind.Boolean => "a boolean",
        PositionedJsonKind.Number => "a number",
        PositionedJsonKind.String => "a string",
        PositionedJsonKind.Array => "an array",
        _ => "an object",
    };

    /// <summary>The kind of value, in the display language (「配列」, "an array"): what a problem says was found instead.</summary>
    public Localization.LocalizedMessage KindText => Localization.LocalizedMessage.Of("json.kind." + Kind switch
    {
        PositionedJsonKind.Null => "null",
        PositionedJsonKind.Boolean => "boolean",
        PositionedJsonKind.Number => "number",
        PositionedJsonKind.String => "string",
        PositionedJsonKind.Array => "array",
        _ => "object",
    });

    /// <summary>Parses UTF-8 JSON. Throws <see cref="JsonException"/> with a 1-based line and column on malformed input.</summary>
    public static PositionedJson Parse(ReadOnlySpan<byte> utf8)
    {
        // Skip a UTF-8 byte order mark: editors on Windows write one.
        if (utf8.StartsWith("\uFEFF"u8))
        {
            utf8 = utf8[3..];
        }

        var lineStarts = ComputeLineStarts(utf8);
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true, MaxDepth = 64 });
        try
        {
            if (!reader.Read())
            {
                throw new JsonException("The file is empty; a JSON object was expected.", null, 1, 1);
            }

            var value = ReadValue(ref reader, utf8, lineStarts);
            if (reader.Read())
            {
                var (line, column) = Position(lineStarts, utf8, (int)reader.TokenStartIndex);
                throw new JsonException($"Unexpected content after the JSON value at line {line}, column {column}.", null, line, column);
            }

            return value;
        }
        catch (JsonException e) when (e.LineNumber is null || e.Message.Contains("LineNumber", StringComparison.Ordinal))
        {
            // Utf8JsonReader reports 0-based positions; restate them 1-based.
            var line = (e.LineNumber ?? 0) + 1;
            var column = (e.BytePositionInLine ?? 0) + 1;
            throw new JsonException($"Invalid JSON at line {line}, column {column}: {FirstSentence(e.Message)}", null, line, column);
        }
    }

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" LineNumber", StringComparison.Ordinal);
        return (cut > 0 ? message[..cut] : message).Trim();
    }

    private static PositionedJson ReadValue(ref Utf8JsonReader reader, ReadOnlySpan<byte> utf8, int[] lineStarts)
    {
        var (line, column) = Position(lineStarts, utf8, (int)reader.TokenStartIndex);
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return new PositionedJson(PositionedJsonKind.Null, line, column);
            case JsonTokenType.True:
            case JsonTokenType.False:
                return new PositionedJson(PositionedJsonKind.Boolean, line, column) { BooleanValue = reader.GetBoolean() };
            case JsonTokenType.Number:
                return new PositionedJson(PositionedJsonKind.Number, line, column) { NumberValue = reader.GetDouble() };
            case JsonTokenType.String:
                return new PositionedJson(PositionedJsonKind.String, line, column) { StringValue = reader.GetString() };
            case JsonTokenType.StartArray:
            {
                var items = ImmutableArray.CreateBuilder<PositionedJson>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    items.Add(ReadValue(ref reader, utf8, lineStarts));
                }

                return new PositionedJson(PositionedJsonKind.Array, line, column) { Items = items.ToImmutable() };
            }

            case JsonTokenType.StartObject:
            {
                var members = ImmutableArray.CreateBuilder<PositionedJsonMember>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
                {
                    var (keyLine, keyColumn) = Position(lineStarts, utf8, (int)reader.TokenStartIndex);
                    var name = reader.GetString() ?? string.Empty;
                    reader.Read();
                    members.Add(new PositionedJsonMember(name, keyLine, keyColumn, ReadValue(ref reader, utf8, lineStarts)));
                }

                return new PositionedJson(PositionedJsonKind.Object, line, column) { Members = members.ToImmutable() };
            }

            default:
                throw new JsonException($"Unexpected {reader.TokenType} at line {line}, column {column}.", null, line, column);
        }
    }

    private static int[] ComputeLineStarts(ReadOnlySpan<byte> utf8)
    {
        var starts = new List<int> { 0 };
        var index = 0;
        while (true)
        {
            var next = utf8[index..].IndexOf((byte)'\n');
            if (next < 0)
            {
                break;
            }

            index += next + 1;
            starts.Add(index);
        }

        return [.. starts];
    }

    /// <summary>1-based line and column; the column counts characters (UTF-16 units), not bytes.</summary>
    private static (int Line, int Column) Position(int[] lineStarts, ReadOnlySpan<byte> utf8, int byteOffset)
    {
        var index = Array.BinarySearch(lineStarts, byteOffset);
        if (index < 0)
        {
            index = ~index - 1;
        }

        var lineStart = lineStarts[index];
        var chars = System.Text.Encoding.UTF8.GetCharCount(utf8[lineStart..Math.Min(byteOffset, utf8.Length)]);
        return (index + 1, chars + 1);
    }

    /// <summary>An object with no members (a section no layer wrote), at no position.</summary>
    public static PositionedJson EmptyObject { get; } = new(PositionedJsonKind.Object, 0, 0);

    /// <summary>
    /// The value of a later configuration layer laid over an earlier one, as layers merge: objects
    /// merge key by key, arrays add the later items the earlier array does not hold yet, anything
    /// else (a scalar, or a value of another kind) replaces the earlier value. Positions stay those
    /// of the file each value was written in.
    /// </summary>
    /// <summary>An object of the given members, at the position of the object they were written in.</summary>
    internal static PositionedJson ObjectOf(int line, int column, ImmutableArray<PositionedJsonMember> members) =>
        new(PositionedJsonKind.Object, line, column) { Members = members };

    /// <summary>This value with <see cref="BaseDirectory"/> set on it and everything inside it.</summary>
    internal PositionedJson WithBaseDirectory(string? baseDirectory) => new(Kind, Line, Column)
    {
        StringValue = StringValue,
        BooleanValue = BooleanValue,
        NumberValue = NumberValue,
        BaseDirectory = baseDirectory,
        Items = [.. Items.Select(i => i.WithBaseDirectory(baseDirectory))],
        Members = [.. Members.Select(m => m with { Value = m.Value.WithBaseDirectory(baseDirectory) })],
    };

    public static PositionedJson Merge(PositionedJson earlier, PositionedJson later)
    {
        if (earlier.Kind == PositionedJsonKind.Object && later.Kind == PositionedJsonKind.Object)
        {
            var members = ImmutableArray.CreateBuilder<PositionedJsonMember>(earlier.Members.Length + later.Members.Length);
            members.AddRange(earlier.Members);
            foreach (var member in later.Members)
            {
                var index = members.Count - 1;
                while (index >= 0 && members[index].Name != member.Name)
                {
                    index--;
                }

                if (index < 0)
                {
                    members.Add(member);
                }
                else
                {
                    members[index] = member with { Value = Merge(members[index].Value, member.Value) };
                }
            }

            return new PositionedJson(PositionedJsonKind.Object, later.Line, later.Column) { Members = members.ToImmutable() };
        }

        if (earlier.Kind == PositionedJsonKind.Array && later.Kind == PositionedJsonKind.Array)
        {
            var items = ImmutableArray.CreateBuilder<PositionedJson>(earlier.Items.Length + later.Items.Length);
            items.AddRange(earlier.Items);
            foreach (var item in later.Items)
            {
                if (item.Kind is PositionedJsonKind.Array or PositionedJsonKind.Object || !items.Any(i => i.Kind == item.Kind && i.ToString() == item.ToString()))
                {
                    items.Add(item);
                }
            }

            return new PositionedJson(PositionedJsonKind.Array, later.Line, later.Column) { Items = items.ToImmutable() };
        }

        return later;
    }

    public override string ToString() => Kind switch
    {
        PositionedJsonKind.String => StringValue!,
        PositionedJsonKind.Boolean => BooleanValue ? "true" : "false",
        PositionedJsonKind.Number => NumberValue.ToString(CultureInfo.InvariantCulture),
        _ => KindName,
    };
}

/// <summary>A key of a JSON object with its position and value.</summary>
internal sealed record PositionedJsonMember(string Name, int Line, int Column, PositionedJson Value);
