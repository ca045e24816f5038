using System.IO.MemoryMappedFiles;

namespace PostLint.Morphology;

/// <summary>
/// A read-only memory-mapped file with a raw pointer to its first byte. The dictionaries are
/// tens of megabytes and read sparsely, so mapping them costs nearly nothing to open and lets
/// every thread share one copy through the page cache.
/// </summary>
internal sealed unsafe class MappedFile : IDisposable
{
    private readonly MemoryMappedFile? _file;
    private readonly MemoryMappedViewAccessor? _view;
    private bool _pointerAcquired;

    private MappedFile(string path, MemoryMappedFile? file, MemoryMappedViewAccessor? view, byte* pointer, long length)
    {
        Path = path;
        _file = file;
        _view = view;
        Pointer = pointer;
        Length = length;
    }

    public string Path { get; }

    public byte* Pointer { get; }

    public long Length { get; }

    public ReadOnlySpan<byte> Span => new(Pointer, checked((int)Length));

    public static MappedFile Open(string path)
    {
        FileStream stream;
        try
        {
            // Only a regular file within the size limit is opened: a named pipe would block the
            // open itself, and a device (/dev/zero) has no length to map. The check follows
            // symbolic links, which Debian uses for dicrc and /var/lib/mecab/dic/debian.
            IO.BoundedFile.Check(path, IO.BoundedFile.MaxMorphologyDictionaryBytes, PostLint.Localization.LocalizedMessage.Of("file.what.mecabDictionary"));
            stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new MecabDictionaryException(path, "file not found", ex);
        }
        catch (IO.FileRefusedException ex)
        {
            throw new MecabDictionaryException(path, ex.Message, ex);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            throw new MecabDictionaryException(path, "cannot read the file: " + ex.Message, ex);
        }

        MemoryMappedFile? file = null;
        MemoryMappedViewAccessor? view = null;
        try
        {
            var length = stream.Length;
            if (length == 0)
            {
                // MemoryMappedFile refuses empty files; an empty dictionary file is simply truncated.
                stream.Dispose();
                return new MappedFile(path, null, null, null, 0);
            }

            if (length > int.MaxValue)
            {
                throw new MecabDictionaryException(path, $"file is {length} bytes; dictionary files over 2 GiB are not supported");
            }

            file = MemoryMappedFile.CreateFromFile(stream, mapName: null, capacity: 0, MemoryMappedFileAccess.Read, HandleInheritability.None, leaveOpen: false);
            view = file.CreateViewAccessor(0, 0, MemoryMappedFileAccess.Read);
            byte* pointer = null;
            view.SafeMemoryMappedViewHandle.AcquirePointer(ref pointer);
            return new MappedFile(path, file, view, pointer + view.PointerOffset, length) { _pointerAcquired = true };
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException)
        {
            view?.Dispose();
            file?.Dispose();
            stream.Dispose();
            throw new MecabDictionaryException(path, "cannot map the file: " + ex.Message, ex);
        }
        catch
        {
            view?.Dispose();
            file?.Dispose();
            stream.Dispose();
            throw;
        }
    }

    public void Dispose()
    {
        if (_pointerAcquired)
        {
            _pointerAcquired = false;
            _view!.SafeMemoryMappedViewHandle.ReleasePointer();
        }

        _view?.Dispose();
        _file?.Dispose();
    }
}
