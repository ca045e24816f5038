using System.Text;
using PostLint.Input;
using PostLint.Tests;

namespace PostLint.Core.Tests.Input;

internal static class InputTestHelpers
{
    public static string Fixture(params string[] parts) => TestPaths.InRepo(["tests", "PostLint.Core.Tests", "Input", "Fixtures", .. parts]);

    public static string Sample(params string[] parts) => TestPaths.InRepo(["samples", .. parts]);

    public static MemoryStream Utf8(string text) => new(Encoding.UTF8.GetBytes(text));

    public static List<InputRecord> ReadJsonLines(string text, InputReaderOptions? options = null) =>
        [.. JsonLinesReader.Read(Utf8(text), "test.jsonl", options)];

    public static List<InputRecord> ReadCsv(string text, InputReaderOptions? options = null) =>
        [.. CsvPostReader.Read(Utf8(text), "test.csv", options)];

    /// <summary>A temporary folder removed at the end of the test.</summary>
    public sealed class TempFolder : IDisposable
    {
        public TempFolder()
        {
            Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "postlint-tests-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(Path);
        }

        public string Path { get; }

        public string Write(string relative, string text) => Write(relative, Encoding.UTF8.GetBytes(text));

        public string Write(string relative, byte[] bytes)
        {
            var full = System.IO.Path.Combine(Path, relative);
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
            File.WriteAllBytes(full, bytes);
            return full;
        }

        public void Dispose()
        {
            try
            {
                Directory.Delete(Path, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }
}
