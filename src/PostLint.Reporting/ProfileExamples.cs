using System.Text.RegularExpressions;
using PostLint.Configuration;

namespace PostLint.Reporting;

/// <summary>
/// Rule descriptions illustrate the disclosure rules with 石巻市's tags (#石巻市, #石巻市PR, #いしのまき),
/// the guideline that prescribes them. A report written under another profile shows that
/// profile's source tag and variants instead, so a 上越市 officer reads 「#上越市」, not 「#石巻市」;
/// a configuration without a source tag reads 「#〇〇市」.
/// </summary>
internal static partial class ProfileExamples
{
    private const string ExampleSource = "石巻市";

    /// <summary>What is shown when the configuration names no source tag.</summary>
    public const string PlaceholderSource = "〇〇市";

    /// <summary><paramref name="text"/> with 石巻市's example tags replaced by those of <paramref name="options"/>' profile.</summary>
    public static string ForProfile(string text, AnalyzerOptions options)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(options);
        var source = options.SourceTags.IsEmpty ? PlaceholderSource : options.SourceTags[0];
        if (source == ExampleSource || !text.Contains("石巻", StringComparison.Ordinal) && !text.Contains("いしのまき", StringComparison.Ordinal) && !text.Contains("Ishinomaki", StringComparison.Ordinal))
        {
            return text;
        }

        var variants = options.SourceTagVariants;
        var withVariants = ExampleVariant().Replace(text, match =>
        {
            // The examples name three variants in this order; the profile's own take their places.
            var slot = match.Groups["variant"].Value switch { "石巻" => 0, "いしのまき" => 1, _ => 2 };
            return "#" + (variants.IsEmpty ? source : variants[Math.Min(slot, variants.Length - 1)]);
        });
        return ExampleSourceName().Replace(withVariants, source);
    }

    // 石巻市 as an example tag or name, not as the name of its guideline (石巻市ガイドライン 5(1)ア stays).
    [GeneratedRegex("石巻市(?!ガイドライン|ソーシャルメディア)", RegexOptions.CultureInvariant)]
    private static partial Regex ExampleSourceName();

    [GeneratedRegex("#(?<variant>石巻(?!市)|いしのまき|Ishinomaki(?!City))", RegexOptions.CultureInvariant)]
    private static partial Regex ExampleVariant();
}
