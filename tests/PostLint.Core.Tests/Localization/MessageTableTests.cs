using System.Text.RegularExpressions;
using PostLint.Diagnostics;
using PostLint.Localization;

namespace PostLint.Core.Tests.Localization;

/// <summary>The two message tables: the same ids, the same placeholders, and formats that format.</summary>
public sealed partial class MessageTableTests
{
    [Fact]
    public void Every_message_id_exists_in_both_languages()
    {
        var japanese = Messages.Japanese.Ids.ToHashSet(StringComparer.Ordinal);
        var english = Messages.English.Ids.ToHashSet(StringComparer.Ordinal);
        Assert.NotEmpty(japanese);
        Assert.Empty(japanese.Except(english).Order(StringComparer.Ordinal));
        Assert.Empty(english.Except(japanese).Order(StringComparer.Ordinal));
    }

    public static TheoryData<string> MessageIds() => [.. Messages.Japanese.Ids.Union(Messages.English.Ids).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(MessageIds))]
    public void Placeholders_match_between_the_languages(string id)
    {
        Assert.True(Messages.Japanese.Contains(id), $"{id} is missing from messages-ja.json");
        Assert.True(Messages.English.Contains(id), $"{id} is missing from messages-en.json");
        var japanese = Placeholders(Messages.Japanese[id]);
        var english = Placeholders(Messages.English[id]);
        Assert.Equal(english, japanese);

        // Both format with as many arguments as placeholders (no stray brace breaks them).
        var args = Enumerable.Range(0, japanese.Count == 0 ? 0 : japanese.Max() + 1).Select(static i => (object)(1234 + i)).ToArray();
        Assert.NotNull(Messages.Japanese.Format(id, args));
        Assert.NotNull(Messages.English.Format(id, args));
    }

    [Fact]
    public void Placeholder_check_sees_a_missing_placeholder()
    {
        Assert.NotEqual(Placeholders("{0} と {1}"), Placeholders("{0} only"));
        Assert.Equal(Placeholders("{1:N0} / {0}"), Placeholders("{0} of {1}"));
    }

    [Fact]
    public void Severities_are_japanese_words_by_default_and_english_on_request()
    {
        Assert.Equal("エラー", Messages.Japanese.Severity(DiagnosticSeverity.Error));
        Assert.Equal("警告", Messages.Japanese.Severity(DiagnosticSeverity.Warning));
        Assert.Equal("提案", Messages.Japanese.Severity(DiagnosticSeverity.Info));
        Assert.Equal("error", Messages.English.Severity(DiagnosticSeverity.Error));
        Assert.Equal("suggestion", Messages.English.Severity(DiagnosticSeverity.Info));
        Assert.Same(Messages.Japanese, Messages.For(DisplayLanguage.Japanese));
    }

    [Fact]
    public void Counts_use_thousands_separators_and_english_plurals()
    {
        Assert.Equal("エラー 1,234 件", Messages.Japanese.Count("count.error", 1234));
        Assert.Equal("1 error", Messages.English.Count("count.error", 1));
        Assert.Equal("2 errors", Messages.English.Count("count.error", 2));
        Assert.Equal("問題のある投稿 1,234 / 2,000 件", Messages.Japanese.Format("summary.postsWithFindings", 1234, 2000));
    }

    [Fact]
    public void A_rule_without_a_japanese_title_keeps_its_own()
    {
        var custom = new DiagnosticDescriptor("XX0001", "Custom title", "m", DiagnosticCategory.Content, DiagnosticSeverity.Warning, isEnabledByDefault: true);
        Assert.Equal("Custom title", Messages.Japanese.RuleTitle(custom));
        Assert.Equal("入力レコードを読み取れない", Messages.Japanese.RuleTitle(EngineDiagnostics.InputRecord));
        Assert.Equal(EngineDiagnostics.InputRecord.Title, Messages.English.RuleTitle(EngineDiagnostics.InputRecord));
    }

    /// <summary>The placeholder indices of a composite format, ignoring their format specifiers.</summary>
    private static SortedSet<int> Placeholders(string format) =>
        [.. PlaceholderPattern().Matches(format.Replace("{{", string.Empty, StringComparison.Ordinal)).Select(static m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture))];

    [GeneratedRegex(@"\{(\d+)(?:,-?\d+)?(?::[^}]*)?\}")]
    private static partial Regex PlaceholderPattern();
}
