using PostLint.Input;

namespace PostLint.Core.Tests.Input;

/// <summary><c>.postlintignore</c> patterns mean what they mean in a <c>.gitignore</c>.</summary>
public sealed class IgnoreFileTests
{
    private static readonly string Root = Path.Combine(Path.GetTempPath(), "postlint-ignore-root");

    private static bool? Decide(string patterns, string relative, bool isDirectory = false) =>
        IgnoreFile.Parse(patterns, Root).Decide(Path.Combine(Root, relative.Replace('/', Path.DirectorySeparatorChar)), isDirectory);

    [Theory]
    // A name without a slash matches at every depth, files and folders.
    [InlineData("old.txt", "old.txt", false, true)]
    [InlineData("old.txt", "2026/04/old.txt", false, true)]
    [InlineData("archive", "drafts/archive", true, true)]
    // A slash at the start or in the middle ties the pattern to the folder of the file.
    [InlineData("/old.txt", "2026/old.txt", false, null)]
    [InlineData("/old.txt", "old.txt", false, true)]
    [InlineData("drafts/old.txt", "x/drafts/old.txt", false, null)]
    // A trailing slash matches folders only.
    [InlineData("archive/", "archive", true, true)]
    [InlineData("archive/", "archive", false, null)]
    // * and ? stay inside one segment; ** crosses folders.
    [InlineData("*.md", "notes/readme.md", false, true)]
    [InlineData("drafts/*.md", "drafts/a/readme.md", false, null)]
    [InlineData("draft-?.txt", "draft-1.txt", false, true)]
    [InlineData("draft-?.txt", "draft-10.txt", false, null)]
    [InlineData("draft-[0-4].txt", "draft-3.txt", false, true)]
    [InlineData("draft-[!0-4].txt", "draft-3.txt", false, null)]
    [InlineData("**/tmp/*.txt", "tmp/a.txt", false, true)]
    [InlineData("**/tmp/*.txt", "a/b/tmp/a.txt", false, true)]
    [InlineData("drafts/**/old.txt", "drafts/old.txt", false, true)]
    [InlineData("drafts/**/old.txt", "drafts/a/b/old.txt", false, true)]
    [InlineData("drafts/**", "drafts/a/b.txt", false, true)]
    [InlineData("drafts/**", "other/a.txt", false, null)]
    // Comments, blank lines and escapes.
    [InlineData("# old.txt\n\n   \n", "old.txt", false, null)]
    [InlineData("\\#memo.txt", "#memo.txt", false, true)]
    [InlineData("old.txt   ", "old.txt", false, true)]
    [InlineData("\\!important.txt", "!important.txt", false, true)]
    public void A_pattern_matches_what_it_matches_in_gitignore(string patterns, string relative, bool isDirectory, bool? expected) =>
        Assert.Equal(expected, Decide(patterns, relative, isDirectory));

    [Fact]
    public void The_last_matching_pattern_decides_and_negation_takes_a_file_back()
    {
        const string patterns = "*.md\n!keep.md\n# drafts of the year-end are private\nsecret-*.md\n";
        Assert.True(Decide(patterns, "notes.md"));
        Assert.False(Decide(patterns, "keep.md"));
        Assert.False(Decide(patterns, "sub/keep.md"));
        Assert.True(Decide(patterns, "secret-1.md"));
        Assert.Null(Decide(patterns, "a.txt"));
        Assert.Equal(3, IgnoreFile.Parse(patterns, Root).Count);
    }

    [Fact]
    public void A_deeper_ignore_file_wins_over_an_outer_one()
    {
        var outer = IgnoreFile.Parse("*.md\n", Root);
        var inner = IgnoreFile.Parse("!keep.md\n", Path.Combine(Root, "sub"));
        Assert.False(IgnoreFile.IsIgnored([outer, inner], Path.Combine(Root, "sub", "keep.md"), isDirectory: false));
        Assert.True(IgnoreFile.IsIgnored([outer, inner], Path.Combine(Root, "keep.md"), isDirectory: false));
        // Paths outside the folder of an ignore file are not its business.
        Assert.Null(inner.Decide(Path.Combine(Root, "keep.md"), isDirectory: false));
    }
}
