using PostLint.Analysis;

namespace PostLint.Input;

/// <summary>What a reader made of one record of the input.</summary>
public enum InputRecordKind
{
    /// <summary>A post to analyse.</summary>
    Post,

    /// <summary>A record that could not be read (PL0001): not JSON, no text, invalid UTF-8, a bad field.</summary>
    Rejected,

    /// <summary>A record read but deliberately not analysed (a retweet, a share without text).</summary>
    Skipped,
}

/// <summary>
/// One record of an input file: a <see cref="Analysis.Post"/>, or the reason it was rejected or
/// skipped, with the file, the 1-based line the record starts on and its 1-based record number.
/// Every record a reader reads comes out as exactly one of these, so an audit can account for all
/// of them (read = analysed + rejected + skipped).
/// </summary>
public sealed class InputRecord
{
    private InputRecord(InputRecordKind kind, Post? post, string path, int line, long recordNumber, string? reason, string recordId)
    {
        Kind = kind;
        Post = post;
        Path = path;
        Line = line;
        RecordNumber = recordNumber;
        Reason = reason;
        RecordId = recordId;
    }

    public InputRecordKind Kind { get; }

    /// <summary>
    /// The post, for <see cref="InputRecordKind.Post"/> records; a skipped record may carry one too
    /// (a retweet: not linted as the account's text, but seen by the account rules).
    /// </summary>
    public Post? Post { get; }

    public string Path { get; }

    public int Line { get; }

    public long RecordNumber { get; }

    /// <summary>Why the record was rejected or skipped (English, for reports).</summary>
    public string? Reason { get; }

    /// <summary>The record's id when it could be read (for a rejection it may be empty).</summary>
    public string RecordId { get; }

    public static InputRecord Accept(Post post)
    {
        ArgumentNullException.ThrowIfNull(post);
        var source = post.Source;
        return new InputRecord(InputRecordKind.Post, post, source?.Path ?? string.Empty, source?.Line ?? 1, source?.RecordNumber ?? 1, null, post.Id);
    }

    public static InputRecord Reject(string path, int line, long recordNumber, string reason, string recordId = "") =>
        new(InputRecordKind.Rejected, null, path, Math.Max(line, 1), recordNumber, reason, recordId);

    public static InputRecord Skip(string path, int line, long recordNumber, string reason, string recordId = "") =>
        new(InputRecordKind.Skipped, null, path, Math.Max(line, 1), recordNumber, reason, recordId);

    /// <summary>A record read and not linted, whose post the account rules still see (a retweet: PL6004 judges whose post was shared).</summary>
    public static InputRecord Skip(Post post, string reason)
    {
        ArgumentNullException.ThrowIfNull(post);
        var source = post.Source;
        return new InputRecord(InputRecordKind.Skipped, post, source?.Path ?? string.Empty, Math.Max(source?.Line ?? 1, 1), source?.RecordNumber ?? 1, reason, post.Id);
    }

    public override string ToString() => Kind switch
    {
        InputRecordKind.Post => $"{Path}({Line}) #{RecordNumber} post {RecordId}",
        _ => $"{Path}({Line}) #{RecordNumber} {Kind.ToString().ToLowerInvariant()}: {Reason}",
    };
}
