namespace PostLint.Morphology;

/// <summary>
/// A MeCab resource file (<c>mecabrc</c> or a dictionary's <c>dicrc</c>): <c>key = value</c>
/// lines, <c>;</c> or <c>#</c> comments. As in MeCab the first definition of a key wins, the key
/// is trimmed and the value loses only its leading whitespace.
/// </summary>
internal sealed class MecabResourceFile
{
    private readonly Dictionary<string, string> _values;

    private MecabResourceFile(string? path, Dictionary<string, string> values)
    {
        Path = path;
        _values = values;
    }

    public static MecabResourceFile Empty { get; } = new(null, new Dictionary<string, string>(StringComparer.Ordinal));

    /// <summary>The file read, or null for <see cref="Empty"/>.</summary>
    public string? Path { get; }

    public IReadOnlyDictionary<string, string> Values => _values;

    public string? Get(string key) => _values.TryGetValue(key, out var value) ? value : null;

    /// <exception cref="MecabDictionaryException">The file cannot be read or has a line without <c>=</c>.</exception>
    public static MecabResourceFile Load(string path)
    {
        string[] lines;
        try
        {
            var bytes = IO.BoundedFile.ReadAllBytes(path, IO.BoundedFile.MaxResourceFileBytes, PostLint.Localization.LocalizedMessage.Of("file.what.mecabResource"));
            lines = new StreamReader(new MemoryStream(bytes), System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true).ReadToEnd()
                .Split('\n');
        }
        catch (IO.FileRefusedException ex)
        {
            throw new MecabDictionaryException(path, ex.Message, ex);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new MecabDictionaryException(path, "cannot read the file: " + ex.Message, ex);
        }

        return Parse(path, lines);
    }

    public static MecabResourceFile Parse(string path, IReadOnlyList<string> lines)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < lines.Count; i++)
        {
            // Windows-edited files end lines with CR; a path value must not keep it.
            var line = lines[i].TrimEnd('\r');
            if (line.Length == 0 || line[0] == ';' || line[0] == '#' || string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var equals = line.IndexOf('=', StringComparison.Ordinal);
            if (equals < 0)
            {
                throw new MecabDictionaryException(path, $"line {i + 1}: expected 'key = value' but found '{line}'");
            }

            var key = line[..equals].Trim();
            var value = line[(equals + 1)..].TrimStart();
            values.TryAdd(key, value);
        }

        return new MecabResourceFile(path, values);
    }
}
