using PostLint.Morphology;

namespace PostLint.Tests.Morphology;

/// <summary>Dictionary discovery: explicit path, MECAB_DICDIR, mecabrc, then the standard paths.</summary>
public sealed class MecabDictionaryLocatorTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "postlint-locator-" + Guid.NewGuid().ToString("N"));

    public MecabDictionaryLocatorTests() => Directory.CreateDirectory(_root);

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void Explicit_directory_wins_and_is_not_replaced_by_a_fallback()
    {
        var explicitDic = MakeDictionary("explicit");
        var envDic = MakeDictionary("env");
        var locator = Locator(new() { ["MECAB_DICDIR"] = envDic });

        var found = locator.Locate(explicitDic);
        Assert.True(found.Found);
        Assert.Equal(explicitDic, found.Directory);
        Assert.Equal(MecabDictionarySource.Explicit, found.Source);

        var missing = locator.Locate(Path.Combine(_root, "typo"));
        Assert.False(missing.Found);
        Assert.Single(missing.Searched);
        Assert.Contains("typo", missing.DescribeSearch(), StringComparison.Ordinal);
    }

    [Fact]
    public void Environment_variable_comes_before_mecabrc()
    {
        var envDic = MakeDictionary("env");
        var rcDic = MakeDictionary("rc");
        var rc = WriteRc("home/.mecabrc", $"dicdir = {rcDic}\n");
        var locator = Locator(new() { ["MECAB_DICDIR"] = envDic }, home: Path.GetDirectoryName(rc));
        var found = locator.Locate();
        Assert.Equal(envDic, found.Directory);
        Assert.Equal(MecabDictionarySource.Environment, found.Source);
        Assert.Equal("MECAB_DICDIR", found.Detail);
    }

    [Fact]
    public void Home_mecabrc_comes_before_MECABRC_and_rcpath_is_expanded()
    {
        var homeDic = MakeDictionary("home/dic/ipadic");
        var otherDic = MakeDictionary("other");
        var homeRc = WriteRc("home/.mecabrc", "; comment\n# another\ndicdir =   $(rcpath)/dic/ipadic\n");
        var envRc = WriteRc("etc/mecabrc", $"dicdir = {otherDic}\n");
        var locator = Locator(new() { ["MECABRC"] = envRc }, home: Path.GetDirectoryName(homeRc));
        var found = locator.Locate();
        Assert.Equal(homeDic, found.Directory);
        Assert.Equal(MecabDictionarySource.ResourceFile, found.Source);
        Assert.Equal("dicdir in " + homeRc, found.Detail);
    }

    [Fact]
    public void A_mecabrc_pointing_nowhere_falls_through_to_the_standard_paths()
    {
        var standard = MakeDictionary("usr/lib/mecab/dic/ipadic-utf8");
        var rc = WriteRc("etc/mecabrc", $"dicdir = {Path.Combine(_root, "gone")}\n");
        var locator = Locator(new() { ["MECABRC"] = rc }, standardPaths: [Path.Combine(_root, "nothing"), standard]);
        var found = locator.Locate();
        Assert.Equal(standard, found.Directory);
        Assert.Equal(MecabDictionarySource.StandardPath, found.Source);
        Assert.Equal(3, found.Searched.Count);
        Assert.Equal("no sys.dic", found.Searched[0].Problem);
        Assert.Null(found.Searched[2].Problem);
    }

    [Fact]
    public void Nothing_found_lists_every_place_searched()
    {
        var broken = WriteRc("etc/mecabrc", "this line has no equals sign\n");
        var locator = Locator(new() { ["MECABRC"] = broken }, standardPaths: [Path.Combine(_root, "a"), Path.Combine(_root, "b")]);
        var result = locator.Locate();
        Assert.False(result.Found);
        Assert.Null(result.Directory);
        var description = result.DescribeSearch();
        Assert.Contains(broken, description, StringComparison.Ordinal);
        Assert.Contains("line 1", description, StringComparison.Ordinal);
        Assert.Contains(Path.Combine(_root, "a"), description, StringComparison.Ordinal);
        Assert.Contains(Path.Combine(_root, "b"), description, StringComparison.Ordinal);
    }

    [Fact]
    public void First_definition_of_a_key_wins_as_in_mecab()
    {
        var first = MakeDictionary("first");
        var second = MakeDictionary("second");
        var rc = WriteRc("etc/mecabrc", $"dicdir = {first}\ndicdir = {second}\n");
        var found = Locator(new() { ["MECABRC"] = rc }).Locate();
        Assert.Equal(first, found.Directory);
    }

    [Fact]
    public void Relative_rc_paths_stay_relative_to_the_working_directory_like_mecab()
    {
        Assert.Equal("dic/ipadic", MecabDictionaryLocator.ExpandResourcePath("dic/ipadic", "/etc/mecabrc"));
        Assert.Equal(Path.Combine(Path.GetFullPath("/usr/local/etc"), "dic"), MecabDictionaryLocator.ExpandResourcePath("$(rcpath)/dic", "/usr/local/etc/mecabrc").Replace('/', Path.DirectorySeparatorChar));
    }

    [Fact]
    public void Default_standard_paths_start_with_debian_and_include_homebrew_and_windows()
    {
        Assert.Equal("/var/lib/mecab/dic/ipadic-utf8", MecabDictionaryLocator.StandardPaths[0]);
        Assert.Contains("/var/lib/mecab/dic/debian", MecabDictionaryLocator.StandardPaths);
        Assert.Contains("/opt/homebrew/lib/mecab/dic/ipadic", MecabDictionaryLocator.StandardPaths);
        Assert.Contains(@"C:\Program Files\MeCab\dic\ipadic", MecabDictionaryLocator.StandardPaths);
    }

    [MecabFact]
    public void Real_machine_finds_a_dictionary_that_opens()
    {
        var location = new MecabDictionaryLocator().Locate();
        Assert.True(location.Found, location.DescribeSearch());
        using var dictionary = MecabDictionary.Open(location.Directory!);
        Assert.Equal("UTF-8", dictionary.Charset);
    }

    private MecabDictionaryLocator Locator(Dictionary<string, string> environment, string? home = null, IReadOnlyList<string>? standardPaths = null) =>
        new(name => environment.GetValueOrDefault(name), File.Exists, standardPaths ?? [], home ?? Path.Combine(_root, "nohome"), systemResourceFiles: []);

    private string MakeDictionary(string relative)
    {
        var dir = Path.Combine(_root, relative);
        Directory.CreateDirectory(dir);
        File.WriteAllBytes(Path.Combine(dir, "sys.dic"), [0]);
        return dir;
    }

    private string WriteRc(string relative, string content)
    {
        var path = Path.Combine(_root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return path;
    }
}
