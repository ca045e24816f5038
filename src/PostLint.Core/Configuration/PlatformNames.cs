using PostLint.Syntax;

namespace PostLint.Configuration;

/// <summary>The names configuration, metadata and <c>--platform</c> use for platforms.</summary>
public static class PlatformNames
{
    public static IReadOnlyList<string> Names { get; } = ["x", "threads", "instagram", "line", "facebook", "youtube"];

    public static bool TryParse(string? name, out Platform platform)
    {
        switch (name?.Trim().ToUpperInvariant())
        {
            case "X" or "TWITTER": platform = Platform.X; return true;
            case "THREADS": platform = Platform.Threads; return true;
            case "INSTAGRAM": platform = Platform.Instagram; return true;
            case "LINE": platform = Platform.Line; return true;
            case "FACEBOOK": platform = Platform.Facebook; return true;
            case "YOUTUBE": platform = Platform.YouTube; return true;
            default: platform = Platform.X; return false;
        }
    }

    public static string ToName(this Platform platform) => platform switch
    {
        Platform.X => "x",
        Platform.Threads => "threads",
        Platform.Instagram => "instagram",
        Platform.Line => "line",
        Platform.Facebook => "facebook",
        _ => "youtube",
    };
}
