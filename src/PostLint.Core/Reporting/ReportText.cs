using PostLint.Diagnostics;

namespace PostLint.Reporting;

/// <summary>Text shared by the human-readable formats.</summary>
public static class ReportText
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
}
