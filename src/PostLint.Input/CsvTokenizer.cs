using System.Text;
using PostLint.IO;

namespace PostLint.Input;

/// <summary>What <see cref="CsvTokenizer.Next"/> made of a record.</summary>
internal enum CsvRecordStatus
{
    /// <summary>A record whose fields are in <see cref="CsvTokenizer.Fields"/>.</summary>
    Ok,

    /// <summary>More than the character limit: its fields were not kept.</summary>
    TooLarge,

    /// <summary>A quoted field that reaches the end of the file.</summary>
    UnclosedQuote,

    /// <summary>A quoted field over several lines whose closing quote is followed by more text: a stray quote, not a field.</summary>
    StrayQuote,
}

/// <summary>
/// Splits CSV text into records (RFC 4180: fields separated by commas, records by CRLF or LF,
/// quoted fields may hold commas, doubled quotes and line breaks), and keeps a damaged quote from
/// swallowing the rows after it:
/// <list type="bullet">
/// <item>A quote inside an unquoted field (<c>5" floppy</c>) is a literal character.</item>
/// <item>Text right after a closing quote on the same line (<c>"ab"c</c>) is kept (<c>abc</c>), as
/// spreadsheet programs read it.</item>
/// <item>A quoted field that reaches the end of the file, or that runs over line breaks and is then
/// "closed" by a quote followed by more text, was opened by a stray quote: the record is reported
/// (<see cref="CsvRecordStatus.UnclosedQuote"/> / <see cref="CsvRecordStatus.StrayQuote"/>, with the
/// line the quote opened on) and reading starts again at the line after that one, so the rows the
/// quote swallowed are read as the rows they are.</item>
/// <item>A record over the character limit is read to its end without keeping its fields.</item>
/// </list>
/// Blank lines are not records. Lines are counted from 1; a record's line is the line it starts on.
/// </summary>
internal sealed class CsvTokenizer
{
    private readonly TextReader _reader;
    private readonly int _maxChars;
    private readonly char[] _buffer = new char[1 << 16];
    private readonly StringBuilder _field = new();
    private int _position;
    private int _length;
    private bool _readerDone;
    private string _replay = string.Empty;
    private int _replayPosition;
    private int _line = 1;

    // The text after the first line break of the quoted field being read: read again when that
    // field turns out to have been opened by a stray quote.
    private StringBuilder? _capture;
    private bool _captureOverflow;

    public CsvTokenizer(TextReader reader, int maxChars = InputLimits.MaxRecordChars)
    {
        _reader = reader;
        _maxChars = maxChars;
    }

    public List<string> Fields { get; } = [];

    public CsvRecordStatus Status { get; private set; }

    /// <summary>The 1-based line the record starts on.</summary>
    public int Line { get; private set; }

    /// <summary>The line a bad quote opened on (<see cref="CsvRecordStatus.UnclosedQuote"/>, <see cref="CsvRecordStatus.StrayQuote"/>).</summary>
    public int QuoteLine { get; private set; }

    /// <summary>For a bad quote: true when the lines after <see cref="QuoteLine"/> are read again; false when they were too many to keep (the rest of the file is lost).</summary>
    public bool Resynchronised { get; private set; }

    /// <summary>The characters of the record (also when it was too large to keep).</summary>
    public long Chars { get; private set; }

    private enum State
    {
        FieldStart,
        Unquoted,
        Quoted,
        QuoteInQuoted,
    }

    /// <summary>Reads the next record; false at the end of the input.</summary>
    public bool Next()
    {
        while (true)
        {
            var result = ReadRecord();
            if (result is null)
            {
                return false;
            }

            if (result.Value)
            {
                return true;
            }

            // A blank line: not a record.
        }
    }

