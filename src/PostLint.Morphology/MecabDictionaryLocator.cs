namespace PostLint.Morphology;

/// <summary>How a dictionary directory was found.</summary>
public enum MecabDictionarySource
{
    /// <summary>Given explicitly: <c>--dicdir</c> or the config key <c>mecab.dicdir</c>.</summary>
    Explicit,

    /// <summary>The <c>MECAB_DICDIR</c> environment variable.</summary>
    Environment,

    /// <summary>The <c>dicdir</c> of a mecabrc file.</summary>
    ResourceFile,

    /// <summary>A standard install path (Debian/Ubuntu, Homebrew, /usr/local, Windows).</summary>
    StandardPath,
}

/// <summary>One place the locator looked at, and why it was not used (null when it was).</summary>
/// <param name="Path">The folder or file looked at.</param>
/// <param name="Source">Where the place came from (configuration, environment, mecabrc, standard path).</param>
/// <param name="Detail">What named the place (the variable, the mecabrc file, …), for messages.</param>
/// <param name="Problem">Why the place was not used (missing, not a dictionary), or null when it was.</param>
public sealed record MecabSearchLocation(string Path, MecabDictionarySource Source, string Detail, string? Problem);

/// <summary>The outcome of <see cref="MecabDictionaryLocator.Locate"/>.</summary>
public sealed class MecabDictionaryLocation
{
    internal MecabDictionaryLocation(string? directory, MecabDictionarySource? source, string? detail, IReadOnlyList<MecabSearchLocation> searched)
    {
        Directory = directory;
        Source = source;
        Detail = detail;
        Searched = searched;
    }

    /// <summary>True when a directory holding sys.dic was found.</summary>
    public bool Found => Directory is not null;

    /// <summary>The dictionary directory, or null when none was found.</summary>
    public string? Directory { get; }

    /// <summary>Which source gave <see cref="Directory"/>.</summary>
    public MecabDictionarySource? Source { get; }

    /// <summary>Human-readable origin, e.g. <c>dicdir in /etc/mecabrc</c> or <c>MECAB_DICDIR</c>.</summary>
    public string? Detail { get; }

    /// <summary>Every place looked at, in order, including the one found (last).</summary>
    public IReadOnlyList<MecabSearchLocation> Searched { get; }

    /// <summary>A one-paragraph explanation for a "dictionary not found" message.</summary>
    public string DescribeSearch()
    {
        var lines = Searched.Select(s => $"  {s.Path} ({s.Detail}){(s.Problem is null ? string.Empty : ": " + s.Problem)}");
        return "MeCab dictionary locations searched:" + System.Environment.NewLine + string.Join(System.Environment.NewLine, lines);
    }
}

/// <summary>
/// Finds a MeCab dictionary directory: an explicit path, then <c>MECAB_DICDIR</c>, then the
/// <c>dicdir</c> of a mecabrc (<c>~/.mecabrc</c>, <c>$MECABRC</c>, <c>/etc/mecabrc</c>,
/// <c>/usr/local/etc/mecabrc</c>, <c>/opt/homebrew/etc/mecabrc</c>), then the standard install
/// paths. A directory counts only if it holds a <c>sys.dic</c>.
/// </summary>
public sealed class MecabDictionaryLocator
{
    /// <summary>
    /// The <c>mecab.dicdir</c> / <c>--dicdir</c> value that asks for no dictionary: the content rules
    /// match surface forms (as on a machine without MeCab), and PL0003 says so once.
    /// </summary>
    public const string NoDictionary = "none";

    /// <summary>True when <paramref name="dicdir"/> is <see cref="NoDictionary"/> (any case).</summary>
    public static bool IsNoDictionary(string? dicdir) => string.Equals(dicdir, NoDictionary, StringComparison.OrdinalIgnoreCase);

    /// <summary>Standard install paths, in the order they are tried.</summary>
    public static IReadOnlyList<string> StandardPaths { get; } =
    [
        "/var/lib/mecab/dic/ipadic-utf8",
        "/var/lib/mecab/dic/debian",
        "/usr/lib/x86_64-linux-gnu/mecab/dic/ipadic-utf8",
        "/usr/lib/x86_64-linux-gnu/mecab/dic/ipadic",
        "/usr/lib/aarch64-linux-gnu/mecab/dic/ipadic-utf8",
        "/usr/lib/aarch64-linux-gnu/mecab/dic/ipadic",
        "/usr/lib/mecab/dic/ipadic-utf8",
        "/usr/lib/mecab/dic/ipadic",
        "/opt/homebrew/lib/mecab/dic/ipadic",
        "/usr/local/lib/mecab/dic/ipadic",
        @"C:\Program Files\MeCab\dic\ipadic",
        @"C:\Program Files (x86)\MeCab\dic\ipadic",
    ];

    /// <summary>System-wide mecabrc files, tried after <c>~/.mecabrc</c> and <c>$MECABRC</c>.</summary>
    public static IReadOnlyList<string> SystemResourceFiles { get; } = ["/etc/mecabrc", "/usr/local/etc/mecabrc", "/opt/homebrew/etc/mecabrc"];

