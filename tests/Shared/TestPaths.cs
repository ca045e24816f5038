namespace PostLint.Tests;

/// <summary>
/// Where tests find the repository and the shared reference material (<c>../shared</c> beside
/// the repository root: conformance suites, schemas, specs). <c>POSTLINT_SHARED</c> overrides it.
/// </summary>
internal static class TestPaths
{
    private static readonly Lazy<string> RepoRootLazy = new(FindRepoRoot);

    public static string RepoRoot => RepoRootLazy.Value;

    public static string Shared
    {
        get
        {
            var fromEnvironment = Environment.GetEnvironmentVariable("POSTLINT_SHARED");
            if (!string.IsNullOrEmpty(fromEnvironment))
            {
                return Path.GetFullPath(fromEnvironment);
            }

            var path = Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared"));
            if (!Directory.Exists(path))
            {
                throw new DirectoryNotFoundException($"The shared reference folder was not found at {path}; set POSTLINT_SHARED.");
            }

            return path;
        }
    }

    public static string InShared(params string[] parts) => Path.Combine([Shared, .. parts]);

    public static string InRepo(params string[] parts) => Path.Combine([RepoRoot, .. parts]);

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "PostLint.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("PostLint.sln was not found above " + AppContext.BaseDirectory);
    }
}
