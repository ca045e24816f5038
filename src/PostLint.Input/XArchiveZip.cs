using System.Globalization;
using System.IO.Compression;
using PostLint.Localization;
using PostLint.IO;

namespace PostLint.Input;

/// <summary>
/// An X archive as X delivers it: the <c>.zip</c> (<c>twitter-2025-….zip</c>) read in place with
/// <see cref="ZipArchive"/>, never extracted. The entries read are the tweet and note-tweet files
/// (<c>data/tweets.js</c>, <c>data/tweets-part1.js</c>, …, <c>data/note-tweet.js</c>) found by name
/// — at the root, in <c>data/</c>, or in one folder above <c>data/</c>; an entry name is only
/// compared, never used as a path, so a hostile name (<c>../../x</c>) cannot write or read anything.
/// Zip bombs are refused before decompressing: an entry may hold at most
/// <see cref="MaxEntryBytes"/>, the entries read together <see cref="MaxTotalBytes"/>, and an entry
/// over 1 MB may expand at most <see cref="MaxCompressionRatio"/> times; the sizes an entry
/// declares are also enforced while it is read. An archive that is not a zip, is damaged, or has
/// encrypted entries is PL0001 with the reason. Records are reported as <c>archive.zip!data/tweets.js</c>.
/// </summary>
internal static class XArchiveZip
{
    /// <summary>The most one entry may expand to: 2 GB (the largest real archives hold a few hundred MB of tweets).</summary>
    public const long MaxEntryBytes = 2L * 1024 * 1024 * 1024;

    /// <summary>The most all entries read may expand to together: 8 GB.</summary>
    public const long MaxTotalBytes = 8L * 1024 * 1024 * 1024;

    /// <summary>How many times an entry over 1 MB may expand: tweet JSON compresses about 5–15 times; bombs a thousand.</summary>
    public const int MaxCompressionRatio = 200;

    private const long RatioCheckedFrom = 1024 * 1024;

