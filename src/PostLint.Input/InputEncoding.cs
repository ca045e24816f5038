using System.Text;
using System.Text.Unicode;
using PostLint.Localization;

namespace PostLint.Input;

/// <summary>The character encoding of an input file, as found from its first bytes.</summary>
public enum TextEncodingKind
{
    /// <summary>UTF-8 (with or without a byte order mark), or too little text to tell.</summary>
    Utf8,

    /// <summary>UTF-16 little-endian with its byte order mark (Windows "Unicode").</summary>
    Utf16LittleEndian,

    /// <summary>UTF-16 big-endian with its byte order mark.</summary>
    Utf16BigEndian,

    /// <summary>Shift_JIS (Windows code page 932): Excel's default CSV encoding on Japanese Windows.</summary>
    ShiftJis,
}

/// <summary>
/// Finds the encoding of an input from its first bytes and gives the stream back with those bytes
/// still to read. UTF-16 is known by its byte order mark; a file without one whose first
/// <see cref="SampleBytes"/> bytes are not UTF-8 but are Shift_JIS (code page 932, which Excel
/// writes on Japanese Windows) is Shift_JIS. Anything else is read as UTF-8, and bytes that are
/// not UTF-8 reject their own record (PL0001), not the file.
/// </summary>
internal static class InputEncoding
{
    /// <summary>How many bytes are looked at to tell Shift_JIS from UTF-8.</summary>
    public const int SampleBytes = 64 * 1024;

    private static readonly Lazy<Encoding?> ShiftJisEncoding = new(CreateShiftJis);

    /// <summary>Code page 932 with errors thrown, or null when this runtime has no code-page encodings.</summary>
    public static Encoding? ShiftJis => ShiftJisEncoding.Value;

    private static Encoding? CreateShiftJis()
    {
        try
        {
            return CodePagesEncodingProvider.Instance.GetEncoding(932, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        }
        catch (NotSupportedException)
        {
            return null;
        }
    }

    /// <summary>Reads the first bytes of <paramref name="stream"/>, tells the encoding and returns a stream that still yields every byte.</summary>
    public static Stream Detect(Stream stream, out TextEncodingKind kind)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var sample = new byte[SampleBytes];
        var length = 0;
        while (length < sample.Length)
        {
            var read = stream.Read(sample, length, sample.Length - length);
            if (read == 0)
            {
                break;
            }

            length += read;
        }

        kind = Classify(sample.AsSpan(0, length), endOfFile: length < sample.Length);
        return new ReplayStream(sample, length, stream);
    }

    /// <summary>The encoding of a file that starts with <paramref name="start"/>.</summary>
    public static TextEncodingKind Classify(ReadOnlySpan<byte> start, bool endOfFile)
    {
        if (start.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return TextEncodingKind.Utf16LittleEndian;
        }

        if (start.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return TextEncodingKind.Utf16BigEndian;
        }

        if (IsUtf8(start, endOfFile) || ShiftJis is not { } shiftJis)
        {
            return TextEncodingKind.Utf8;
        }

        // Shift_JIS when the sample is made of Shift_JIS sequences with at least one two-byte
        // character (a lead byte cut off at the end of the sample is allowed), and decodes.
        var sample = endOfFile || start.Length == 0 ? start : start[..^1];
        if (!LooksLikeShiftJis(sample))
        {
            return TextEncodingKind.Utf8;
        }

        try
        {
            shiftJis.GetCharCount(sample);
            return TextEncodingKind.ShiftJis;
        }
        catch (DecoderFallbackException)
        {
            return TextEncodingKind.Utf8;
        }
    }

    private static bool LooksLikeShiftJis(ReadOnlySpan<byte> bytes)
    {
        var doubleByte = false;
        for (var i = 0; i < bytes.Length; i++)
        {
            var b = bytes[i];
            if (b < 0x80 || b is >= 0xA1 and <= 0xDF)
            {
                continue; // ASCII, half-width katakana
            }

            if (b is (>= 0x81 and <= 0x9F) or (>= 0xE0 and <= 0xFC) && i + 1 < bytes.Length && bytes[i + 1] is (>= 0x40 and <= 0x7E) or (>= 0x80 and <= 0xFC))
            {
                doubleByte = true;
                i++;
                continue;
            }

            return false;
        }

        return doubleByte;
    }

    private static bool IsUtf8(ReadOnlySpan<byte> bytes, bool endOfFile)
    {
        if (Utf8.IsValid(bytes))
        {
            return true;
        }

        // A sequence cut off by the end of the sample is not an error.
        var cut = JsonLinesReader.InvalidUtf8Offset(bytes);
        return !endOfFile && bytes.Length - cut < 4 && System.Text.Rune.DecodeFromUtf8(bytes[cut..], out _, out _) == System.Buffers.OperationStatus.NeedMoreData;
    }

    /// <summary>How a user is told the encoding.</summary>
    public static string Describe(TextEncodingKind kind, Localization.Messages messages)
    {
        ArgumentNullException.ThrowIfNull(messages);
        return kind switch
        {
            TextEncodingKind.Utf16LittleEndian => messages["input.encoding.utf16le"],
            TextEncodingKind.Utf16BigEndian => messages["input.encoding.utf16be"],
            TextEncodingKind.ShiftJis => "Shift_JIS",
            _ => "UTF-8",
        };
    }

    /// <summary>
    /// A stream of UTF-8 bytes for a JSON reader: UTF-16 input is transcoded (without its byte order
    /// mark); other input is given as it is (bytes that are not UTF-8 reject their record).
    /// </summary>
    public static Stream ToUtf8(Stream stream, out TextEncodingKind kind)
    {
        var detected = Detect(stream, out kind);
        return kind switch
        {
            TextEncodingKind.Utf16LittleEndian => Encoding.CreateTranscodingStream(detected, new UnicodeEncoding(bigEndian: false, byteOrderMark: true), new UTF8Encoding(false)),
            TextEncodingKind.Utf16BigEndian => Encoding.CreateTranscodingStream(detected, new UnicodeEncoding(bigEndian: true, byteOrderMark: true), new UTF8Encoding(false)),
            _ => detected,
        };
    }

    /// <summary>A rejection for bytes that are not UTF-8, in a file that looks like Shift_JIS, says so.</summary>
    internal static InputRecord WithShiftJisHint(InputRecord record) =>
        record.Kind == InputRecordKind.Rejected && record.ReasonMessage is { } reason && IsNotUtf8(reason)
            ? InputRecord.Reject(record.Path, record.Line, record.RecordNumber, LocalizedMessage.Of("input.shiftJisHint", reason), record.RecordId)
            : record;

    private static bool IsNotUtf8(LocalizedMessage reason) =>
        reason.Id is "input.jsonl.invalidUtf8" or "input.export.invalidUtf8" ||
        (reason.Id == "input.csv.invalidEncoding" && reason.Arguments[0] is "UTF-8");

    /// <summary>A stream that gives back bytes already read from the front of another stream, then the rest of it.</summary>
    private sealed class ReplayStream(byte[] head, int headLength, Stream rest) : Stream
    {
        private int _headPosition;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            if (_headPosition < headLength)
            {
                var n = Math.Min(buffer.Length, headLength - _headPosition);
                head.AsSpan(_headPosition, n).CopyTo(buffer);
                _headPosition += n;
                return n;
            }

            return rest.Read(buffer);
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                rest.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
