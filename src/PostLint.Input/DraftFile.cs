using System.Collections.Immutable;
using System.Text;
using PostLint.Diagnostics;
using PostLint.Localization;
using PostLint.Model;
using PostLint.IO;

namespace PostLint.Input;

/// <summary>
/// A draft post read from a file (or standard input): the whole file is one post. A UTF-8 byte
/// order mark and one final line break are not part of the post (editors add them); they are
/// kept in <see cref="Bom"/> and <see cref="FinalNewline"/> so that a fixed draft is written back
/// with them. After <see cref="WithFrontMatter"/>, a leading front matter block is not part of
/// the post either: it is kept byte for byte in <see cref="FrontMatter"/> and written back before
/// the (fixed) post, and findings are moved to their positions in the file.
/// </summary>
/// <param name="Post">The post: the file's text without byte order mark, final line break and front matter.</param>
/// <param name="Bom">True when the file starts with a UTF-8 byte order mark.</param>
/// <param name="FinalNewline">The line break that ended the file (<c>\n</c>, <c>\r\n</c>, …), or empty.</param>
public sealed record DraftFile(Post Post, bool Bom, string FinalNewline)
{
    /// <summary>The draft's front matter, once read by <see cref="WithFrontMatter"/> (null: none).</summary>
    public FrontMatter? FrontMatter { get; init; }

    /// <summary>Where the post starts in the file's text (UTF-16 units after the byte order mark): the front matter's length.</summary>
    public int PostOffset => FrontMatter?.Raw.Length ?? 0;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>
    /// Why a draft could not be read, from the <see cref="InvalidDataException"/> that
    /// <see cref="FromBytes"/> threw: its message id and arguments when PostLint wrote it (kept in
    /// <see cref="Exception.Data"/>, since the exception type is sealed), else its text.
    /// </summary>
    public static LocalizedMessage ReasonOf(InvalidDataException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return exception.Data[ReasonKey] as LocalizedMessage ?? LocalizedMessage.Verbatim(exception.Message);
    }

    private const string ReasonKey = "PostLint.Reason";

    private static InvalidDataException NotUtf8(LocalizedMessage reason, Exception? inner)
    {
        var exception = new InvalidDataException(reason.ToString(), inner);
        exception.Data[ReasonKey] = reason;
        return exception;
    }

    /// <summary>Reads a draft; throws <see cref="InvalidDataException"/> naming the byte offset when the file is not UTF-8.</summary>
    public static DraftFile FromBytes(ReadOnlySpan<byte> bytes, string path, string postId)
    {
        var encoding = InputEncoding.Classify(bytes, endOfFile: true);
        if (encoding is TextEncodingKind.Utf16LittleEndian or TextEncodingKind.Utf16BigEndian)
        {
            throw NotUtf8(LocalizedMessage.Of("input.draft.utf16", path), null);
        }

        var bom = bytes.StartsWith("\uFEFF"u8);
        if (bom)
        {
            bytes = bytes[3..];
        }

        string text;
        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            if (encoding == TextEncodingKind.ShiftJis)
            {
                throw NotUtf8(LocalizedMessage.Of("input.draft.shiftJis", path, e.Index + (bom ? 3 : 0)), e);
            }

            throw NotUtf8(LocalizedMessage.Of("input.draft.invalidUtf8", path, e.Index + (bom ? 3 : 0)), e);
        }

        var newline = text.EndsWith("\r\n", StringComparison.Ordinal) ? "\r\n" : text.EndsWith('\n') ? "\n" : string.Empty;
        text = text[..^newline.Length];
        var post = new Post(postId, text) { Source = new PostSource(path) { IsWholeFile = true } };
        return new DraftFile(post, bom, newline);
    }

    /// <summary>Reads a draft file: a regular file of at most <see cref="InputLimits.MaxRecordBytes"/> (else <see cref="FileRefusedException"/>).</summary>
    public static DraftFile Read(string path) =>
        FromBytes(BoundedFile.ReadAllBytes(path, InputLimits.MaxRecordBytes, PostLint.Localization.LocalizedMessage.Of("file.what.draft")), path, Path.GetFileName(path));

    /// <summary>
    /// Reads and strips the front matter: the post becomes the text after it, with the front
    /// matter's <c>createdAt</c>. Throws <see cref="FrontMatterException"/> (every problem with its
    /// line and column in the file) when the block is not valid.
    /// </summary>
    public DraftFile WithFrontMatter(Func<string, bool> isKnownRuleId, TimeZoneInfo defaultZone)
    {
        if (FrontMatter is not null ||
            !Input.FrontMatter.TryRead(Post.Text, Post.Source?.Path ?? Post.Id, isKnownRuleId, defaultZone, out var frontMatter, out var body))
        {
            return this;
        }

        return this with
        {
            FrontMatter = frontMatter,
            Post = Post with { Text = body, CreatedAt = frontMatter!.CreatedAt ?? Post.CreatedAt },
        };
    }

    /// <summary>The file's text for a (fixed) post text: the front matter as it was, then the post.</summary>
    public string FileText(string postText) => FrontMatter is null ? postText : FrontMatter.Raw + postText;

    /// <summary>
    /// The post as a report shows it: the whole file's text, so that lines, columns and offsets are
    /// positions in the file; <see cref="ToFilePositions"/> moves findings there.
    /// </summary>
    public Post ForReport(string postText) => FrontMatter is null ? Post with { Text = postText } : Post with { Text = FileText(postText) };

    /// <summary>Findings on the post, moved to their positions in the file (after the front matter).</summary>
    public ImmutableArray<Diagnostic> ToFilePositions(ImmutableArray<Diagnostic> diagnostics)
    {
        var offset = PostOffset;
        return offset == 0 ? diagnostics : [.. diagnostics.Select(d => d.WithOffset(offset))];
    }

    /// <summary>The bytes to write for a (fixed) post text, with the original BOM, front matter and final line break.</summary>
    public byte[] ToBytes(string text)
    {
        var body = Encoding.UTF8.GetBytes(FileText(text) + FinalNewline);
        return Bom ? [0xEF, 0xBB, 0xBF, .. body] : body;
    }
}

