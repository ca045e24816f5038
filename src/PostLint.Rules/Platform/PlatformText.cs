using System.Globalization;
using PostLint.Model;
using TargetPlatform = PostLint.Model.Platform;

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

    /// <summary>What is too long, as the writer knows it: 「Xの投稿」, 「Instagramのキャプション」.</summary>
    public static string Subject(TargetPlatform platform, bool longPost) => platform switch
    {
        TargetPlatform.X => longPost ? "Xの長文投稿（X Premium）" : "Xの投稿",
        TargetPlatform.Instagram => "Instagramのキャプション",
        TargetPlatform.Line => "LINEのメッセージ（吹き出し1つ）",
        TargetPlatform.YouTube => "YouTubeの概要欄",
        _ => DisplayName(platform) + "の投稿",
    };

    /// <summary>
    /// A length in the words a writer counts in. X counts Japanese characters as 2 and shows
    /// Japanese writers a limit of 140, so X lengths are 全角換算 (weighted ÷ 2; a half-width
    /// character is half of one): 「全角換算で225文字」. Other platforms count characters.
    /// </summary>
    public static string LengthWithUnit(LengthUnit unit, int length) => unit switch
    {
        LengthUnit.XWeighted => $"全角換算で{Count(unit, length)}文字",
        LengthUnit.ThreadsCharacters => $"{Count(unit, length)}文字（絵文字はUTF-8のバイト数で数えます）",
        _ => $"{Count(unit, length)}文字",
    };

    /// <summary>A limit in the writer's words: 「全角140文字」 on X, 「2,200文字」 elsewhere.</summary>
    public static string Length(LengthUnit unit, int length) =>
        unit == LengthUnit.XWeighted ? $"全角{Count(unit, length)}文字" : $"{Count(unit, length)}文字";

    /// <summary>A count in the writer's unit: on X weighted ÷ 2 (「85」, 「85.5」), elsewhere the count itself.</summary>
    public static string Count(LengthUnit unit, int count) =>
        unit != LengthUnit.XWeighted
            ? count.ToString("N0", CultureInfo.InvariantCulture)
            : count % 2 == 0
                ? (count / 2).ToString("N0", CultureInfo.InvariantCulture)
                : (count / 2).ToString("N0", CultureInfo.InvariantCulture) + ".5";
}
