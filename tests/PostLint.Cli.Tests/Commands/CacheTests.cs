using PostLint.Cli.Infrastructure;
using PostLint.Tests;

namespace PostLint.Cli.Tests.Commands;

/// <summary>
/// <c>check</c> and <c>audit</c> keep the lexicons' morpheme keys in the user's cache folder
/// (POSTLINT_CACHE_DIR, XDG_CACHE_HOME, ~/.cache) unless told not to, and a run from the cache
/// reports exactly what a run without it does.
/// </summary>
public sealed class CacheTests : IDisposable
{
    private const string Draft = "拡散希望！噂では市長が辞任するらしい\n";

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "postlint-cli-cache-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Fact]
    public void The_cache_folder_follows_the_environment()
    {
        Assert.Equal(Path.GetFullPath("/tmp/pl"), CacheLocation.Resolve(Environment(("POSTLINT_CACHE_DIR", "/tmp/pl"), ("HOME", "/home/a"))));
        Assert.Null(CacheLocation.Resolve(Environment(("POSTLINT_CACHE_DIR", "NONE"), ("HOME", "/home/a"))));
        Assert.Equal("/xdg/postlint", CacheLocation.Resolve(Environment(("XDG_CACHE_HOME", "/xdg"), ("HOME", "/home/a"))));
        Assert.Equal("/home/a/.cache/postlint", CacheLocation.Resolve(Environment(("XDG_CACHE_HOME", "relative"), ("HOME", "/home/a"))));
        Assert.Null(CacheLocation.Resolve(Environment()));
    }

    [MecabFact]
    public void Check_keeps_the_keys_and_reports_the_same_from_them_and_no_cache_keeps_nothing()
    {
        var environment = Environment(("POSTLINT_CACHE_DIR", _folder));
        var first = CliRunner.RunWithEnvironment(Draft, environment, "check", "-", "--format", "json");
        var file = Assert.Single(Directory.GetFiles(_folder));
        Assert.Matches(@"lexicon-keys-[0-9a-f]{16}\.bin$", file);
        var written = File.GetLastWriteTimeUtc(file);

        var second = CliRunner.RunWithEnvironment(Draft, environment, "check", "-", "--format", "json");
        Assert.Equal(first.ExitCode, second.ExitCode);
        Assert.Equal(first.Output, second.Output);
        Assert.Contains("\"PL3004\"", second.Output, StringComparison.Ordinal);
        Assert.Equal(written, File.GetLastWriteTimeUtc(file));

        var uncached = CliRunner.RunWithEnvironment(Draft, Environment(), "check", "-", "--format", "json");
        Assert.Equal(first.Output, uncached.Output);

        Directory.Delete(_folder, recursive: true);
        var off = CliRunner.RunWithEnvironment(Draft, environment, "check", "-", "--format", "json", "--no-cache");
        Assert.Equal(first.Output, off.Output);
        Assert.False(Directory.Exists(_folder));
    }

    [MecabFact]
    public void Audit_keeps_the_keys_too()
    {
        var export = Path.Combine(Path.GetTempPath(), "postlint-cache-audit-" + Guid.NewGuid().ToString("N") + ".csv");
        File.WriteAllText(export, "id,text\n1,担当 090-1234-5678 まで\n2,内部資料を特別に公開します\n");
        try
        {
            var result = CliRunner.RunWithEnvironment(null, Environment(("POSTLINT_CACHE_DIR", _folder)), "audit", export, "--format", "json");
            Assert.Contains("\"PL3008\"", result.Output, StringComparison.Ordinal);
            Assert.Single(Directory.GetFiles(_folder));
        }
        finally
        {
            File.Delete(export);
        }
    }

    private static Func<string, string?> Environment(params (string Name, string Value)[] variables) =>
        name => variables.FirstOrDefault(v => v.Name == name).Value;
}
