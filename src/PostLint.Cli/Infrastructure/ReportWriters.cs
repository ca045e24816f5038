using PostLint.Reporting;

namespace PostLint.Cli.Infrastructure;

/// <summary>Creates the report writer for <c>--format</c>, on standard output or an atomically written file.</summary>
internal sealed class ReportTarget : IDisposable
{
    private readonly AtomicFile? _file;
    private readonly Stream _stream;
    private readonly TextWriter? _textWriter;
    private bool _writerDisposed;
    private bool _textWriterDisposed;

    private ReportTarget(ReportWriter writer, AtomicFile? file, Stream stream, TextWriter? textWriter)
    {
        Writer = writer;
        _file = file;
        _stream = stream;
        _textWriter = textWriter;
    }

    public ReportWriter Writer { get; }

    /// <param name="audit">The report of an audit (its summary counts posts with findings and never hints at --fix).</param>
    public static ReportTarget Open(ReportFormat format, string? outputPath, CliConsole console, bool showSuppressed = false, bool audit = false)
    {
        AtomicFile? file = outputPath is null ? null : AtomicFile.Create(outputPath);
        var stream = file?.Stream ?? console.OpenOutput();
        var color = file is null && console.UseColor;
        TextWriter? text = null;
        TextWriter Text() => text ??= file is null ? console.Output : new StreamWriter(stream, new System.Text.UTF8Encoding(false), 1 << 16, leaveOpen: true);
        ReportWriter writer = format switch
        {
            ReportFormat.Json => new JsonReportWriter(stream, leaveOpen: true),
            ReportFormat.Sarif => new SarifReportWriter(stream, leaveOpen: true),
            ReportFormat.GitHub => new GitHubReportWriter(Text(), console.Messages, showSuppressed),
            ReportFormat.Csv => new CsvReportWriter(stream, console.Messages, leaveOpen: true),
            _ => new TextReportWriter(Text(), new TextReportOptions { Messages = console.Messages, Color = color, IsAudit = audit, ShowSuppressed = showSuppressed }),
        };
        return new ReportTarget(writer, file, stream, text);
    }

    /// <summary>The report file, when the report goes to one (to commit it together with other files).</summary>
    public AtomicFile? File => _file;

    /// <summary>Flushes and, for a file, moves it into place unless <paramref name="commit"/> is false (the caller commits <see cref="File"/>).</summary>
    public void Complete(bool commit = true)
    {
        // The writer flushes into the stream when disposed: do it before the file is closed and moved.
        DisposeWriter();
        DisposeOwnTextWriter();
        _stream.Flush();
        if (commit)
        {
            _file?.Commit();
        }
    }

    // The StreamWriter over a report file is ours (the console's writer is not): it must be flushed
    // and closed while the file stream is still open, because disposing it later flushes into a
    // stream that Commit has already closed.
    private void DisposeOwnTextWriter()
    {
        if (_textWriter is null)
        {
            return;
        }

        if (_file is null)
        {
            _textWriter.Flush();
            return;
        }

        if (!_textWriterDisposed)
        {
            _textWriterDisposed = true;
            _textWriter.Dispose();
        }
    }

    private void DisposeWriter()
    {
        if (!_writerDisposed)
        {
            _writerDisposed = true;
            Writer.Dispose();
        }
    }

    public void Dispose()
    {
        DisposeWriter();
        if (_file is not null)
        {
            DisposeOwnTextWriter();
            _file.Dispose();
        }
    }
}
