using System.Diagnostics;
using System.Globalization;
using PostLint.Input;

namespace PostLint.Cli.Infrastructure;

/// <summary>
/// The audit's progress bar on standard error — only when standard error is a terminal, so logs
/// and pipes never get progress bytes. Shows the share of input bytes read, posts, posts per
/// second and the time left, redrawn at most ten times a second from the thread that writes the
/// report (so report lines and the bar never interleave), and erased at the end.
/// </summary>
internal sealed class ProgressReporter
{
    private const int BarWidth = 24;
    private static readonly long RedrawTicks = Stopwatch.Frequency / 10;

    private readonly TextWriter _error;
    private readonly InputProgress _progress;
    private readonly Action? _flushOutput;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private long _nextDraw;
    private bool _drawn;

    public ProgressReporter(TextWriter error, InputProgress progress, Action? flushOutput)
    {
        _error = error;
        _progress = progress;
        _flushOutput = flushOutput;
    }

    /// <summary>Redraws the bar when it is due; cheap to call for every record.</summary>
    public void Update(long records)
    {
        var now = _clock.ElapsedTicks;
        if (now < _nextDraw)
        {
            return;
        }

        _nextDraw = now + RedrawTicks;
        Draw(records);
    }

    private void Draw(long records)
    {
        var total = _progress.TotalBytes;
        var read = Math.Min(_progress.ReadBytes, total);
        var fraction = total > 0 ? (double)read / total : 0;
        var seconds = _clock.Elapsed.TotalSeconds;
        var rate = seconds > 0 ? records / seconds : 0;
        var filled = (int)Math.Round(fraction * BarWidth);
        var eta = fraction > 0.001 && seconds > 0.5 ? Format(TimeSpan.FromSeconds(seconds / fraction - seconds)) : "--:--";
        var line = string.Create(
            CultureInfo.InvariantCulture,
            $"[{new string('#', filled)}{new string('-', BarWidth - filled)}] {fraction * 100,3:0}%  {records:N0} posts  {rate:N0} posts/s  ETA {eta}");
        Clear();
        _flushOutput?.Invoke();
        _error.Write(line);
        _error.Flush();
        _drawn = true;
    }

    /// <summary>Erases the bar (before the summary, or when the run stops).</summary>
    public void Finish()
    {
        Clear();
        _error.Flush();
    }

    private void Clear()
    {
        if (_drawn)
        {
            _error.Write("\r\u001b[K");
            _drawn = false;
        }
    }

    private static string Format(TimeSpan time) =>
        time.TotalHours >= 1
            ? string.Create(CultureInfo.InvariantCulture, $"{(int)time.TotalHours}:{time.Minutes:00}:{time.Seconds:00}")
            : string.Create(CultureInfo.InvariantCulture, $"{time.Minutes}:{time.Seconds:00}");
}
