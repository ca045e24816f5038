using System.Text;
using System.Text.RegularExpressions;
using PostLint.Localization;
using PostLint.IO;

namespace PostLint.Input;

/// <summary>
/// A <c>.postlintignore</c>: which drafts a folder or glob argument of <c>postlint check</c> leaves
/// out, written as a <c>.gitignore</c> is. One pattern a line; blank lines and lines starting with
/// <c>#</c> are skipped (<c>\#</c> for a name that starts with #); <c>!</c> takes a path back in;
/// a trailing <c>/</c> matches folders only; a pattern with a <c>/</c> at its start or in its middle
/// is relative to the folder of the ignore file, any other matches at every depth; <c>*</c>,
/// <c>?</c> and <c>[a-z]</c> stay inside one path segment; <c>**</c> crosses folders. The last
/// matching pattern decides. As in git, a path inside a left-out folder cannot be taken back.
/// </summary>
internal sealed class IgnoreFile
{
    /// <summary>The file name PostLint looks for beside <c>postlint.json</c> and in the checked folders.</summary>
    public const string FileName = ".postlintignore";

    private readonly List<IgnorePattern> _patterns;

    private IgnoreFile(string directory, string? path, List<IgnorePattern> patterns)
    {
        Directory = directory;
        Path = path;
        _patterns = patterns;
    }

    /// <summary>The folder the patterns are relative to.</summary>
    public string Directory { get; }

    /// <summary>The file the patterns were read from (null for patterns given in code).</summary>
    public string? Path { get; }

    /// <summary>How many patterns the file has (comments and blank lines are not patterns).</summary>
    public int Count => _patterns.Count;

    /// <summary>
    /// Reads <c>.postlintignore</c> in a folder, or null when the folder has none. Throws
    /// <see cref="FileRefusedException"/> when it is not a regular file or is over 1 MB (a pipe
    /// must not block the run), and <see cref="IOException"/> when it cannot be read.
    /// </summary>
    public static IgnoreFile? Load(string directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        var path = System.IO.Path.Combine(directory, FileName);
        if (FileKinds.Of(path) == FileKind.Missing)
        {
            return null;
        }

        var bytes = BoundedFile.ReadAllBytes(path, BoundedFile.MaxConfigurationBytes, LocalizedMessage.Of("file.what.ignoreFile"));
        return Parse(new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetString(bytes).TrimStart('\uFEFF'), directory, path);
    }

    /// <summary>Parses ignore patterns (the text of a <c>.postlintignore</c>) relative to <paramref name="directory"/>.</summary>
    public static IgnoreFile Parse(string text, string directory, string? path = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(directory);
        var patterns = new List<IgnorePattern>();
        foreach (var rawLine in text.Split('\n'))
        {
            if (IgnorePattern.TryParse(rawLine.TrimEnd('\r'), out var pattern))
            {
                patterns.Add(pattern);
            }
        }

        return new IgnoreFile(System.IO.Path.GetFullPath(directory), path, patterns);
    }

