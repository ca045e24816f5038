using System.Text;

namespace PostLint.Tests.Spelling;

/// <summary>Runs the real <c>hunspell</c> command for differential tests.</summary>
internal static class HunspellReference
{
    public const string EnglishBase = "/usr/share/hunspell/en_US";

    public static string? Program => ExternalProgram.Find("hunspell");

    public static bool EnglishInstalled => File.Exists(EnglishBase + ".aff") && File.Exists(EnglishBase + ".dic");

    public static string MissingMessage => "hunspell or its en_US dictionary is not installed (apt install hunspell hunspell-en-us; scripts/setup.sh does it)";

    /// <summary>What <c>hunspell -d BASE -l</c> prints for <paramref name="text"/> (LANG=C.UTF-8), one entry per line.</summary>
    public static List<string> ListMisspelt(string dictionaryBase, string text)
    {
        var program = Program ?? throw new InvalidOperationException(MissingMessage);
        var (exitCode, stdout, stderr) = ExternalProgram.Run(
            program,
            ["-d", dictionaryBase, "-l"],
            Encoding.UTF8.GetBytes(text),
            new Dictionary<string, string> { ["LANG"] = "C.UTF-8", ["LC_ALL"] = "C.UTF-8" });
        if (exitCode != 0)
        {
            throw new InvalidOperationException($"hunspell exited with {exitCode}: {stderr}");
        }

        var output = Encoding.UTF8.GetString(stdout);
        var lines = output.Split('\n').ToList();
        if (lines.Count > 0 && lines[^1].Length == 0)
        {
            lines.RemoveAt(lines.Count - 1);
        }

        return lines;
    }

    /// <summary>Writes a tiny dictionary to a fresh temporary folder and returns its base path (…/test).</summary>
    public static string WriteDictionary(string aff, string dic, Encoding? encoding = null)
    {
        encoding ??= new UTF8Encoding(false);
        var folder = Path.Combine(Path.GetTempPath(), "postlint-hunspell-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var basePath = Path.Combine(folder, "test");
        File.WriteAllBytes(basePath + ".aff", encoding.GetBytes(aff));
        File.WriteAllBytes(basePath + ".dic", encoding.GetBytes(dic));
        return basePath;
    }
}
