using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using PostLint.Diagnostics;
using PostLint.Localization;
using PostLint.Analysis;

namespace PostLint.Reporting;

/// <summary>
/// Findings accepted as they are, so that only new findings fail the next audit. A finding is
/// identified by its <see cref="Fingerprint"/> (post id, rule id and the text it covers, not its
/// offsets), so it stays matched when the post is edited elsewhere; the baseline keeps a count per
/// fingerprint, so a post with the same finding twice needs both entries. Engine problems
/// (PL0001–PL0003) are never baselined: a record that cannot be read must be looked at.
/// <para>File format (JSON, UTF-8):
/// <c>{"version":1,"tool":{"name":"postlint","version":"…"},"fingerprint":"postlint/v1","findings":[{"fingerprint":"…","ruleId":"PL1001","postId":"…","text":"#石巻市","count":1}]}</c>.
/// Only <c>fingerprint</c> and <c>count</c> are used for matching; <c>ruleId</c>, <c>postId</c> and
/// <c>text</c> are there for people reading a diff of the file.</para>
/// </summary>
public sealed class Baseline
{
    /// <summary>The <c>version</c> written in baseline files; files of another version are refused.</summary>
    public const int FormatVersion = 1;

    // Fingerprints as numbers: a baseline of a million findings stays in tens of megabytes.
    private readonly Dictionary<UInt128, int> _remaining;

    private Baseline(Dictionary<UInt128, int> remaining)
    {
        _remaining = remaining;
        Count = remaining.Values.Sum();
    }

    /// <summary>The number of findings the baseline holds.</summary>
    public int Count { get; }

    /// <summary>A baseline that suppresses nothing.</summary>
    public static Baseline Empty => new([]);

