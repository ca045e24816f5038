using PostLint.Diagnostics;

namespace PostLint.Reporting;

/// <summary>Text shared by the human-readable formats.</summary>
internal static class ReportText
{
    /// <summary>
    /// The message followed by the guideline references in brackets (<c>… [石巻市ガイドライン 5(1)ア]</c>),
    /// unless the message already names every one of them.
    /// </summary>
    public static string MessageWithReferences(Diagnostic diagnostic)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        var message = diagnostic.Message;
        if (diagnostic.References.IsEmpty || diagnostic.References.All(r => message.Contains(r, StringComparison.Ordinal)))
        {
            return message;
        }

        return $"{message} [{string.Join("; ", diagnostic.References)}]";
    }

    /// <summary>
    /// Text from a post made safe to print on a terminal or in a CI log: control characters and the
    /// invisible bidirectional controls (U+202E RIGHT-TO-LEFT OVERRIDE and its kin, which can make
    /// a line read differently from what it holds, and escape sequences that drive a terminal) are
    /// shown as <c>&lt;U+202E&gt;</c>. A tab becomes one space. Text without such characters is
    /// returned as it is, without a copy. With <paramref name="keepLineBreaks"/>, CR and LF are left
    /// for the caller's own escaping (GitHub's <c>%0A</c>).
    /// </summary>
    public static string Escape(string text, bool keepLineBreaks = false)
    {
        ArgumentNullException.ThrowIfNull(text);
        bool NeedsEscapeHere(char c) => NeedsEscape(c) && !(keepLineBreaks && c is '\r' or '\n');
        var first = 0;
        while (first < text.Length && !NeedsEscapeHere(text[first]))
        {
            first++;
        }

        if (first == text.Length)
        {
            return text;
        }

        var builder = new System.Text.StringBuilder(text.Length + 16);
        builder.Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\t')
            {
                builder.Append(' ');
            }
            else if (NeedsEscapeHere(c))
            {
                builder.Append("<U+").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture)).Append('>');
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>True for the characters <see cref="Escape"/> replaces.</summary>
    public static bool NeedsEscape(char c) =>
        c < ' ' || (c >= '\u007F' && c <= '\u009F') ||
        c is '\u061C' or '\u200E' or '\u200F' or '\u2028' or '\u2029' ||
        (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
}