    public static bool IsZip(string path)
    {
        if (path.EndsWith(".zip", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1);
            Span<byte> magic = stackalloc byte[4];
            return stream.ReadAtLeast(magic, 4, throwOnEndOfStream: false) == 4 && magic.SequenceEqual("PK\u0003\u0004"u8);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    public static IEnumerable<InputRecord> Read(
        string path,
        InputReaderOptions options,
        Func<IEnumerable<(Func<Stream> Open, string Name)>, IEnumerable<(Func<Stream> Open, string Name)>, XArchiveReader.ArchiveAccount?, IEnumerable<InputRecord>> readArchive)
    {
        ZipArchive archive;
        Stream file;
        try
        {
            file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [InputRecord.Reject(path, 1, 1, LocalizedMessage.Of("input.cannotReadFile", e.Message))];
        }

        try
        {
            archive = new ZipArchive(file, ZipArchiveMode.Read, leaveOpen: false);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or ArgumentException)
        {
            file.Dispose();
            return [InputRecord.Reject(path, 1, 1, LocalizedMessage.Of("input.zip.unreadable", e.Message))];
        }

        return ReadEntries(path, archive, options, readArchive);
    }

    private static IEnumerable<InputRecord> ReadEntries(
        string path,
        ZipArchive archive,
        InputReaderOptions options,
        Func<IEnumerable<(Func<Stream> Open, string Name)>, IEnumerable<(Func<Stream> Open, string Name)>, XArchiveReader.ArchiveAccount?, IEnumerable<InputRecord>> readArchive)
    {
        using (archive)
        {
            if (!TrySelect(archive, out var tweets, out var notes))
            {
                yield return InputRecord.Reject(path, 1, 1, LocalizedMessage.Of("input.zip.damagedList"));
                yield break;
            }

            if (tweets.Count == 0)
            {
                yield return InputRecord.Reject(path, 1, 1, LocalizedMessage.Of("input.zip.notXArchive"));
                yield break;
            }

            long total = 0;
            var problems = new List<InputRecord>();
            var accepted = new List<(ZipArchiveEntry Entry, bool IsNote)>();
            foreach (var (entry, isNote) in notes.Select(static e => (e, true)).Concat(tweets.Select(static e => (e, false))))
            {
                var problem = Check(entry, ref total);
                if (problem is null)
                {
                    accepted.Add((entry, isNote));
                }
                else
                {
                    problems.Add(InputRecord.Reject(Name(path, entry), 1, 1, problem));
                }
            }

            foreach (var problem in problems)
            {
                yield return problem;
            }

            var noteStreams = accepted.Where(static a => a.IsNote).Select(a => Open(a.Entry, path, options));
            var tweetStreams = accepted.Where(static a => !a.IsNote).Select(a => Open(a.Entry, path, options));
            foreach (var record in readArchive(noteStreams, tweetStreams, ReadAccount(archive)))
            {
                yield return record;
            }
        }
    }

    /// <summary>
    /// The archive's own account from its <c>account.js</c> entry (found where the tweet files may
    /// be), so that a zipped archive tells threads from replies as its extracted folder does; null
    /// when the entry is missing, larger than an account file can be, or unreadable.
    /// </summary>
    private static XArchiveReader.ArchiveAccount? ReadAccount(ZipArchive archive)
    {
        try
        {
            var entry = archive.Entries.FirstOrDefault(static e => InArchiveData(e.FullName) && string.Equals(e.Name, "account.js", StringComparison.OrdinalIgnoreCase) && !e.IsEncrypted);
            if (entry is null || entry.Length > XArchiveReader.MaxAccountFileBytes)
            {
                return null;
            }

            using var stream = new BoundedStream(entry.Open(), entry.Length);
            var bytes = new byte[entry.Length];
            stream.ReadExactly(bytes);
            return XArchiveReader.ParseAccount(bytes);
        }
        catch (Exception e) when (e is InvalidDataException or IOException)
        {
            return null;
        }
    }

    private static (Func<Stream> Open, string Name) Open(ZipArchiveEntry entry, string path, InputReaderOptions options) =>
        (() =>
        {
            options.Progress?.AddRead(entry.CompressedLength);
            return new BoundedStream(entry.Open(), entry.Length);
        }, Name(path, entry));

    private static bool TrySelect(ZipArchive archive, out List<ZipArchiveEntry> tweets, out List<ZipArchiveEntry> notes)
    {
        try
        {
            tweets = Select(archive, XArchiveReader.TweetPartOrder);
            notes = Select(archive, XArchiveReader.NotePartOrder);
            return true;
        }
        catch (InvalidDataException)
        {
            tweets = [];
            notes = [];
            return false;
        }
    }

    /// <summary>How records of an entry name their file: <c>archive.zip!data/tweets.js</c>.</summary>
    public static string Name(string archivePath, ZipArchiveEntry entry) => archivePath + "!" + entry.FullName;

    // Entries whose name (the part after the last '/') is a tweet or note file, at the root, in
    // data/, or in <one folder>/data/ — in part order. Names are compared, never used as paths.
    private static List<ZipArchiveEntry> Select(ZipArchive archive, Func<string, int> partOrder) =>
        [.. archive.Entries
            .Select(e => (Entry: e, Order: InArchiveData(e.FullName) ? partOrder(e.Name) : -1))
            .Where(static x => x.Order >= 0)
            .OrderBy(static x => x.Order)
            .ThenBy(static x => x.Entry.FullName, StringComparer.Ordinal)
            .Select(static x => x.Entry)];

    private static bool InArchiveData(string fullName)
    {
        var parts = fullName.Replace('\\', '/').Split('/');
        return parts.Length switch
        {
            1 => true,
            2 => parts[0] == "data",
            3 => parts[1] == "data" && parts[0] is not (".." or "." or ""),
            _ => false,
        };
    }

    private static LocalizedMessage? Check(ZipArchiveEntry entry, ref long total)
    {
        if (entry.IsEncrypted)
        {
            return LocalizedMessage.Of("input.zip.encrypted");
        }

        if (entry.Length > MaxEntryBytes)
        {
            return LocalizedMessage.Of("input.zip.entryTooLarge", InputLimits.DescribeBytes(entry.Length), MaxEntryBytes / (1024 * 1024 * 1024));
        }

        if (entry.Length > RatioCheckedFrom && entry.Length > (long)MaxCompressionRatio * Math.Max(entry.CompressedLength, 1))
        {
            return LocalizedMessage.Of("input.zip.ratio", entry.Length / Math.Max(entry.CompressedLength, 1), InputLimits.DescribeBytes(entry.CompressedLength), InputLimits.DescribeBytes(entry.Length), MaxCompressionRatio);
        }

        if (total + entry.Length > MaxTotalBytes)
        {
            return LocalizedMessage.Of("input.zip.totalTooLarge", MaxTotalBytes / (1024 * 1024 * 1024));
        }

        total += entry.Length;
        return null;
    }

    /// <summary>Stops an entry that expands to more than it declared (a forged size): reading fails with <see cref="InvalidDataException"/>.</summary>
    private sealed class BoundedStream(Stream inner, long declared) : Stream
    {
        private long _read;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => declared;

        public override long Position { get => _read; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            var n = inner.Read(buffer);
            _read += n;
            if (_read > declared)
            {
                throw new InvalidDataException(string.Create(CultureInfo.InvariantCulture, $"the entry expands to more than the {declared:N0} bytes it declares (a damaged or forged archive)"));
            }

            return n;
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
                inner.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
