namespace PostLint.Input;

/// <summary>
/// Account names as readers store them: without the <c>@</c> (or full-width <c>＠</c>) people write
/// before them and without surrounding spaces; empty names are no name. Names are compared
/// ignoring case (<see cref="Comparer"/>), as X, Threads and Instagram treat them.
/// </summary>
internal static class AccountNames
{
    public static StringComparer Comparer => StringComparer.OrdinalIgnoreCase;

    public static string? Normalize(string? name)
    {
        if (name is null)
        {
            return null;
        }

        var trimmed = name.AsSpan().Trim().TrimStart("@＠").Trim();
        return trimmed.IsEmpty ? null : trimmed.ToString();
    }

    public static bool Same(string? a, string? b) => a is not null && b is not null && Comparer.Equals(a, b);
}
