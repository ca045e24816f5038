using System.Runtime.InteropServices;

namespace PostLint.Spelling;

/// <summary>The result of <see cref="HunspellDictionaryLocator.Locate"/>: the files, or where they were looked for.</summary>
/// <param name="AffixPath">The <c>.aff</c> file, or null when none was found.</param>
/// <param name="DictionaryPath">The <c>.dic</c> file, or null when none was found.</param>
/// <param name="SearchedPlaces">Every folder or path looked at, in order, for the message when nothing was found.</param>
public sealed record HunspellDictionaryLocation(string? AffixPath, string? DictionaryPath, IReadOnlyList<string> SearchedPlaces)
{
    /// <summary>True when both the <c>.aff</c> and the <c>.dic</c> file were found.</summary>
    public bool Found => AffixPath is not null && DictionaryPath is not null;

    /// <summary>A one-paragraph explanation for users when nothing was found.</summary>
    public string DescribeNotFound(string language)
        => $"no Hunspell dictionary '{language}' (.aff + .dic) was found; searched: {string.Join(", ", SearchedPlaces)}. " +
           "Install one (Debian/Ubuntu: apt install hunspell-en-us), set DICPATH, or pass --dictionary PATH.";

    /// <summary>The same, in either display language.</summary>
    public PostLint.Localization.LocalizedMessage DescribeNotFoundText(string language)
        => PostLint.Localization.LocalizedMessage.Of("spelling.notFound", language, string.Join(", ", SearchedPlaces));
}

/// <summary>
/// Finds a Hunspell dictionary. Order: the explicit path (configuration or <c>--dictionary</c>:
/// a base path <c>…/en_US</c>, the <c>.aff</c> or <c>.dic</c> file, or a folder), then every folder
/// of <c>DICPATH</c>, then the usual install folders of the platform (see
/// <see cref="StandardFolders"/>). The first folder holding both <c>LANG.aff</c> and
/// <c>LANG.dic</c> wins.
/// </summary>
public sealed class HunspellDictionaryLocator
{
    /// <summary>The language looked for when none is given.</summary>
    public const string DefaultLanguage = "en_US";

    /// <summary>
    /// The <c>spelling.dictionary</c> value that asks for no dictionary, as <c>--dicdir none</c>
    /// does for MeCab: PL5003 does not run, and PL0004 says so once.
    /// </summary>
    public const string NoDictionary = "none";

    /// <summary>True when <paramref name="dictionary"/> is <see cref="NoDictionary"/> (any case).</summary>
    public static bool IsNoDictionary(string? dictionary) => string.Equals(dictionary, NoDictionary, StringComparison.OrdinalIgnoreCase);

    private readonly Func<string, string?> _environment;
    private readonly Func<string, bool> _fileExists;
    private readonly Func<string, IEnumerable<string>> _subfolders;
    private readonly OSPlatform _platform;

    /// <summary>A locator over the real environment and file system.</summary>
    public HunspellDictionaryLocator()
        : this(Environment.GetEnvironmentVariable, File.Exists, ListSubfolders, CurrentPlatform())
    {
    }

    /// <summary>A locator over the given environment and file system (tests use this).</summary>
    public HunspellDictionaryLocator(Func<string, string?> environment, Func<string, bool> fileExists, Func<string, IEnumerable<string>> subfolders, OSPlatform platform)
    {
        _environment = environment;
        _fileExists = fileExists;
        _subfolders = subfolders;
        _platform = platform;
    }

    /// <summary>Finds the dictionary of <paramref name="language"/>, or the one at <paramref name="explicitPath"/>.</summary>
    public HunspellDictionaryLocation Locate(string? explicitPath = null, string language = DefaultLanguage)
    {
        ArgumentNullException.ThrowIfNull(language);
        language = language.Replace('-', '_');
        var searched = new List<string>();
        if (!string.IsNullOrWhiteSpace(explicitPath))
        {
            foreach (var basePath in ExplicitBases(explicitPath, language))
            {
                searched.Add(basePath);
                if (TryBase(basePath, out var location))
                {
                    return location with { SearchedPlaces = searched };
                }
            }

            return new HunspellDictionaryLocation(null, null, searched);
        }

        foreach (var folder in StandardFolders())
        {
            searched.Add(folder);
            if (TryBase(Path.Combine(folder, language), out var location))
            {
                return location with { SearchedPlaces = searched };
            }
        }

        return new HunspellDictionaryLocation(null, null, searched);
    }

