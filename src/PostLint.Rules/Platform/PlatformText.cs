using PostLint.Syntax;
using TargetPlatform = PostLint.Syntax.Platform;

namespace PostLint.Rules.Platform;

/// <summary>How the platform rules' messages name platforms and counting units.</summary>
internal static class PlatformText
{
    public static string DisplayName(TargetPlatform platform) => platform switch
    {
        TargetPlatform.X => "X",
        TargetPlatform.Threads => "Threads",
        TargetPlatform.Instagram => "Instagram",
        TargetPlatform.Line => "LINE",
        TargetPlatform.Facebook => "Facebook",
        _ => "YouTube",
    };

    public static string UnitName(LengthUnit unit) => unit switch
    {
        LengthUnit.XWeighted => "twitter-text の重み付き文字数。全角と絵文字は2、URLは23と数える",
        LengthUnit.ThreadsCharacters => "文字数。絵文字はUTF-8のバイト数で数える",
        LengthUnit.Graphemes => "文字数。改行や絵文字も1文字と数える",
        _ => "文字数。UTF-16の単位で数える",
    };
}
