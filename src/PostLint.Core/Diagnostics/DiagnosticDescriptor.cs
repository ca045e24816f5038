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

    /// <summary>Describes a rule. Create one instance per rule and keep it in a static field: reports and configuration compare by <see cref="Id"/>.</summary>
    /// <param name="id">Two to four capital letters and four digits (<c>PL1001</c>, <c>CITY0001</c>).</param>
    /// <param name="title">A short English title, no trailing period.</param>
    /// <param name="messageFormat">The message with <c>{0}</c>-style placeholders, formatted with the invariant culture.</param>
    /// <param name="category">One of <see cref="DiagnosticCategory"/>'s names, or a category of the custom rule's own.</param>
    /// <param name="defaultSeverity">The severity when neither the profile nor the configuration sets one.</param>
    /// <param name="isEnabledByDefault">False for rules that run only when configuration turns them on.</param>
    /// <param name="description">A longer English explanation for docs and SARIF; null for none.</param>
    /// <param name="helpLinkUri">An absolute address of the rule's page; null for <c>docs/rules/&lt;id&gt;.md</c>.</param>
    /// <param name="references">The guideline clauses behind the rule; default for none.</param>
    /// <param name="customTags">Free-form tags, copied to SARIF <c>properties.tags</c>.</param>
    /// <exception cref="ArgumentException"><paramref name="id"/> does not have the id form, or <paramref name="title"/>, <paramref name="messageFormat"/> or <paramref name="category"/> is empty.</exception>
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

    /// <summary>The rule's category (<see cref="DiagnosticCategory"/>); configuration can set the severity of a whole category.</summary>
    public string Category { get; }

    /// <summary>The severity when neither the profile nor the configuration sets one.</summary>
    public DiagnosticSeverity DefaultSeverity { get; }

    /// <summary>False for rules that run only when a profile or the configuration turns them on.</summary>
    public bool IsEnabledByDefault { get; }

    /// <summary>A longer English explanation for docs, <c>postlint explain</c> and SARIF; empty when none was given.</summary>
    public string Description { get; }

    /// <summary>
    /// The rule's page: an absolute http(s) address given by the rule, else its path among the shipped
    /// docs (<c>docs/rules/PL1001.md</c>). Use <c>AnalyzerOptions.GetHelpUri</c> for a link.
    /// </summary>
    public string HelpLinkUri { get; }

    /// <summary>The guideline clauses behind the rule when no profile names more specific ones.</summary>
    public ImmutableArray<string> References { get; }

    /// <summary>Free-form tags, copied to SARIF <c>properties.tags</c>.</summary>
    public ImmutableArray<string> CustomTags { get; }

    /// <summary>True when both describe the same rule with the same texts, category, default severity and help link.</summary>
    public bool Equals(DiagnosticDescriptor? other) =>
        other is not null &&
        (ReferenceEquals(this, other) ||
         (Id == other.Id && Title == other.Title && MessageFormat == other.MessageFormat &&
          Category == other.Category && DefaultSeverity == other.DefaultSeverity &&
          IsEnabledByDefault == other.IsEnabledByDefault && Description == other.Description &&
          HelpLinkUri == other.HelpLinkUri));

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as DiagnosticDescriptor);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Id, Title, MessageFormat, Category, DefaultSeverity, IsEnabledByDefault);

    /// <summary>The rule id.</summary>
    public override string ToString() => Id;

    [GeneratedRegex("^[A-Z]{2,4}[0-9]{4}$", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();
}
