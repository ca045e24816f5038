using System.Globalization;
using System.Text;
using System.Text.Json;
using PostLint.Cli.Infrastructure;

namespace PostLint.Cli.Tests;

/// <summary>Audits of damaged, oversized and unusual inputs: every record is accounted for and the run goes on.</summary>
public sealed class AuditInputHardeningTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly string _config;

    public AuditInputHardeningTests()
    {
        _config = _folder.Write("postlint.json", """{ "rules": { "PL1001": "none" } }""");
    }

    public void Dispose() => _folder.Dispose();

    private (int Exit, string Output, string Error) Audit(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var console = new CliConsole(output, error, errorIsTerminal: false);
        var exit = Program.Run(["audit", "--config", _config, .. args], console);
        return (exit, output.ToString(), error.ToString());
    }

    private static (JsonElement Summary, List<JsonElement> Results) ReadReport(string path)
    {
        using var json = JsonDocument.Parse(File.ReadAllBytes(path));
        var root = json.RootElement.Clone();
        return (root.GetProperty("summary"), [.. root.GetProperty("results").EnumerateArray()]);
    }

    [Fact]
    public void A_lone_surrogate_at_record_5001_of_10001_is_one_pl0001_and_the_audit_goes_on()
    {
        var text = new StringBuilder();
        for (var i = 1; i <= 10_001; i++)
        {
            var body = i == 5_001 ? "切れた絵文字\\ud800" : "お知らせ" + i.ToString(CultureInfo.InvariantCulture);
            text.Append(CultureInfo.InvariantCulture, $"{{\"id\":\"p{i}\",\"text\":\"{body}\"}}\n");
        }

        var input = _folder.Write("posts.jsonl", text.ToString());
        var report = Path.Combine(_folder.Path, "report.json");
        var (exit, _, error) = Audit(input, "--format", "json", "-o", report);
        Assert.Equal(1, exit); // PL0001 is an error-level finding, not a failure of the run
        Assert.DoesNotContain("Exception", error, StringComparison.Ordinal);
        var (summary, results) = ReadReport(report);
        Assert.Equal(10_001, summary.GetProperty("read").GetInt32());
        Assert.Equal(10_000, summary.GetProperty("posts").GetInt32());
        Assert.Equal(1, summary.GetProperty("rejected").GetInt32());
        var rejection = Assert.Single(results, static r => r.GetProperty("ruleId").GetString() == "PL0001");
        Assert.Equal("p5001", rejection.GetProperty("postId").GetString());
        Assert.Equal(5_001, rejection.GetProperty("sourceLine").GetInt32());
        Assert.Equal(5_001, rejection.GetProperty("record").GetInt32());
        Assert.Contains("'text'", rejection.GetProperty("message").GetString(), StringComparison.Ordinal);
    }
}
