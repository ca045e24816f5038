namespace PostLint.Model;

/// <summary>
/// Account names as readers store them: without the <c>@</c> (or full-width <c>＠</c>) people write
/// before them and without surrounding spaces; empty names are no name. Names are compared
/// ignoring case (<see cref="Comparer"/>), as X, Threads and Instagram treat them.
/// </summary>
public static class AccountNames
{
    /// <summary>How account names compare: ordinal, ignoring case.</summary>
    public static StringComparer Comparer => StringComparer.OrdinalIgnoreCase;

    /// <summary>The name without a leading <c>@</c> or <c>＠</c> and surrounding spaces; null for a null or empty name.</summary>
    public static string? Normalize(string? name)
    {
        if (name is null)
        {
            return null;
        }

        var trimmed = name.AsSpan().Trim().TrimStart("@＠").Trim();
        return trimmed.IsEmpty ? null : trimmed.ToString();
    }

    /// <summary>True when both names are given and name the same account (<see cref="Comparer"/>).</summary>
    public static bool Same(string? a, string? b) => a is not null && b is not null && Comparer.Equals(a, b);
}
