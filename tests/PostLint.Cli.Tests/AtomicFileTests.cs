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
