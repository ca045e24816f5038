using System.Text.RegularExpressions;
using PostLint.Cli.Localization;

namespace PostLint.Cli.Tests.Commands;

/// <summary>--help of the root and of every verb is Japanese by default and English with --lang en (issue 13, item 7).</summary>
public sealed partial class HelpLanguageTests
{
    public static TheoryData<string[]> HelpCommands() =>
    [
        ["--help"],
        ["check", "--help"],
        ["fix", "--help"],
        ["audit", "--help"],
        ["rules", "--help"],
        ["explain", "--help"],
        ["init", "--help"],
        ["spell", "--help"],
        ["tokenize", "--help"],
        ["serve", "--help"],
    ];

    [Theory]
    [MemberData(nameof(HelpCommands))]
    public void Help_is_japanese_by_default(string[] args)
    {
        var result = CliRunner.Run(args);
        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("説明:", result.Output, StringComparison.Ordinal);
        Assert.Contains("オプション:", result.Output, StringComparison.Ordinal);
        Assert.Contains("ヘルプ（使い方）を表示します。", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Description:", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Show help and usage information", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("[default:", result.Output, StringComparison.Ordinal);

        // No English description of the CLI table is on screen.
        foreach (var id in CliText.English.Ids.Where(static i => i.StartsWith("option.", StringComparison.Ordinal) || i.StartsWith("command.", StringComparison.Ordinal) || i.StartsWith("argument.", StringComparison.Ordinal)))
        {
            Assert.DoesNotContain(CliText.English[id], result.Output, StringComparison.Ordinal);
        }

        // No line of the help is an English sentence (a run of three English words).
        foreach (var line in result.Output.Split('\n'))
        {
            var description = DescriptionColumn().Match(line);
            var prose = description.Success ? description.Groups[1].Value : line.Trim();
            Assert.False(EnglishWords().IsMatch(prose), $"English in the Japanese help: {line}");
        }
    }

    [Theory]
    [MemberData(nameof(HelpCommands))]
    public void Lang_en_gives_english_help(string[] args)
    {
        var result = CliRunner.Run([.. args, "--lang", "en"]);
        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("Description:", result.Output, StringComparison.Ordinal);
        Assert.Contains("Show help and usage information.", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("ヘルプ（使い方）", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_help_names_the_new_options_in_japanese()
    {
        var result = CliRunner.Run("check", "--help");
        Assert.Contains(CliText.Japanese["option.select"], result.Output, StringComparison.Ordinal);
        Assert.Contains(CliText.Japanese["option.quiet"], result.Output, StringComparison.Ordinal);
        Assert.Contains(CliText.Japanese["option.printConfig"], result.Output, StringComparison.Ordinal);
        Assert.Contains(CliText.Japanese["option.diff"], result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Description = ", result.Output, StringComparison.Ordinal);
        var english = CliRunner.RunWithEnvironment(null, static n => n == "LANG" ? "en_US.UTF-8" : null, "check", "--help");
        Assert.Contains("Run only these rules", english.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Both_cli_tables_hold_the_same_ids_and_placeholders()
    {
        var japanese = CliText.Japanese.Ids.ToHashSet(StringComparer.Ordinal);
        var english = CliText.English.Ids.ToHashSet(StringComparer.Ordinal);
        Assert.True(japanese.Count > 100);
        Assert.Empty(japanese.Except(english));
        Assert.Empty(english.Except(japanese));
        foreach (var id in japanese)
        {
            Assert.Equal(Placeholders(CliText.English[id]), Placeholders(CliText.Japanese[id]));
        }
    }

    [Fact]
    public void Every_text_id_the_command_uses_is_in_the_table()
    {
        // The ids written in the source: a typo would throw at run time.
        var source = PostLint.Tests.TestPaths.InRepo("src", "PostLint.Cli");
        foreach (var file in Directory.EnumerateFiles(source, "*.cs", SearchOption.AllDirectories))
        {
            foreach (Match match in UsedId().Matches(File.ReadAllText(file)))
            {
                Assert.True(CliText.Japanese.Contains(match.Groups[1].Value), $"{Path.GetFileName(file)} uses '{match.Groups[1].Value}', which is not in cli-ja.json");
            }
        }
    }

    private static SortedSet<string> Placeholders(string format) => [.. PlaceholderPattern().Matches(format).Select(static m => m.Groups[1].Value)];

    [GeneratedRegex(@"\{(\d+)")]
    private static partial Regex PlaceholderPattern();

    [GeneratedRegex(@"[Tt]ext(?:\[|\.Format\()""([a-zA-Z.]*[a-zA-Z])""")]
    private static partial Regex UsedId();

    // "  --option <X>   description" → description
    [GeneratedRegex(@"^\s{2}\S.*?\s{2,}(\S.*)$")]
    private static partial Regex DescriptionColumn();

    [GeneratedRegex(@"\b[A-Za-z]{2,}\s+[a-z]{2,}\s+[a-z]{2,}\b")]
    private static partial Regex EnglishWords();
}
