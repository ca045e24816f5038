using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using PostLint.Analysis;
using PostLint.Diagnostics;

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
    public const int FormatVersion = 1;

    private readonly Dictionary<string, int> _remaining;

    private Baseline(Dictionary<string, int> remaining)
    {
        _remaining = remaining;
        Count = remaining.Values.Sum();
    }

    /// <summary>The number of findings the baseline holds.</summary>
    public int Count { get; }

    public static Baseline Empty => new([]);

    /// <summary>True for findings a baseline stores: not silent, not an engine problem.</summary>
    public static bool IsBaselined(Diagnostic diagnostic)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        return diagnostic.Severity != DiagnosticSeverity.Hidden && !diagnostic.Id.StartsWith("PL0", StringComparison.Ordinal);
    }

    public static Baseline Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return Parse(File.ReadAllBytes(path), path);
    }

    /// <summary>Reads a baseline file; throws <see cref="InvalidDataException"/> naming the file and the problem.</summary>
    public static Baseline Parse(ReadOnlySpan<byte> utf8, string path)
    {
        var remaining = new Dictionary<string, int>(StringComparer.Ordinal);
        try
        {
            var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });
            Expect(reader.Read() && reader.TokenType == JsonTokenType.StartObject, path, "a baseline is a JSON object");
            var version = 0;
            var sawFindings = false;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (reader.ValueTextEquals("version"u8))
                {
                    reader.Read();
                    Expect(reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out version), path, "'version' must be a number");
                    Expect(version == FormatVersion, path, $"baseline version {version} is not supported (this postlint reads version {FormatVersion})");
                }
                else if (reader.ValueTextEquals("findings"u8))
                {
                    reader.Read();
                    Expect(reader.TokenType == JsonTokenType.StartArray, path, "'findings' must be an array");
                    sawFindings = true;
                    while (reader.Read() && reader.TokenType == JsonTokenType.StartObject)
                    {
                        ReadFinding(ref reader, path, remaining);
                    }
                }
                else
                {
                    reader.Read();
                    reader.Skip();
                }
            }

            Expect(version == FormatVersion, path, "the baseline has no 'version'");
            Expect(sawFindings, path, "the baseline has no 'findings'");
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{path}({(e.LineNumber ?? 0) + 1}): the baseline is not valid JSON: {e.Message}", e);
        }

        return new Baseline(remaining);
    }

    private static void ReadFinding(ref Utf8JsonReader reader, string path, Dictionary<string, int> remaining)
    {
        string? fingerprint = null;
        var count = 1;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("fingerprint"u8))
            {
                reader.Read();
                fingerprint = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
            }
            else if (reader.ValueTextEquals("count"u8))
            {
                reader.Read();
                Expect(reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out count) && count > 0, path, "'count' must be a positive number");
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }

        Expect(!string.IsNullOrEmpty(fingerprint), path, "a finding has no 'fingerprint'");
        remaining[fingerprint!] = remaining.GetValueOrDefault(fingerprint!) + count;
    }

    private static void Expect(bool condition, string path, string message)
    {
        if (!condition)
        {
            throw new InvalidDataException($"{path}: {message}");
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
        if (_remaining.Count == 0 || result.Diagnostics.IsEmpty)
        {
            return result;
        }

        ImmutableArray<Diagnostic>.Builder? changed = null;
        for (var i = 0; i < result.Diagnostics.Length; i++)
        {
            var diagnostic = result.Diagnostics[i];
            if (IsBaselined(diagnostic) && !diagnostic.IsSuppressed)
            {
                var fingerprint = Fingerprint.Compute(result.Post, diagnostic);
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

    public void Add(PostResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result.Diagnostics.IsEmpty)
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

            var fingerprint = Fingerprint.Compute(result.Post, diagnostic);
            if (_post.TryGetValue(fingerprint, out var entry))
            {
                _post[fingerprint] = entry with { Count = entry.Count + 1 };
            }
            else
            {
                var span = diagnostic.Span;
                var text = span.End <= result.Post.Text.Length ? result.Post.Text.Substring(span.Start, span.Length) : string.Empty;
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
            _writer.WriteString("postId", result.Post.Id);
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

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"baseline writer ({Findings} findings)");
}
