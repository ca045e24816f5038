using System.Text;
using PostLint.Morphemes;

namespace PostLint.Lexicons;

/// <summary>
/// The morpheme keys of lexicon spellings, kept in a file between runs. Compiling the lexicons
/// tokenizes every spelling with the dictionary, which was half of what a one-post
/// <c>postlint check</c> cost from process start to exit; the keys depend only on the spelling and
/// the dictionary, so a run reads them from the file of the previous one and tokenizes only the
/// spellings it has not seen. The file is named by the analyzer's
/// <see cref="MorphemeAnalyzer.CacheIdentity"/> (which changes with the dictionary's files and the
/// analyzer's version) and checked against it when read; a file that does not fit — another
/// identity, another format, cut short — is ignored and written anew. Nothing here can change a
/// finding: a key read from the file is the key tokenization gave for the same spelling and
/// dictionary. Writes go to a temporary file renamed over the old one, so that runs in parallel
/// never read half a file; a folder that cannot be written only costs the time saved.
/// </summary>
internal sealed class LexiconKeyCache
{
    /// <summary>Changes when the layout of the file changes; an older file is then ignored.</summary>
    private const int FormatVersion = 1;

    private static readonly byte[] Magic = "PLLK"u8.ToArray();

    private readonly string _path;
    private readonly string _identity;
    private readonly Dictionary<string, string[]> _stored;
    private readonly Dictionary<string, string[]> _used = new(StringComparer.Ordinal);
    private bool _changed;

    private LexiconKeyCache(string path, string identity, Dictionary<string, string[]> stored)
    {
        _path = path;
        _identity = identity;
        _stored = stored;
    }

    /// <summary>How many spellings were tokenized because the file did not have them (for tests).</summary>
    public int Misses { get; private set; }

    /// <summary>The cache of <paramref name="analyzer"/> in <paramref name="directory"/>, or null when the analyzer cannot be cached.</summary>
    public static LexiconKeyCache? Open(string directory, MorphemeAnalyzer analyzer)
    {
        if (analyzer.CacheIdentity is not { } analyzerIdentity)
        {
            return null;
        }

        // The key folding and the key rule are this assembly's: another build of PostLint.Core may
        // key differently. The informational version names the commit it was built from.
        var identity = $"{analyzerIdentity}\nPostLint.Core {BuildOf(typeof(LexiconKeyCache).Assembly)}";
        var path = Path.Combine(directory, $"lexicon-keys-{StableHash(identity):x16}.bin");
        return new LexiconKeyCache(path, identity, Read(path, identity) ?? new Dictionary<string, string[]>(StringComparer.Ordinal));
    }

    /// <summary>The version an assembly was built as, with the commit when the build knew it (<c>0.3.0+92bdf42…</c>).</summary>
    internal static string BuildOf(System.Reflection.Assembly assembly) =>
        assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyInformationalVersionAttribute), inherit: false) is [System.Reflection.AssemblyInformationalVersionAttribute informational, ..]
            ? informational.InformationalVersion
            : assembly.GetName().Version?.ToString() ?? "unknown";

    /// <summary>The keys of <paramref name="spelling"/>: from the file, or from <paramref name="tokenize"/> when it has none.</summary>
    public string[] GetKeys(string spelling, Func<string, string[]> tokenize)
    {
        if (_used.TryGetValue(spelling, out var keys))
        {
            return keys;
        }

        if (!_stored.TryGetValue(spelling, out keys))
        {
            keys = tokenize(spelling);
            Misses++;
            _changed = true;
        }

        _used.Add(spelling, keys);
        return keys;
    }

    /// <summary>
    /// Writes the spellings of this run when some were not in the file or the file had others
    /// (a lexicon changed): the file then holds exactly what the next run with the same lexicons needs.
    /// </summary>
    public void Save()
    {
        if (!_changed && _used.Count == _stored.Count)
        {
            return;
        }

        var temporary = $"{_path}.{Environment.ProcessId}.{Environment.CurrentManagedThreadId}.tmp";
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(_path)!);
            using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None))
            using (var writer = new BinaryWriter(stream, Encoding.UTF8))
            {
                var keyIds = new Dictionary<string, int>(StringComparer.Ordinal);
                var keyTable = new List<string>();
                foreach (var key in _used.Values.SelectMany(static k => k))
                {
                    if (keyIds.TryAdd(key, keyTable.Count))
                    {
                        keyTable.Add(key);
                    }
                }

                writer.Write(Magic);
                writer.Write(FormatVersion);
                writer.Write(_identity);
                writer.Write(keyTable.Count);
                foreach (var key in keyTable)
                {
                    writer.Write(key);
                }

                writer.Write(_used.Count);
                foreach (var (spelling, keys) in _used)
                {
                    writer.Write(spelling);
                    writer.Write(keys.Length);
                    foreach (var key in keys)
                    {
                        writer.Write(keyIds[key]);
                    }
                }

                // The end mark tells a complete file from one cut short at a record boundary.
                writer.Write(Magic);
            }

            File.Move(temporary, _path, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            TryDelete(temporary);
        }
    }

    private static Dictionary<string, string[]>? Read(string path, string identity)
    {
        try
        {
            // Read whole: a file stream asks the system for its length at every count check.
            using var stream = new MemoryStream(File.ReadAllBytes(path), writable: false);
            using var reader = new BinaryReader(stream, Encoding.UTF8);
            if (!reader.ReadBytes(Magic.Length).AsSpan().SequenceEqual(Magic) || reader.ReadInt32() != FormatVersion ||
                !string.Equals(reader.ReadString(), identity, StringComparison.Ordinal))
            {
                return null;
            }

            var keyTable = new string[ReadCount(reader, stream)];
            for (var i = 0; i < keyTable.Length; i++)
            {
                keyTable[i] = reader.ReadString();
            }

            var count = ReadCount(reader, stream);
            var stored = new Dictionary<string, string[]>(count, StringComparer.Ordinal);
            for (var i = 0; i < count; i++)
            {
                var spelling = reader.ReadString();
                var keys = new string[ReadCount(reader, stream)];
                for (var k = 0; k < keys.Length; k++)
                {
                    var id = reader.ReadInt32();
                    if ((uint)id >= (uint)keyTable.Length)
                    {
                        return null;
                    }

                    keys[k] = keyTable[id];
                }

                if (!stored.TryAdd(spelling, keys))
                {
                    return null;
                }
            }

            return reader.ReadBytes(Magic.Length).AsSpan().SequenceEqual(Magic) && stream.Position == stream.Length ? stored : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or EndOfStreamException or FormatException or DecoderFallbackException)
        {
            return null;
        }
    }

    /// <summary>A count read from the file, refused when the rest of the file could not hold that many items.</summary>
    private static int ReadCount(BinaryReader reader, Stream stream)
    {
        var count = reader.ReadInt32();
        return count < 0 || count > stream.Length - stream.Position ? throw new FormatException("count out of range") : count;
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A stray temporary file is harmless: the next write uses another name or overwrites it.
        }
    }

    /// <summary>FNV-1a over the UTF-16 code units: stable across processes and runtimes, unlike <see cref="string.GetHashCode()"/>.</summary>
    private static ulong StableHash(string text)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return hash;
    }
}