    /// <summary>
    /// What this file says about a path: true (left out), false (taken back by a <c>!</c> pattern)
    /// or null (no pattern matches, or the path is not under <see cref="Directory"/>).
    /// </summary>
    /// <param name="fullPath">An absolute path.</param>
    /// <param name="isDirectory">Whether the path is a folder (patterns ending in <c>/</c> match folders only).</param>
    public bool? Decide(string fullPath, bool isDirectory)
    {
        ArgumentNullException.ThrowIfNull(fullPath);
        var relative = System.IO.Path.GetRelativePath(Directory, fullPath);
        if (relative == "." || System.IO.Path.IsPathRooted(relative) || relative == ".." ||
            relative.StartsWith(".." + System.IO.Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            return null;
        }

        relative = relative.Replace('\\', '/');
        bool? decision = null;
        foreach (var pattern in _patterns)
        {
            if ((!pattern.DirectoryOnly || isDirectory) && pattern.Regex.IsMatch(relative))
            {
                decision = !pattern.Negated;
            }
        }

        return decision;
    }

    /// <summary>
    /// What a list of ignore files (outer folders first) says about a path: the last file with a
    /// matching pattern decides, as a <c>.gitignore</c> deeper in the tree wins over one above it.
    /// </summary>
    public static bool IsIgnored(IEnumerable<IgnoreFile> files, string fullPath, bool isDirectory)
    {
        ArgumentNullException.ThrowIfNull(files);
        var ignored = false;
        foreach (var file in files)
        {
            if (file.Decide(fullPath, isDirectory) is { } decision)
            {
                ignored = decision;
            }
        }

        return ignored;
    }

    private sealed record IgnorePattern(Regex Regex, bool Negated, bool DirectoryOnly)
    {
        public static bool TryParse(string line, out IgnorePattern pattern)
        {
            pattern = null!;
            line = TrimTrailingSpaces(line);
            if (line.Length == 0 || line[0] == '#')
            {
                return false;
            }

            var negated = false;
            if (line[0] == '!')
            {
                negated = true;
                line = line[1..];
            }
            else if (line.StartsWith("\\!", StringComparison.Ordinal) || line.StartsWith("\\#", StringComparison.Ordinal))
            {
                line = line[1..];
            }

            var directoryOnly = line.EndsWith('/');
            line = line.TrimEnd('/');
            if (line.Length == 0)
            {
                return false;
            }

            // A slash at the start or in the middle ties the pattern to the ignore file's folder.
            var anchored = line.Contains('/', StringComparison.Ordinal);
            line = line.TrimStart('/');
            var body = Translate(line);
            var expression = anchored || body.StartsWith("(?:.*/)?", StringComparison.Ordinal) ? "^" + body + "$" : "^(?:.*/)?" + body + "$";
            // User patterns are compiled at run time; the non-backtracking engine keeps every match linear.
            var options = RegexOptions.CultureInvariant | RegexOptions.NonBacktracking |
                (OperatingSystem.IsLinux() ? RegexOptions.None : RegexOptions.IgnoreCase);
            pattern = new IgnorePattern(new Regex(expression, options), negated, directoryOnly);
            return true;
        }

        // Trailing spaces are not part of the pattern unless escaped ("name\ ").
        private static string TrimTrailingSpaces(string line)
        {
            var end = line.Length;
            while (end > 0 && line[end - 1] == ' ' && !(end > 1 && line[end - 2] == '\\'))
            {
                end--;
            }

            return line[..end];
        }

        private static string Translate(string glob)
        {
            var regex = new StringBuilder();
            for (var i = 0; i < glob.Length; i++)
            {
                var c = glob[i];
                switch (c)
                {
                    case '*' when i + 1 < glob.Length && glob[i + 1] == '*' && (i == 0 || glob[i - 1] == '/') && (i + 2 == glob.Length || glob[i + 2] == '/'):
                        if (i + 2 == glob.Length)
                        {
                            // "x/**": everything inside x.
                            regex.Append(".*");
                        }
                        else
                        {
                            // "**/x" and "a/**/b": zero or more folders.
                            regex.Append("(?:.*/)?");
                            i++;
                        }

                        i++;
                        break;
                    case '*':
                        regex.Append("[^/]*");
                        break;
                    case '?':
                        regex.Append("[^/]");
                        break;
                    case '[':
                        var close = glob.IndexOf(']', i + 2);
                        if (close < 0)
                        {
                            regex.Append("\\[");
                            break;
                        }

                        var set = glob[(i + 1)..close];
                        regex.Append('[');
                        if (set[0] is '!' or '^')
                        {
                            regex.Append('^');
                            set = set[1..];
                        }

                        regex.Append(set.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("[", "\\[", StringComparison.Ordinal));
                        regex.Append(']');
                        i = close;
                        break;
                    case '\\' when i + 1 < glob.Length:
                        regex.Append(Regex.Escape(glob[i + 1].ToString()));
                        i++;
                        break;
                    default:
                        regex.Append(Regex.Escape(c.ToString()));
                        break;
                }
            }

            return regex.ToString();
        }
    }
}
