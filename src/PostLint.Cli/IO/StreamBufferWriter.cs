using System.Buffers;

namespace PostLint.Cli.IO;

/// <summary>An <see cref="IBufferWriter{T}"/> over a large byte buffer that is written to a stream when full.</summary>
internal sealed class StreamBufferWriter : IBufferWriter<byte>
{
    private readonly Stream _stream;
    private byte[] _buffer;
    private int _used;

    public StreamBufferWriter(Stream stream, int bufferSize = 1 << 20)
    {
        ArgumentNullException.ThrowIfNull(stream);
        _stream = stream;
        _buffer = new byte[bufferSize];
    }

    public int Buffered => _used;

    public void Advance(int count) => _used += count;

    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        Reserve(sizeHint);
        return _buffer.AsMemory(_used);
    }

    public Span<byte> GetSpan(int sizeHint = 0)
    {
        Reserve(sizeHint);
        return _buffer.AsSpan(_used);
    }

    /// <summary>Writes the buffered bytes to the stream and flushes it.</summary>
    public void Flush()
    {
        if (_used > 0)
        {
            _stream.Write(_buffer, 0, _used);
            _used = 0;
        }

        _stream.Flush();
    }

    private void Reserve(int sizeHint)
    {
        var needed = Math.Max(sizeHint, 1);
        if (_buffer.Length - _used >= needed)
        {
            return;
        }

        if (_used > 0)
        {
            _stream.Write(_buffer, 0, _used);
            _used = 0;
        }

        if (_buffer.Length < needed)
        {
            _buffer = new byte[needed];
        }
    }
}
