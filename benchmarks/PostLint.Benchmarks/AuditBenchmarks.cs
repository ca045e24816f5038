using System.Diagnostics;
using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using PostLint.Analysis;
using PostLint.Configuration;
using PostLint.Input;
using PostLint.Rules;
using PostLint.Rules.Disclosure;
using PostLint.Rules.Operations;
using PostLint.Rules.Profiles;
using PostLint.Morphology;

namespace PostLint.Benchmarks;

/// <summary>
/// The audit path on 20,000 JSON Lines posts: reading alone, and the whole pipeline (read, analyse,
/// in-order hand-over) with one and two workers. The peer is <c>jq -r .text</c> over the same
/// file, the usual way to pull texts out of JSON Lines, run in the same session.
/// </summary>
[MemoryDiagnoser]
public class AuditBenchmarks
{
    private const int Posts = 20_000;
    private string _file = string.Empty;
    private PostAnalysisEngine _engine = null!;

    [Params(1, 2)]
    public int Jobs { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _file = Path.Combine(Path.GetTempPath(), "postlint-audit-bench.jsonl");
        var text = new StringBuilder();
        var time = new DateTimeOffset(2025, 4, 1, 9, 0, 0, TimeSpan.FromHours(9));
        for (var i = 0; i < Posts; i++)
        {
            var tags = (i % 4) switch { 0 => "#PR #石巻市", 1 => "#石巻市 #PR", 2 => "#石巻市 #観光", _ => string.Empty };
            text.Append(CultureInfo.InvariantCulture, $"{{\"id\":\"p{i:D6}\",\"text\":\"石巻市の観光情報をお届けします。日和山公園の桜が見頃を迎えました。{i} {tags}\",\"createdAt\":\"{time.AddMinutes(i * 17):yyyy-MM-ddTHH:mm:sszzz}\"}}\n");
        }

        File.WriteAllText(_file, text.ToString());
        var resolver = new ConfigurationResolver([BuiltInProfiles.Instance], BuiltInRules.CreateAnalyzers().SelectMany(static a => a.SupportedDiagnostics));
        var options = resolver.Merge([new ConfigurationLayer
        {
            Origin = "benchmark",
            SourceTags = ["石巻市"],
            Rules = System.Collections.Immutable.ImmutableDictionary<string, Diagnostics.ReportSeverity>.Empty.Add("PL6001", Diagnostics.ReportSeverity.Warning),
        }.WithSection("operations", """{ "businessHours": "Mon-Fri 08:30-17:15", "timeZone": "Asia/Tokyo" }""")]);
        _engine = new PostAnalysisEngine([new PL1001DisclosureTagOrder(), new PL6001OutsideBusinessHours()], options, morphology: MecabMorphemeAnalyzerProvider.Shared);
    }

    [GlobalCleanup]
    public void Cleanup() => File.Delete(_file);

    [Benchmark(Description = "read JSON Lines (no analysis)")]
    public int Read() => JsonLinesReader.Read(_file).Count(static r => r.Kind == InputRecordKind.Post);

    [Benchmark(Description = "audit pipeline")]
    public int Audit()
    {
        var findings = 0;
        AuditPipeline.Run(JsonLinesReader.Read(_file), _engine, item => findings += item.Result?.Diagnostics.Length ?? 0, new AuditPipelineOptions { Jobs = Jobs });
        return findings;
    }

    [Benchmark(Description = "peer: jq -r .text")]
    public long Jq()
    {
        using var process = Process.Start(new ProcessStartInfo("jq", ["-r", ".text", _file]) { RedirectStandardOutput = true, UseShellExecute = false })!;
        var length = process.StandardOutput.ReadToEnd().Length;
        process.WaitForExit();
        return length;
    }
}
