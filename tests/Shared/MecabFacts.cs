namespace PostLint.Tests;

/// <summary>Whether the reference <c>mecab</c> and its two UTF-8 dictionaries are installed.</summary>
internal static class MecabInstallation
{
    public const string IpadicDirectory = "/var/lib/mecab/dic/ipadic-utf8";
    public const string JumanDirectory = "/var/lib/mecab/dic/juman-utf8";

    public const string NotInstalledMessage = "mecab and its dictionaries are not installed (run scripts/setup.sh: mecab mecab-ipadic-utf8 mecab-jumandic-utf8 manpages-ja)";

    private static readonly Lazy<string?> MecabPath = new(() => ExternalProgram.Find("mecab"));

    public static string? Mecab => MecabPath.Value;

    public static bool IsAvailable => Mecab is not null && File.Exists(Path.Combine(IpadicDirectory, "sys.dic")) && File.Exists(Path.Combine(JumanDirectory, "sys.dic"));
}

/// <summary>A fact that is skipped, with the reason, only when mecab or its dictionaries are missing.</summary>
internal sealed class MecabFactAttribute : FactAttribute
{
    public MecabFactAttribute()
    {
        if (!MecabInstallation.IsAvailable)
        {
            Skip = MecabInstallation.NotInstalledMessage;
        }
    }
}

/// <summary>A theory that is skipped, with the reason, only when mecab or its dictionaries are missing.</summary>
internal sealed class MecabTheoryAttribute : TheoryAttribute
{
    public MecabTheoryAttribute()
    {
        if (!MecabInstallation.IsAvailable)
        {
            Skip = MecabInstallation.NotInstalledMessage;
        }
    }
}
