using PostLint.IO;

namespace PostLint.Input;

/// <summary>One thing to read: a file or folder in a format (a file of a plain folder carries its id, the path relative to the folder).</summary>
/// <param name="Format">The format to read the source in.</param>
/// <param name="Path">The file or folder.</param>
/// <param name="RelativeId">For a file found in a plain folder, its path relative to that folder (the post id); otherwise null.</param>
public sealed record InputSource(InputFormat Format, string Path, string? RelativeId = null)
{
    /// <summary>The files this source reads (for the progress total).</summary>
    public IEnumerable<string> Files => Format switch
    {
        InputFormat.XArchive when Directory.Exists(Path) => ArchiveFiles(Path),
        InputFormat.XArchive when Path.EndsWith(".zip", StringComparison.OrdinalIgnoreCase) => [Path],
        InputFormat.XArchive => [Path, .. XArchiveReader.FindNoteFiles(System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(Path)) ?? ".")],
        InputFormat.Facebook when Directory.Exists(Path) => FacebookReader.FindFiles(Path),
        InputFormat.Instagram when Directory.Exists(Path) => InstagramReader.FindFiles(Path),
        _ => [Path],
    };

    private static IEnumerable<string> ArchiveFiles(string folder)
    {
        var data = Directory.Exists(System.IO.Path.Combine(folder, "data")) ? System.IO.Path.Combine(folder, "data") : folder;
        return [.. XArchiveReader.FindTweetFiles(data), .. XArchiveReader.FindNoteFiles(data)];
    }
}

/// <summary>
/// Turns the paths of <c>postlint audit</c> into records: resolves each path to sources (detecting
/// the format when asked), then streams the records of every source in order.
/// <para>Detection (<c>--input-format auto</c>). A file: <c>tweets.js</c>/<c>tweets-partN.js</c>/<c>tweet.js</c> or a <c>.zip</c>
/// → x-archive; <c>your_posts*.json</c> → facebook; <c>posts_N.json</c> → instagram; <c>.jsonl</c>/<c>.ndjson</c>
/// → jsonl; <c>.csv</c> → csv; anything else → text. A folder: one with <c>data/tweets.js</c> (or
/// <c>tweets.js</c> itself) → x-archive; one holding a <c>your_posts*.json</c> anywhere below → facebook;
/// one holding a <c>posts_N.json</c> → instagram; otherwise every file below it (sorted, hidden ones
/// left out) by the file rules for jsonl, csv and text.</para>
/// </summary>
public static class PostReaders
{
    /// <summary>Resolves paths to sources. Throws <see cref="FileNotFoundException"/> for a path that does not exist.</summary>
    public static IReadOnlyList<InputSource> Resolve(IEnumerable<string> paths, InputFormat format)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var sources = new List<InputSource>();
        foreach (var path in paths)
        {
            if (!File.Exists(path) && !Directory.Exists(path))
            {
                throw new FileNotFoundException($"'{path}' does not exist", path);
            }

            var isFolder = Directory.Exists(path);
            var chosen = format == InputFormat.Auto ? Detect(path) : format;
            if (isFolder && chosen is InputFormat.Text or InputFormat.JsonLines or InputFormat.Csv)
            {
                foreach (var (file, relative) in TextPostReader.EnumerateFolder(path))
                {
                    // Anything but a regular file goes to the text reader, which skips it without opening it.
                    var fileFormat = FileKinds.Of(file) != FileKind.Regular ? InputFormat.Text : format == InputFormat.Auto ? DetectPlainFile(file) : format;
                    sources.Add(new InputSource(fileFormat, file, fileFormat == InputFormat.Text ? relative : null));
                }
            }
            else
            {
                sources.Add(new InputSource(chosen, path));
            }
        }

        return sources;
    }

    /// <summary>The format <c>auto</c> picks for a path (see the class summary).</summary>
    public static InputFormat Detect(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (Directory.Exists(path))
        {
            if (XArchiveReader.IsArchive(path))
            {
                return InputFormat.XArchive;
            }

            if (FacebookReader.FindFiles(path).Count > 0)
            {
                return InputFormat.Facebook;
            }

            if (InstagramReader.FindFiles(path).Count > 0)
            {
                return InputFormat.Instagram;
            }

            return InputFormat.Text;
        }

        var name = Path.GetFileName(path);
        if (XArchiveReader.IsTweetFileName(name) || name.EndsWith(".zip", StringComparison.OrdinalIgnoreCase))
        {
            return InputFormat.XArchive;
        }

        if (FacebookReader.IsPostsFileName(name))
        {
            return InputFormat.Facebook;
        }

        if (InstagramReader.IsPostsFileName(name))
        {
            return InputFormat.Instagram;
        }

        return DetectPlainFile(path);
    }

    private static InputFormat DetectPlainFile(string path) => Path.GetExtension(path).ToUpperInvariant() switch
    {
        ".JSONL" or ".NDJSON" => InputFormat.JsonLines,
        ".CSV" => InputFormat.Csv,
        _ => InputFormat.Text,
    };

    /// <summary>Adds the size of every file of the sources to <see cref="InputReaderOptions.Progress"/>.</summary>
    public static void CountTotal(IEnumerable<InputSource> sources, InputProgress progress)
    {
        ArgumentNullException.ThrowIfNull(sources);
        ArgumentNullException.ThrowIfNull(progress);
        foreach (var file in sources.SelectMany(static s => s.Files))
        {
            try
            {
                progress.AddTotal(new FileInfo(file).Length);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // A file that cannot be measured is reported when it is read.
            }
        }
    }

    /// <summary>Every record of every source, in order.</summary>
    public static IEnumerable<InputRecord> Read(IEnumerable<InputSource> sources, InputReaderOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sources);
        options ??= new InputReaderOptions();
        foreach (var source in sources)
        {
            foreach (var record in RecordGuard.Guard(() => Read(source, options, cancellationToken), source.Path))
            {
                yield return record;
            }
        }
    }

    /// <summary>The records of one source, read lazily with the reader of its format. Unlike the overload for several sources, an exception of the reader is not turned into a PL0001 record.</summary>
    public static IEnumerable<InputRecord> Read(InputSource source, InputReaderOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(options);
        return source.Format switch
        {
            InputFormat.JsonLines => JsonLinesReader.Read(source.Path, options, cancellationToken),
            InputFormat.Csv => CsvPostReader.Read(source.Path, options, cancellationToken),
            InputFormat.XArchive => XArchiveReader.Read(source.Path, options, cancellationToken),
            InputFormat.Facebook => FacebookReader.Read(source.Path, options, cancellationToken),
            InputFormat.Instagram => InstagramReader.Read(source.Path, options, cancellationToken),
            _ when source.RelativeId is not null => [TextPostReader.ReadFile(source.Path, source.RelativeId, 1, options)],
            _ => TextPostReader.Read(source.Path, options, cancellationToken),
        };
    }

    /// <summary>Resolves and reads in one step.</summary>
    public static IEnumerable<InputRecord> Read(IEnumerable<string> paths, InputReaderOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new InputReaderOptions();
        return Read(Resolve(paths, options.Format), options, cancellationToken);
    }
}
