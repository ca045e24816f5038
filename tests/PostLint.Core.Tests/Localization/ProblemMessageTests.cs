using System.Text.RegularExpressions;
using PostLint.Configuration;
using PostLint.Input;
using PostLint.Localization;
using PostLint.Tests;

namespace PostLint.Core.Tests.Localization;

/// <summary>
/// PL0001 reasons and PL0002 problems are message ids with arguments: every id the readers use is
/// in both tables, and each is shown in the display language with its arguments verbatim.
/// </summary>
public sealed partial class ProblemMessageTests
{
    /// <summary>Every message id written in a <c>LocalizedMessage.Of("…")</c> or a reader's <c>Problem(at, "…")</c> of PostLint.Core.</summary>
    public static TheoryData<string> IdsUsedInCore() => [.. ScanIds()];

    private static SortedSet<string> ScanIds()
    {
        var ids = new SortedSet<string>(StringComparer.Ordinal);
        // Core finds most problems; the rules report notices, the CLI turns unusable dictionaries
        // into PL0002 and the server words its problem documents (RFC 7807).
        var files = new[] { "PostLint.Core", "PostLint.Morphology", "PostLint.Spelling", "PostLint.Input", "PostLint.Reporting", "PostLint.Rules", "PostLint.Extensions.DependencyInjection", "PostLint.Cli", "PostLint.Server" }
            .SelectMany(static project => Directory.EnumerateFiles(TestPaths.InRepo("src", project), "*.cs", SearchOption.AllDirectories))
            .Where(static file => !file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal));
        foreach (var file in files)
        {
            var source = File.ReadAllText(file);
            foreach (Match match in IdPattern().Matches(source))
            {
                ids.Add(match.Groups["id"].Value);
            }
        }

