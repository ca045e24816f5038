namespace PostLint.Diagnostics;

/// <summary>
/// The rule categories of the catalog. Configuration names them in lower case
/// (<c>"categories": { "content": "warning" }</c>).
/// </summary>
public static class DiagnosticCategory
{
    /// <summary>PL0xxx: input, configuration and environment problems.</summary>
    public const string Engine = "engine";

    /// <summary>PL1xxx: sponsorship disclosure (石巻市 §5, ステマ告示, WOMJ).</summary>
    public const string Disclosure = "disclosure";

    /// <summary>PL2xxx: links (上越市 §6(1)②, 石巻市 §4(6)).</summary>
    public const string Links = "links";

    /// <summary>PL3xxx: content (石巻市 §4(6), 上越市 §5(4)(5), 美祢市 第4.4).</summary>
    public const string Content = "content";

    /// <summary>PL4xxx: privacy and hidden text.</summary>
    public const string Privacy = "privacy";

    /// <summary>PL5xxx: platform limits and wording.</summary>
    public const string Platform = "platform";

    /// <summary>PL6xxx: operations (posting hours).</summary>
    public const string Operations = "operations";

    /// <summary>The built-in categories in catalog order. Custom rules may use categories of their own.</summary>
    public static IReadOnlyList<string> All { get; } = [Engine, Disclosure, Links, Content, Privacy, Platform, Operations];

    /// <summary>True when <paramref name="category"/> is one of <see cref="All"/>, ignoring case.</summary>
    public static bool IsKnown(string category) => All.Contains(category, StringComparer.OrdinalIgnoreCase);
}
