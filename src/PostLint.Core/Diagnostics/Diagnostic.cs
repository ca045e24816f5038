using System.Collections.Immutable;
using System.Globalization;
using PostLint.Text;

namespace PostLint.Diagnostics;

/// <summary>
/// One finding in one post: the rule, the span (UTF-16 offsets into the post text), the message
/// arguments, the fixes, the effective severity and the guideline references under the active
/// profile. Immutable.
/// </summary>
public sealed class Diagnostic
{
    private string? _message;

    private Diagnostic(
        DiagnosticDescriptor descriptor,
        TextSpan span,
        DiagnosticSeverity severity,
        ImmutableArray<string> references,
        ImmutableArray<CodeFix> fixes,
        ImmutableArray<object?> messageArguments,
        ImmutableDictionary<string, string> properties,
        bool isSuppressed)
    {
        Descriptor = descriptor;
        Span = span;
        Severity = severity;
        References = references;
        Fixes = fixes;
        MessageArguments = messageArguments;
        Properties = properties;
        IsSuppressed = isSuppressed;
    }

    public DiagnosticDescriptor Descriptor { get; }

    public string Id => Descriptor.Id;

    public TextSpan Span { get; }

    /// <summary>The effective severity (after profile and configuration).</summary>
    public DiagnosticSeverity Severity { get; }

    /// <summary>The guideline clauses this finding breaks, under the active profile.</summary>
    public ImmutableArray<string> References { get; }

    public ImmutableArray<CodeFix> Fixes { get; }

    public ImmutableArray<object?> MessageArguments { get; }

    /// <summary>Extra name/value pairs for fixers and reports (e.g. the matched lexicon term).</summary>
    public ImmutableDictionary<string, string> Properties { get; }

    /// <summary>True when a baseline suppressed this finding; it is reported but no longer fails a run.</summary>
    public bool IsSuppressed { get; }

    /// <summary>The formatted message.</summary>
    public string Message => _message ??= MessageArguments.IsEmpty
        ? Descriptor.MessageFormat
        : string.Format(CultureInfo.InvariantCulture, Descriptor.MessageFormat, [.. MessageArguments]);

    /// <summary>Creates a diagnostic with the rule's default severity and references; the engine applies the configured ones when it is reported.</summary>
    public static Diagnostic Create(DiagnosticDescriptor descriptor, TextSpan span, params object?[] messageArguments) =>
        Create(descriptor, span, [], messageArguments);

    public static Diagnostic Create(DiagnosticDescriptor descriptor, TextSpan span, ImmutableArray<CodeFix> fixes, params object?[] messageArguments) =>
        Create(descriptor, span, fixes, ImmutableDictionary<string, string>.Empty, messageArguments);

    public static Diagnostic Create(
        DiagnosticDescriptor descriptor,
        TextSpan span,
        ImmutableArray<CodeFix> fixes,
        ImmutableDictionary<string, string> properties,
        params object?[] messageArguments)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        return new Diagnostic(
            descriptor,
            span,
            descriptor.DefaultSeverity,
            descriptor.References,
            fixes.IsDefault ? [] : fixes,
            messageArguments is null ? [] : [.. messageArguments],
            properties ?? ImmutableDictionary<string, string>.Empty,
            isSuppressed: false);
    }

    public Diagnostic WithSeverity(DiagnosticSeverity severity) =>
        severity == Severity ? this : new(Descriptor, Span, severity, References, Fixes, MessageArguments, Properties, IsSuppressed);

    public Diagnostic WithReferences(ImmutableArray<string> references) =>
        new(Descriptor, Span, Severity, references.IsDefault ? [] : references, Fixes, MessageArguments, Properties, IsSuppressed);

    internal Diagnostic WithSeverityAndReferences(DiagnosticSeverity severity, ImmutableArray<string> references) =>
        severity == Severity && references == References
            ? this
            : new(Descriptor, Span, severity, references, Fixes, MessageArguments, Properties, IsSuppressed);

    public Diagnostic WithSuppression(bool isSuppressed) =>
        isSuppressed == IsSuppressed ? this : new(Descriptor, Span, Severity, References, Fixes, MessageArguments, Properties, isSuppressed);

    public override string ToString() => $"{Id} {Span}: {Message}";
}
