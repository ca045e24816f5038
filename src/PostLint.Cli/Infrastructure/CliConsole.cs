using PostLint.Localization;

namespace PostLint.Cli.Infrastructure;

/// <summary>
/// The streams a command uses. The process entry point passes the real console; tests pass
/// string writers and memory streams, so every verb can be tested in-process.
/// </summary>
public sealed class CliConsole
{
    public CliConsole(TextWriter output, TextWriter error, Func<Stream>? openInput = null, Func<Stream>? openOutput = null, bool isTerminal = false, bool errorIsTerminal = false)
    {
        Output = output;
        Error = error;
        OpenInput = openInput ?? (static () => Console.OpenStandardInput());
        OpenOutput = openOutput ?? (() => new TextWriterStream(output));
        IsTerminal = isTerminal;
        ErrorIsTerminal = errorIsTerminal;
    }

    /// <summary>Standard output as text.</summary>
    public TextWriter Output { get; }

    public TextWriter Error { get; }

    /// <summary>Opens standard input as bytes.</summary>
    public Func<Stream> OpenInput { get; }

    /// <summary>Opens standard output as bytes (for JSON, SARIF and raw UTF-8 output).</summary>
    public Func<Stream> OpenOutput { get; }

    /// <summary>True when standard output is a terminal (colours).</summary>
    public bool IsTerminal { get; }

    /// <summary>True when standard error is a terminal (progress bars go there, and only then).</summary>
    public bool ErrorIsTerminal { get; }

    /// <summary>Cancels long runs from outside (tests; the process console cancels on Ctrl-C through <see cref="ListenForInterrupt"/>).</summary>
    public CancellationToken Cancellation { get; init; }

    /// <summary>
    /// Starts turning Ctrl-C (SIGINT) and SIGTERM into a call of the given action, until the result
    /// is disposed; null when the console has no process signals (tests).
    /// </summary>
    public Func<Action, IDisposable>? ListenForInterrupt { get; init; }

    /// <summary>
    /// What every command prints is looked up here: Japanese unless <c>--lang en</c> or an
    /// English locale chose English (<see cref="LanguageSelection"/>; set once by <c>Program.Run</c>).
    /// </summary>
    public Messages Messages
    {
        // Read at first use: `postlint --version` prints no message at all.
        get => _messages ??= Messages.Japanese;
        set => _messages = value;
    }

    private Messages? _messages;

    /// <summary>The command's own words (help, usage errors) in the language of <see cref="Messages"/>.</summary>
    public PostLint.Cli.Localization.CliText Text => PostLint.Cli.Localization.CliText.For(Messages.Language);

    /// <summary>Reads an environment variable (tests give a fixed environment, so the locale of the machine does not matter).</summary>
    public Func<string, string?> GetEnvironmentVariable { get; init; } = Environment.GetEnvironmentVariable;

    /// <summary>Colours on a terminal only, and never when NO_COLOR is set or TERM is dumb.</summary>
    public bool UseColor =>
        IsTerminal &&
        string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR")) &&
        !string.Equals(Environment.GetEnvironmentVariable("TERM"), "dumb", StringComparison.Ordinal);

    public static CliConsole FromProcess()
    {
        var output = new StreamWriter(Console.OpenStandardOutput(), new System.Text.UTF8Encoding(false)) { AutoFlush = false };
        var error = new StreamWriter(Console.OpenStandardError(), new System.Text.UTF8Encoding(false)) { AutoFlush = true };
        return new CliConsole(
            output,
            error,
            static () => Console.OpenStandardInput(),
            () =>
            {
                output.Flush();
                return Console.OpenStandardOutput();
            },
            isTerminal: !Console.IsOutputRedirected,
            errorIsTerminal: !Console.IsErrorRedirected)
        {
            ListenForInterrupt = static interrupt => new InterruptListener(interrupt),
        };
    }
}

/// <summary>Writes UTF-8 bytes into a <see cref="TextWriter"/>, decoding across buffer boundaries.</summary>
internal sealed class TextWriterStream : Stream
{
    private readonly TextWriter _writer;
    private readonly System.Text.Decoder _decoder = new System.Text.UTF8Encoding(false).GetDecoder();
    private char[] _chars = new char[4096];

    public TextWriterStream(TextWriter writer) => _writer = writer;

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        var needed = _decoder.GetCharCount(buffer, flush: false);
        if (needed > _chars.Length)
        {
            _chars = new char[needed];
        }

        var written = _decoder.GetChars(buffer, _chars, flush: false);
        _writer.Write(_chars, 0, written);
    }

    public override void Flush() => _writer.Flush();

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();
}

/// <summary>
/// Turns Ctrl-C and SIGTERM into a cancellation while a long command runs: the first signal asks
/// the command to stop cleanly (it removes its partial output); the process is not killed.
/// </summary>
internal sealed class InterruptListener : IDisposable
{
    private readonly Action _interrupt;
    private readonly System.Runtime.InteropServices.PosixSignalRegistration? _terminate;

    public InterruptListener(Action interrupt)
    {
        _interrupt = interrupt;
        Console.CancelKeyPress += OnCancelKeyPress;
        try
        {
            _terminate = System.Runtime.InteropServices.PosixSignalRegistration.Create(System.Runtime.InteropServices.PosixSignal.SIGTERM, OnSignal);
        }
        catch (PlatformNotSupportedException)
        {
            _terminate = null;
        }
    }

    private int _presses;

    private void OnCancelKeyPress(object? sender, ConsoleCancelEventArgs e)
    {
        // The first Ctrl-C stops the command cleanly; a second one ends the process at once.
        if (Interlocked.Increment(ref _presses) == 1)
        {
            e.Cancel = true;
            _interrupt();
        }
    }

    private void OnSignal(System.Runtime.InteropServices.PosixSignalContext context)
    {
        // Like Ctrl-C: the first SIGTERM asks for a clean stop; a second one is not held back, so a
        // run stuck in a system call (a read from a hung network drive) still ends.
        if (Interlocked.Increment(ref _presses) == 1)
        {
            context.Cancel = true;
            _interrupt();
        }
    }

    public void Dispose()
    {
        Console.CancelKeyPress -= OnCancelKeyPress;
        _terminate?.Dispose();
    }
}