    /// <summary>True for findings a baseline stores: not silent, not an engine problem.</summary>
    public static bool IsBaselined(Diagnostic diagnostic)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        return diagnostic.Severity != DiagnosticSeverity.Hidden && !diagnostic.Id.StartsWith("PL0", StringComparison.Ordinal);
    }

    /// <summary>Reads a baseline file, streaming it (the file is not held in memory).</summary>
    public static Baseline Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        return Read(stream, path);
    }

    /// <summary>Reads a baseline; throws <see cref="InvalidDataException"/> naming the file and the problem.</summary>
    public static Baseline Parse(byte[] utf8, string path)
    {
        ArgumentNullException.ThrowIfNull(utf8);
        using var stream = new MemoryStream(utf8, writable: false);
        return Read(stream, path);
    }

    /// <summary>
    /// Reads a baseline token by token from a stream through a small buffer that grows only to
    /// hold the longest single token. Only <c>version</c> and the <c>fingerprint</c>/<c>count</c> of
    /// each finding are read; everything else is skipped.
    /// </summary>
    public static Baseline Read(Stream stream, string path)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var remaining = new Dictionary<UInt128, int>();
        var buffer = new byte[1 << 16];
        var length = 0;
        var final = false;
        var state = new JsonReaderState(new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });
        var parser = new Parser(path, remaining);
        try
        {
            while (true)
            {
                if (!final && length < buffer.Length)
                {
                    var read = stream.Read(buffer, length, buffer.Length - length);
                    length += read;
                    final = read == 0;
                }

                var reader = new Utf8JsonReader(buffer.AsSpan(0, length), final, state);
                while (reader.Read())
                {
                    parser.Accept(ref reader);
                }

                var consumed = (int)reader.BytesConsumed;
                state = reader.CurrentState;
                if (final && consumed == length)
                {
                    break;
                }

                if (consumed == 0 && length == buffer.Length)
                {
                    // One token is longer than the buffer.
                    Array.Resize(ref buffer, buffer.Length * 2);
                }

                buffer.AsSpan(consumed, length - consumed).CopyTo(buffer);
                length -= consumed;
                if (final && consumed == 0)
                {
                    throw Invalid(path, LocalizedMessage.Of("baseline.truncated"));
                }
            }

            parser.Finish();
        }
        catch (JsonException e)
        {
            throw Invalid(string.Create(CultureInfo.InvariantCulture, $"{path}({(e.LineNumber ?? 0) + 1})"), LocalizedMessage.Of("baseline.invalidJson", JsonErrorText.Describe(e.Message)), e);
        }

        return new Baseline(remaining);
    }

    /// <summary>
    /// Why a baseline could not be read, with its file, in either display language (an
    /// <see cref="InvalidDataException"/> from <see cref="Read"/>; other exceptions keep their
    /// own text from .NET).
    /// </summary>
    public static LocalizedMessage ReasonOf(Exception exception) => IO.BoundedFile.ReasonOf(exception);

    private static InvalidDataException Invalid(string where, LocalizedMessage problem, Exception? inner = null)
    {
        var reason = LocalizedMessage.Of("baseline.problem", where, problem);
        var exception = new InvalidDataException(reason.ToString(), inner);
        exception.Data["PostLint.Reason"] = reason;
        return exception;
    }

    /// <summary>The baseline's structure, one token at a time (tokens may arrive across buffer refills).</summary>
    private sealed class Parser(string path, Dictionary<UInt128, int> remaining)
    {
        private string? _topProperty;
        private string? _findingProperty;
        private bool _sawRoot;
        private int _version;
        private bool _sawFindings;
        private UInt128? _fingerprint;
        private int _count = 1;

        public void Accept(ref Utf8JsonReader reader)
        {
            var depth = reader.CurrentDepth;
            switch (reader.TokenType)
            {
                case JsonTokenType.StartObject when depth == 0:
                    _sawRoot = true;
                    return;
                case JsonTokenType.PropertyName when depth == 1:
                    _topProperty = reader.GetString();
                    return;
                case JsonTokenType.Number when depth == 1 && _topProperty == "version":
                    Expect(reader.TryGetInt32(out _version), path, LocalizedMessage.Of("baseline.versionNotNumber"));
                    Expect(_version == FormatVersion, path, LocalizedMessage.Of("baseline.versionUnsupported", _version, FormatVersion));
                    return;
                case JsonTokenType.String when depth == 1 && _topProperty == "fingerprint":
                    // Fingerprints of another algorithm would silently match nothing: every finding would look new.
                    var algorithm = reader.GetString();
                    Expect(algorithm == Fingerprint.SarifKey, path, LocalizedMessage.Of("baseline.fingerprintUnsupported", algorithm, Fingerprint.SarifKey));
                    return;
                case JsonTokenType.StartArray when depth == 1 && _topProperty == "findings":
                    _sawFindings = true;
                    return;
                case JsonTokenType.StartObject when depth == 2 && _topProperty == "findings":
                    _fingerprint = null;
                    _count = 1;
                    return;
                case JsonTokenType.PropertyName when depth == 3 && _topProperty == "findings":
                    _findingProperty = reader.GetString();
                    return;
                case JsonTokenType.String when depth == 3 && _topProperty == "findings" && _findingProperty == "fingerprint":
                    Expect(Fingerprint.TryParse(reader.GetString(), out var value), path, LocalizedMessage.Of("baseline.fingerprintNotHex"));
                    _fingerprint = value;
                    return;
                case JsonTokenType.Number when depth == 3 && _topProperty == "findings" && _findingProperty == "count":
                    Expect(reader.TryGetInt32(out _count) && _count > 0, path, LocalizedMessage.Of("baseline.countNotPositive"));
                    return;
                case JsonTokenType.EndObject when depth == 2 && _topProperty == "findings":
                    Expect(_fingerprint is not null, path, LocalizedMessage.Of("baseline.findingNoFingerprint"));
                    remaining[_fingerprint!.Value] = remaining.GetValueOrDefault(_fingerprint.Value) + _count;
                    return;
                default:
                    if (depth == 1 && _topProperty == "fingerprint" && reader.TokenType != JsonTokenType.PropertyName)
                    {
                        Expect(false, path, LocalizedMessage.Of("baseline.fingerprintNotString", Fingerprint.SarifKey));
                    }

                    if (depth == 1 && _topProperty == "findings" && reader.TokenType is not (JsonTokenType.StartArray or JsonTokenType.EndArray))
                    {
                        Expect(false, path, LocalizedMessage.Of("baseline.findingsNotArray"));
                    }

                    return;
            }
        }

        public void Finish()
        {
            Expect(_sawRoot, path, LocalizedMessage.Of("baseline.notObject"));
            Expect(_version == FormatVersion, path, LocalizedMessage.Of("baseline.noVersion"));
            Expect(_sawFindings, path, LocalizedMessage.Of("baseline.noFindings"));
        }
    }

    private static void Expect(bool condition, string path, LocalizedMessage message)
    {
        if (!condition)
        {
            throw Invalid(path, message);
        }
    }

    /// <summary>
    /// Marks the findings of a post that the baseline holds as suppressed (each baseline entry
    /// suppresses as many findings as its count). Not thread-safe: call it in input order from one
    /// thread, so that which duplicate is suppressed does not depend on scheduling.
    /// </summary>
    public PostResult Apply(PostResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        // Baselines hold findings in posts: a result without a post (PL0001–PL0003) has none.
        if (_remaining.Count == 0 || result.Diagnostics.IsEmpty || result.Post is not { } post)
        {
            return result;
        }

        ImmutableArray<Diagnostic>.Builder? changed = null;
        for (var i = 0; i < result.Diagnostics.Length; i++)
        {
            var diagnostic = result.Diagnostics[i];
            if (IsBaselined(diagnostic) && !diagnostic.IsSuppressed)
            {
                var fingerprint = Fingerprint.ComputeValue(post, diagnostic);
                if (_remaining.TryGetValue(fingerprint, out var left) && left > 0)
                {
                    _remaining[fingerprint] = left - 1;
                    if (changed is null)
                    {
                        changed = ImmutableArray.CreateBuilder<Diagnostic>(result.Diagnostics.Length);
                        changed.AddRange(result.Diagnostics, i);
                    }

                    changed.Add(diagnostic.WithSuppression(true));
                    continue;
                }
            }

            changed?.Add(diagnostic);
        }

        return changed is null ? result : result with { Diagnostics = changed.MoveToImmutable() };
    }
}

