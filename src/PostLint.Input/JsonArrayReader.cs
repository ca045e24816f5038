using System.Buffers;
using PostLint.Localization;
using PostLint.IO;

namespace PostLint.Input;

/// <summary>What <see cref="JsonArrayReader.Next"/> found.</summary>
internal enum JsonArrayItem
{
    /// <summary>An element (its bytes in <see cref="JsonArrayReader.Element"/>).</summary>
    Element,

    /// <summary>An element larger than <see cref="InputLimits.MaxRecordBytes"/>: skipped, its size in <see cref="JsonArrayReader.SkippedBytes"/>.</summary>
    TooLarge,

    /// <summary>The closing <c>]</c> of the array.</summary>
    End,
}

/// <summary>
/// Streams the elements of the first JSON array of a file, one at a time, without loading the
/// file: platform exports are one big array (<c>window.YTD.tweets.part0 = [ … ]</c> for X, a bare
/// <c>[ … ]</c> for Facebook and Instagram). Everything before the first <c>[</c> is skipped (the
/// X assignment prefix, or <c>{"key":</c> of a wrapper object; at most
/// <see cref="InputLimits.MaxArrayPrefixBytes"/>); what follows the array is ignored.
/// <para>Elements are found by their structure alone — brackets outside strings, strings with their
/// escapes — whatever their nesting depth, and parsed by the caller. So an element that is not valid
/// JSON, or nested too deeply to parse, is one bad record and the next element is read after it.
/// An element larger than <see cref="InputLimits.MaxRecordBytes"/> is scanned to its end without
/// being kept (memory stays bounded) and reported by size. Only a file that ends inside an element
/// (an unclosed bracket or string) cannot be read past that element.</para>
/// Each element comes with the 1-based line it starts on. The buffer grows to the largest element
/// kept and is reused.
/// </summary>
internal sealed class JsonArrayReader : IDisposable
{
    private static readonly SearchValues<byte> Structure = SearchValues.Create("\"[]{}"u8);
    private static readonly SearchValues<byte> StringEnd = SearchValues.Create("\"\\"u8);
    private static readonly SearchValues<byte> ScalarEnd = SearchValues.Create(",]} \t\r\n"u8);

    private readonly Stream _stream;
    private readonly int _maxElementBytes;
    private byte[] _buffer;
    private int _start;
    private int _end;
    private bool _eof;
    private int _line = 1;
    private int _lineCountedTo;
    private bool _inArray;
    private bool _done;

    public JsonArrayReader(Stream stream, int maxElementBytes = InputLimits.MaxRecordBytes)
    {
        _stream = stream;
        _maxElementBytes = maxElementBytes;
        _buffer = ArrayPool<byte>.Shared.Rent(1 << 16);
    }

    /// <summary>The 1-based line of the element returned last (or of the problem).</summary>
    public int Line { get; private set; } = 1;

    /// <summary>The bytes of the element <see cref="Next"/> returned, valid until the next call.</summary>
    public ReadOnlyMemory<byte> Element { get; private set; }

    /// <summary>How deeply the element returned last nests (1 for an object of scalars).</summary>
    public int Depth { get; private set; }

    /// <summary>The size of the element skipped as <see cref="JsonArrayItem.TooLarge"/>.</summary>
    public long SkippedBytes { get; private set; }

    /// <summary>
    /// The next element. Throws <see cref="JsonArrayException"/> (with <see cref="Line"/> set) when
    /// the file is not an array or ends inside an element: reading cannot go on after that.
    /// </summary>
    public JsonArrayItem Next()
    {
        Element = default;
        SkippedBytes = 0;
        if (_done)
        {
            return JsonArrayItem.End;
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
                    throw Problem(_start, LocalizedMessage.Of("input.array.notClosed"));
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
                return JsonArrayItem.End;
            }

            break;
        }