    /// <summary>
    /// The folders searched, in order: <c>DICPATH</c>; on Linux and other Unix systems
    /// <c>/usr/share/hunspell</c>, <c>/usr/share/myspell/dicts</c>, <c>/usr/share/myspell</c>,
    /// <c>/usr/local/share/hunspell</c>, LibreOffice's <c>/usr/lib/libreoffice/share/extensions/dict-en</c>
    /// and <c>/opt/libreoffice*/share/extensions/dict-en</c>; on macOS <c>~/Library/Spelling</c>,
    /// <c>/Library/Spelling</c>, LibreOffice.app's <c>dict-en</c> and the Homebrew folders; on
    /// Windows <c>%LOCALAPPDATA%\hunspell</c>, <c>%APPDATA%\hunspell</c>, LibreOffice's
    /// <c>share\extensions\dict-en</c> under <c>%ProgramFiles%</c> and <c>%ProgramFiles(x86)%</c>.
    /// </summary>
    public IReadOnlyList<string> StandardFolders()
    {
        var folders = new List<string>();
        var dicpath = _environment("DICPATH");
        if (!string.IsNullOrEmpty(dicpath))
        {
            var separator = _platform == OSPlatform.Windows ? ';' : ':';
            folders.AddRange(dicpath.Split(separator, StringSplitOptions.RemoveEmptyEntries));
        }

        if (_platform == OSPlatform.Windows)
        {
            AddUnder(folders, _environment("LOCALAPPDATA"), "hunspell");
            AddUnder(folders, _environment("APPDATA"), "hunspell");
            AddUnder(folders, _environment("ProgramFiles") ?? @"C:\Program Files", @"LibreOffice\share\extensions\dict-en");
            AddUnder(folders, _environment("ProgramFiles(x86)"), @"LibreOffice\share\extensions\dict-en");
            return folders;
        }

        if (_platform == OSPlatform.OSX)
        {
            AddUnder(folders, _environment("HOME"), "Library/Spelling");
            folders.Add("/Library/Spelling");
            folders.Add("/Applications/LibreOffice.app/Contents/Resources/extensions/dict-en");
            folders.Add("/opt/homebrew/share/hunspell");
            folders.Add("/usr/local/share/hunspell");
            return folders;
        }

        folders.Add("/usr/share/hunspell");
        folders.Add("/usr/share/myspell/dicts");
        folders.Add("/usr/share/myspell");
        folders.Add("/usr/local/share/hunspell");
        folders.Add("/usr/lib/libreoffice/share/extensions/dict-en");
        foreach (var office in _subfolders("/opt").Where(d => Path.GetFileName(d).StartsWith("libreoffice", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            folders.Add(office + "/share/extensions/dict-en");
        }

        return folders;
    }

    private static IEnumerable<string> ExplicitBases(string path, string language)
    {
        if (path.EndsWith(".aff", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".dic", StringComparison.OrdinalIgnoreCase))
        {
            yield return path[..^4];
            yield break;
        }

        yield return path;
        yield return Path.Combine(path, language);
    }

    private bool TryBase(string basePath, out HunspellDictionaryLocation location)
    {
        var aff = basePath + ".aff";
        var dic = basePath + ".dic";
        if (_fileExists(aff) && _fileExists(dic))
        {
            location = new HunspellDictionaryLocation(aff, dic, []);
            return true;
        }

        location = new HunspellDictionaryLocation(null, null, []);
        return false;
    }

    private static void AddUnder(List<string> folders, string? root, string relative)
    {
        if (!string.IsNullOrEmpty(root))
        {
            folders.Add(Path.Combine(root, relative));
        }
    }

    private static IEnumerable<string> ListSubfolders(string folder)
    {
        try
        {
            return Directory.Exists(folder) ? Directory.GetDirectories(folder) : [];
        }
        catch (IOException)
        {
            return [];
        }
        catch (UnauthorizedAccessException)
        {
            return [];
        }
    }

    private static OSPlatform CurrentPlatform()
        => RuntimeInformation.IsOSPlatform(OSPlatform.Windows) ? OSPlatform.Windows
            : RuntimeInformation.IsOSPlatform(OSPlatform.OSX) ? OSPlatform.OSX
            : OSPlatform.Linux;
}
