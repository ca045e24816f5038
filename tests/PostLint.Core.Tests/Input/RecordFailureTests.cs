using System.Globalization;
using System.Text;
using PostLint.Analysis;
using PostLint.Core.Tests.Analysis;
using PostLint.Input;
using PostLint.Localization;
using PostLint.Model;
using PostLint.Morphology;
using static PostLint.Core.Tests.Input.InputTestHelpers;

namespace PostLint.Core.Tests.Input;

/// <summary>A record that cannot be read is one PL0001 and every other record is still read.</summary>
public sealed class RecordFailureTests
{
    private const int Count = 10_001;
    private const int Bad = 5_001;

    // A JSON string escape of half an emoji: valid JSON, but no .NET string can hold it.
    private const string LoneSurrogate = "\\ud800";

    private static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static void AssertOneBadRecord(List<InputRecord> records, string field, int line)
    {
        Assert.Equal(Count, records.Count);
        Assert.Equal(Count - 1, records.Count(static r => r.Kind == InputRecordKind.Post));
        var rejected = Assert.Single(records, static r => r.Kind == InputRecordKind.Rejected);
        Assert.Equal(Bad, rejected.RecordNumber);
        Assert.Equal(line, rejected.Line);
        Assert.StartsWith($"'{field}': the string holds a lone surrogate escape", rejected.ReasonIn(Messages.English), StringComparison.Ordinal);
        Assert.Equal(Count, records[^1].RecordNumber);
    }

    [Fact]
    public void Json_lines_a_lone_surrogate_rejects_its_record_and_the_rest_is_read()
    {
        var text = new StringBuilder();
        for (var i = 1; i <= Count; i++)
        {
            var body = i == Bad ? "切れた絵文字" + LoneSurrogate : "投稿" + Number(i);
            text.Append("{\"id\":\"p").Append(Number(i)).Append("\",\"text\":\"").Append(body).Append("\"}\n");
        }

        AssertOneBadRecord(ReadJsonLines(text.ToString()), "text", Bad);
    }

    [Fact]
    public void X_archive_a_lone_surrogate_rejects_its_tweet_and_the_rest_is_read()
    {
        using var folder = new TempFolder();
        var text = new StringBuilder("window.YTD.tweets.part0 = [\n");
        for (var i = 1; i <= Count; i++)
        {
            var body = i == Bad ? "切れた絵文字" + LoneSurrogate : "投稿" + Number(i);
            text.Append(i == 1 ? string.Empty : ",\n")
                .Append("{\"tweet\":{\"id_str\":\"").Append(Number(i)).Append("\",\"full_text\":\"").Append(body)
                .Append("\",\"created_at\":\"Sat Feb 18 12:33:11 +0000 2023\"}}");
        }

        folder.Write("data/tweets.js", text.Append("\n]").ToString());
        AssertOneBadRecord([.. XArchiveReader.Read(folder.Path)], "full_text", Bad + 1);
    }

    [Fact]
    public void Facebook_a_lone_surrogate_rejects_its_post_and_the_rest_is_read()
    {
        using var folder = new TempFolder();
        var text = new StringBuilder("[\n");
        for (var i = 1; i <= Count; i++)
        {
            var body = i == Bad ? "切れた絵文字" + LoneSurrogate : "投稿" + Number(i);
            text.Append(i == 1 ? string.Empty : ",\n")
                .Append("{\"timestamp\":").Append(Number(1_700_000_000 + i)).Append(",\"data\":[{\"post\":\"").Append(body).Append("\"}]}");
        }

        folder.Write("posts/your_posts_1.json", text.Append("\n]").ToString());
        AssertOneBadRecord([.. FacebookReader.Read(folder.Path)], "post", Bad + 1);
    }

    [Fact]
    public void Instagram_a_lone_surrogate_rejects_its_post_and_the_rest_is_read()
    {
        using var folder = new TempFolder();
        var text = new StringBuilder("[\n");
        for (var i = 1; i <= Count; i++)
        {
            var body = i == Bad ? "切れた絵文字" + LoneSurrogate : "投稿" + Number(i);
            text.Append(i == 1 ? string.Empty : ",\n")
                .Append("{\"media\":[{\"uri\":\"media/").Append(Number(i)).Append(".jpg\",\"creation_timestamp\":1718409600,\"title\":\"")
                .Append(body).Append("\"}],\"title\":\"\"}");
        }

        folder.Write("content/posts_1.json", text.Append("\n]").ToString());
        AssertOneBadRecord([.. InstagramReader.Read(folder.Path)], "title", Bad + 1);
    }

