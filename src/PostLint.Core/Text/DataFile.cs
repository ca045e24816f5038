using System.Reflection;
using System.Text;

namespace PostLint.Text;

/// <summary>
/// Reads PostLint's embedded data files (lists of TLDs, emoji, column names …). Every data file has
/// a header of <c>#</c> comment lines saying where its facts come from; comments (from <c>#</c> to
/// the end of the line) and blank lines are skipped, and each remaining line keeps its line number
/// so that a reader can report a malformed line with the file name and line.
/// </summary>
public static class DataFile
{
    /// <summary>
    /// The lines of the resource <paramref name="resourceName"/> embedded in <paramref name="assembly"/>
    /// (UTF-8), with comments and surrounding blanks removed, each with its 1-based line number.
    /// </summary>
    /// <exception cref="InvalidDataException">The assembly has no such resource.</exception>
    public static IEnumerable<(int LineNumber, string Content)> ReadLines(Assembly assembly, string resourceName)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        ArgumentNullException.ThrowIfNull(resourceName);
        return Read(assembly, resourceName);

        static IEnumerable<(int LineNumber, string Content)> Read(Assembly assembly, string resourceName)
        {
            using var stream = assembly.GetManifestResourceStream(resourceName)
                ?? throw new InvalidDataException($"The embedded data file {resourceName} is missing from {assembly.GetName().Name}.");
            using var reader = new StreamReader(stream, Encoding.UTF8);
            var lineNumber = 0;
            while (reader.ReadLine() is { } line)
            {
                lineNumber++;
                var hash = line.IndexOf('#', StringComparison.Ordinal);
                var content = (hash >= 0 ? line[..hash] : line).Trim();
                if (content.Length > 0)
                {
                    yield return (lineNumber, content);
                }
            }
        }
    }
}
