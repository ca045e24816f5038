using System.Runtime.InteropServices;
using PostLint.Spelling;

namespace PostLint.Tests.Core.Spelling;

public sealed class HunspellDictionaryLocatorTests
{
    [Fact]
    public void ExplicitPath_AcceptsBaseAffDicOrFolder()
    {
        var files = new HashSet<string> { "/d/en_US.aff", "/d/en_US.dic" };
        var locator = Locator(files, new Dictionary<string, string>(), OSPlatform.Linux);
        foreach (var path in new[] { "/d/en_US", "/d/en_US.aff", "/d/en_US.dic", "/d" })
        {
            var found = locator.Locate(path);
            Assert.True(found.Found, path);
            Assert.Equal("/d/en_US.aff", found.AffixPath);
            Assert.Equal("/d/en_US.dic", found.DictionaryPath);
        }

        var missing = locator.Locate("/elsewhere/en_GB");
        Assert.False(missing.Found);
        Assert.Equal(["/elsewhere/en_GB", "/elsewhere/en_GB/en_US"], missing.SearchedPlaces);
    }

    [Fact]
    public void Dicpath_ComesBeforeSystemFolders()
    {
        var files = new HashSet<string> { "/mine/en_US.aff", "/mine/en_US.dic", "/usr/share/hunspell/en_US.aff", "/usr/share/hunspell/en_US.dic" };
        var locator = Locator(files, new Dictionary<string, string> { ["DICPATH"] = "/empty:/mine" }, OSPlatform.Linux);
        var found = locator.Locate();
        Assert.Equal("/mine/en_US.aff", found.AffixPath);
        Assert.Equal(["/empty", "/mine"], found.SearchedPlaces);
    }

    [Fact]
    public void SystemFolders_InOrder_OnLinux()
    {
        var files = new HashSet<string> { "/opt/libreoffice7.6/share/extensions/dict-en/en_US.aff", "/opt/libreoffice7.6/share/extensions/dict-en/en_US.dic" };
        var locator = Locator(files, new Dictionary<string, string>(), OSPlatform.Linux, opt: ["/opt/libreoffice7.6", "/opt/other"]);
        var found = locator.Locate(language: "en-US");
        Assert.True(found.Found);
        Assert.Equal(
            ["/usr/share/hunspell", "/usr/share/myspell/dicts", "/usr/share/myspell", "/usr/local/share/hunspell", "/usr/lib/libreoffice/share/extensions/dict-en", "/opt/libreoffice7.6/share/extensions/dict-en"],
            found.SearchedPlaces);
    }

    [Fact]
    public void NotFound_ListsEveryPlace_AndExplains()
    {
        var locator = Locator([], new Dictionary<string, string> { ["HOME"] = "/Users/me" }, OSPlatform.OSX);
        var result = locator.Locate();
        Assert.False(result.Found);
        Assert.Contains("/Users/me/Library/Spelling", result.SearchedPlaces);
        Assert.Contains("/Library/Spelling", result.SearchedPlaces);
        Assert.Contains("/Applications/LibreOffice.app/Contents/Resources/extensions/dict-en", result.SearchedPlaces);
        Assert.Contains("--dictionary", result.DescribeNotFound("en_US"), StringComparison.Ordinal);
    }

    [Fact]
    public void WindowsFolders()
    {
        var env = new Dictionary<string, string> { ["LOCALAPPDATA"] = @"C:\Users\me\AppData\Local", ["ProgramFiles"] = @"C:\Program Files", ["DICPATH"] = @"D:\dicts;E:\more" };
        var folders = Locator([], env, OSPlatform.Windows).StandardFolders();
        Assert.Equal(@"D:\dicts", folders[0]);
        Assert.Equal(@"E:\more", folders[1]);
        Assert.Contains(Path.Combine(@"C:\Users\me\AppData\Local", "hunspell"), folders);
        Assert.Contains(Path.Combine(@"C:\Program Files", @"LibreOffice\share\extensions\dict-en"), folders);
    }

    private static HunspellDictionaryLocator Locator(HashSet<string> files, Dictionary<string, string> environment, OSPlatform platform, string[]? opt = null)
        => new(name => environment.GetValueOrDefault(name), files.Contains, folder => folder == "/opt" ? opt ?? [] : [], platform);
}
