using PostLint.Diagnostics;

namespace PostLint.Localization;

/// <summary>
/// Puts a diagnostic's arguments into a display language. It lives with the message tables rather
/// than on <see cref="Diagnostic"/> so that diagnostics, which every layer reports, need not know
/// the tables: the tables know diagnostics (a rule's title, a severity's word), not the reverse.
/// </summary>
public static class DiagnosticLanguage
{
    /// <summary>
    /// The same diagnostic with every <see cref="LocalizedMessage"/> argument rendered in the
    /// language of <paramref name="messages"/> (an engine diagnostic's detail, such as where a
    /// dictionary was looked for); other arguments are kept. Returns the diagnostic itself when it
    /// has no such argument.
    /// </summary>
    public static Diagnostic WithArgumentsIn(this Diagnostic diagnostic, Messages messages)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        ArgumentNullException.ThrowIfNull(messages);
        if (!diagnostic.MessageArguments.Any(static a => a is LocalizedMessage))
        {
            return diagnostic;
        }

        return diagnostic.WithMessageArguments([.. diagnostic.MessageArguments.Select(a => a is LocalizedMessage m ? m.Render(messages) : a)]);
    }
}