        return ids;
    }

    [Fact]
    public void The_sources_use_problem_ids()
    {
        // The scan finds what it is meant to: a guard against a pattern that matches nothing.
        var ids = ScanIds();
        Assert.Contains("config.unknownRule", ids);
        Assert.Contains("config.unknownKey.hint", ids);
        Assert.Contains("input.jsonl.noText", ids);
        Assert.Contains("input.csv.fieldCount", ids);
        Assert.True(ids.Count(static id => id.StartsWith("config.", StringComparison.Ordinal)) >= 40, string.Join(", ", ids));
        Assert.True(ids.Count(static id => id.StartsWith("input.", StringComparison.Ordinal)) >= 50, string.Join(", ", ids));
        Assert.Contains("lexicon.entry.noExample", ids);
        Assert.Contains("baseline.fingerprintUnsupported", ids);
        Assert.Contains("frontMatter.ignore.noReason", ids);
        Assert.Contains("file.tooLarge", ids);
        Assert.Contains("notice.PL5003.off", ids);
        Assert.Contains("config.dicdir.noSysDic", ids);
        Assert.True(ids.Count(static id => id.StartsWith("lexicon.", StringComparison.Ordinal)) >= 15, string.Join(", ", ids));
        Assert.True(ids.Count(static id => id.StartsWith("baseline.", StringComparison.Ordinal)) >= 13, string.Join(", ", ids));
        Assert.True(ids.Count(static id => id.StartsWith("frontMatter.", StringComparison.Ordinal)) >= 18, string.Join(", ", ids));
        Assert.Contains("server.host.title", ids);
        Assert.Contains("server.upload.zip.detail", ids);
        Assert.True(ids.Count(static id => id.StartsWith("server.", StringComparison.Ordinal)) >= 45, string.Join(", ", ids));
    }

    [Theory]
    [MemberData(nameof(IdsUsedInCore))]
    public void Every_problem_id_has_both_languages(string id)
    {
        Assert.True(Messages.Japanese.Contains(id), $"{id} is missing from messages-ja.json");
        Assert.True(Messages.English.Contains(id), $"{id} is missing from messages-en.json");
        // A text in words is Japanese; a pure template such as "`{0}`: {1}" has no words to translate.
        if (WordPattern().IsMatch(PlaceholderPattern().Replace(Messages.Japanese[id], string.Empty)))
        {
            Assert.Matches(JapaneseText(), Messages.Japanese[id]);
        }

        Assert.DoesNotMatch(JapaneseText(), Messages.English[id]);
    }

    [Fact]
    public void A_configuration_problem_keeps_its_id_arguments_and_position_and_speaks_either_language()
    {
        var reader = new ConfigurationReader(static id => id == "PL1001");
        reader.Read("{\n  \"rules\": {\n    \"PL9999\": \"error\"\n  },\n  \"platfrm\": \"x\"\n}"u8, "postlint.json", out var problems);

        var rule = Assert.Single(problems, static p => p.MessageId == "config.unknownRule");
        Assert.Equal(("postlint.json", 3, 5), (rule.Path, rule.Line, rule.Column));
        Assert.Equal<object?>(["PL9999"], rule.Arguments);
        Assert.Equal("`rules` の `PL9999` は存在しないルール ID です（ルールの一覧は postlint rules で表示できます）", rule.Message);
        Assert.Equal("unknown rule id 'PL9999' (run 'postlint rules' to list the rules)", rule.MessageIn(Messages.English));
        Assert.Equal("postlint.json(3,5): unknown rule id 'PL9999' (run 'postlint rules' to list the rules)", rule.ToString(Messages.English));

        var key = Assert.Single(problems, static p => p.MessageId == "config.unknownKey.hint");
        Assert.Equal((5, 3), (key.Line, key.Column));
        Assert.Equal("`platfrm` というキーはありません。`platform` の書き間違いではありませんか", key.MessageIn(Messages.Japanese));
        Assert.Equal("unknown key 'platfrm'; did you mean 'platform'?", key.MessageIn(Messages.English));
    }

    [Fact]
    public void A_nested_kind_is_shown_in_the_same_language()
    {
        var reader = new ConfigurationReader(static _ => true);
        reader.Read("{ \"rules\": [] }"u8, "postlint.json", out var problems);
        var problem = Assert.Single(problems);
        Assert.Equal("config.expectedObject", problem.MessageId);
        Assert.Equal("オブジェクト（{ … }）で書いてください。配列になっています", problem.Message);
        Assert.Equal("expected an object, not an array", problem.MessageIn(Messages.English));
    }

    [Fact]
    public void Text_from_outside_postlint_is_kept_verbatim_in_both_languages()
    {
        var problem = new ConfigurationProblem("the lexicon has no '@name' line", "a.tsv", 1, 1);
        Assert.Equal(LocalizedMessage.VerbatimId, problem.MessageId);
        Assert.Equal(problem.MessageIn(Messages.Japanese), problem.MessageIn(Messages.English));
    }

    [Fact]
    public void A_rejected_record_keeps_its_reason_id_and_location()
    {
        var records = JsonLinesReader.Read(new MemoryStream("{\"id\":\"1\",\"text\":\"a\"}\n{\"id\":\"2\"}\n"u8.ToArray()), "posts.jsonl").ToList();
        var rejected = Assert.Single(records, static r => r.Kind == InputRecordKind.Rejected);
        Assert.Equal(("posts.jsonl", 2, 2L, "2"), (rejected.Path, rejected.Line, rejected.RecordNumber, rejected.RecordId));
        Assert.Equal("input.jsonl.noText", rejected.ReasonMessage!.Id);
        Assert.Equal("`text` がありません", rejected.Reason);
        Assert.Equal("the record has no 'text'", rejected.ReasonIn(Messages.English));
    }

    [Fact]
    public void A_reason_inside_a_reason_is_shown_in_the_same_language()
    {
        var csv = "id,text\n1,\"a\n2,b\n"u8.ToArray();
        var rejected = Assert.Single(CsvPostReader.Read(new MemoryStream(csv), "posts.csv"), static r => r.Kind == InputRecordKind.Rejected);
        Assert.Equal("input.csv.resynchronised", rejected.ReasonMessage!.Id);
        Assert.StartsWith("2 行目で始まった引用符が閉じられていません", rejected.Reason, StringComparison.Ordinal);
        Assert.StartsWith("the quote opened on line 2 is never closed", rejected.ReasonIn(Messages.English), StringComparison.Ordinal);

        var wrongType = new RecordFieldException("timestamp", LocalizedMessage.Of("input.export.wrongType", LocalizedMessage.Of("json.kind.wholeNumber"), LocalizedMessage.Of("json.kind.string")));
        Assert.Equal("`timestamp`: 整数で書かれているはずが、文字列になっています", wrongType.Reason.Render(Messages.Japanese));
        Assert.Equal("'timestamp': must be a whole number, not a string", wrongType.Reason.Render(Messages.English));
    }

    [Fact]
    public void Strings_in_a_message_can_be_rewritten_without_losing_the_id()
    {
        var message = LocalizedMessage.Of("config.extends.missing", "base.json", "/srv/upload/base.json");
        var hidden = message.MapStrings(static s => s.Replace("/srv/upload/", string.Empty, StringComparison.Ordinal));
        Assert.Equal("config.extends.missing", hidden.Id);
        Assert.Equal("the file 'base.json' named in 'extends' does not exist (base.json)", hidden.Render(Messages.English));
    }

    [GeneratedRegex("""(?:LocalizedMessage\.Of\(|Problem\((?:[\w.]+), |Reject\((?:[^;]*?), |const string \w+Id = )"(?<id>(?:config|input|json|lexicon|baseline|frontMatter|file|spelling|notice|server)\.[A-Za-z0-9.]+)"[,);]""")]
    private static partial Regex IdPattern();

    [GeneratedRegex(@"\{\d+(?::[^}]*)?\}")]
    private static partial Regex PlaceholderPattern();

    [GeneratedRegex("[A-Za-z]{2,}")]
    private static partial Regex WordPattern();

    [GeneratedRegex(@"[\p{IsHiragana}\p{IsKatakana}\p{IsCJKUnifiedIdeographs}]")]
    private static partial Regex JapaneseText();
}