    private readonly IReadOnlyList<string> _systemResourceFiles;
    private readonly Func<string, string?> _getEnvironment;
    private readonly Func<string, bool> _fileExists;
    private readonly IReadOnlyList<string> _standardPaths;
    private readonly string? _homeDirectory;

    /// <summary>A locator that reads the real environment variables, mecabrc files and standard install folders.</summary>
    public MecabDictionaryLocator()
        : this(System.Environment.GetEnvironmentVariable, File.Exists, StandardPaths, System.Environment.GetFolderPath(System.Environment.SpecialFolder.UserProfile), SystemResourceFiles)
    {
    }

    /// <summary>A locator with its own view of the environment and file system (for tests and embedding).</summary>
    public MecabDictionaryLocator(Func<string, string?> getEnvironment, Func<string, bool> fileExists, IReadOnlyList<string> standardPaths, string? homeDirectory, IReadOnlyList<string>? systemResourceFiles = null)
    {
        _systemResourceFiles = systemResourceFiles ?? SystemResourceFiles;
        ArgumentNullException.ThrowIfNull(getEnvironment);
        ArgumentNullException.ThrowIfNull(fileExists);
        ArgumentNullException.ThrowIfNull(standardPaths);
        _getEnvironment = getEnvironment;
        _fileExists = fileExists;
        _standardPaths = standardPaths;
        _homeDirectory = homeDirectory;
    }

    /// <summary>Resource files consulted for <c>dicdir</c>, in order.</summary>
    public IReadOnlyList<string> ResourceFileCandidates()
    {
        var list = new List<string>();
        if (!string.IsNullOrEmpty(_homeDirectory))
        {
            list.Add(Path.Combine(_homeDirectory, ".mecabrc"));
        }

        var fromEnvironment = _getEnvironment("MECABRC");
        if (!string.IsNullOrEmpty(fromEnvironment))
        {
            list.Add(fromEnvironment);
        }

        list.AddRange(_systemResourceFiles);
        return list;
    }

    /// <summary>
    /// Looks for a dictionary. An explicit directory that lacks sys.dic is reported as not found
    /// (the search does not fall back, so a typo in the config is not hidden).
    /// </summary>
    public MecabDictionaryLocation Locate(string? explicitDirectory = null)
    {
        var searched = new List<MecabSearchLocation>();
        if (!string.IsNullOrEmpty(explicitDirectory))
        {
            return Try(explicitDirectory, MecabDictionarySource.Explicit, "explicit dicdir", searched)
                ?? new MecabDictionaryLocation(null, null, null, searched);
        }

        var environment = _getEnvironment("MECAB_DICDIR");
        if (!string.IsNullOrEmpty(environment) && Try(environment, MecabDictionarySource.Environment, "MECAB_DICDIR", searched) is { } fromEnvironment)
        {
            return fromEnvironment;
        }

        foreach (var rc in ResourceFileCandidates())
        {
            if (!_fileExists(rc))
            {
                continue;
            }

            string? dicdir;
            try
            {
                dicdir = MecabResourceFile.Load(rc).Get("dicdir");
            }
            catch (MecabDictionaryException ex)
            {
                searched.Add(new MecabSearchLocation(rc, MecabDictionarySource.ResourceFile, "mecabrc", ex.Message));
                continue;
            }

            if (string.IsNullOrEmpty(dicdir))
            {
                searched.Add(new MecabSearchLocation(rc, MecabDictionarySource.ResourceFile, "mecabrc", "no dicdir entry"));
                continue;
            }

            var expanded = ExpandResourcePath(dicdir, rc);
            if (Try(expanded, MecabDictionarySource.ResourceFile, "dicdir in " + rc, searched) is { } fromRc)
            {
                return fromRc;
            }
        }

        foreach (var path in _standardPaths)
        {
            if (Try(path, MecabDictionarySource.StandardPath, "standard install path", searched) is { } standard)
            {
                return standard;
            }
        }

        return new MecabDictionaryLocation(null, null, null, searched);
    }

    /// <summary>
    /// Expands a mecabrc <c>dicdir</c> as MeCab does: <c>$(rcpath)</c> becomes the directory of the
    /// rc file. A path that is still relative is, as in MeCab, relative to the working directory.
    /// </summary>
    public static string ExpandResourcePath(string dicdir, string resourceFile)
    {
        ArgumentNullException.ThrowIfNull(dicdir);
        ArgumentNullException.ThrowIfNull(resourceFile);
        var rcDirectory = Path.GetDirectoryName(Path.GetFullPath(resourceFile)) ?? ".";
        return dicdir.Replace("$(rcpath)", rcDirectory, StringComparison.Ordinal);
    }

    private MecabDictionaryLocation? Try(string directory, MecabDictionarySource source, string detail, List<MecabSearchLocation> searched)
    {
        if (_fileExists(Path.Combine(directory, MecabDictionary.SystemDictionaryFileName)))
        {
            searched.Add(new MecabSearchLocation(directory, source, detail, null));
            return new MecabDictionaryLocation(directory, source, detail, searched);
        }

        searched.Add(new MecabSearchLocation(directory, source, detail, "no " + MecabDictionary.SystemDictionaryFileName));
        return null;
    }
}
