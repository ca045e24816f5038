using System.Collections.Immutable;
using Microsoft.Extensions.FileSystemGlobbing;

namespace PostLint.Configuration;

/// <summary>
/// One entry of <c>overrides</c> in <c>postlint.json</c>: settings (platform, sponsored, rule
/// severities) that apply to the drafts whose path matches one of <see cref="Files"/>. Patterns are
/// globs relative to <see cref="BaseDirectory"/> (the folder of the file that declares them):
/// <c>*</c> and <c>?</c> stay inside one folder, <c>**</c> crosses folders, and a pattern that
/// ends in <c>/</c> means everything under that folder.
/// </summary>
public sealed class PathOverride
{
    private readonly Matcher _matcher;

    /// <summary>An <c>overrides</c> entry: <paramref name="settings"/> for the drafts matching <paramref name="files"/>.</summary>
    /// <param name="files">Glob patterns (<c>drafts/pr/**</c>); a default array matches nothing.</param>
    /// <param name="settings">What the entry sets.</param>
    /// <param name="baseDirectory">The folder the patterns are relative to; null for the current folder.</param>
    /// <param name="line">The entry's 1-based line in the configuration file, or 0.</param>
    /// <param name="column">The entry's 1-based column in the configuration file, or 0.</param>
    public PathOverride(ImmutableArray<string> files, ConfigurationLayer settings, string? baseDirectory, int line = 0, int column = 0)
    {
        ArgumentNullException.ThrowIfNull(settings);
        Files = files.IsDefault ? [] : files;
        Settings = settings;
        BaseDirectory = baseDirectory;
        Line = line;
        Column = column;
        // Paths on Linux differ by case; on Windows and macOS the file system does not.
        _matcher = new Matcher(OperatingSystem.IsLinux() ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase);
        foreach (var pattern in Files)
        {
            _matcher.AddInclude(Normalize(pattern));
        }
    }

    /// <summary>The globs as written.</summary>
    public ImmutableArray<string> Files { get; }

    /// <summary>What the entry sets: only <c>Platform</c>, <c>DisclosureRequired</c>, <c>Rules</c> and <c>Categories</c> are used.</summary>
    public ConfigurationLayer Settings { get; }

    /// <summary>The folder the patterns are relative to (null: the current folder).</summary>
    public string? BaseDirectory { get; }

    /// <summary>The 1-based line of the entry in the configuration file (0 when not read from a file), for problems.</summary>
    public int Line { get; }

    /// <summary>The 1-based column of the entry in the configuration file (0 when not read from a file).</summary>
    public int Column { get; }

    /// <summary>True when <paramref name="path"/> (absolute, or relative to the current folder) matches one of the patterns.</summary>
    public bool Matches(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var full = Path.GetFullPath(path);
        var relative = Path.GetRelativePath(BaseDirectory ?? Directory.GetCurrentDirectory(), full);
        if (Path.IsPathRooted(relative) || relative == ".." || relative.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            // Outside the folder of postlint.json: no pattern of this file can name it.
            return false;
        }

        return _matcher.Match(relative.Replace('\\', '/')).HasMatches;
    }

    /// <summary>Why a pattern cannot be used, or null when it can.</summary>
    public static string? Validate(string pattern) => Check(pattern)?.ToString();

    /// <summary>Why a pattern cannot be used (in either display language), or null when it can.</summary>
    public static Localization.LocalizedMessage? Check(string pattern)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        var normalized = pattern.Replace('\\', '/').Trim();
        if (normalized.Length == 0)
        {
            return Localization.LocalizedMessage.Of("config.pattern.empty");
        }

        if (normalized.StartsWith('/') || Path.IsPathRooted(normalized))
        {
            return Localization.LocalizedMessage.Of("config.pattern.absolute", pattern);
        }

        if (normalized.Split('/').Any(static part => part == ".."))
        {
            return Localization.LocalizedMessage.Of("config.pattern.outside", pattern);
        }

        return null;
    }

    // "instagram/" is everything under the folder, as in .gitignore; "./x" is "x".
    private static string Normalize(string pattern)
    {
        var normalized = pattern.Replace('\\', '/').Trim();
        while (normalized.StartsWith("./", StringComparison.Ordinal))
        {
            normalized = normalized[2..];
        }

        return normalized.EndsWith('/') ? normalized + "**" : normalized;
    }
}
