using System.Diagnostics;
using System.Globalization;
using PostLint.Localization;

namespace PostLint.Cli.Infrastructure;

/// <summary>
/// A file written atomically: everything goes to a temporary file beside the target, which
/// replaces the target only on <see cref="Commit"/>. An interrupted run never leaves a
/// half-written report or a half-fixed draft. Several files (an audit's report and its baseline)
/// are committed together with <see cref="CommitAll"/>: all of them are replaced, or — when one
/// cannot be — none is, and the old files stay. A symbolic link is followed, so the file it points
/// to is replaced and the link stays. Devices (<c>/dev/null</c>, <c>/dev/stdout</c>, anything
/// under <c>/dev</c> or <c>/proc</c>, <c>NUL</c> on Windows) are written directly: renaming a
/// temporary file over them would replace the device with a regular file.
/// <para>Temporary files are named <c>.NAME.postlint-PID-RANDOM.tmp</c>. A run that was killed
/// (SIGKILL, a power cut) cannot delete its own; the next run that writes the same target deletes
/// them once they are stale: their process no longer runs and they were last written over a
/// minute ago, or they were last written over a week ago (a process on another machine sharing the
/// folder).</para>
/// </summary>
internal sealed class AtomicFile : IDisposable
{
    private const string TemporaryMarker = ".postlint-";
    private const string TemporaryExtension = ".tmp";
    private const string BackupExtension = ".bak";
    private static readonly TimeSpan OrphanAge = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan AbandonedAge = TimeSpan.FromDays(7);

    private readonly string _target;
    private readonly string? _temporary;
    private bool _prepared;
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

        if (Directory.Exists(_target))
        {
            throw new LocalizedIOException(LocalizedMessage.Of("file.output.isFolder", _target));
        }

        var directory = Path.GetDirectoryName(_target) ?? ".";
        Directory.CreateDirectory(directory);
        RemoveStaleTemporaries(directory, Path.GetFileName(_target));
        _temporary = Path.Combine(directory, TemporaryName(Path.GetFileName(_target), Environment.ProcessId));
        Stream = new FileStream(_temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16);
    }

    public Stream Stream { get; }

    /// <summary>The file the commit replaces (symbolic links resolved).</summary>
    public string Target => _target;

    public static AtomicFile Create(string path) => new(path);

    public static void WriteAllBytes(string path, ReadOnlySpan<byte> bytes)
    {
        using var file = Create(path);
        file.Stream.Write(bytes);
        file.Commit();
    }

    /// <summary>The temporary file name for a target: <c>.NAME.postlint-PID-RANDOM.tmp</c>.</summary>
    internal static string TemporaryName(string targetName, int processId) =>
        string.Create(CultureInfo.InvariantCulture, $".{targetName}{TemporaryMarker}{processId}-{Guid.NewGuid().ToString("N")[..8]}{TemporaryExtension}");

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

    /// <summary>Deletes the temporary files (and backups) of killed runs that wrote this target.</summary>
    internal static void RemoveStaleTemporaries(string directory, string targetName)
    {
        var prefix = "." + targetName + TemporaryMarker;
        IEnumerable<string> candidates;
        try
        {
            candidates = Directory.EnumerateFiles(directory, prefix + "*").ToList();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return;
        }

        var now = DateTime.UtcNow;
        foreach (var path in candidates)
        {
            var name = Path.GetFileName(path);
            if (!(name.EndsWith(TemporaryExtension, StringComparison.Ordinal) || name.EndsWith(BackupExtension, StringComparison.Ordinal)))
            {
                continue;
            }

            var rest = name[prefix.Length..];
            var dash = rest.IndexOf('-', StringComparison.Ordinal);
            if (dash <= 0 || !int.TryParse(rest[..dash], NumberStyles.None, CultureInfo.InvariantCulture, out var processId))
            {
                continue;
            }

            try
            {
                var age = now - File.GetLastWriteTimeUtc(path);
                if (age > AbandonedAge || (age > OrphanAge && !IsRunning(processId)))
                {
                    var target = Path.Combine(directory, targetName);
                    if (name.EndsWith(BackupExtension, StringComparison.Ordinal) && !File.Exists(target))
                    {
                        // Killed between putting the old file aside and moving the new one in: the old one comes back.
                        File.Move(path, target);
                    }
                    else
                    {
                        File.Delete(path);
                    }
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Another run is cleaning up too, or the folder is read-only: leave it.
            }
        }
    }

    private static bool IsRunning(int processId)
    {
        if (processId == Environment.ProcessId)
        {
            return true;
        }

        try
        {
            using var process = Process.GetProcessById(processId);
            return !process.HasExited;
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }

    /// <summary>Writes out and closes the temporary file: after this only the rename is left.</summary>
    private void Prepare()
    {
        if (_prepared)
        {
            return;
        }

        Stream.Flush();
        Stream.Dispose();
        _prepared = true;
    }

    public void Commit() => CommitAll([this]);

    /// <summary>
    /// Replaces the targets of all the files, or none of them. Every temporary file is written out
    /// first (a full disk fails here, before anything is replaced); then each old target is kept
    /// aside as a backup while the new files are moved in, and put back if a move fails.
    /// </summary>
    public static void CommitAll(IReadOnlyList<AtomicFile> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        foreach (var file in files)
        {
            file.Prepare();
        }

        var replaced = new List<(AtomicFile File, string? Backup)>();
        try
        {
            foreach (var file in files)
            {
                if (file._temporary is null)
                {
                    continue;
                }

                string? backup = null;
                if (files.Count > 1 && File.Exists(file._target))
                {
                    backup = Path.Combine(Path.GetDirectoryName(file._target) ?? ".", TemporaryName(Path.GetFileName(file._target), Environment.ProcessId)[..^TemporaryExtension.Length] + BackupExtension);
                    File.Move(file._target, backup);
                }

                replaced.Add((file, backup));
                File.Move(file._temporary, file._target, overwrite: true);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            RollBack(replaced);
            throw;
        }

        foreach (var (file, backup) in replaced)
        {
            file._committed = true;
            if (backup is not null)
            {
                TryDelete(backup);
            }
        }

        foreach (var file in files)
        {
            file._committed = true;
        }
    }

    private static void RollBack(List<(AtomicFile File, string? Backup)> replaced)
    {
        for (var i = replaced.Count - 1; i >= 0; i--)
        {
            var (file, backup) = replaced[i];
            try
            {
                if (backup is not null)
                {
                    File.Move(backup, file._target, overwrite: true);
                }
                else if (File.Exists(file._target) && !File.Exists(file._temporary))
                {
                    // The new file had been moved in where there was none: take it out again.
                    File.Delete(file._target);
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // The backup stays beside the target under its recognisable name; the next run removes it.
            }
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Removed by the next run's clean-up.
        }
    }

    public void Dispose()
    {
        Stream.Dispose();
        if (!_committed && _temporary is not null)
        {
            TryDelete(_temporary);
        }
    }
}