    [Theory]
    [InlineData("{\"timestamp\":1700000000,\"data\":\"本文\"}", "'data': must be an array, not a string")]
    [InlineData("{\"timestamp\":\"昨日\",\"data\":[{\"post\":\"本文\"}]}", "'timestamp': must be a whole number, not a string")]
    [InlineData("{\"timestamp\":1700000000,\"data\":[{\"post\":42}]}", "'post': must be a string, not a number")]
    [InlineData("{\"timestamp\":1700000000,\"data\":[{\"post\":\"本文\"}],\"attachments\":[{\"data\":[{\"external_context\":{\"url\":true}}]}]}", "'url': must be a string, not a boolean")]
    public void Facebook_a_field_of_the_wrong_type_is_pl0001_not_a_skipped_post(string element, string reason)
    {
        using var folder = new TempFolder();
        folder.Write("your_posts_1.json", "[\n{\"timestamp\":1,\"data\":[{\"post\":\"前\"}]},\n" + element + ",\n{\"timestamp\":2,\"data\":[{\"post\":\"後\"}]}\n]");
        var records = FacebookReader.Read(folder.Path).ToList();
        Assert.Equal([InputRecordKind.Post, InputRecordKind.Rejected, InputRecordKind.Post], records.Select(static r => r.Kind));
        Assert.Equal(reason, records[1].ReasonIn(Messages.English));
        Assert.Equal(3, records[1].Line);
        Assert.Equal(2, records[1].RecordNumber);
    }

    [Theory]
    [InlineData("{\"media\":[{\"uri\":\"m/2.jpg\",\"title\":\"\"}],\"title\":7}", "'title': must be a string, not a number")]
    [InlineData("{\"media\":{\"uri\":\"m/2.jpg\"},\"title\":\"本文\"}", "'media': must be an array, not an object")]
    [InlineData("{\"media\":[{\"uri\":\"m/2.jpg\",\"title\":\"本文\"}],\"creation_timestamp\":[1]}", "'creation_timestamp': must be a whole number, not an array")]
    public void Instagram_a_field_of_the_wrong_type_is_pl0001_not_a_skipped_post(string element, string reason)
    {
        using var folder = new TempFolder();
        folder.Write("posts_1.json", "[\n{\"media\":[{\"uri\":\"m/1.jpg\",\"title\":\"前\"}]},\n" + element + ",\n{\"media\":[{\"uri\":\"m/3.jpg\",\"title\":\"後\"}]}\n]");
        var records = InstagramReader.Read(folder.Path).ToList();
        Assert.Equal([InputRecordKind.Post, InputRecordKind.Rejected, InputRecordKind.Post], records.Select(static r => r.Kind));
        Assert.Equal(reason, records[1].ReasonIn(Messages.English));
    }

    [Fact]
    public void A_reader_that_throws_keeps_what_it_read_and_the_next_source_is_read()
    {
        var records = RecordGuard.Guard(ThrowsAfter("a.jsonl", 3), "a.jsonl")
            .Concat(RecordGuard.Guard(() => throw new UnauthorizedAccessException("Access to the path 'b' is denied."), "b.jsonl"))
            .Concat(RecordGuard.Guard(ThrowsAfter("c.jsonl", 0), "c.jsonl"))
            .ToList();
        Assert.Equal(
            [
                "a.jsonl(1) #1 post p1",
                "a.jsonl(2) #2 post p2",
                "a.jsonl(3) #3 post p3",
                "a.jsonl(3) #4 rejected: the rest of the file was not read (it was read up to record 3 (line 3)): disk gone",
                "b.jsonl(1) #1 rejected: the rest of the file was not read (nothing of it was read): Access to the path 'b' is denied.",
                "c.jsonl(1) #1 rejected: the rest of the file was not read (nothing of it was read): disk gone",
            ],
            records.Select(static r => r.ToString(Messages.English)));
    }

    [Fact]
    public void The_pipeline_turns_a_reader_failure_into_pl0001_and_keeps_every_record_read()
    {
        var engine = new PostAnalysisEngine([new BadTagAnalyzer()], morphology: MecabMorphemeAnalyzerProvider.Shared);
        var items = new List<AuditItem>();
        AuditPipeline.Run(ThrowsAfter("a.jsonl", 10), engine, items.Add, new AuditPipelineOptions { Jobs = 2, ChunkSize = 4 });
        Assert.Equal(11, items.Count);
        Assert.All(items.Take(10), static i => Assert.Equal(InputRecordKind.Post, i.Record.Kind));
        var last = items[^1];
        Assert.Equal(InputRecordKind.Rejected, last.Record.Kind);
        Assert.Equal("PL0001", Assert.Single(last.Result!.Diagnostics).Id);
        Assert.EndsWith("disk gone", last.Record.ReasonIn(Messages.English), StringComparison.Ordinal);
    }

    [Fact]
    public void Cancellation_is_not_turned_into_a_rejection()
    {
        Assert.Throws<OperationCanceledException>(() => RecordGuard.Guard(() => throw new OperationCanceledException(), "a").ToList());
    }

    private static IEnumerable<InputRecord> ThrowsAfter(string path, int count)
    {
        for (var i = 1; i <= count; i++)
        {
            yield return InputRecord.Accept(new Post("p" + Number(i), "本文") { Source = new PostSource(path, i, i) });
        }

        throw new IOException("disk gone");
    }
}