        Line = CountLinesTo(_start);
        return ScanElement();
    }

    // Finds the end of the element at _start. The scan state survives refills; once the element
    // passes the size limit its bytes are dropped as they are scanned.
    private JsonArrayItem ScanElement()
    {
        var first = _buffer[_start];
        var container = first is (byte)'{' or (byte)'[';
        var inString = first == (byte)'"';
        var depth = container ? 1 : 0;
        Depth = depth;
        var scan = _start + 1;
        long dropped = 0;
        var escaped = false;
        while (true)
        {
            var end = FindEnd(ref scan, ref depth, ref inString, ref escaped, container || first == (byte)'"', first);
            if (end >= 0)
            {
                var length = end - _start;
                if (dropped + length > _maxElementBytes)
                {
                    SkippedBytes = dropped + length;
                    CountLinesTo(end);
                    _start = end;
                    return JsonArrayItem.TooLarge;
                }

                Element = _buffer.AsMemory(_start, length);
                _start = end;
                return JsonArrayItem.Element;
            }

            if (_eof)
            {
                var at = Line;
                CountLinesTo(_end);
                var what = LocalizedMessage.Of(inString ? "input.array.openString" : "input.array.openBrackets");
                var read = dropped + (_end - _start);
                _start = _end;
                throw new JsonArrayException(LocalizedMessage.Of("input.array.endsInside", at, what, InputLimits.DescribeBytes(read)), at);
            }

            if (dropped + (scan - _start) >= _maxElementBytes)
            {
                // Too large to keep: forget what was scanned, keep scanning for the end.
                CountLinesTo(scan);
                dropped += scan - _start;
                _start = scan;
            }

            var consumed = _start;
            Fill();
            scan -= consumed;
        }
    }

    // Scans from `scan` to the end of the buffered bytes; returns the index one past the element's
    // last byte, or -1 when more bytes are needed (the state is kept in the ref parameters).
    private int FindEnd(ref int scan, ref int depth, ref bool inString, ref bool escaped, bool structured, byte first)
    {
        var span = _buffer.AsSpan(0, _end);
        if (!structured)
        {
            // A number, true, false or null: ends at a delimiter.
            var at = span[scan..].IndexOfAny(ScalarEnd);
            if (at < 0)
            {
                scan = _end;
                return -1;
            }

            return scan + at;
        }

        while (scan < _end)
        {
            if (inString)
            {
                if (escaped)
                {
                    escaped = false;
                    scan++;
                    continue;
                }

                var at = span[scan..].IndexOfAny(StringEnd);
                if (at < 0)
                {
                    scan = _end;
                    return -1;
                }

                scan += at;
                if (span[scan] == (byte)'\\')
                {
                    escaped = true;
                }
                else
                {
                    inString = false;
                    if (first == (byte)'"' && depth == 0)
                    {
                        return scan + 1;
                    }
                }

                scan++;
                continue;
            }

            var next = span[scan..].IndexOfAny(Structure);
            if (next < 0)
            {
                scan = _end;
                return -1;
            }

            scan += next;
            switch (span[scan])
            {
                case (byte)'"':
                    inString = true;
                    break;
                case (byte)'{' or (byte)'[':
                    depth++;
                    Depth = Math.Max(Depth, depth);
                    break;
                default:
                    depth--;
                    if (depth == 0)
                    {
                        return scan + 1;
                    }

                    break;
            }

            scan++;
        }

        return -1;
    }

    private void SkipToArray()
    {
        long skipped = 0;
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
                throw Problem(_end, LocalizedMessage.Of("input.array.noBracket"));
            }

            skipped += _end - _start;
            if (skipped > InputLimits.MaxArrayPrefixBytes)
            {
                throw Problem(_end, LocalizedMessage.Of("input.array.noBracketIn", InputLimits.DescribeBytes(skipped)));
            }

            CountLinesTo(_end);
            _start = _end;
            Fill();
        }
    }

    private JsonArrayException Problem(int position, LocalizedMessage message)
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

/// <summary>A platform export file could not be read past a point (not an array, a file that ends inside an element).</summary>
internal sealed class JsonArrayException : Exception
{
    public JsonArrayException()
        : this(string.Empty)
    {
    }

    public JsonArrayException(string message)
        : this(LocalizedMessage.Verbatim(message), 1)
    {
    }

    public JsonArrayException(string message, Exception innerException)
        : this(LocalizedMessage.Verbatim(message), 1, innerException)
    {
    }

    public JsonArrayException(string message, int line, Exception? innerException = null)
        : this(LocalizedMessage.Verbatim(message), line, innerException)
    {
    }

    /// <summary>The file cannot be read past <paramref name="line"/>, for the reason <paramref name="text"/>.</summary>
    public JsonArrayException(LocalizedMessage text, int line, Exception? innerException = null)
        : base(text?.ToString(), innerException)
    {
        Text = text!;
        Line = line;
    }

    /// <summary>Why, in either display language.</summary>
    public LocalizedMessage Text { get; }

    public int Line { get; } = 1;
}
