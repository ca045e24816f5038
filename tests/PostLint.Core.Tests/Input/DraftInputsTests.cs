using System.Diagnostics;
using PostLint.Input;
using PostLint.Localization;

namespace PostLint.Core.Tests.Input;

/// <summary>Folder and glob arguments of postlint check, and the .postlintignore files they honour.</summary>
public sealed class DraftInputsTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("postlint-inputs-").FullName;

    public DraftInputsTests()
    {
        foreach (var file in new[]
        {
            "drafts/a.txt", "drafts/b.md", "drafts/image.png", "drafts/2026/04/c.txt", "drafts/2026/04/d.md",
            "drafts/archive/old.txt", "drafts/.hidden/e.txt", "drafts/.f.txt", "other/g.txt",
        })
        {
            var path = Path.Combine(_root, file);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, "本文");
        }
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private string In(string relative) => Path.Combine(_root, relative.Replace('/', Path.DirectorySeparatorChar));

    private List<string> Relative(DraftExpansion expansion) =>
        [.. expansion.Files.Select(f => Path.GetRelativePath(_root, f).Replace('\\', '/'))];

    [Fact]
    public void A_folder_yields_its_txt_and_md_drafts_in_path_order_without_hidden_ones()
    {
        var expansion = DraftInputs.Expand([In("drafts")]);
        Assert.Empty(expansion.Problems);
        Assert.Equal(["drafts/2026/04/c.txt", "drafts/2026/04/d.md", "drafts/a.txt", "drafts/archive/old.txt", "drafts/b.md"], Relative(expansion));
        // Shown as the argument was written, joined with the path inside it.
        Assert.Equal(Path.Join(In("drafts"), "a.txt"), expansion.Files[2]);
    }

    [Fact]
    public void A_glob_yields_the_files_it_matches_whatever_their_ending()
    {
        Assert.Equal(["drafts/2026/04/c.txt", "drafts/a.txt", "drafts/archive/old.txt"], Relative(DraftInputs.Expand([In("drafts") + "/**/*.txt"])));
        Assert.Equal(["drafts/a.txt"], Relative(DraftInputs.Expand([In("drafts") + "/*.txt"])));
        Assert.Equal(["drafts/image.png"], Relative(DraftInputs.Expand([In("drafts") + "/*.png"])));
        Assert.Equal(["drafts/2026/04/c.txt", "drafts/2026/04/d.md"], Relative(DraftInputs.Expand([In("drafts") + "/2026/**"])));
    }

    [Fact]
    public void Files_come_once_in_argument_order_and_named_files_are_kept_as_they_are()
    {
        var expansion = DraftInputs.Expand([In("other/g.txt"), In("drafts") + "/*.txt", In("drafts/a.txt"), "-"]);
        Assert.Equal([In("other/g.txt"), Path.Join(In("drafts"), "a.txt"), "-"], expansion.Files.ToArray());
    }

    [Fact]
    public void A_folder_or_glob_with_no_draft_is_a_problem()
    {
        Directory.CreateDirectory(In("empty"));
        var expansion = DraftInputs.Expand([In("empty"), In("drafts") + "/*.docx", In("nowhere") + "/*.txt"]);
        Assert.Empty(expansion.Files);
        Assert.Equal(3, expansion.Problems.Length);
        Assert.Contains("下書き（.txt, .md）がありません", expansion.Problems[0].Render(Messages.Japanese), StringComparison.Ordinal);
        Assert.Contains("合うファイルがありません", expansion.Problems[1].Render(Messages.Japanese), StringComparison.Ordinal);
        Assert.Contains("見つかりません", expansion.Problems[2].Render(Messages.Japanese), StringComparison.Ordinal);

        // The same problems in English, with the paths as they were given.
        Assert.Equal($"{In("empty")} holds no drafts (.txt, .md)", expansion.Problems[0].Render(Messages.English));
        Assert.Equal($"no file matches {In("drafts")}/*.docx", expansion.Problems[1].Render(Messages.English));
        Assert.Equal($"the folder {In("nowhere")} of {In("nowhere")}/*.txt does not exist", expansion.Problems[2].Render(Messages.English));
    }

    [Fact]
    public void Ignore_files_beside_the_configuration_and_in_checked_folders_leave_drafts_out_unless_turned_off()
    {
        File.WriteAllText(In(".postlintignore"), "# 過去の下書き\narchive/\n*.md\n!d.md\n");
        File.WriteAllText(In("drafts/2026/.postlintignore"), "04/c.txt\n");
        var options = new DraftSearchOptions { ProjectDirectory = _root };

        Assert.Equal(["drafts/2026/04/d.md", "drafts/a.txt"], Relative(DraftInputs.Expand([In("drafts")], options)));
        Assert.Equal(["drafts/a.txt"], Relative(DraftInputs.Expand([In("drafts") + "/**/*.txt"], options)));
        // A file named on the command line is checked even when a pattern matches it.
        Assert.Equal(["drafts/b.md"], Relative(DraftInputs.Expand([In("drafts/b.md")], options)));
        // Without a project folder, only the checked folder's own file applies.
        Assert.Equal(
            ["drafts/2026/04/d.md", "drafts/a.txt", "drafts/archive/old.txt", "drafts/b.md"],
            Relative(DraftInputs.Expand([In("drafts")])));
        Assert.Equal(
            ["drafts/2026/04/c.txt", "drafts/2026/04/d.md", "drafts/a.txt", "drafts/archive/old.txt", "drafts/b.md"],
            Relative(DraftInputs.Expand([In("drafts")], options with { UseIgnoreFiles = false })));
    }

    [SkippableFact]
    public async Task An_ignore_file_that_is_a_pipe_or_too_large_is_a_problem_and_is_never_opened()
    {
        Skip.IfNot(OperatingSystem.IsLinux() || OperatingSystem.IsMacOS(), "named pipes");
        using (var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", [In("drafts/.postlintignore")]) { UseShellExecute = false })!)
        {
            mkfifo.WaitForExit();
            Assert.Equal(0, mkfifo.ExitCode);
        }

        // A pipe would block in open until someone writes to it: the expansion must end without reading it.
        var expansion = await Task.Factory.StartNew(() => DraftInputs.Expand([In("drafts")]), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default)
            .WaitAsync(TimeSpan.FromSeconds(60));
        Assert.Contains(expansion.Problems, p => p.Render(Messages.Japanese).Contains(".postlintignore", StringComparison.Ordinal));

        using (var large = File.Create(In("other/.postlintignore")))
        {
            large.SetLength(2L * 1024 * 1024);
        }

        Assert.Contains(DraftInputs.Expand([In("other")]).Problems, p => p.Render(Messages.English).Contains(".postlintignore", StringComparison.Ordinal));
    }
}
