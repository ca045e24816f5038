using System.Text;

namespace PostLint.Rules.Infrastructure;

/// <summary>
/// Reads the data files embedded in PostLint.Rules (<c>Data/**</c>): profiles, host lists, word
/// lists. List files are UTF-8 text, one entry per line; lines starting with <c>#</c> are the
/// header (where the facts come from) and comments.
/// </summary>
internal static class EmbeddedData
{
    private const string Prefix = "PostLint.Rules.Data.";

    public static byte[] ReadBytes(string relativePath)
    {
        var name = Prefix + relativePath.Replace('\\', '/');
        using var stream = typeof(EmbeddedData).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The embedded data file '{relativePath}' is missing from PostLint.Rules.");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }

    /// <summary>The entries of a list file: trimmed, non-empty lines that are not comments.</summary>
    public static IReadOnlyList<string> ReadList(string relativePath)
    {
        var text = Encoding.UTF8.GetString(ReadBytes(relativePath));
        var entries = new List<string>();
        foreach (var line in text.Split('\n'))
        {
            var entry = line.Trim().TrimStart('\uFEFF');
            if (entry.Length > 0 && !entry.StartsWith('#'))
            {
                entries.Add(entry);
            }
        }

        return entries;
    }
}
