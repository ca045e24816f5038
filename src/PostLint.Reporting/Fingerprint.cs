using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using PostLint.Diagnostics;
using PostLint.Model;

namespace PostLint.Reporting;

/// <summary>
/// A stable identity for a finding that survives edits elsewhere in the post: the post id, the
/// rule id and the text the finding covers — not its offsets. Baselines store it; SARIF carries it
/// as <c>partialFingerprints["postlint/v1"]</c>.
/// </summary>
internal static class Fingerprint
{
    public const string SarifKey = "postlint/v1";

    public static string Compute(Post post, Diagnostic diagnostic)
    {
        ArgumentNullException.ThrowIfNull(post);
        ArgumentNullException.ThrowIfNull(diagnostic);
        var span = diagnostic.Span;
        var matched = span.End <= post.Text.Length ? post.Text.AsSpan(span.Start, span.Length) : [];
        return Compute(post.Id, diagnostic.Id, matched);
    }

    public static string Compute(string postId, string ruleId, ReadOnlySpan<char> matchedText) =>
        ToHex(ComputeValue(postId, ruleId, matchedText));

    /// <summary>The fingerprint as a number (the first 16 bytes of SHA-256, big-endian): what baselines keep in memory.</summary>
    public static UInt128 ComputeValue(Post post, Diagnostic diagnostic)
    {
        ArgumentNullException.ThrowIfNull(post);
        ArgumentNullException.ThrowIfNull(diagnostic);
        var span = diagnostic.Span;
        var matched = span.End <= post.Text.Length ? post.Text.AsSpan(span.Start, span.Length) : [];
        return ComputeValue(post.Id, diagnostic.Id, matched);
    }

    public static UInt128 ComputeValue(string postId, string ruleId, ReadOnlySpan<char> matchedText)
    {
        var input = $"{postId}\u0000{ruleId}\u0000{matchedText}";
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes(input), hash);
        return BinaryPrimitives.ReadUInt128BigEndian(hash);
    }

    public static string ToHex(UInt128 value)
    {
        Span<byte> bytes = stackalloc byte[16];
        BinaryPrimitives.WriteUInt128BigEndian(bytes, value);
        return Convert.ToHexStringLower(bytes);
    }

    /// <summary>Reads a fingerprint written by <see cref="Compute(string, string, ReadOnlySpan{char})"/> (32 hex digits).</summary>
    public static bool TryParse(ReadOnlySpan<char> hex, out UInt128 value)
    {
        value = default;
        Span<byte> bytes = stackalloc byte[16];
        if (hex.Length != 32 || Convert.FromHexString(hex, bytes, out _, out var written) != System.Buffers.OperationStatus.Done || written != 16)
        {
            return false;
        }

        value = BinaryPrimitives.ReadUInt128BigEndian(bytes);
        return true;
    }
}
