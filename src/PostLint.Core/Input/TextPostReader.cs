using PostLint.Analysis;

namespace PostLint.Input;

/// <summary>
/// One post per file. A folder is read recursively, files in ordinal order of their relative path
/// (so runs are deterministic), skipping hidden files and folders (names starting with a dot); the
/// post id is the path relative to the folder, with <c>/</c> separators. A file given by itself has
/// its file name as id. Positions in the post are positions in the file (as for <c>check</c>).
/// A file that is not UTF-8 or is empty is rejected (PL0001).
/// </summary>
public static class TextPostReader
{
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
        foreach (var entry in directory.EnumerateFileSystemInfos())
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
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return InputRecord.Reject(file, 1, recordNumber, "cannot read the file: " + e.Message, id);
        }

        options.Progress?.AddRead(bytes.Length);
        DraftFile draft;
        try
        {
            draft = DraftFile.FromBytes(bytes, file, id);
        }
        catch (InvalidDataException e)
        {
            return InputRecord.Reject(file, 1, recordNumber, e.Message, id);
        }

        if (draft.Post.Text.Length == 0)
        {
            return InputRecord.Reject(file, 1, recordNumber, "the file is empty", id);
        }

        var post = draft.Post with { Source = new PostSource(file, 1, recordNumber) { IsWholeFile = true } };
        return InputRecord.Accept(post);
    }
}
