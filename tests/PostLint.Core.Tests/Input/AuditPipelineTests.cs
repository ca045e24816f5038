using System.Globalization;
using System.Text;
using PostLint.Analysis;
using PostLint.Diagnostics;
using PostLint.Core.Tests.Analysis;
using PostLint.Input;
using PostLint.Localization;
using PostLint.Reporting;
using PostLint.Model;

namespace PostLint.Core.Tests.Input;

public sealed class AuditPipelineTests
{
    private static readonly PostAnalysisEngine Engine = new([new BadTagAnalyzer(), new LineAnalyzer()]);

    private static string Corpus(int count)
    {
        var text = new StringBuilder();
        for (var i = 1; i <= count; i++)
        {
            if (i % 97 == 0)
            {
                text.Append(CultureInfo.InvariantCulture, $"{{\"id\":\"p{i}\",\"text\":").Append('\n'); // broken record
                continue;
            }

            var body = (i % 3) switch
            {
                0 => $"投稿{i} #bad と #bad",
                1 => $"とても長い行の投稿です、番号は{i}です",
                _ => $"短い{i}",
            };
            text.Append(CultureInfo.InvariantCulture, $"{{\"id\":\"p{i}\",\"text\":\"{body}\"}}\n");
        }

        return text.ToString();
    }

    private static List<string> Run(string jsonl, int jobs, int chunkSize = 16)
    {
        var lines = new List<string>();
        var records = JsonLinesReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(jsonl)), "corpus.jsonl");
        AuditPipeline.Run(
            records,
            Engine,
            item => lines.Add($"{item.Record.RecordNumber} {item.Record.Kind} {item.Result?.Post?.Id} {string.Join(",", item.Result?.Diagnostics.Select(static d => $"{d.Id}@{(d.Location.Kind == DiagnosticLocationKind.Post ? d.Span.ToString() : d.Location.ToString())}") ?? [])}"),
            new AuditPipelineOptions { Jobs = jobs, ChunkSize = chunkSize, ChunksInFlightPerJob = 2 });
        return lines;
    }

    [Fact]
    public void Results_come_in_input_order_and_are_the_same_with_one_and_many_workers()
    {
        var corpus = Corpus(3000);
        var one = Run(corpus, jobs: 1);
        var many = Run(corpus, jobs: 4, chunkSize: 7);
        Assert.Equal(3000, one.Count);
        Assert.Equal(one, many);
        Assert.Equal(Enumerable.Range(1, 3000).Select(static n => n.ToString(CultureInfo.InvariantCulture)), many.Select(static l => l[..l.IndexOf(' ', StringComparison.Ordinal)]));
        Assert.Contains("3 Post p3 TS0001@[4..8),TS0001@[11..15)", many);
        Assert.Contains("97 Rejected  PL0001@corpus.jsonl(97)", many);
    }

    [Fact]
    public void Every_record_is_accounted_for()
    {
        var summary = new ReportSummary();
        var records = JsonLinesReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(Corpus(500))), "c.jsonl")
            .Concat([InputRecord.Skip("c.jsonl", 501, 501, "retweet")]);
        AuditPipeline.Run(records, Engine, item =>
        {
            switch (item.Record.Kind)
            {
                case InputRecordKind.Post: summary.Posts++; break;
                case InputRecordKind.Rejected: summary.Rejected++; break;
                default: summary.Skipped++; Assert.Null(item.Result); break;
            }

            if (item.Result is { } result)
            {
                summary.Count(result);
            }
        });

        Assert.Equal(501, summary.Read);
        Assert.Equal(5, summary.Rejected);
        Assert.Equal(1, summary.Skipped);
        Assert.Equal(495, summary.Posts);
        Assert.Equal(5, summary.ByRule["PL0001"]);
    }

    [Fact]
    public void A_rejected_record_becomes_pl0001_with_its_file_line_and_record_number()
    {
        var record = InputRecord.Reject("x.jsonl", 12, 9, LocalizedMessage.Of("input.jsonl.invalidUtf8", 22), "p9");
        var result = AuditPipeline.Analyze(Engine, record)!;
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("PL0001", diagnostic.Id);
        Assert.Equal("レコードを読み取れませんでした: 9 件目のレコード: 行の 22 バイト目が UTF-8 として正しくありません", diagnostic.Message);
        var english = Assert.Single(AuditPipeline.Analyze(Engine, record, Messages.English)!.Diagnostics);
        Assert.EndsWith(": record 9: not valid UTF-8 at byte 22 of the line", english.Message, StringComparison.Ordinal);
        Assert.Null(result.Post);
        Assert.Equal(DiagnosticLocation.InFile("x.jsonl", 12), diagnostic.Location);
        Assert.Equal("9", diagnostic.Properties[PostResult.RecordNumberProperty]);
        Assert.Equal("p9", diagnostic.Properties[PostResult.RecordIdProperty]);
    }

    [Fact]
    public void Cancellation_stops_the_run()
    {
        using var cancel = new CancellationTokenSource();
        var seen = 0;
        Assert.ThrowsAny<OperationCanceledException>(() => AuditPipeline.Run(
            InfiniteRecords(),
            Engine,
            _ =>
            {
                if (++seen == 100)
                {
                    cancel.Cancel();
                }
            },
            new AuditPipelineOptions { Jobs = 2 },
            cancel.Token));
        Assert.True(seen >= 100);
    }

    [Fact]
    public void A_failing_reader_keeps_its_records_and_one_pl0001_stands_for_the_rest()
    {
        var items = new List<AuditItem>();
        AuditPipeline.Run(FailingRecords(), Engine, items.Add, new AuditPipelineOptions { Jobs = 2, ChunkSize = 4 });
        Assert.Equal(11, items.Count);
        Assert.Equal(10, items.Count(static i => i.Record.Kind == InputRecordKind.Post));
        Assert.Equal("the rest of the file was not read (it was read up to record 1 (line 1)): disk gone", items[^1].Record.ReasonIn(Messages.English));
    }

    private static IEnumerable<InputRecord> InfiniteRecords()
    {
        for (var i = 1; ; i++)
        {
            yield return InputRecord.Accept(new Post("p" + i.ToString(CultureInfo.InvariantCulture), "#bad"));
        }
    }

    private static IEnumerable<InputRecord> FailingRecords()
    {
        for (var i = 0; i < 10; i++)
        {
            yield return InputRecord.Accept(new Post("p", "#bad"));
        }

        throw new IOException("disk gone");
    }
}
