using System.Collections.Immutable;
using Microsoft.Extensions.FileSystemGlobbing;
using PostLint.Localization;
using PostLint.IO;

namespace PostLint.Input;

/// <summary>How <see cref="DraftInputs.Expand"/> turns folder and glob arguments into draft files.</summary>
public sealed record DraftSearchOptions
{
    /// <summary>The file name endings a folder yields (a glob yields what it names).</summary>
    public static ImmutableArray<string> DefaultExtensions { get; } = [".txt", ".md"];

    /// <summary>The file name endings a folder yields, with their dot (<see cref="DefaultExtensions"/> unless set).</summary>
    public ImmutableArray<string> Extensions { get; init; } = DefaultExtensions;

    /// <summary>Read <c>.postlintignore</c> files (<c>--no-ignore</c> turns this off).</summary>
    public bool UseIgnoreFiles { get; init; } = true;

    /// <summary>
    /// The folder of <c>postlint.json</c>, if any: its <c>.postlintignore</c> applies, and so do
    /// those of the folders between it and a checked folder.
    /// </summary>
    public string? ProjectDirectory { get; init; }
}

/// <summary>The drafts named by the arguments, in order, or why an argument names none.</summary>
/// <param name="Files">The draft files, each once, in argument order then path order (<c>-</c> for standard input).</param>
/// <param name="Problems">Why an argument names no file, in either display language, one per such argument.</param>
public sealed record DraftExpansion(ImmutableArray<string> Files, ImmutableArray<LocalizedMessage> Problems);

/// <summary>
/// Turns the arguments of <c>postlint check</c> into draft files: a file is itself (always
/// checked, even when an ignore pattern matches it: it was named), <c>-</c> is standard input, a
/// folder is every <c>.txt</c> and <c>.md</c> file under it, a glob (<c>drafts/**/*.txt</c>, quoted
/// so that every shell passes it as written) is every file it matches. Folders and globs leave out
/// what <c>.postlintignore</c> files say, hidden files and folders (names starting with a dot) and
/// linked folders. Each file comes once, in argument order, then path order.
/// </summary>
public static class DraftInputs
{
    /// <summary>The draft files named by <paramref name="arguments"/> (files, <c>-</c>, folders and globs), and a problem for each argument that names none.</summary>
    /// <param name="arguments">The paths and globs as given on the command line.</param>
    /// <param name="options">Extensions and ignore-file settings; null for the defaults.</param>
    public static DraftExpansion Expand(IReadOnlyList<string> arguments, DraftSearchOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        options ??= new DraftSearchOptions();
        var files = ImmutableArray.CreateBuilder<string>();
        var problems = ImmutableArray.CreateBuilder<LocalizedMessage>();
        var seen = new HashSet<string>(OperatingSystem.IsLinux() ? StringComparer.Ordinal : StringComparer.OrdinalIgnoreCase);
        foreach (var argument in arguments)
        {
            if (argument == "-")
            {
                files.Add(argument);
                continue;
            }

            var kind = FileKinds.Of(argument);
            if (kind == FileKind.Directory)
            {
                var found = Walk(argument, argument, options, glob: null, problems);
                if (found.Count == 0)
                {
                    problems.Add(LocalizedMessage.Of("input.drafts.noneInFolder", argument, string.Join(", ", options.Extensions)));
                }

                AddNew(found, files, seen);
            }
            else if (kind == FileKind.Missing && IsGlob(argument))
            {
                var (baseDirectory, pattern) = SplitGlob(argument);
                if (FileKinds.Of(baseDirectory.Length == 0 ? "." : baseDirectory) != FileKind.Directory)
                {
                    problems.Add(LocalizedMessage.Of("input.drafts.globFolderMissing", argument, baseDirectory));
                    continue;
                }

                var matcher = new Matcher(OperatingSystem.IsLinux() ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase);
                matcher.AddInclude(pattern);
                var found = Walk(baseDirectory.Length == 0 ? "." : baseDirectory, baseDirectory, options, matcher, problems);
                if (found.Count == 0)
                {
                    problems.Add(LocalizedMessage.Of("input.drafts.noneMatch", argument));
                }

                AddNew(found, files, seen);
            }
            else
            {
                // A file (or something that is not one: the caller says what is wrong with it).
                AddNew([argument], files, seen);
            }
        }

        return new DraftExpansion(files.ToImmutable(), problems.ToImmutable());
    }

    /// <summary>True when an argument is a glob: it has a <c>*</c> (quoted, so the shell left it as written).</summary>
    public static bool IsGlob(string argument) => argument.Contains('*', StringComparison.Ordinal);

