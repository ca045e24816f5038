using System.Collections.Immutable;
using System.Globalization;
using PostLint.Text;

namespace PostLint.Diagnostics;

/// <summary>
/// One finding: the rule, where it is (<see cref="Location"/>: a span of the post for a rule's
/// finding, a file or nothing for the engine's PL0xxx), the message arguments, the fixes, the
/// effective severity and the guideline references under the active profile. Immutable.
/// </summary>
public sealed class Diagnostic
{
    private string? _message;

    private Diagnostic(
        DiagnosticDescriptor descriptor,
        DiagnosticLocation location,
        DiagnosticSeverity severity,
        ImmutableArray<string> references,
        ImmutableArray<CodeFix> fixes,
        ImmutableArray<object?> messageArguments,
        ImmutableDictionary<string, string> properties,
        bool isSuppressed,
        bool isSeverityRaised,
        bool isSeverityCapped = false,
        bool isSeverityLowered = false,
        bool hasOwnReferences = false)
    {
        Descriptor = descriptor;
        Location = location;
        Severity = severity;
        References = references;
        Fixes = fixes;
        MessageArguments = messageArguments;
        Properties = properties;
        IsSuppressed = isSuppressed;
        IsSeverityRaised = isSeverityRaised;
        IsSeverityCapped = isSeverityCapped;
        IsSeverityLowered = isSeverityLowered;
        HasOwnReferences = hasOwnReferences;
    }

    /// <summary>The rule this diagnostic belongs to.</summary>
    public DiagnosticDescriptor Descriptor { get; }

    /// <summary>The rule id (<c>PL1001</c>).</summary>
    public string Id => Descriptor.Id;

    /// <summary>Where the diagnostic is: a span of the post, a file (path, line, column) or the run as a whole.</summary>
    public DiagnosticLocation Location { get; }

    /// <summary>
    /// The span in the post (UTF-16 offsets into its text) for a finding in a post; empty at 0 for a
    /// diagnostic located in a file or in no place (see <see cref="Location"/>).
    /// </summary>
    public TextSpan Span => Location.Span;

    /// <summary>The effective severity (after profile and configuration).</summary>
    public DiagnosticSeverity Severity { get; }

    /// <summary>
    /// The guideline clauses this finding breaks, under the active profile: the profile's references
    /// for the rule, unless the analyzer named this finding's own (<see cref="HasOwnReferences"/>).
    /// </summary>
    public ImmutableArray<string> References { get; }

    /// <summary>
    /// True when the analyzer gave this finding references of its own (<see cref="WithOwnReferences"/>)
    /// because this occurrence stands on another source than the rule's usual case — PL1006 on
    /// <c>#2025</c> is a matter of how the platform recognises hashtags, not of the disclosure clause.
    /// The engine then keeps them instead of the profile's references for the rule.
    /// </summary>
    public bool HasOwnReferences { get; }

    /// <summary>The fixes offered for this finding (empty when there are none), in the order the rule gave them.</summary>
    public ImmutableArray<CodeFix> Fixes { get; }

    /// <summary>The values formatted into the descriptor's <see cref="DiagnosticDescriptor.MessageFormat"/> (<c>{0}</c>, <c>{1}</c>, …).</summary>
    public ImmutableArray<object?> MessageArguments { get; }

    /// <summary>Extra name/value pairs for fixers and reports (e.g. the matched lexicon term).</summary>
    public ImmutableDictionary<string, string> Properties { get; }

    /// <summary>True when a baseline suppressed this finding; it is reported but no longer fails a run.</summary>
    public bool IsSuppressed { get; }

    /// <summary>
    /// True when the analyzer asked for one level above the configured severity (suggestion →
    /// warning → error), because this occurrence matters more than the rule's usual case (an
    /// unrecognised <c>#PR</c> is worse than an unrecognised <c>#牡蠣</c>). The engine applies it
    /// when the diagnostic is reported; <c>silent</c> stays silent and <c>none</c> stays off.
    /// </summary>
    public bool IsSeverityRaised { get; }

    /// <summary>
    /// True when the analyzer asked for at most a suggestion, whatever the configured severity,
    /// because this occurrence is one only a person can judge (a sentence that names the city with
    /// a weak cue may or may not state the relationship). The engine applies it when the diagnostic
    /// is reported; <c>silent</c> stays silent and <c>none</c> stays off.
    /// </summary>
    public bool IsSeverityCapped { get; }

    /// <summary>
    /// True when the analyzer asked for one level below the configured severity (error → warning →
    /// suggestion), because this occurrence matters less than the rule's usual case (a mobile
    /// number is personal information, but less harmful in a post than a マイナンバー). The engine
    /// applies it when the diagnostic is reported; a suggestion stays a suggestion, <c>silent</c>
    /// stays silent and <c>none</c> stays off.
    /// </summary>
    public bool IsSeverityLowered { get; }