/// <summary>
/// Writes a baseline as results come (in input order), so that writing one for a million posts
/// keeps memory flat: findings of one post with the same fingerprint become one entry with a count.
/// </summary>
public sealed class BaselineWriter : IDisposable
{
    private readonly Utf8JsonWriter _writer;
    private readonly Stream _stream;
    private readonly bool _leaveOpen;
    private readonly Dictionary<string, (Diagnostic Diagnostic, string Text, int Count)> _post = new(StringComparer.Ordinal);
    private readonly List<string> _order = [];
    private bool _completed;

    /// <summary>Starts a baseline document on <paramref name="stream"/>; call <see cref="Complete"/> after the last result.</summary>
    /// <param name="stream">Where the JSON goes.</param>
    /// <param name="leaveOpen">True to leave <paramref name="stream"/> open when the writer is disposed.</param>
    public BaselineWriter(Stream stream, bool leaveOpen = false)
    {
        ArgumentNullException.ThrowIfNull(stream);
        _stream = stream;
        _leaveOpen = leaveOpen;
        _writer = new Utf8JsonWriter(stream, JsonReportWriter.WriterOptions);
        _writer.WriteStartObject();
        _writer.WriteNumber("version", Baseline.FormatVersion);
        _writer.WriteStartObject("tool");
        _writer.WriteString("name", ReportRun.ToolName);
        _writer.WriteString("version", ReportRun.ToolVersion);
        _writer.WriteEndObject();
        _writer.WriteString("fingerprint", Fingerprint.SarifKey);
        _writer.WriteStartArray("findings");
    }

    /// <summary>The number of findings written so far.</summary>
    public long Findings { get; private set; }

    /// <summary>Adds the baselined findings of one post (see <see cref="Baseline.IsBaselined"/>); results without a post are ignored.</summary>
    public void Add(PostResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result.Diagnostics.IsEmpty || result.Post is not { } post)
        {
            return;
        }

        _post.Clear();
        _order.Clear();
        foreach (var diagnostic in result.Diagnostics)
        {
            if (!Baseline.IsBaselined(diagnostic))
            {
                continue;
            }

            var fingerprint = Fingerprint.Compute(post, diagnostic);
            if (_post.TryGetValue(fingerprint, out var entry))
            {
                _post[fingerprint] = entry with { Count = entry.Count + 1 };
            }
            else
            {
                var span = diagnostic.Span;
                var text = span.End <= post.Text.Length ? post.Text.Substring(span.Start, span.Length) : string.Empty;
                _post[fingerprint] = (diagnostic, text, 1);
                _order.Add(fingerprint);
            }
        }

        foreach (var fingerprint in _order)
        {
            var (diagnostic, text, count) = _post[fingerprint];
            _writer.WriteStartObject();
            _writer.WriteString("fingerprint", fingerprint);
            _writer.WriteString("ruleId", diagnostic.Id);
            _writer.WriteString("postId", post.Id);
            _writer.WriteString("text", text);
            _writer.WriteNumber("count", count);
            _writer.WriteEndObject();
            Findings += count;
        }

        if (_writer.BytesPending > 64 * 1024)
        {
            _writer.Flush();
        }
    }

    /// <summary>Closes the JSON document and flushes it.</summary>
    public void Complete()
    {
        _writer.WriteEndArray();
        _writer.WriteNumber("total", Findings);
        _writer.WriteEndObject();
        _writer.Flush();
        _stream.Write("\n"u8);
        _stream.Flush();

        // Nothing is left to flush: the stream may be closed (an atomic file moved into place) before this writer is disposed.
        _completed = true;
        _writer.Dispose();
    }

    /// <summary>Releases the writer and, unless told to leave it open, the stream. A baseline not completed is left unfinished.</summary>
    public void Dispose()
    {
        if (!_completed)
        {
            _writer.Dispose();
        }

        if (!_leaveOpen)
        {
            _stream.Dispose();
        }
    }

    /// <summary>The number of findings written, for logs.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"baseline writer ({Findings} findings)");
}
