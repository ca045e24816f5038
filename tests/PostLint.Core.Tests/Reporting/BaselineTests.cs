using System.Text;
using PostLint.Analysis;
using PostLint.Core.Tests.Analysis;
using PostLint.Localization;
using PostLint.Reporting;
using PostLint.Model;

namespace PostLint.Core.Tests.Reporting;

public sealed class BaselineTests
{
    private static readonly PostAnalysisEngine Engine = new([new BadTagAnalyzer()]);

    private static PostResult Analyze(string id, string text)
    {
        var post = new Post(id, text);
        return new PostResult(post, Engine.Analyze(post));
    }

    private static Baseline RoundTrip(params PostResult[] results)
    {
        using var stream = new MemoryStream();
        using (var writer = new BaselineWriter(stream, leaveOpen: true))
        {
            foreach (var result in results)
            {
                writer.Add(result);
            }

            writer.Complete();
        }

        return Baseline.Parse(stream.ToArray(), "baseline.json");
    }

    [Fact]
    public void Written_baseline_suppresses_the_same_findings_and_counts_duplicates()
    {
        var baseline = RoundTrip(Analyze("p1", "#bad と #bad"), Analyze("p2", "#bad"));
        Assert.Equal(3, baseline.Count);

        var p1 = baseline.Apply(Analyze("p1", "#bad と #bad と #bad"));
        Assert.Equal([true, true, false], p1.Diagnostics.Select(static d => d.IsSuppressed)); // two in the baseline, a third is new
        Assert.True(baseline.Apply(Analyze("p2", "#bad")).Diagnostics.Single().IsSuppressed);
        Assert.False(baseline.Apply(Analyze("p3", "#bad")).Diagnostics.Single().IsSuppressed); // another post
    }

    [Fact]
    public void A_large_baseline_is_read_in_pieces_from_a_stream()
    {
        // Far more than one 64 KiB read: every token boundary lands somewhere in a refill.
        var results = Enumerable.Range(0, 5000).Select(i => Analyze("p" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), "#bad と #bad")).ToArray();
        using var stream = new MemoryStream();
        using (var writer = new BaselineWriter(stream, leaveOpen: true))
        {
            foreach (var result in results)
            {
                writer.Add(result);
            }

            writer.Complete();
        }

        Assert.True(stream.Length > 4 * 65536);
        stream.Position = 0;
        var baseline = Baseline.Read(stream, "big.json");
        Assert.Equal(10_000, baseline.Count);
        Assert.All(baseline.Apply(Analyze("p4999", "#bad と #bad")).Diagnostics, static d => Assert.True(d.IsSuppressed));
    }

    [Fact]
    public void A_fingerprint_survives_an_edit_elsewhere_in_the_post()
    {
        var before = Analyze("p1", "お知らせ #bad");
        var baseline = RoundTrip(before);
        var after = baseline.Apply(Analyze("p1", "【更新】市役所からのお知らせです。\n詳しくはこちら #bad"));
        var diagnostic = Assert.Single(after.Diagnostics);
        Assert.NotEqual(before.Diagnostics[0].Span, diagnostic.Span);
        Assert.True(diagnostic.IsSuppressed);
    }

    [Fact]
    public void Suppressed_findings_do_not_count_toward_errors()
    {
        var baseline = RoundTrip(Analyze("p1", "#bad"));
        var summary = new ReportSummary();
        summary.Count(baseline.Apply(Analyze("p1", "#bad")));
        Assert.Equal(0, summary.Warnings);
        Assert.Equal(1, summary.Suppressed);
    }

    [Fact]
    public void The_file_is_versioned_json_with_readable_entries()
    {
        using var stream = new MemoryStream();
        using (var writer = new BaselineWriter(stream, leaveOpen: true))
        {
            writer.Add(Analyze("p1", "#bad と #bad"));
            writer.Complete();
        }

        var json = Encoding.UTF8.GetString(stream.ToArray());
        Assert.Contains("\"version\": 1", json, StringComparison.Ordinal);
        Assert.Contains("\"ruleId\": \"TS0001\"", json, StringComparison.Ordinal);
        Assert.Contains("\"postId\": \"p1\"", json, StringComparison.Ordinal);
        Assert.Contains("\"text\": \"#bad\"", json, StringComparison.Ordinal);
        Assert.Contains("\"count\": 2", json, StringComparison.Ordinal);
        Assert.Contains($"\"fingerprint\": \"{Fingerprint.Compute("p1", "TS0001", "#bad")}\"", json, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"version\": 2, \"findings\": []}", "baseline version 2 is not supported")]
    [InlineData("{\"findings\": []}", "the baseline has no 'version'")]
    [InlineData("[]", "a baseline is a JSON object")]
    [InlineData("{\"version\": 1, \"findings\": [{\"count\": 1}]}", "a finding has no 'fingerprint'")]
    [InlineData("{\"version\": 1, \"findings\": [", "not valid JSON")]
    public void Bad_files_are_reported_with_the_file_name(string json, string message)
    {
        var error = Assert.Throws<InvalidDataException>(() => Baseline.Parse(Encoding.UTF8.GetBytes(json), "b.json"));
        var english = Baseline.ReasonOf(error).Render(Messages.English);
        Assert.StartsWith("b.json", english, StringComparison.Ordinal);
        Assert.Contains(message, english, StringComparison.Ordinal);

        // The exception's own text is the Japanese one, with the same file name first.
        Assert.StartsWith("b.json", error.Message, StringComparison.Ordinal);
        Assert.Equal(Baseline.ReasonOf(error).Render(Messages.Japanese), error.Message);
        Assert.Matches(@"[\p{IsHiragana}\p{IsKatakana}]", error.Message);
    }
}
