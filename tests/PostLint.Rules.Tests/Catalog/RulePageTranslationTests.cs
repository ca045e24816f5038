using System.Text;
using System.Text.RegularExpressions;
using PostLint.Diagnostics;
using PostLint.Localization;
using PostLint.Tests;

namespace PostLint.Rules.Tests.Catalog;

/// <summary>
/// Every rule has its page twice: docs/rules/PLxxxx.md (English, <c>--lang en</c>) and
/// docs/rules/ja/PLxxxx.md (Japanese, what <c>postlint explain</c> and <c>postlint serve</c> show by
/// default). The Japanese page carries the rule's Japanese title (rules-ja.json), the same sections,
/// prose in Japanese, and exactly the same examples: the same code blocks in the same order and the
/// same set of code spans (rule ids, config keys, tags, command lines), so neither page can show an
/// example or a setting the other lacks.
/// </summary>
public sealed partial class RulePageTranslationTests
{
    /// <summary>The English section headings and their Japanese names, in the order the pages use them.</summary>
    private static readonly Dictionary<string, string> Sections = new(StringComparer.Ordinal)
    {
        ["Cause"] = "原因",
        ["Rule description"] = "ルールの説明",
        ["How to fix"] = "直し方",
        ["Examples"] = "例",
        ["Configuration"] = "設定",
    };

    private static IReadOnlyList<DiagnosticDescriptor> Descriptors() =>
        [.. EngineDiagnostics.All.Concat(BuiltInRules.CreateAnalyzers().SelectMany(static a => a.SupportedDiagnostics)).DistinctBy(static d => d.Id)];

    public static TheoryData<string> RuleIds() => [.. Descriptors().Select(static d => d.Id)];

    private static string English(string id) => TestPaths.InRepo("docs", "rules", id + ".md");

    private static string Japanese(string id) => TestPaths.InRepo("docs", "rules", "ja", id + ".md");

    private static string Read(string path) => File.ReadAllText(path, Encoding.UTF8).ReplaceLineEndings("\n");

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Every_rule_has_an_English_and_a_Japanese_page(string id)
    {
        Assert.True(File.Exists(English(id)), $"docs/rules/{id}.md is missing");
        Assert.True(File.Exists(Japanese(id)), $"docs/rules/ja/{id}.md is missing (the Japanese page postlint explain prints by default)");
    }

