namespace PostLint.Cli.IO;

/// <summary>
/// Reads raw input lines the way the <c>mecab</c> command does (C++ <c>istream::getline</c> into
/// an 8,192-byte buffer): a line longer than 8,191 bytes is split after 8,191 bytes, even inside a
/// UTF-8 character, and the rest becomes the next line; <c>\r</c> is kept; a last line without LF
/// is read, unless it is empty or starts with NUL. Lines are views into an internal buffer, valid
/// until the next call.
/// </summary>
internal sealed class MecabLineReader
{
    /// <summary>MeCab's default <c>input-buffer-size</c>; one byte holds the terminating NUL.</summary>
    public const int DefaultBufferSize = 8192;

    private readonly Stream _input;
    private readonly int _maxLine;
    private byte[] _buffer;
    private int _start;
    private int _end;
    private bool _endOfStream;

    public MecabLineReader(Stream input, int bufferSize = DefaultBufferSize, int readSize = 1 << 20)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentOutOfRangeException.ThrowIfLessThan(bufferSize, 2);
        _input = input;
        _maxLine = bufferSize - 1;
        _buffer = new byte[Math.Max(readSize, bufferSize * 2)];
    }

    /// <summary>Number of lines returned so far (split parts count separately).</summary>
    public long LineNumber { get; private set; }

    /// <summary>
    /// Reads the next line without its LF. <paramref name="split"/> is true when the line hit the
    /// buffer limit and the rest of it follows as the next line (mecab warns on stderr then).
    /// </summary>
    public bool TryReadLine(out ReadOnlySpan<byte> line, out bool split)
    {
        split = false;
        EnsureAvailable(_maxLine + 1);
        var available = _end - _start;
        var window = new ReadOnlySpan<byte>(_buffer, _start, Math.Min(available, _maxLine + 1));
        var newline = window.IndexOf((byte)'\n');
        if (newline >= 0)
        {
            line = new ReadOnlySpan<byte>(_buffer, _start, newline);
            _start += newline + 1;
            LineNumber++;
            return true;
        }

        if (available > _maxLine)
        {
            // getline stored bufferSize-1 bytes and the next one is not LF: failbit, line split.
            line = new ReadOnlySpan<byte>(_buffer, _start, _maxLine);
            _start += _maxLine;
            split = true;
            LineNumber++;
            return true;
        }

        // End of input without LF: mecab stops if nothing (or a leading NUL) was read.
        line = new ReadOnlySpan<byte>(_buffer, _start, available);
        _start = _end;
        if (available == 0 || line[0] == 0)
        {
            line = default;
            return false;
        }

        LineNumber++;
        return true;
    }

    private void EnsureAvailable(int wanted)
    {
        if (_end - _start >= wanted || _endOfStream)
        {
            return;
        }

        if (_start > 0)
        {
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
            _end -= _start;
            _start = 0;
        }

        while (_end - _start < wanted && !_endOfStream)
        {
            if (_end == _buffer.Length)
            {
                Array.Resize(ref _buffer, _buffer.Length * 2);
            }

            var read = _input.Read(_buffer, _end, _buffer.Length - _end);
            if (read == 0)
            {
                _endOfStream = true;
            }

            _end += read;
        }
    }
}
