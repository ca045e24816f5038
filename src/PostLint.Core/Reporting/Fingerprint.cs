using System.Security.Cryptography;
using System.Text;
using PostLint.Analysis;
using PostLint.Diagnostics;

namespace PostLint.Reporting;

/// <summary>
/// A stable identity for a finding that survives edits elsewhere in the post: the post id, the
/// rule id and the text the finding covers — not its offsets. Baselines store it; SARIF carries it
/// as <c>partialFingerprints["postlint/v1"]</c>.
/// </summary>
public static class Fingerprint
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

    public static string Compute(string postId, string ruleId, ReadOnlySpan<char> matchedText)
    {
        var input = $"{postId}\u0000{ruleId}\u0000{matchedText}";
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes(input), hash);
        return Convert.ToHexStringLower(hash[..16]);
    }
}
