using PostLint.Localization;
using PostLint.IO;
using PostLint.Model;

namespace PostLint.Input;

/// <summary>
/// One post per file. A folder is read recursively, files in ordinal order of their relative path
/// (so runs are deterministic), skipping hidden files and folders (names starting with a dot); the
/// post id is the path relative to the folder, with <c>/</c> separators. A file given by itself has
/// its file name as id. Positions in the post are positions in the file (as for <c>check</c>).
/// A file that is not UTF-8 or is empty is rejected (PL0001). Only regular files are read: a named
/// pipe, socket or device found in a folder is skipped and counted, never opened (opening a pipe
/// would wait for a writer forever); a subfolder that cannot be listed is one PL0001 and the rest is read.
/// </summary>
public static class TextPostReader
{
    /// <summary>Why an empty draft is rejected (PL0001), in <c>audit</c> and <c>check</c> alike.</summary>
    public static LocalizedMessage EmptyFileReason { get; } = LocalizedMessage.Of("input.emptyFile");

    /// <summary>The records of the file (or export folder) at <paramref name="path"/>, read lazily as the sequence is enumerated. A record that cannot be used comes as a rejected record (PL0001), not as an exception.</summary>
    /// <param name="path">The file or folder to read.</param>
    /// <param name="options">The time zone of times without an offset, CSV column names and progress reporting; null for the defaults.</param>
    /// <param name="cancellationToken">Stops reading between records.</param>
    public static IEnumerable<InputRecord> Read(string path, InputReaderOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        options ??= new InputReaderOptions();
        if (Directory.Exists(path))
        {
            long number = 0;
            foreach (var (file, id) in EnumerateFolder(path))
            {
                cancellationToken.ThrowIfCancellationRequested();
                yield return ReadFile(file, id, ++number, options);
            }
        }
        else
        {
            yield return ReadFile(path, Path.GetFileName(path), 1, options);
        }
    }

    /// <summary>The files of a folder, recursively, sorted by relative path; hidden entries left out.</summary>
    public static IEnumerable<(string Path, string RelativePath)> EnumerateFolder(string folder)
    {
        var files = new List<(string, string)>();
        Collect(new DirectoryInfo(folder), folder, files);
        files.Sort(static (a, b) => string.CompareOrdinal(a.Item2, b.Item2));
        return files;
    }

    private static void Collect(DirectoryInfo directory, string root, List<(string, string)> files)
    {
        FileSystemInfo[] entries;
        try
        {
            entries = directory.GetFileSystemInfos();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException && directory.FullName != Path.GetFullPath(root))
        {
            // Listed as an entry of its own: reading it gives one PL0001 that says why.
            var relative = Path.GetRelativePath(root, directory.FullName);
            files.Add((Path.Combine(root, relative), relative.Replace(Path.DirectorySeparatorChar, '/')));
            return;
        }

        foreach (var entry in entries)
        {
            if (entry.Name.StartsWith('.'))
            {
                continue;
            }

            if (entry is DirectoryInfo child)
            {
                if (!child.Attributes.HasFlag(FileAttributes.ReparsePoint))
                {
                    Collect(child, root, files);
                }
            }
            else
            {
                var relative = Path.GetRelativePath(root, entry.FullName).Replace(Path.DirectorySeparatorChar, '/');
                files.Add((Path.Combine(root, Path.GetRelativePath(root, entry.FullName)), relative));
            }
        }
    }

    internal static InputRecord ReadFile(string file, string id, long recordNumber, InputReaderOptions options)
    {
        switch (FileKinds.Of(file))
        {
            case FileKind.Regular:
                break;
            case FileKind.Directory:
                return InputRecord.Reject(file, 1, recordNumber, LocalizedMessage.Of("input.folder.cannotList", ListingProblem(file)), id);
            case FileKind.Missing:
                return InputRecord.Reject(file, 1, recordNumber, LocalizedMessage.Of("input.file.missing"), id);
            case var kind:
                return InputRecord.Skip(file, 1, recordNumber, LocalizedMessage.Of("input.skip.notRegularFile", FileKinds.DescribeText(kind)), id);
        }

        byte[] bytes;
        try
        {
            // One file is one record: over the 16 MB a record may have it is refused from its size, unread.
            bytes = BoundedFile.ReadAllBytes(file, InputLimits.MaxRecordBytes, PostLint.Localization.LocalizedMessage.Of("file.what.posts"));
        }
        catch (FileRefusedException e) when (e.Length is { } length)
        {
            options.Progress?.AddRead(length);
            return InputRecord.Reject(file, 1, recordNumber, InputLimits.TooLarge(length), id);
        }
        catch (UnauthorizedAccessException)
        {
            return InputRecord.Reject(file, 1, recordNumber, LocalizedMessage.Of("input.file.noPermission"), id);
        }
        catch (IOException e)
        {
            return InputRecord.Reject(file, 1, recordNumber, LocalizedMessage.Of("input.cannotReadFile", e.Message), id);
        }

        options.Progress?.AddRead(bytes.Length);
        DraftFile draft;
        try
        {
            draft = DraftFile.FromBytes(bytes, file, id);
        }
        catch (InvalidDataException e)
        {
            return InputRecord.Reject(file, 1, recordNumber, DraftFile.ReasonOf(e), id);
        }

        if (draft.Post.Text.Length == 0)
        {
            return InputRecord.Reject(file, 1, recordNumber, EmptyFileReason, id);
        }

        var post = draft.Post with { Source = new PostSource(file, 1, recordNumber) { IsWholeFile = true } };
        return InputRecord.Accept(post);
    }

    private static LocalizedMessage ListingProblem(string folder)
    {
        try
        {
            _ = Directory.GetFileSystemEntries(folder);
            return LocalizedMessage.Of("input.folder.changed");
        }
        catch (UnauthorizedAccessException)
        {
            return LocalizedMessage.Of("input.folder.noPermission");
        }
        catch (IOException e)
        {
            return LocalizedMessage.Verbatim(e.Message);
        }
    }
}
