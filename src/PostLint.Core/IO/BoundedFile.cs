using PostLint.Localization;

namespace PostLint.IO;

/// <summary>
/// Reads the files PostLint is configured with — <c>postlint.json</c>, the files it
/// <c>extends</c>, lexicons, MeCab and Hunspell dictionaries — only when they are regular files
/// within a size limit, both checked before the file is opened. A named pipe (FIFO) would block
/// the run in <c>open</c> until someone writes to it, and a device such as <c>/dev/zero</c> never
/// ends, so neither is ever opened; a file over its limit is refused from its size alone, so
/// memory stays bounded whatever path a configuration names.
/// </summary>
public static class BoundedFile
{
    /// <summary>The most bytes a configuration file, a file it extends or a lexicon may have: 1 MB (the shipped ones are a few KB).</summary>
    public const long MaxConfigurationBytes = 1024 * 1024;

    /// <summary>
    /// The most bytes a Hunspell <c>.aff</c> or <c>.dic</c> file may have: 256 MB. Both are read
    /// into memory whole; en_US is under 1 MB and the largest dictionaries (agglutinative
    /// languages) are tens of MB.
    /// </summary>
    public const long MaxSpellingDictionaryBytes = 256L * 1024 * 1024;

    /// <summary>
    /// The most bytes a MeCab dictionary file (<c>sys.dic</c>, <c>matrix.bin</c>, <c>char.bin</c>,
    /// <c>unk.dic</c>, a user dictionary) may have: 768 MB. They are memory-mapped, not read, so
    /// only the pages a lookup touches are loaded; IPADIC's <c>sys.dic</c> is about 50 MB and the
    /// limit leaves room for the larger UniDic files.
    /// </summary>
    public const long MaxMorphologyDictionaryBytes = 768L * 1024 * 1024;

    /// <summary>The most bytes a MeCab resource file (<c>dicrc</c>, <c>mecabrc</c>) may have: 1 MB.</summary>
    public const long MaxResourceFileBytes = 1024 * 1024;

    /// <summary>
    /// Checks that <paramref name="path"/> is a regular file of at most <paramref name="maxBytes"/>
    /// bytes without opening it, and gives its length.
    /// </summary>
    /// <param name="path">The file to check.</param>
    /// <param name="maxBytes">The most bytes the file may have.</param>
    /// <param name="what">What the file is, for the message (「設定ファイル」, 「Hunspell の .dic ファイル」).</param>
    /// <exception cref="FileRefusedException">The path is not a regular file, or the file is too large.</exception>
    /// <exception cref="FileNotFoundException">Nothing is at the path.</exception>
    public static long Check(string path, long maxBytes, string what)
    {
        ArgumentNullException.ThrowIfNull(what);
        return Check(path, maxBytes, LocalizedMessage.Verbatim(what));
    }

    /// <summary>The same, with what the file is in either display language (<c>file.what.*</c>).</summary>
    public static long Check(string path, long maxBytes, LocalizedMessage what)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(what);
        var kind = FileKinds.Of(path);
        switch (kind)
        {
            case FileKind.Regular:
                break;
            case FileKind.Missing:
                throw WithReason(new FileNotFoundException(LocalizedMessage.Of("file.missing", what, path).ToString(), path), LocalizedMessage.Of("file.missing", what, path));
            default:
                var notRegular = LocalizedMessage.Of("file.notRegular", what, path, FileKinds.DescribeText(kind));
                throw WithReason(new FileRefusedException(path, kind, length: null, maxBytes, notRegular.ToString()), notRegular);
        }

        var length = new FileInfo(path).Length;
        if (length > maxBytes)
        {
            throw TooLarge(path, kind, length, maxBytes, what);
        }

