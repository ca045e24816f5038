using System.Text;
using System.Text.Json;
using PostLint.Configuration;
using PostLint.Localization;

namespace PostLint.Core.Tests.Localization;

/// <summary>
/// System.Text.Json's English reasons for JSON it cannot read are said in the display language:
/// a hand-edited postlint.json with a missing comma reads Japanese by default (issue 13, item 7).
/// </summary>
public sealed class JsonErrorTextTests
{
    private static string ReaderError(string json)
    {
        try
        {
            var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json), new JsonReaderOptions { CommentHandling = JsonCommentHandling.Disallow });
            while (reader.Read())
            {
            }
        }
        catch (JsonException e)
        {
            return e.Message;
        }

        throw new InvalidOperationException("the JSON was read without an error: " + json);
    }

    public static TheoryData<string, string, string, string> Mistakes() => new()
    {
        { "{ \"a\": 1 \"b\": 2 }", "json.syntax.invalidAfterValue", "値のあとに '\"' があります", "'\"' follows a value where a comma" },
        { "{ \"a\": yes }", "json.syntax.invalidStartOfValue", "値の始まりに 'y' は書けません", "'y' cannot start a value" },
        { "{ \"a\": tru }", "json.syntax.invalidLiteral", "' は JSON の値ではありません（true・false・null か", "' is not a JSON value (use true, false, null" },
        { "{ \"a\": @ }", "json.syntax.invalidStartOfValue", "値の始まりに '@' は書けません", "'@' cannot start a value" },
        { "{ \"a\" 1 }", "json.syntax.invalidAfterPropertyName", "キーのあとに '1' があります", "'1' follows a key where ':' was expected" },
        { "{ a: 1 }", "json.syntax.invalidStartOfPropertyName", "キーの始まりに 'a' は書けません", "'a' cannot start a key" },
        { "{ \"a\": [1, 2 }", "json.syntax.withoutMatchingOpen", "'}' に対応する開きかっこがありません", "'}' has no matching opening bracket" },
        { "{ \"a\": 1 ", "json.syntax.unclosed", "閉じかっこのないオブジェクトか配列があります", "an object or array is never closed" },
        { "{ \"a\": \"x ", "json.syntax.unclosedString", "文字列を閉じる \" がないまま終わっています", "it ends inside a string" },
        { "{ \"a\": 1 } }", "json.syntax.invalidAfterSingleValue", "JSON の値のあとに余分な '}' があります", "an extra '}' follows the JSON value" },
        { "{ \"a\": 1. }", "json.syntax.invalidNumber", "数値の中に ' ' は書けません", "' ' cannot appear in a number" },
        { "", "json.syntax.empty", "中身が空です", "it is empty" },
    };

    [Theory]
    [MemberData(nameof(Mistakes))]
    public void A_json_mistake_is_said_in_either_language(string json, string id, string japanese, string english)
    {
        var message = JsonErrorText.Describe(ReaderError(json));
        Assert.Equal(id, message.Id);
        Assert.Contains(japanese, message.Render(Messages.Japanese), StringComparison.Ordinal);
        Assert.Contains(english, message.Render(Messages.English), StringComparison.Ordinal);
    }

    [Fact]
    public void A_hand_edited_configuration_with_a_missing_comma_is_japanese_by_default()
    {
        var reader = new ConfigurationReader(static _ => true);
        reader.Read("{\n  \"extends\": \"ishinomaki\"\n  \"platform\": \"x\"\n}"u8, "postlint.json", out var problems);
        var problem = Assert.Single(problems);
        Assert.Equal("config.invalidJson", problem.MessageId);
        Assert.Equal(3, problem.Line);
        Assert.Equal("JSON として正しく書かれていません（値のあとに '\"' があります。「,」か閉じかっこが必要です（カンマの書き忘れではありませんか））", problem.Message);
        Assert.DoesNotContain("LineNumber", problem.MessageIn(Messages.English), StringComparison.Ordinal);
        Assert.StartsWith("not valid JSON: '\"' follows a value", problem.MessageIn(Messages.English), StringComparison.Ordinal);
    }

    [Fact]
    public void An_unclosed_configuration_is_japanese_by_default()
    {
        var reader = new ConfigurationReader(static _ => true);
        reader.Read("{ \"extends\": \"ishinomaki\", \"rules\": { \"PL1001\": \"error\" } "u8, "postlint.json", out var problems);
        Assert.Equal("JSON として正しく書かれていません（閉じかっこのないオブジェクトか配列があります）", Assert.Single(problems).Message);
    }

    [Fact]
    public void A_reason_no_pattern_knows_is_kept_verbatim()
    {
        var message = JsonErrorText.Describe("Something new went wrong. LineNumber: 0 | BytePositionInLine: 1.");
        Assert.Equal(LocalizedMessage.VerbatimId, message.Id);
        Assert.Equal("Something new went wrong.", message.Render(Messages.Japanese));
    }
}
