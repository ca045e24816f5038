namespace PostLint.Cli.Infrastructure;

/// <summary>
/// A file written atomically: everything goes to a temporary file beside the target, which
/// replaces the target only on <see cref="Commit"/>. An interrupted run never leaves a
/// half-written report or a half-fixed draft.
/// </summary>
internal sealed class AtomicFile : IDisposable
{
    private readonly string _target;
    private readonly string _temporary;
    private bool _committed;

    private AtomicFile(string target)
    {
        _target = Path.GetFullPath(target);
        var directory = Path.GetDirectoryName(_target) ?? ".";
        Directory.CreateDirectory(directory);
        _temporary = Path.Combine(directory, "." + Path.GetFileName(_target) + "." + Environment.ProcessId + ".tmp");
        Stream = new FileStream(_temporary, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
    }

    public Stream Stream { get; }

    public static AtomicFile Create(string path) => new(path);

    public static void WriteAllBytes(string path, ReadOnlySpan<byte> bytes)
    {
        using var file = Create(path);
        file.Stream.Write(bytes);
        file.Commit();
    }

    public void Commit()
    {
        Stream.Flush();
        Stream.Dispose();
        File.Move(_temporary, _target, overwrite: true);
        _committed = true;
    }

    public void Dispose()
    {
        Stream.Dispose();
        if (!_committed && File.Exists(_temporary))
        {
            File.Delete(_temporary);
        }
    }
}
