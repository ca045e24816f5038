using System.Text;
using PostLint.Cli.Infrastructure;

namespace PostLint.Cli.Tests;

/// <summary>Runs the CLI in-process with captured streams and an optional standard input.</summary>
internal static class CliRunner
{
    public sealed record Result(int ExitCode, string Output, string Error, byte[] OutputBytes);

    public static Result RunWithInput(string? stdin, params string[] args) => RunWithEnvironment(stdin, static _ => null, args);

    /// <summary>
    /// Runs with the given environment variables (the locale decides the language); the other
    /// overloads run with no locale set, so output is Japanese whatever the machine's locale is.
    /// </summary>
    public static Result RunWithEnvironment(string? stdin, Func<string, string?> environment, params string[] args)
    {
        var output = new MemoryStream();
        var outputWriter = new StreamWriter(output, new UTF8Encoding(false), leaveOpen: true);
        var error = new StringWriter();
        var console = new CliConsole(
            outputWriter,
            error,
            () => new MemoryStream(Encoding.UTF8.GetBytes(stdin ?? string.Empty)),
            () =>
            {
                outputWriter.Flush();
                return new NonClosingStream(output);
            })
        {
            GetEnvironmentVariable = environment,
        };
        var exit = Program.Run(args, console);
        outputWriter.Flush();
        var bytes = output.ToArray();
        return new Result(exit, Encoding.UTF8.GetString(bytes), error.ToString(), bytes);
    }

    public static Result Run(params string[] args) => RunWithInput(null, args);

    /// <summary>Lets commands dispose what they opened without closing the captured output.</summary>
    private sealed class NonClosingStream(Stream inner) : Stream
    {
        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => inner.Length;

        public override long Position { get => inner.Position; set => throw new NotSupportedException(); }

        public override void Flush() => inner.Flush();

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => inner.Write(buffer, offset, count);

        public override void Write(ReadOnlySpan<byte> buffer) => inner.Write(buffer);
    }
}

/// <summary>A temporary folder for files a test writes; deleted afterwards.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder() => Path = Directory.CreateTempSubdirectory("postlint-cli-").FullName;

    public string Path { get; }

    public string Write(string name, string text)
    {
        var path = System.IO.Path.Combine(Path, name);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