    /// <summary>The formatted message.</summary>
    public string Message => _message ??= MessageArguments.IsEmpty
        ? Descriptor.MessageFormat
        : string.Format(CultureInfo.InvariantCulture, Descriptor.MessageFormat, [.. MessageArguments]);

    /// <summary>Creates a diagnostic with the rule's default severity and references; the engine applies the configured ones when it is reported.</summary>
    public static Diagnostic Create(DiagnosticDescriptor descriptor, TextSpan span, params object?[] messageArguments) =>
        Create(descriptor, span, [], messageArguments);

    /// <summary>Creates a diagnostic in the post at <paramref name="span"/> (UTF-16 offsets) with fixes.</summary>
    public static Diagnostic Create(DiagnosticDescriptor descriptor, TextSpan span, ImmutableArray<CodeFix> fixes, params object?[] messageArguments) =>
        Create(descriptor, span, fixes, ImmutableDictionary<string, string>.Empty, messageArguments);

    /// <summary>Creates a diagnostic in the post at <paramref name="span"/> with fixes and properties for fixers and reports.</summary>
    public static Diagnostic Create(
        DiagnosticDescriptor descriptor,
        TextSpan span,
        ImmutableArray<CodeFix> fixes,
        ImmutableDictionary<string, string> properties,
        params object?[] messageArguments) =>
        Create(descriptor, DiagnosticLocation.InPost(span), fixes, properties, messageArguments);

    /// <summary>
    /// Creates a diagnostic at any kind of location: the engine's PL0xxx use
    /// <see cref="DiagnosticLocation.InFile"/> (a record or a configuration key) and
    /// <see cref="DiagnosticLocation.None"/> (the run). Rules report in the post, with a span.
    /// </summary>
    public static Diagnostic Create(DiagnosticDescriptor descriptor, DiagnosticLocation location, params object?[] messageArguments) =>
        Create(descriptor, location, [], ImmutableDictionary<string, string>.Empty, messageArguments);

