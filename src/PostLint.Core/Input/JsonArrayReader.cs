using System.Buffers;
using System.Text.Json;

namespace PostLint.Input;

/// <summary>
/// Streams the elements of the first JSON array of a file, one at a time, without loading the
/// file: platform exports are one big array (<c>window.YTD.tweets.part0 = [ … ]</c> for X, a bare
/// <c>[ … ]</c> for Facebook and Instagram). Everything before the first <c>[</c> is skipped (the
/// X assignment prefix, or <c>{"key":</c> of a wrapper object); a trailing <c>;</c> or <c>}</c>
/// after the array is ignored. Each element comes with the 1-based line it starts on. The buffer
/// grows to the largest element and is reused.
/// </summary>
internal sealed class JsonArrayReader : IDisposable
{
    private static readonly JsonReaderOptions Options = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true, MaxDepth = 128 };

    private readonly Stream _stream;
    private byte[] _buffer;
    private int _start;
    private int _end;
    private bool _eof;
    private int _line = 1;
    private int _lineCountedTo;
    private bool _inArray;
    private bool _done;

    public JsonArrayReader(Stream stream)
    {
        _stream = stream;
        _buffer = ArrayPool<byte>.Shared.Rent(1 << 16);
    }

    /// <summary>The 1-based line of the element returned last (or of the problem).</summary>
    public int Line { get; private set; } = 1;

    /// <summary>
    /// The next element's bytes, valid until the next call. False at the end of the array. Throws
    /// <see cref="JsonArrayException"/> (with <see cref="Line"/> set) when the file is not an array
    /// or an element is not valid JSON; reading cannot go on after that.
    /// </summary>
    public bool TryReadElement(out ReadOnlyMemory<byte> element)
    {
        element = default;
        if (_done)
        {
            return false;
        }

        if (!_inArray)
        {
            SkipToArray();
            _inArray = true;
        }

        // Between elements: whitespace and commas, or the closing bracket.
        while (true)
        {
            if (_start == _end)
            {
                if (_eof)
                {
                    throw Problem(_start, "the array is not closed (the file ends early)");
                }

                Fill();
                continue;
            }

            var b = _buffer[_start];
            if (b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n' or (byte)',')
            {
                _start++;
                continue;
            }

            if (b == (byte)']')
            {
                _start++;
                _done = true;
                return false;
            }

            break;
        }

        while (true)
        {
            var available = _buffer.AsSpan(_start, _end - _start);
            // Never the final block: an element cut off by the end of the file then reads as incomplete, not as an error.
            var reader = new Utf8JsonReader(available, isFinalBlock: false, new JsonReaderState(Options));
            try
            {
                if (reader.Read() && (reader.TokenType is not (JsonTokenType.StartObject or JsonTokenType.StartArray) || reader.TrySkip()))
                {
                    var length = (int)reader.BytesConsumed;
                    Line = CountLinesTo(_start);
                    element = _buffer.AsMemory(_start, length);
                    _start += length;
                    return true;
                }
            }
            catch (JsonException e)
            {
                var startLine = CountLinesTo(_start);
                Line = startLine + (int)(e.LineNumber ?? 0);
                throw new JsonArrayException($"not valid JSON: {JsonLinesReader.FirstSentence(e.Message)}", Line, e);
            }

            if (_eof)
            {
                throw Problem(_start, "the file ends inside an element");
            }

            Fill();
        }
    }

    private void SkipToArray()
    {
        while (true)
        {
            var bracket = _buffer.AsSpan(_start, _end - _start).IndexOf((byte)'[');
            if (bracket >= 0)
            {
                _start += bracket + 1;
                return;
            }

            if (_eof)
            {
                throw Problem(_end, "not a JSON array (no '[' found)");
            }

            CountLinesTo(_end);
            _start = _end;
            Fill();
        }
    }

    private JsonArrayException Problem(int position, string message)
    {
        Line = CountLinesTo(position);
        return new JsonArrayException(message, Line);
    }

    private int CountLinesTo(int position)
    {
        if (position > _lineCountedTo)
        {
            _line += _buffer.AsSpan(_lineCountedTo, position - _lineCountedTo).Count((byte)'\n');
            _lineCountedTo = position;
        }

        return _line;
    }

    private void Fill()
    {
        CountLinesTo(_start);
        var pending = _end - _start;
        if (_start > 0)
        {
            _buffer.AsSpan(_start, pending).CopyTo(_buffer);
        }
        else if (pending == _buffer.Length)
        {
            var larger = ArrayPool<byte>.Shared.Rent(_buffer.Length * 2);
            _buffer.AsSpan(0, pending).CopyTo(larger);
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = larger;
        }

        _lineCountedTo -= _start;
        _start = 0;
        _end = pending;
        var read = _stream.Read(_buffer.AsSpan(_end));
        if (read == 0)
        {
            _eof = true;
        }

        _end += read;
    }

    public void Dispose()
    {
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = [];
        _stream.Dispose();
    }
}

/// <summary>A platform export file could not be read past a point (not an array, broken JSON).</summary>
public sealed class JsonArrayException : Exception
{
    public JsonArrayException()
    {
    }

    public JsonArrayException(string message)
        : base(message)
    {
    }

    public JsonArrayException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public JsonArrayException(string message, int line, Exception? innerException = null)
        : base(message, innerException)
    {
        Line = line;
    }

    public int Line { get; } = 1;
}
