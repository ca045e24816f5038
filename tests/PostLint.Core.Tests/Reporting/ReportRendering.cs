using System.Text;
using PostLint.Reporting;
using PostLint.Analysis;

namespace PostLint.Core.Tests.Reporting;

/// <summary>Writes a whole report (header, results, summary) to memory, as a run does, for the writer tests.</summary>
internal static class ReportRendering
{
    public static string Render(Func<Stream, ReportWriter> create, ReportRun run, IEnumerable<PostResult> results, ReportSummary summary)
    {
        using var stream = new MemoryStream();
        using (var writer = create(stream))
        {
            writer.WriteHeader(run);
            foreach (var result in results)
            {
                summary.Count(result);
                writer.WriteResult(result);
            }

            writer.WriteSummary(summary);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
