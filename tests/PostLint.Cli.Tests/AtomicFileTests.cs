using System.Diagnostics;
using PostLint.Cli.Infrastructure;

namespace PostLint.Cli.Tests;

public sealed class AtomicFileTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "postlint-atomic-" + Guid.NewGuid().ToString("N"));

    public AtomicFileTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Nothing_replaces_the_target_until_commit()
    {
        var target = Path.Combine(_folder, "report.json");
        File.WriteAllText(target, "old");
        using (var file = AtomicFile.Create(target))
        {
            file.Stream.Write("new"u8);
            Assert.Equal("old", File.ReadAllText(target));
        }

        Assert.Equal("old", File.ReadAllText(target)); // disposed without commit
        Assert.Equal(["report.json"], Directory.EnumerateFileSystemEntries(_folder).Select(Path.GetFileName));
        AtomicFile.WriteAllBytes(target, "new"u8);
        Assert.Equal("new", File.ReadAllText(target));
    }

    [Fact]
    public void Files_committed_together_are_all_replaced_or_none()
    {
        var report = Path.Combine(_folder, "report.json");
        var baseline = Path.Combine(_folder, "baseline.json");
        File.WriteAllText(report, "old report");
        using (var first = AtomicFile.Create(report))
        using (var second = AtomicFile.Create(baseline))
        {
            first.Stream.Write("new report"u8);
            second.Stream.Write("new baseline"u8);
            Directory.CreateDirectory(baseline); // the second target cannot be replaced any more
            Assert.ThrowsAny<IOException>(() => AtomicFile.CommitAll([first, second]));
        }

        Assert.Equal("old report", File.ReadAllText(report));
        Assert.Equal(["baseline.json", "report.json"], Directory.EnumerateFileSystemEntries(_folder).Select(Path.GetFileName).Order(StringComparer.Ordinal));

        Directory.Delete(baseline);
        using (var first = AtomicFile.Create(report))
        using (var second = AtomicFile.Create(baseline))
        {
            first.Stream.Write("new report"u8);
            second.Stream.Write("new baseline"u8);
            AtomicFile.CommitAll([first, second]);
        }

        Assert.Equal("new report", File.ReadAllText(report));
        Assert.Equal("new baseline", File.ReadAllText(baseline));
        Assert.Equal(2, Directory.EnumerateFileSystemEntries(_folder).Count());
    }

    [Fact]
    public void Temporary_files_of_a_killed_run_are_removed_by_the_next_run_and_live_ones_kept()
    {
        var report = Path.Combine(_folder, "report.json");
        var deadProcess = ExitedProcessId();
        var orphan = Path.Combine(_folder, AtomicFile.TemporaryName("report.json", deadProcess));
        var abandoned = Path.Combine(_folder, AtomicFile.TemporaryName("report.json", Environment.ProcessId));
        var live = Path.Combine(_folder, AtomicFile.TemporaryName("report.json", Environment.ProcessId));
        var otherTarget = Path.Combine(_folder, AtomicFile.TemporaryName("other.json", deadProcess));
        foreach (var path in new[] { orphan, abandoned, live, otherTarget })
        {
            File.WriteAllText(path, "partial");
        }

        File.SetLastWriteTimeUtc(orphan, DateTime.UtcNow.AddHours(-2));
        File.SetLastWriteTimeUtc(abandoned, DateTime.UtcNow.AddDays(-8));
        File.SetLastWriteTimeUtc(otherTarget, DateTime.UtcNow.AddHours(-2));

        AtomicFile.WriteAllBytes(report, "new"u8);

        Assert.Equal("new", File.ReadAllText(report));
        Assert.False(File.Exists(orphan), "the temporary file of a process that no longer runs stays");
        Assert.False(File.Exists(abandoned), "a temporary file untouched for a week stays");
        Assert.True(File.Exists(live), "the temporary file of a running process was removed");
        Assert.True(File.Exists(otherTarget), "a temporary file of another target was removed");
        Assert.StartsWith(".report.json.postlint-", Path.GetFileName(live), StringComparison.Ordinal);
    }

    [Fact]
    public void The_old_file_put_aside_by_a_killed_commit_comes_back()
    {
        var report = Path.Combine(_folder, "report.json");
        var aside = Path.Combine(_folder, AtomicFile.TemporaryName("report.json", ExitedProcessId())[..^".tmp".Length] + ".bak");
        File.WriteAllText(aside, "old report");
        File.SetLastWriteTimeUtc(aside, DateTime.UtcNow.AddHours(-2));

        AtomicFile.RemoveStaleTemporaries(_folder, "report.json");

        Assert.Equal("old report", File.ReadAllText(report));
        Assert.False(File.Exists(aside));
    }

    private static int ExitedProcessId()
    {
        using var process = Process.Start(new ProcessStartInfo("dotnet", "--version") { UseShellExecute = false, RedirectStandardOutput = true })!;
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return process.Id;
    }

    [Fact]
    public void A_symbolic_link_is_followed_and_kept()
    {
        var real = Path.Combine(_folder, "real.json");
        var link = Path.Combine(_folder, "link.json");
        File.WriteAllText(real, "old");
        File.CreateSymbolicLink(link, real);
        AtomicFile.WriteAllBytes(link, "new"u8);
        Assert.Equal("new", File.ReadAllText(real));
        Assert.NotNull(new FileInfo(link).LinkTarget);
    }

    [Theory]
    [InlineData("/dev/null", true)]
    [InlineData("/dev/stdout", true)]
    [InlineData("/proc/self/fd/1", true)]
    [InlineData("/tmp/report.json", false)]
    [InlineData("/home/dev/report.json", false)]
    public void Devices_are_written_directly_not_replaced(string path, bool device)
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        Assert.Equal(device, AtomicFile.IsDevicePath(path));
    }
}
