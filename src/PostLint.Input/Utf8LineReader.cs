using System.Buffers;
using PostLint.IO;

namespace PostLint.Input;

/// <summary>
/// Reads a stream line by line as UTF-8 bytes without decoding it, so that every line can be
/// checked on its own (invalid UTF-8 rejects one record, not the file). The buffer grows for long
/// lines up to a limit (<see cref="InputLimits.MaxRecordBytes"/>) and is reused, so memory stays
/// flat whatever the file size and whatever the length of its lines. LF and CRLF end lines.
/// </summary>
internal sealed class Utf8LineReader : IDisposable
{
    private readonly Stream _stream;
    private readonly int _maxLineBytes;
    private byte[] _buffer;
    private int _start;
    private int _end;
    private bool _eof;

    public Utf8LineReader(Stream stream, int initialSize = 1 << 16, int maxLineBytes = InputLimits.MaxRecordBytes)
    {
        _stream = stream;
        _maxLineBytes = maxLineBytes;
        _buffer = ArrayPool<byte>.Shared.Rent(initialSize);
    }

    /// <summary>The 1-based number of the line <see cref="TryReadLine"/> returned last.</summary>
    public int LineNumber { get; private set; }

    /// <summary>
    /// The size of the line <see cref="TryReadLine"/> skipped as too long (0 for a line that was read):
    /// a line longer than the limit is not kept, its bytes are counted and dropped up to its end.
    /// </summary>
    public long SkippedBytes { get; private set; }

    /// <summary>
    /// The next line without its line break (and without a UTF-8 byte order mark on line 1). A line
    /// longer than the limit comes back empty with <see cref="SkippedBytes"/> set.
    /// </summary>
    public bool TryReadLine(out ReadOnlySpan<byte> line)
    {
        SkippedBytes = 0;
        var searchFrom = _start;
        long dropped = 0;
        while (true)
        {
            var newline = _buffer.AsSpan(searchFrom, _end - searchFrom).IndexOf((byte)'\n');
            if (newline >= 0)
            {
                var lineEnd = searchFrom + newline;
                if (dropped + (lineEnd - _start) > _maxLineBytes)
                {
                    return Skipped(dropped + (lineEnd - _start), lineEnd + 1, out line);
                }

                line = Finish(_start, lineEnd);
                _start = lineEnd + 1;
                return true;
            }

            if (_eof)
            {
                if (dropped + (_end - _start) > _maxLineBytes)
                {
                    return Skipped(dropped + (_end - _start), _end, out line);
                }

                if (_start < _end)
                {
                    line = Finish(_start, _end);
                    _start = _end;
                    return true;
                }

                line = default;
                return false;
            }

            if (dropped + (_end - _start) >= _maxLineBytes)
            {
                // Too long to keep: drop what was read of it and look for its end.
                dropped += _end - _start;
                _start = _end;
            }

            searchFrom = Fill();
        }
    }

    private bool Skipped(long length, int next, out ReadOnlySpan<byte> line)
    {
        LineNumber++;
        SkippedBytes = length;
        _start = next;
        line = default;
        return true;
    }

    private ReadOnlySpan<byte> Finish(int start, int end)
    {
        LineNumber++;
        var line = _buffer.AsSpan(start, end - start);
        if (line.Length > 0 && line[^1] == (byte)'\r')
        {
            line = line[..^1];
        }

        if (LineNumber == 1 && line.StartsWith("\uFEFF"u8))
        {
            line = line[3..];
        }

        return line;
    }

    // Moves the unread bytes to the front (or into a larger buffer) and reads more; returns where
    // the search for a line break goes on.
    private int Fill()
    {
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

        _start = 0;
        _end = pending;
        var read = _stream.Read(_buffer.AsSpan(_end));
        if (read == 0)
        {
            _eof = true;
        }

        _end += read;
        return pending;
    }

    public void Dispose()
    {
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = [];
    }
}
