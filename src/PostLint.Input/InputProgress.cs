using PostLint.Localization;

namespace PostLint.Input;

/// <summary>
/// How far the readers are through their input, in bytes: readers add what they read, a progress
/// display reads it from another thread. <see cref="TotalBytes"/> is the size of every input file,
/// known before reading starts, so that a display can show a percentage and an ETA.
/// </summary>
public sealed class InputProgress
{
    private long _readBytes;
    private long _totalBytes;

    /// <summary>The size of every input file added so far, in bytes; safe to read from any thread.</summary>
    public long TotalBytes => Volatile.Read(ref _totalBytes);

    /// <summary>How many bytes the readers have read so far; safe to read from any thread.</summary>
    public long ReadBytes => Volatile.Read(ref _readBytes);

    /// <summary>Adds an input file's size to <see cref="TotalBytes"/>; thread-safe.</summary>
    public void AddTotal(long bytes) => Interlocked.Add(ref _totalBytes, bytes);

    /// <summary>Adds bytes read to <see cref="ReadBytes"/>; thread-safe.</summary>
    public void AddRead(long bytes) => Interlocked.Add(ref _readBytes, bytes);
}

/// <summary>A read-only stream that tells an <see cref="InputProgress"/> how many bytes went through it.</summary>
internal sealed class ProgressStream : Stream
{
    private readonly Stream _inner;
    private readonly InputProgress? _progress;

    public ProgressStream(Stream inner, InputProgress? progress)
    {
        _inner = inner;
        _progress = progress;
    }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => _inner.Length;

    public override long Position { get => _inner.Position; set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var read = _inner.Read(buffer);
        _progress?.AddRead(read);
        return read;
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
            _inner.Dispose();
        }

        base.Dispose(disposing);
    }

    public static Stream OpenFile(string path, InputProgress? progress) =>
        new ProgressStream(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan), progress);

    /// <summary>
    /// Reads a file through <paramref name="read"/>, or, when it cannot be opened, yields the one
    /// PL0001 rejection that accounts for it, so that every reader reports unreadable files alike.
    /// </summary>
    public static IEnumerable<InputRecord> ReadFile(string path, InputProgress? progress, Func<Stream, IEnumerable<InputRecord>> read)
    {
        Stream stream;
        try
        {
            stream = OpenFile(path, progress);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [InputRecord.Reject(path, 1, 1, LocalizedMessage.Of("input.cannotReadFile", e.Message))];
        }

        return read(stream);
    }
}