    // "drafts/2026/**/*.txt" → ("drafts/2026", "**/*.txt"): the folders before the first wildcard are walked.
    private static (string BaseDirectory, string Pattern) SplitGlob(string argument)
    {
        var normalized = argument.Replace('\\', '/');
        var star = normalized.IndexOf('*', StringComparison.Ordinal);
        var slash = normalized.LastIndexOf('/', star);
        return slash < 0
            ? (string.Empty, normalized)
            : (slash == 0 ? "/" : argument[..slash], normalized[(slash + 1)..]);
    }

    private static void AddNew(IEnumerable<string> found, ImmutableArray<string>.Builder files, HashSet<string> seen)
    {
        foreach (var file in found)
        {
            if (seen.Add(Path.GetFullPath(file)))
            {
                files.Add(file);
            }
        }
    }

    private static List<string> Walk(string directory, string shownAs, DraftSearchOptions options, Matcher? glob, ImmutableArray<LocalizedMessage>.Builder problems)
    {
        var root = Path.GetFullPath(directory);
        var ignoreFiles = new List<IgnoreFile>();
        if (options.UseIgnoreFiles)
        {
            foreach (var folder in FoldersDownTo(root, options.ProjectDirectory))
            {
                if (TryLoad(folder, problems) is { } file)
                {
                    ignoreFiles.Add(file);
                }
            }
        }

        var found = new List<string>();
        Visit(root, shownAs, root, options, glob, ignoreFiles, found, loadHere: false, problems);
        return found;
    }

    // An ignore file that cannot be read stops the run (a usage error): checking the drafts it
    // was meant to leave out would report findings on files the user excluded.
    private static IgnoreFile? TryLoad(string folder, ImmutableArray<LocalizedMessage>.Builder problems)
    {
        try
        {
            return IgnoreFile.Load(folder);
        }
        catch (FileRefusedException e)
        {
            problems.Add(BoundedFile.ReasonOf(e));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problems.Add(LocalizedMessage.Of("input.ignoreFile.unreadable", Path.Combine(folder, IgnoreFile.FileName), e.Message));
        }

        return null;
    }

    // The project folder (when the root is inside it) down to the root itself, outer first.
    private static List<string> FoldersDownTo(string root, string? project)
    {
        var folders = new List<string>();
        var stop = project is null ? null : Path.GetFullPath(project);
        for (var dir = new DirectoryInfo(root); dir is not null; dir = dir.Parent)
        {
            folders.Add(dir.FullName);
            if (stop is null || string.Equals(Path.TrimEndingDirectorySeparator(dir.FullName), Path.TrimEndingDirectorySeparator(stop), StringComparison.Ordinal))
            {
                folders.Reverse();
                return folders;
            }
        }

        // The root is not inside the project: only its own ignore file applies.
        return [root];
    }

    private static void Visit(string directory, string shownAs, string root, DraftSearchOptions options, Matcher? glob, List<IgnoreFile> ignoreFiles, List<string> found, bool loadHere, ImmutableArray<LocalizedMessage>.Builder problems)
    {
        var added = false;
        if (loadHere && options.UseIgnoreFiles && TryLoad(directory, problems) is { } local)
        {
            ignoreFiles.Add(local);
            added = true;
        }

        FileSystemInfo[] entries;
        try
        {
            entries = new DirectoryInfo(directory).GetFileSystemInfos();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A folder that cannot be listed is left out, as git does; its drafts are not checked.
            entries = [];
        }

        Array.Sort(entries, static (a, b) => string.CompareOrdinal(a.Name, b.Name));
        foreach (var entry in entries)
        {
            if (entry.Name.StartsWith('.'))
            {
                continue;
            }

            var isDirectory = entry is DirectoryInfo;
            if (IgnoreFile.IsIgnored(ignoreFiles, entry.FullName, isDirectory))
            {
                continue;
            }

            var shown = JoinShown(shownAs, entry.Name);
            if (isDirectory)
            {
                if (entry.LinkTarget is null)
                {
                    Visit(entry.FullName, shown, root, options, glob, ignoreFiles, found, loadHere: true, problems);
                }

                continue;
            }

            if (FileKinds.Of(entry.FullName) != FileKind.Regular)
            {
                continue;
            }

            var matches = glob is null
                ? options.Extensions.Any(e => entry.Name.EndsWith(e, StringComparison.OrdinalIgnoreCase))
                : glob.Match(Path.GetRelativePath(root, entry.FullName).Replace('\\', '/')).HasMatches;
            if (matches)
            {
                found.Add(shown);
            }
        }

        if (added)
        {
            ignoreFiles.RemoveAt(ignoreFiles.Count - 1);
        }
    }

    // "drafts/" + "a.txt" → "drafts/a.txt"; the current folder adds nothing ("a.txt", not "./a.txt").
    private static string JoinShown(string shownAs, string name) =>
        shownAs is "" or "." or "./" || shownAs == "." + Path.DirectorySeparatorChar ? name : Path.Join(shownAs, name);
}
