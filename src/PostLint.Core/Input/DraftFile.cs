using System.Text;
using PostLint.Analysis;

namespace PostLint.Input;

/// <summary>
/// A draft post read from a file (or standard input): the whole file is one post. A UTF-8 byte
/// order mark and one final line break are not part of the post (editors add them); they are
/// kept in <see cref="Bom"/> and <see cref="FinalNewline"/> so that a fixed draft is written back
/// with them.
/// </summary>
public sealed record DraftFile(Post Post, bool Bom, string FinalNewline)
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Reads a draft; throws <see cref="InvalidDataException"/> naming the byte offset when the file is not UTF-8.</summary>
    public static DraftFile FromBytes(ReadOnlySpan<byte> bytes, string path, string postId)
    {
        var encoding = InputEncoding.Classify(bytes, endOfFile: true);
        if (encoding is TextEncodingKind.Utf16LittleEndian or TextEncodingKind.Utf16BigEndian)
        {
            throw new InvalidDataException($"{path}: このファイルは UTF-16 です。UTF-8 で保存してください");
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
                throw new InvalidDataException($"{path}: このファイルは Shift_JIS のようです。UTF-8 で保存してください (not valid UTF-8 at byte {e.Index + (bom ? 3 : 0)})", e);
            }

            throw new InvalidDataException($"{path}: not valid UTF-8 at byte {e.Index + (bom ? 3 : 0)}", e);
        }

        var newline = text.EndsWith("\r\n", StringComparison.Ordinal) ? "\r\n" : text.EndsWith('\n') ? "\n" : string.Empty;
        text = text[..^newline.Length];
        var post = new Post(postId, text) { Source = new PostSource(path) { IsWholeFile = true } };
        return new DraftFile(post, bom, newline);
    }

    public static DraftFile Read(string path) =>
        FromBytes(File.ReadAllBytes(path), path, Path.GetFileName(path));

    /// <summary>The bytes to write for a (fixed) post text, with the original BOM and final line break.</summary>
    public byte[] ToBytes(string text)
    {
        var body = Encoding.UTF8.GetBytes(text + FinalNewline);
        return Bom ? [0xEF, 0xBB, 0xBF, .. body] : body;
    }
}
