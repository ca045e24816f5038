using System.Text.Json;
using PostLint.Tests;

namespace PostLint.Cli.Tests.Commands;

/// <summary>
/// PL0001 and PL0002 that the CLI reports are located in their file (with line and column when
/// known), never on a stand-in post: no postId, no span, in JSON and in SARIF.
/// </summary>
public sealed class ProblemLocationTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task A_front_matter_problem_is_pl0002_at_its_line_and_column_in_json_and_sarif()
    {
        var bad = _folder.Write("bad.txt", "---\nsponsored: yes\n---\n本文\n");
        var empty = _folder.Write("empty.txt", "\n");

        var json = CliRunner.Run("check", bad, empty, "--profile", "ishinomaki", "--format", "json");
        Assert.Equal(1, json.ExitCode);
        using var document = JsonDocument.Parse(json.Output);
        var results = document.RootElement.GetProperty("results").EnumerateArray().ToList();
        var configuration = Assert.Single(results, static r => r.GetProperty("ruleId").GetString() == "PL0002");
        Assert.Equal(("file", bad, 2, 12), (configuration.GetProperty("scope").GetString(), configuration.GetProperty("source").GetString(), configuration.GetProperty("sourceLine").GetInt32(), configuration.GetProperty("sourceColumn").GetInt32()));
        var input = Assert.Single(results, static r => r.GetProperty("ruleId").GetString() == "PL0001");
        Assert.Equal(("file", empty), (input.GetProperty("scope").GetString(), input.GetProperty("source").GetString()));
        Assert.False(input.TryGetProperty("sourceLine", out _));
        Assert.All([configuration, input], static r =>
        {
            Assert.False(r.TryGetProperty("postId", out _));
            Assert.False(r.TryGetProperty("start", out _));
            Assert.False(r.TryGetProperty("line", out _));
        });

        var sarif = CliRunner.Run("check", bad, empty, "--profile", "ishinomaki", "--format", "sarif");
        var schema = await NJsonSchema.JsonSchema.FromFileAsync(TestPaths.TestData("sarif", "sarif-schema-2.1.0.json"));
        Assert.Empty(schema.Validate(sarif.Output));
        using var log = JsonDocument.Parse(sarif.Output);
        var sarifResults = log.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().ToList();
        var located = Assert.Single(sarifResults, static r => r.GetProperty("ruleId").GetString() == "PL0002").GetProperty("locations")[0];
        Assert.EndsWith("bad.txt", located.GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString(), StringComparison.Ordinal);
        var region = located.GetProperty("physicalLocation").GetProperty("region");
        Assert.Equal((2, 12), (region.GetProperty("startLine").GetInt32(), region.GetProperty("startColumn").GetInt32()));
        Assert.False(located.TryGetProperty("logicalLocations", out _));
        var whole = Assert.Single(sarifResults, static r => r.GetProperty("ruleId").GetString() == "PL0001").GetProperty("locations")[0].GetProperty("physicalLocation");
        Assert.False(whole.TryGetProperty("region", out _));
        Assert.All(
            sarifResults.Where(static r => r.GetProperty("ruleId").GetString()!.StartsWith("PL0", StringComparison.Ordinal)),
            static r => Assert.False(r.TryGetProperty("properties", out var p) && p.TryGetProperty("postId", out _)));

        var text = CliRunner.Run("check", bad, "--profile", "ishinomaki");
        Assert.Contains($"{bad}(2,12): エラー PL0002:", text.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_key_of_postlint_json_is_pl0002_at_its_line_and_column()
    {
        var draft = _folder.Write("d.txt", "#PR #石巻市 牡蠣\n");
        var config = _folder.Write("postlint.json", "{\n  \"extends\": \"ishinomaki\",\n  \"colour\": true\n}\n");
        var result = CliRunner.Run("check", draft, "--config", config);
        Assert.Equal(2, result.ExitCode);
        Assert.Matches($@"(?m)^{System.Text.RegularExpressions.Regex.Escape(config)}\(3,3\): エラー PL0002: ", result.Error);
    }

    [Fact]
    public void No_spelling_dictionary_is_one_pl0004_for_the_run_and_the_check_goes_on()
    {
        var first = _folder.Write("a.txt", "#石巻市 #PR\nWelcom to Ishinomaki\n");
        var second = _folder.Write("b.txt", "#石巻市 #PR\nOysters\n");
        var config = _folder.Write("postlint.json", """{ "extends": "ishinomaki", "rules": { "PL5003": "warning" }, "spelling": { "dictionary": "none" } }""");
        var result = CliRunner.Run("check", first, second, "--config", config, "--format", "json");
        Assert.Equal(1, result.ExitCode);
        using var document = JsonDocument.Parse(result.Output);
        var results = document.RootElement.GetProperty("results").EnumerateArray().ToList();
        var notice = Assert.Single(results, static r => r.GetProperty("ruleId").GetString() == "PL0004");
        Assert.Equal("run", notice.GetProperty("scope").GetString());
        Assert.Equal("suggestion", notice.GetProperty("severity").GetString());
        Assert.Contains("spelling.dictionary が none", notice.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.False(notice.TryGetProperty("source", out _));
        Assert.DoesNotContain(results, static r => r.GetProperty("ruleId").GetString() == "PL5003");
        Assert.Equal(2, results.Count(static r => r.GetProperty("ruleId").GetString() == "PL1001"));
        Assert.Equal(2, document.RootElement.GetProperty("summary").GetProperty("posts").GetInt32());
    }
}
