namespace PostLint.Cli.Infrastructure;

/// <summary>
/// A file written atomically: everything goes to a temporary file beside the target, which
/// replaces the target only on <see cref="Commit"/>. An interrupted run never leaves a
/// half-written report or a half-fixed draft. A symbolic link is followed, so the file it points
/// to is replaced and the link stays. Devices (<c>/dev/null</c>, <c>/dev/stdout</c>, anything
/// under <c>/dev</c> or <c>/proc</c>, <c>NUL</c> on Windows) are written directly: renaming a
/// temporary file over them would replace the device with a regular file.
/// </summary>
internal sealed class AtomicFile : IDisposable
{
    private readonly string _target;
    private readonly string? _temporary;
    private bool _committed;

    private AtomicFile(string target)
    {
        _target = ResolveTarget(Path.GetFullPath(target));
        if (IsDevicePath(_target))
        {
            _temporary = null;
            Stream = new FileStream(_target, FileMode.OpenOrCreate, FileAccess.Write, FileShare.ReadWrite, 1 << 16);
            return;
        }

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

    /// <summary>True for paths that name devices or kernel files rather than regular files.</summary>
    internal static bool IsDevicePath(string fullPath)
    {
        if (OperatingSystem.IsWindows())
        {
            var name = Path.GetFileNameWithoutExtension(fullPath);
            return fullPath.StartsWith(@"\\.\", StringComparison.Ordinal) ||
                name.Equals("NUL", StringComparison.OrdinalIgnoreCase) || name.Equals("CON", StringComparison.OrdinalIgnoreCase);
        }

        return fullPath.StartsWith("/dev/", StringComparison.Ordinal) || fullPath.StartsWith("/proc/", StringComparison.Ordinal);
    }

    private static string ResolveTarget(string fullPath)
    {
        var info = new FileInfo(fullPath);
        if (info.LinkTarget is null)
        {
            return fullPath;
        }

        return info.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? fullPath;
    }

    public void Commit()
    {
        Stream.Flush();
        Stream.Dispose();
        if (_temporary is not null)
        {
            File.Move(_temporary, _target, overwrite: true);
        }

        _committed = true;
    }

    public void Dispose()
    {
        Stream.Dispose();
        if (!_committed && _temporary is not null && File.Exists(_temporary))
        {
            File.Delete(_temporary);
        }
    }
}
