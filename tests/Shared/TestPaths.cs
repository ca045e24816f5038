namespace PostLint.Tests;

/// <summary>
/// Where tests find the repository and its vendored test data (<c>tests/Data</c>: conformance
/// suites, schemas, MeCab edge cases), so that the suite passes from the repository alone. The
/// reference material beside the repository (<c>../shared</c>, or <c>POSTLINT_SHARED</c>) is only
/// for scripts and benchmarks, never for a test.
/// </summary>
internal static class TestPaths
{
    private static readonly Lazy<string> RepoRootLazy = new(FindRepoRoot);

    public static string RepoRoot => RepoRootLazy.Value;

    /// <summary>A file vendored under <c>tests/Data</c> (see its README for sources and licenses).</summary>
    public static string TestData(params string[] parts) => Path.Combine([RepoRoot, "tests", "Data", .. parts]);

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
