using PostLint.Localization;
using PostLint.Model;

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
/// One record of an input file: a <see cref="Model.Post"/>, or the reason it was rejected or
/// skipped, with the file, the 1-based line the record starts on and its 1-based record number.
/// Every record a reader reads comes out as exactly one of these, so an audit can account for all
/// of them (read = analysed + rejected + skipped).
/// </summary>
public sealed class InputRecord
{
    private InputRecord(InputRecordKind kind, Post? post, string path, int line, long recordNumber, LocalizedMessage? reason, string recordId)
    {
        Kind = kind;
        Post = post;
        Path = path;
        Line = line;
        RecordNumber = recordNumber;
        ReasonMessage = reason;
        RecordId = recordId;
    }

    /// <summary>Whether the record is a post to lint, a rejected record (PL0001) or a skipped one (counted, not linted).</summary>
    public InputRecordKind Kind { get; }

    /// <summary>
    /// The post, for <see cref="InputRecordKind.Post"/> records; a skipped record may carry one too
    /// (a retweet: not linted as the account's text, but seen by the account rules).
    /// </summary>
    public Post? Post { get; }

    /// <summary>The file the record was read from (empty when the input has no file, such as a post given in code).</summary>
    public string Path { get; }

    /// <summary>The 1-based line the record starts on in <see cref="Path"/>.</summary>
    public int Line { get; }

    /// <summary>The 1-based number of the record in its file.</summary>
    public long RecordNumber { get; }

    /// <summary>Why the record was rejected or skipped: a message id with its arguments (the field, the value, the byte), shown in the display language.</summary>
    public LocalizedMessage? ReasonMessage { get; }

    /// <summary>Why the record was rejected or skipped, in Japanese (the default display language).</summary>
    public string? Reason => ReasonMessage?.ToString();

    /// <summary>Why the record was rejected or skipped, in the language of <paramref name="messages"/>.</summary>
    public string? ReasonIn(Messages messages) => ReasonMessage?.Render(messages);

    /// <summary>The record's id when it could be read (for a rejection it may be empty).</summary>
    public string RecordId { get; }

    /// <summary>A record holding a post to lint; its position comes from <see cref="Model.Post.Source"/>.</summary>
    public static InputRecord Accept(Post post)
    {
        ArgumentNullException.ThrowIfNull(post);
        var source = post.Source;
        return new InputRecord(InputRecordKind.Post, post, source?.Path ?? string.Empty, source?.Line ?? 1, source?.RecordNumber ?? 1, null, post.Id);
    }

    /// <summary>A record that could not be read; it is reported as PL0001 with <paramref name="reason"/> and the run goes on.</summary>
    public static InputRecord Reject(string path, int line, long recordNumber, LocalizedMessage reason, string recordId = "") =>
        new(InputRecordKind.Rejected, null, path, Math.Max(line, 1), recordNumber, reason, recordId);

    /// <summary>A rejection whose reason is the same in every language (a message from outside PostLint).</summary>
    public static InputRecord Reject(string path, int line, long recordNumber, string reason, string recordId = "") =>
        Reject(path, line, recordNumber, LocalizedMessage.Verbatim(reason), recordId);

    /// <summary>A record read and deliberately not linted (a post without text, a retweet); counted in the summary with <paramref name="reason"/>.</summary>
    public static InputRecord Skip(string path, int line, long recordNumber, LocalizedMessage reason, string recordId = "") =>
        new(InputRecordKind.Skipped, null, path, Math.Max(line, 1), recordNumber, reason, recordId);

    /// <summary>A skip whose reason is the same in every language (a message from outside PostLint).</summary>
    public static InputRecord Skip(string path, int line, long recordNumber, string reason, string recordId = "") =>
        Skip(path, line, recordNumber, LocalizedMessage.Verbatim(reason), recordId);

    /// <summary>A skip with its post whose reason is the same in every language.</summary>
    public static InputRecord Skip(Post post, string reason) => Skip(post, LocalizedMessage.Verbatim(reason));

    /// <summary>A record read and not linted, whose post the account rules still see (a retweet: PL6004 judges whose post was shared).</summary>
    public static InputRecord Skip(Post post, LocalizedMessage reason)
    {
        ArgumentNullException.ThrowIfNull(post);
        var source = post.Source;
        return new InputRecord(InputRecordKind.Skipped, post, source?.Path ?? string.Empty, Math.Max(source?.Line ?? 1, 1), source?.RecordNumber ?? 1, reason, post.Id);
    }

    /// <summary>
    /// A rejected or skipped record under another path, its post dropped and every string of its
    /// reason passed through <paramref name="mapReason"/>: a server hides its upload folder.
    /// </summary>
    public InputRecord Relocated(string path, Func<string, string> mapReason)
    {
        ArgumentNullException.ThrowIfNull(mapReason);
        if (Kind == InputRecordKind.Post)
        {
            throw new InvalidOperationException("A post record keeps its post; relocate its source instead.");
        }

        return new InputRecord(Kind, null, path, Line, RecordNumber, (ReasonMessage ?? LocalizedMessage.Of("input.unreadable")).MapStrings(mapReason), RecordId);
    }

    /// <summary>The record for a log line, its reason in Japanese.</summary>
    public override string ToString() => ToString(Messages.Japanese);

    /// <summary>The record for a log line, its reason in the language of <paramref name="messages"/>.</summary>
    public string ToString(Messages messages) => Kind switch
    {
        InputRecordKind.Post => $"{Path}({Line}) #{RecordNumber} post {RecordId}",
        _ => $"{Path}({Line}) #{RecordNumber} {Kind.ToString().ToLowerInvariant()}: {ReasonIn(messages)}",
    };
}
