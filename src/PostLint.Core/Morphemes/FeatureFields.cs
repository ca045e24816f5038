using System.Buffers;
using System.Text;

namespace PostLint.Morphemes;

/// <summary>
/// CSV field access on a UTF-8 feature string without allocating. A field may be quoted
/// (<c>"a,b"</c>) as in MeCab's CSV; the span returned is the text between the quotes
/// (a doubled quote inside stays doubled).
/// </summary>
internal static class FeatureFields
{
    public static int Count(ReadOnlySpan<byte> feature)
    {
        var count = 0;
        var rest = feature;
        while (true)
        {
            count++;
            var next = NextFieldEnd(rest, out _);
            if (next >= rest.Length)
            {
                return count;
            }

            rest = rest[(next + 1)..];
        }
    }

    public static ReadOnlySpan<byte> Get(ReadOnlySpan<byte> feature, int index) => TryGet(feature, index, out var field) ? field : default;

    public static bool TryGet(ReadOnlySpan<byte> feature, int index, out ReadOnlySpan<byte> field)
    {
        field = default;
        if (index < 0)
        {
            return false;
        }

        var rest = feature;
        for (var i = 0; ; i++)
        {
            var end = NextFieldEnd(rest, out var content);
            if (i == index)
            {
                field = content;
                return true;
            }

            if (end >= rest.Length)
            {
                return false;
            }

            rest = rest[(end + 1)..];
        }
    }

    /// <summary>The first <paramref name="fieldCount"/> fields with the commas between them, as stored.</summary>
    public static ReadOnlySpan<byte> Prefix(ReadOnlySpan<byte> feature, int fieldCount)
    {
        if (fieldCount <= 0)
        {
            return default;
        }

        var consumed = 0;
        for (var i = 0; i < fieldCount; i++)
        {
            var end = NextFieldEnd(feature[consumed..], out _);
            consumed += end;
            if (consumed >= feature.Length)
            {
                return feature;
            }

            if (i < fieldCount - 1)
            {
                consumed++;
            }
        }

        return feature[..consumed];
    }

    /// <summary>Field-wise prefix match of a comma-separated <paramref name="pattern"/>; <c>*</c> in the pattern matches any field.</summary>
    public static bool MatchesFieldPrefix(ReadOnlySpan<byte> fields, ReadOnlySpan<char> pattern)
    {
        if (pattern.IsEmpty)
        {
            return true;
        }

        var rest = fields;
        var restPattern = pattern;
        while (true)
        {
            var patternComma = restPattern.IndexOf(',');
            var patternField = patternComma < 0 ? restPattern : restPattern[..patternComma];
            var end = NextFieldEnd(rest, out var field);
            if (!(patternField is "*" || Utf8EqualsUtf16(field, patternField)))
            {
                return false;
            }

            if (patternComma < 0)
            {
                return true;
            }

            if (end >= rest.Length)
            {
                // The pattern has more fields than the part of speech.
                return false;
            }

            rest = rest[(end + 1)..];
            restPattern = restPattern[(patternComma + 1)..];
        }
    }

    /// <summary>Ordinal comparison of UTF-8 and UTF-16 text, code point by code point.</summary>
    public static bool Utf8EqualsUtf16(ReadOnlySpan<byte> utf8, ReadOnlySpan<char> utf16)
    {
        while (!utf8.IsEmpty && !utf16.IsEmpty)
        {
            var s1 = Rune.DecodeFromUtf8(utf8, out var r1, out var n1);
            var s2 = Rune.DecodeFromUtf16(utf16, out var r2, out var n2);
            if (s1 != OperationStatus.Done || s2 != OperationStatus.Done || r1 != r2)
            {
                return false;
            }

            utf8 = utf8[n1..];
            utf16 = utf16[n2..];
        }

        return utf8.IsEmpty && utf16.IsEmpty;
    }

    /// <summary>Index of the comma ending the first field (or the length), and the field's content.</summary>
    private static int NextFieldEnd(ReadOnlySpan<byte> text, out ReadOnlySpan<byte> content)
    {
        if (!text.IsEmpty && text[0] == (byte)'"')
        {
            var i = 1;
            while (i < text.Length)
            {
                if (text[i] == (byte)'"')
                {
                    if (i + 1 < text.Length && text[i + 1] == (byte)'"')
                    {
                        i += 2;
                        continue;
                    }

                    content = text[1..i];
                    var comma = text[(i + 1)..].IndexOf((byte)',');
                    return comma < 0 ? text.Length : i + 1 + comma;
                }

                i++;
            }

            // Unterminated quote: the rest is the field.
            content = text[1..];
            return text.Length;
        }

        var end = text.IndexOf((byte)',');
        if (end < 0)
        {
            content = text;
            return text.Length;
        }

        content = text[..end];
        return end;
    }
}
