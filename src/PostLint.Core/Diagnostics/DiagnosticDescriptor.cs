using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace PostLint.Diagnostics;

/// <summary>
/// Describes one rule: its stable id, what it is called, what it says and where it comes from.
/// Shaped like Roslyn's descriptor (id, title, message format, category, default severity,
/// enabled by default, description, help link, custom tags), plus the guideline clauses the rule
/// enforces (<see cref="References"/>). Profiles may name more specific clauses; the engine puts
/// the active profile's references on each diagnostic.
/// </summary>
public sealed partial class DiagnosticDescriptor : IEquatable<DiagnosticDescriptor>
{
    /// <summary>
    /// Where a rule's page lies among the docs shipped with PostLint (<c>docs/rules/&lt;id&gt;.md</c>,
    /// printed by <c>postlint explain</c>). Reports turn it into a link only under a configured docs
    /// address (<c>AnalyzerOptions.DocsUrl</c>); no address is invented.
    /// </summary>
    public const string HelpLinkBase = "docs/rules/";

    public DiagnosticDescriptor(
        string id,
        string title,
        string messageFormat,
        string category,
        DiagnosticSeverity defaultSeverity,
        bool isEnabledByDefault,
        string? description = null,
        string? helpLinkUri = null,
        ImmutableArray<string> references = default,
        params string[] customTags)
    {
        if (string.IsNullOrWhiteSpace(id) || !IdPattern().IsMatch(id))
        {
            throw new ArgumentException($"A rule id is two to four capital letters and four digits (PL1001); got '{id}'.", nameof(id));
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        ArgumentException.ThrowIfNullOrWhiteSpace(messageFormat);
        ArgumentException.ThrowIfNullOrWhiteSpace(category);
        Id = id;
        Title = title;
        MessageFormat = messageFormat;
        Category = category;
        DefaultSeverity = defaultSeverity;
        IsEnabledByDefault = isEnabledByDefault;
        Description = description ?? string.Empty;
        HelpLinkUri = helpLinkUri ?? HelpLinkBase + id + ".md";
        References = references.IsDefault ? [] : references;
        CustomTags = [.. customTags];
    }

    /// <summary>The stable id (<c>PL1001</c>): configuration, baselines and reports depend on it.</summary>
    public string Id { get; }

    /// <summary>A short English title, no trailing period.</summary>
    public string Title { get; }

    /// <summary>The message, in Japanese, with <c>{0}</c>-style placeholders for the message arguments.</summary>
    public string MessageFormat { get; }

    public string Category { get; }

    public DiagnosticSeverity DefaultSeverity { get; }

    public bool IsEnabledByDefault { get; }

    public string Description { get; }

    /// <summary>
    /// The rule's page: an absolute http(s) address given by the rule, else its path among the shipped
    /// docs (<c>docs/rules/PL1001.md</c>). Use <c>AnalyzerOptions.GetHelpUri</c> for a link.
    /// </summary>
    public string HelpLinkUri { get; }

    /// <summary>The guideline clauses behind the rule when no profile names more specific ones.</summary>
    public ImmutableArray<string> References { get; }

    public ImmutableArray<string> CustomTags { get; }

    public bool Equals(DiagnosticDescriptor? other) =>
        other is not null &&
        (ReferenceEquals(this, other) ||
         (Id == other.Id && Title == other.Title && MessageFormat == other.MessageFormat &&
          Category == other.Category && DefaultSeverity == other.DefaultSeverity &&
          IsEnabledByDefault == other.IsEnabledByDefault && Description == other.Description &&
          HelpLinkUri == other.HelpLinkUri));

    public override bool Equals(object? obj) => Equals(obj as DiagnosticDescriptor);

    public override int GetHashCode() => HashCode.Combine(Id, Title, MessageFormat, Category, DefaultSeverity, IsEnabledByDefault);

    public override string ToString() => Id;

    [GeneratedRegex("^[A-Z]{2,4}[0-9]{4}$", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();
}