    /// <summary>The same, with fixes and properties.</summary>
    public static Diagnostic Create(
        DiagnosticDescriptor descriptor,
        DiagnosticLocation location,
        ImmutableArray<CodeFix> fixes,
        ImmutableDictionary<string, string> properties,
        params object?[] messageArguments)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        return new Diagnostic(
            descriptor,
            location,
            descriptor.DefaultSeverity,
            descriptor.References,
            fixes.IsDefault ? [] : fixes,
            messageArguments is null ? [] : [.. messageArguments],
            properties ?? ImmutableDictionary<string, string>.Empty,
            isSuppressed: false,
            isSeverityRaised: false);
    }

    /// <summary>The same diagnostic at another severity; returns this instance when the severity is unchanged.</summary>
    public Diagnostic WithSeverity(DiagnosticSeverity severity) =>
        severity == Severity ? this : new(Descriptor, Location, severity, References, Fixes, MessageArguments, Properties, IsSuppressed, IsSeverityRaised, IsSeverityCapped, IsSeverityLowered, HasOwnReferences);

    /// <summary>The same diagnostic with other message arguments (the display language's rendering of them).</summary>
    internal Diagnostic WithMessageArguments(ImmutableArray<object?> arguments) =>
        new(Descriptor, Location, Severity, References, Fixes, arguments, Properties, IsSuppressed, IsSeverityRaised, IsSeverityCapped, IsSeverityLowered, HasOwnReferences);

    /// <summary>The same diagnostic naming other guideline clauses (a default array means none).</summary>
    public Diagnostic WithReferences(ImmutableArray<string> references) =>
        new(Descriptor, Location, Severity, references.IsDefault ? [] : references, Fixes, MessageArguments, Properties, IsSuppressed, IsSeverityRaised, IsSeverityCapped, IsSeverityLowered, HasOwnReferences);

    /// <summary>
    /// Asks the engine to keep <paramref name="references"/> for this finding instead of the active
    /// profile's references for the rule (see <see cref="HasOwnReferences"/>). Call it before reporting.
    /// </summary>
    public Diagnostic WithOwnReferences(ImmutableArray<string> references) =>
        new(Descriptor, Location, Severity, references.IsDefault ? [] : references, Fixes, MessageArguments, Properties, IsSuppressed, IsSeverityRaised, IsSeverityCapped, IsSeverityLowered, hasOwnReferences: true);

    /// <summary>The finding as the engine reports it: at <paramref name="severity"/>, citing the profile's <paramref name="references"/> unless it has its own.</summary>
    internal Diagnostic WithSeverityAndReferences(DiagnosticSeverity severity, ImmutableArray<string> references)
    {
        if (HasOwnReferences)
        {
            references = References;
        }

        return severity == Severity && references == References
            ? this
            : new(Descriptor, Location, severity, references, Fixes, MessageArguments, Properties, IsSuppressed, IsSeverityRaised, IsSeverityCapped, IsSeverityLowered, HasOwnReferences);
    }

    /// <summary>The same diagnostic marked as suppressed by a baseline, or not; returns this instance when unchanged.</summary>
    public Diagnostic WithSuppression(bool isSuppressed) =>
        isSuppressed == IsSuppressed ? this : new(Descriptor, Location, Severity, References, Fixes, MessageArguments, Properties, isSuppressed, IsSeverityRaised, IsSeverityCapped, IsSeverityLowered, HasOwnReferences);

    /// <summary>
    /// Asks the engine to report this diagnostic one severity level above the configured one
    /// (see <see cref="IsSeverityRaised"/>). Call it before reporting.
    /// </summary>
    public Diagnostic WithRaisedSeverity() =>
        IsSeverityRaised ? this : new(Descriptor, Location, Severity, References, Fixes, MessageArguments, Properties, IsSuppressed, isSeverityRaised: true, IsSeverityCapped, IsSeverityLowered, HasOwnReferences);

    /// <summary>
    /// Asks the engine to report this diagnostic as a suggestion at most (see <see cref="IsSeverityCapped"/>).
    /// Call it before reporting.
    /// </summary>
    public Diagnostic WithSeverityCappedAtSuggestion() =>
        IsSeverityCapped ? this : new(Descriptor, Location, Severity, References, Fixes, MessageArguments, Properties, IsSuppressed, IsSeverityRaised, isSeverityCapped: true, IsSeverityLowered, HasOwnReferences);

    /// <summary>
    /// Asks the engine to report this diagnostic one severity level below the configured one
    /// (see <see cref="IsSeverityLowered"/>). Call it before reporting.
    /// </summary>
    public Diagnostic WithLoweredSeverity() =>
        IsSeverityLowered ? this : new(Descriptor, Location, Severity, References, Fixes, MessageArguments, Properties, IsSuppressed, IsSeverityRaised, IsSeverityCapped, isSeverityLowered: true, HasOwnReferences);

    /// <summary>
    /// The severity this diagnostic is reported with when its rule is configured at
    /// <paramref name="configured"/>: raised, lowered or capped as the analyzer asked.
    /// </summary>
    internal DiagnosticSeverity AdjustSeverity(DiagnosticSeverity configured)
    {
        var severity = configured;
        if (IsSeverityRaised)
        {
            severity = RaiseOneLevel(severity);
        }

        if (IsSeverityLowered)
        {
            severity = LowerOneLevel(severity);
        }

        return IsSeverityCapped && severity > DiagnosticSeverity.Info ? DiagnosticSeverity.Info : severity;
    }

    /// <summary>One level down: error → warning → suggestion. A suggestion stays a suggestion (lowering never hides a finding); silent stays silent.</summary>
    internal static DiagnosticSeverity LowerOneLevel(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => DiagnosticSeverity.Warning,
        DiagnosticSeverity.Warning => DiagnosticSeverity.Info,
        _ => severity,
    };

    /// <summary>
    /// The same finding with its span and every fix edit moved by <paramref name="offset"/> UTF-16
    /// units: a draft analysed without its front matter reports positions in the file.
    /// </summary>
    public Diagnostic WithOffset(int offset)
    {
        if (offset == 0 || Location.Kind != DiagnosticLocationKind.Post)
        {
            return this;
        }

        var fixes = Fixes.IsEmpty
            ? Fixes
            : [.. Fixes.Select(fix => new CodeFix(fix.Title, fix.Applicability, [.. fix.Edits.Select(edit => edit with { Span = new TextSpan(edit.Span.Start + offset, edit.Span.Length) })]))];
        return new(Descriptor, DiagnosticLocation.InPost(new TextSpan(Span.Start + offset, Span.Length)), Severity, References, fixes, MessageArguments, Properties, IsSuppressed, IsSeverityRaised, IsSeverityCapped, IsSeverityLowered, HasOwnReferences);
    }

    /// <summary>One level up: suggestion → warning → error. Error stays error; silent stays silent (the user asked not to see it).</summary>
    internal static DiagnosticSeverity RaiseOneLevel(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Info => DiagnosticSeverity.Warning,
        DiagnosticSeverity.Warning => DiagnosticSeverity.Error,
        _ => severity,
    };

    /// <summary>The id, location and message, for logs and test output (not a report format).</summary>
    public override string ToString() => $"{Id} {(Location.Kind == DiagnosticLocationKind.Post ? Span.ToString() : Location.ToString())}: {Message}";
}