    // True: a record; false: a blank line; null: the end.
    private bool? ReadRecord()
    {
        Fields.Clear();
        _field.Clear();
        Status = CsvRecordStatus.Ok;
        Chars = 0;
        Line = _line;
        var overflow = false;
        var state = State.FieldStart;
        var any = false;
        while (true)
        {
            var c = Read();
            if (c < 0)
            {
                switch (state)
                {
                    case State.Quoted:
                        return BadQuote(CsvRecordStatus.UnclosedQuote);
                    case State.FieldStart when !any:
                        return null;
                    default:
                        EndField(overflow);
                        return Finish(overflow);
                }
            }

            any = true;
            switch (state)
            {
                case State.FieldStart when c == '"':
                    state = State.Quoted;
                    QuoteLine = _line;
                    continue;
                case State.FieldStart:
                case State.Unquoted:
                    if (c == ',')
                    {
                        EndField(overflow);
                        state = State.FieldStart;
                    }
                    else if (c is '\n' or '\r')
                    {
                        EndLine(c);
                        if (Fields.Count == 0 && _field.Length == 0 && state == State.FieldStart)
                        {
                            return false;
                        }

                        EndField(overflow);
                        return Finish(overflow);
                    }
                    else
                    {
                        Append((char)c, ref overflow);
                        state = State.Unquoted;
                    }

                    continue;
                case State.Quoted:
                    if (c == '"')
                    {
                        state = State.QuoteInQuoted;
                        continue;
                    }

                    Append((char)c, ref overflow);
                    if (c == '\n')
                    {
                        _line++;
                        if (_capture is null)
                        {
                            _capture = new StringBuilder();
                            _captureOverflow = false;
                        }
                    }

                    continue;
                default: // QuoteInQuoted
                    if (c == '"')
                    {
                        Append('"', ref overflow);
                        state = State.Quoted;
                    }
                    else if (c == ',')
                    {
                        StopCapture();
                        EndField(overflow);
                        state = State.FieldStart;
                    }
                    else if (c is '\n' or '\r')
                    {
                        StopCapture();
                        EndLine(c);
                        EndField(overflow);
                        return Finish(overflow);
                    }
                    else if (_capture is not null)
                    {
                        return BadQuote(CsvRecordStatus.StrayQuote);
                    }
                    else
                    {
                        Append((char)c, ref overflow);
                        state = State.Unquoted;
                    }

                    continue;
            }
        }
    }

    private bool Finish(bool overflow)
    {
        Status = overflow ? CsvRecordStatus.TooLarge : CsvRecordStatus.Ok;
        return true;
    }

    // The quoted field was opened by a stray quote: report the record and read again from the line
    // after the quote's line (what was read since then, then the rest of the input).
    private bool BadQuote(CsvRecordStatus status)
    {
        Status = status;
        Fields.Clear();
        Resynchronised = _capture is not null && !_captureOverflow;
        if (_capture is not null && !_captureOverflow)
        {
            _replay = _capture.ToString() + _replay[_replayPosition..];
            _replayPosition = 0;
            _line = QuoteLine + 1;
        }
        else if (_capture is null)
        {
            // The quote opened on the last line: nothing after it to read again.
            Resynchronised = true;
        }

        _capture = null;
        return true;
    }

    private void StopCapture()
    {
        _capture = null;
        _captureOverflow = false;
    }

    private void EndLine(int c)
    {
        if (c == '\r' && Peek() == '\n')
        {
            Read();
        }

        _line++;
    }

    private void Append(char c, ref bool overflow)
    {
        Chars++;
        if (Chars > _maxChars)
        {
            overflow = true;
            _field.Clear();
            return;
        }

        _field.Append(c);
    }

    private void EndField(bool overflow)
    {
        Fields.Add(overflow ? string.Empty : _field.ToString());
        _field.Clear();
    }

    private int Read()
    {
        int c;
        if (_replayPosition < _replay.Length)
        {
            c = _replay[_replayPosition++];
            if (_replayPosition == _replay.Length)
            {
                _replay = string.Empty;
                _replayPosition = 0;
            }
        }
        else
        {
            if (_position == _length && !Fill())
            {
                return -1;
            }

            c = _buffer[_position++];
        }

        if (_capture is not null)
        {
            if (_capture.Length < _maxChars)
            {
                _capture.Append((char)c);
            }
            else
            {
                _captureOverflow = true;
            }
        }

        return c;
    }

    private int Peek()
    {
        if (_replayPosition < _replay.Length)
        {
            return _replay[_replayPosition];
        }

        if (_position == _length && !Fill())
        {
            return -1;
        }

        return _buffer[_position];
    }

    private bool Fill()
    {
        if (_readerDone)
        {
            return false;
        }

        _length = _reader.Read(_buffer, 0, _buffer.Length);
        _position = 0;
        if (_length == 0)
        {
            _readerDone = true;
            return false;
        }

        return true;
    }
}