        return length;
    }

    /// <summary>
    /// Reads a regular file of at most <paramref name="maxBytes"/> bytes (see <see cref="Check(string, long, LocalizedMessage)"/>).
    /// Reading also stops at the limit, so a file that grows after the check is refused too.
    /// </summary>
    /// <exception cref="FileRefusedException">The path is not a regular file, or the file is too large.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static byte[] ReadAllBytes(string path, long maxBytes, string what)
    {
        ArgumentNullException.ThrowIfNull(what);
        return ReadAllBytes(path, maxBytes, LocalizedMessage.Verbatim(what));
    }

    /// <summary>The same, with what the file is in either display language (<c>file.what.*</c>).</summary>
    public static byte[] ReadAllBytes(string path, long maxBytes, LocalizedMessage what)
    {
        var length = Check(path, maxBytes, what);
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
        var buffer = new byte[(int)Math.Min(length + 1, maxBytes + 1)];
        var filled = 0;
        while (true)
        {
            if (filled == buffer.Length)
            {
                if (filled > maxBytes)
                {
                    throw TooLarge(path, FileKind.Regular, filled, maxBytes, what);
                }

                // The file grew since it was measured: read on, still within the limit.
                Array.Resize(ref buffer, (int)Math.Min(Math.Max(buffer.Length * 2L, 4096), maxBytes + 1));
            }

            var read = stream.Read(buffer, filled, buffer.Length - filled);
            if (read == 0)
            {
                break;
            }

            filled += read;
        }

        return filled == buffer.Length ? buffer : buffer[..filled];
    }

    /// <summary>
    /// Why a file could not be read, in either display language: the reason a refusal or a missing
    /// file was thrown with, else the exception's own text (from .NET, kept verbatim).
    /// </summary>
    public static LocalizedMessage ReasonOf(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return exception.Data[ReasonKey] as LocalizedMessage ?? LocalizedMessage.Verbatim(exception.Message);
    }

    // The same key as DraftFile's reasons, so that one lookup serves both.
    private const string ReasonKey = "PostLint.Reason";

    private static TException WithReason<TException>(TException exception, LocalizedMessage reason)
        where TException : Exception
    {
        exception.Data[ReasonKey] = reason;
        return exception;
    }

    private static FileRefusedException TooLarge(string path, FileKind kind, long length, long maxBytes, LocalizedMessage what)
    {
        var reason = LocalizedMessage.Of("file.tooLarge", what, path, InputLimits.DescribeBytes(length), InputLimits.DescribeBytes(maxBytes));
        return WithReason(new FileRefusedException(path, kind, length, maxBytes, reason.ToString()), reason);
    }
}

/// <summary>
/// A file PostLint refused to open: not a regular file (a named pipe, a socket, a device), or
/// larger than its limit. An <see cref="IOException"/>, so that every place that reports an
/// unreadable file reports this one in the same way.
/// </summary>
public sealed class FileRefusedException : IOException
{
    /// <summary>A refusal with the default message and no file.</summary>
    public FileRefusedException()
    {
    }

    /// <summary>A refusal with a message and no file.</summary>
    public FileRefusedException(string message)
        : base(message)
    {
    }

    /// <summary>A refusal with a message and a cause, and no file.</summary>
    public FileRefusedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The refusal of the file at <paramref name="path"/>.</summary>
    /// <param name="path">The refused file.</param>
    /// <param name="kind">What the path names.</param>
    /// <param name="length">The file's length in bytes, when it is a regular file.</param>
    /// <param name="limit">The most bytes such a file may have.</param>
    /// <param name="message">Why, in the display language.</param>
    public FileRefusedException(string path, FileKind kind, long? length, long limit, string message)
        : base(message)
    {
        FilePath = path;
        Kind = kind;
        Length = length;
        Limit = limit;
    }

    /// <summary>The refused file.</summary>
    public string? FilePath { get; }

    /// <summary>What the path names.</summary>
    public FileKind Kind { get; }

    /// <summary>The file's length when it was refused for its size; null when it is not a regular file.</summary>
    public long? Length { get; }

    /// <summary>The limit that applied.</summary>
    public long Limit { get; }
}
