using System.Collections.Frozen;
using System.Text;
using PostLint.Syntax;
using PostLint.Model;

namespace PostLint.Input;

/// <summary>
/// The names inputs give to columns and platforms (data files <c>Data/Input/csv-columns.txt</c> and
/// <c>Data/Input/platform-names.txt</c>): English and the Japanese headings and platform names of
/// spreadsheets kept by Japanese 広報 offices. Names are compared after NFKC (full-width ＩＤ = ID),
/// ignoring case and spaces.
/// </summary>
internal static class InputNames
{
    private const string ColumnsFile = "csv-columns.txt";
    private const string PlatformsFile = "platform-names.txt";

    private static readonly Lazy<FrozenDictionary<string, string[]>> Columns = new(LoadColumns);
    private static readonly Lazy<FrozenDictionary<string, Platform>> Platforms = new(LoadPlatforms);

    /// <summary>The roles a CSV column can have, in the order the column mapping is shown.</summary>
    public static IReadOnlyList<string> ColumnRoles { get; } = ["id", "createdAt", "text", "platform", "sponsored", "urls", "account"];

    /// <summary>The column names recognised for a role, in order of preference.</summary>
    public static IReadOnlyList<string> ColumnNames(string role) =>
        Columns.Value.TryGetValue(role, out var names) ? names : throw new ArgumentOutOfRangeException(nameof(role), role, "unknown column role");

    /// <summary>The form names are compared in: NFKC, lower case, without spaces (also full-width ones) and a byte order mark.</summary>
    public static string Normalize(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        string normalized;
        try
        {
            normalized = name.Normalize(NormalizationForm.FormKC);
        }
        catch (ArgumentException)
        {
            // A header of a damaged file can hold code points normalization refuses (U+FFFE, half
            // of a surrogate pair); such a name matches no known column, so it is compared as it is.
            normalized = name;
        }

        var folded = normalized.ToUpperInvariant();
        var builder = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (!char.IsWhiteSpace(c) && c != '\uFEFF')
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>A platform from its name in an export or a spreadsheet (x, Twitter, インスタグラム, ＬＩＮＥ …).</summary>
    public static bool TryParsePlatform(string? name, out Platform platform)
    {
        platform = default;
        if (string.IsNullOrWhiteSpace(name))
        {
            return false;
        }

        return PlatformLimits.TryParsePlatform(name, out platform) || Platforms.Value.TryGetValue(Normalize(name), out platform);
    }

    private static FrozenDictionary<string, string[]> LoadColumns()
    {
        var roles = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var (lineNumber, content) in InputData.ReadLines(ColumnsFile))
        {
            var fields = content.Split(';', StringSplitOptions.TrimEntries);
            if (fields.Length != 2 || !ColumnRoles.Contains(fields[0]) || !roles.TryAdd(fields[0], fields[1].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)))
            {
                throw InputData.Malformed(ColumnsFile, lineNumber, "expected '<role> ; <names>' with a known role given once");
            }
        }

        return roles.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static FrozenDictionary<string, Platform> LoadPlatforms()
    {
        var names = new Dictionary<string, Platform>(StringComparer.Ordinal);
        foreach (var (lineNumber, content) in InputData.ReadLines(PlatformsFile))
        {
            var fields = content.Split(';', StringSplitOptions.TrimEntries);
            if (fields.Length != 2 || !Enum.TryParse<Platform>(fields[0], out var platform))
            {
                throw InputData.Malformed(PlatformsFile, lineNumber, "expected '<platform> ; <names>'");
            }

            foreach (var name in fields[1].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                names.TryAdd(Normalize(name), platform);
            }
        }

        return names.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