    [Fact]
    public void Every_Japanese_page_belongs_to_a_rule_with_an_English_page()
    {
        var ids = Descriptors().Select(static d => d.Id).ToHashSet(StringComparer.Ordinal);
        var strays = Directory.GetFiles(TestPaths.InRepo("docs", "rules", "ja"), "*.md")
            .Select(Path.GetFileNameWithoutExtension)
            .Where(id => !ids.Contains(id!) || !File.Exists(English(id!)))
            .ToList();
        Assert.True(strays.Count == 0, "Japanese pages without a rule or an English page: " + string.Join(", ", strays));
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void The_Japanese_page_is_titled_with_the_rules_Japanese_title(string id)
    {
        var rule = Descriptors().Single(d => d.Id == id);
        var firstLine = Read(Japanese(id)).Split('\n')[0];
        Assert.Equal($"# {id}: {Messages.Japanese.RuleTitle(rule)}", firstLine);
        Assert.Equal($"# {id}: {rule.Title}", Read(English(id)).Split('\n')[0]);
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void The_Japanese_page_has_the_same_sections(string id)
    {
        var english = Headings(Read(English(id)));
        var japanese = Headings(Read(Japanese(id)));
        Assert.Equal(english.Count, japanese.Count);
        for (var i = 0; i < english.Count; i++)
        {
            if (Sections.TryGetValue(english[i], out var name))
            {
                Assert.Equal(name, japanese[i]);
            }
            else
            {
                // A section of its own (e.g. PL1004's relation tags): a Japanese heading, with the same rule ids.
                Assert.Matches(Kana(), japanese[i]);
                Assert.Equal(RuleIdsIn(english[i]), RuleIdsIn(japanese[i]));
            }
        }
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void The_Japanese_pages_prose_is_Japanese(string id)
    {
        var prose = Prose(Read(Japanese(id)));
        var notJapanese = prose.Where(static block => !Kana().IsMatch(StripCode(block))).ToList();
        Assert.True(notJapanese.Count == 0, $"docs/rules/ja/{id}.md has prose without Japanese:\n" + string.Join("\n---\n", notJapanese));

        // A paragraph that is Japanese overall may still keep an English sentence: four Latin words in a
        // row outside code spans are one (names such as 「Welcome to Ishinomaki!」 are three at most).
        var english = prose.SelectMany(static block => EnglishRun().Matches(StripCode(block)).Select(static m => m.Value)).ToList();
        Assert.True(english.Count == 0, $"docs/rules/ja/{id}.md has English left in its prose:\n" + string.Join("\n", english));

        // A line break inside Japanese text shows as a space in the server's page (browsers put one
        // between lines), so a Japanese paragraph is one line.
        var wrapped = prose.SelectMany(static block => JapaneseLineBreak().Matches(block).Select(static m => m.Value)).ToList();
        Assert.True(wrapped.Count == 0, $"docs/rules/ja/{id}.md breaks a line inside Japanese text:\n" + string.Join("\n", wrapped));
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Both_pages_show_the_same_examples(string id)
    {
        var english = Read(English(id));
        var japanese = Read(Japanese(id));
        Assert.Equal(CodeBlocks(english), CodeBlocks(japanese));

        var englishSpans = CodeSpans(english);
        var japaneseSpans = CodeSpans(japanese);
        Assert.True(
            englishSpans.SetEquals(japaneseSpans),
            $"code spans only in docs/rules/{id}.md: {string.Join(" ", englishSpans.Except(japaneseSpans))}\n" +
            $"code spans only in docs/rules/ja/{id}.md: {string.Join(" ", japaneseSpans.Except(englishSpans))}");
    }

    [Fact]
    public void The_checks_see_prose_code_blocks_and_code_spans()
    {
        const string page = "# PL0000: t\n\n| | |\n|---|---|\n| Fix | `a` |\n\n## Cause\n\nSome `b` text\nwrapped.\n\n```json\n{ \"c\": 1 }\n```\n\n- item `d`\n- 日本語の項目\n";
        Assert.Equal(["{ \"c\": 1 }\n"], CodeBlocks(page));
        Assert.Equal(new HashSet<string>(["a", "b", "d"]), CodeSpans(page));
        Assert.Equal(["Some `b` text\nwrapped.", "- item `d`", "- 日本語の項目"], Prose(page));
        Assert.Equal(["Cause"], Headings(page));
        Assert.DoesNotMatch(Kana(), StripCode("- item `日本`"));
        Assert.Matches(EnglishRun(), "日本語の段落に Pages reached over plain HTTP が残っている");
        Assert.Matches(JapaneseLineBreak(), "日本語の段落が\n途中で折り返されている");
        Assert.DoesNotMatch(JapaneseLineBreak(), "日本語の段落です。\n\n- 次の項目");
        Assert.DoesNotMatch(EnglishRun(), StripCode("「Welcome to Ishinomaki!」 と `a b c d e` の例"));
    }

    /// <summary>The <c>##</c> headings, in order.</summary>
    private static List<string> Headings(string page) =>
        [.. page.Split('\n').Where(static l => l.StartsWith("## ", StringComparison.Ordinal)).Select(static l => l[3..].Trim())];

    /// <summary>The contents of the fenced code blocks, in order.</summary>
    private static List<string> CodeBlocks(string page)
    {
        var blocks = new List<string>();
        StringBuilder? current = null;
        foreach (var line in page.Split('\n'))
        {
            if (line.StartsWith("```", StringComparison.Ordinal))
            {
                if (current is null)
                {
                    current = new StringBuilder();
                }
                else
                {
                    blocks.Add(current.ToString());
                    current = null;
                }
            }
            else
            {
                current?.Append(line).Append('\n');
            }
        }

        return blocks;
    }

    /// <summary>The text outside the code blocks.</summary>
    private static string OutsideCodeBlocks(string page)
    {
        var text = new StringBuilder();
        var inBlock = false;
        foreach (var line in page.Split('\n'))
        {
            if (line.StartsWith("```", StringComparison.Ordinal))
            {
                inBlock = !inBlock;
                text.Append('\n');
                continue;
            }

            text.Append(inBlock ? string.Empty : line).Append('\n');
        }

        return text.ToString();
    }

    /// <summary>The contents of the inline code spans outside the code blocks (tables included).</summary>
    private static HashSet<string> CodeSpans(string page) =>
        [.. CodeSpan().Matches(OutsideCodeBlocks(page)).Select(static m => m.Groups["code"].Value)];

    /// <summary>
    /// The prose: paragraphs outside code blocks, tables and headings, with each list item on its own
    /// (every item is written for the reader, so every item must be Japanese).
    /// </summary>
    private static List<string> Prose(string page)
    {
        var blocks = new List<string>();
        var current = new List<string>();
        void Flush()
        {
            if (current.Count > 0)
            {
                blocks.Add(string.Join('\n', current));
                current.Clear();
            }
        }

        foreach (var line in OutsideCodeBlocks(page).Split('\n'))
        {
            if (line.Trim().Length == 0 || line.StartsWith('#') || line.StartsWith('|'))
            {
                Flush();
                continue;
            }

            if (ListItem().IsMatch(line))
            {
                Flush();
            }

            current.Add(line);
        }

        Flush();
        return blocks;
    }

    private static string StripCode(string block) => CodeSpan().Replace(block, " ");

    private static List<string> RuleIdsIn(string text) => [.. RuleId().Matches(text).Select(static m => m.Value)];

    [GeneratedRegex(@"`(?<code>[^`\n]+)`")]
    private static partial Regex CodeSpan();

    /// <summary>Hiragana or katakana: Japanese prose, not a copied English sentence around a kanji place name.</summary>
    [GeneratedRegex(@"[\p{IsHiragana}\p{IsKatakana}]")]
    private static partial Regex Kana();

    [GeneratedRegex(@"[A-Za-z][A-Za-z'-]*(?:\s+[A-Za-z][A-Za-z'-]*){3,}")]
    private static partial Regex EnglishRun();

    /// <summary>A line break with a kana, kanji or full-width character on either side.</summary>
    [GeneratedRegex(@"[\u3000-\u9FFF\uFF00-\uFFEF]\n\s*[\u3000-\u9FFF\uFF00-\uFFEF]")]
    private static partial Regex JapaneseLineBreak();

    [GeneratedRegex(@"^\s*([-*]|\d+\.) ")]
    private static partial Regex ListItem();

    [GeneratedRegex(@"PL\d{4}")]
    private static partial Regex RuleId();
}
