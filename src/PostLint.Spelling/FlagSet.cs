namespace PostLint.Spelling;

/// <summary>
/// Affix flags are 16-bit values (Hunspell's <c>FLAG</c> syntaxes all decode to one); a set is a
/// sorted array. Flag 0 means "not configured" and is never a member, so optional directives need
/// no separate "is set" test.
/// </summary>
internal static class FlagSet
{
    public static readonly ushort[] Empty = [];

    public static bool Contains(ushort[] set, ushort flag)
    {
        if (flag == 0)
        {
            return false;
        }

        if (set.Length <= 8)
        {
            foreach (var f in set)
            {
                if (f == flag)
                {
                    return true;
                }
            }

            return false;
        }

        return Array.BinarySearch(set, flag) >= 0;
    }

    public static ushort[] Normalize(List<ushort> flags)
    {
        if (flags.Count == 0)
        {
            return Empty;
        }

        flags.Sort();
        var write = 1;
        for (var read = 1; read < flags.Count; read++)
        {
            if (flags[read] != flags[write - 1])
            {
                flags[write++] = flags[read];
            }
        }

        return flags.GetRange(0, write).ToArray();
    }
}
