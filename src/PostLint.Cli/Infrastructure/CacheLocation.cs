namespace PostLint.Cli.Infrastructure;

/// <summary>
/// Where <c>postlint</c> keeps what it can reuse between runs (the lexicons' morpheme keys,
/// <see cref="PostLint.Configuration.AnalyzerOptions.CacheDirectory"/>): <c>POSTLINT_CACHE_DIR</c>
/// when set (<c>none</c> keeps nothing), else the XDG cache folder (<c>XDG_CACHE_HOME/postlint</c>,
/// <c>~/.cache/postlint</c>), which is where Linux tools keep data that can be deleted at any time.
/// A run without any of them (no home folder) keeps nothing.
/// </summary>
internal static class CacheLocation
{
    public const string EnvironmentVariable = "POSTLINT_CACHE_DIR";

    public static string? Resolve(Func<string, string?> environment)
    {
        if (environment(EnvironmentVariable) is { Length: > 0 } configured)
        {
            return string.Equals(configured, "none", StringComparison.OrdinalIgnoreCase) ? null : Path.GetFullPath(configured);
        }

        // XDG: a relative XDG_CACHE_HOME is invalid and is to be ignored.
        if (environment("XDG_CACHE_HOME") is { Length: > 0 } xdg && Path.IsPathRooted(xdg))
        {
            return Path.Combine(xdg, "postlint");
        }

        return environment("HOME") is { Length: > 0 } home && Path.IsPathRooted(home)
            ? Path.Combine(home, ".cache", "postlint")
            : null;
    }
}
