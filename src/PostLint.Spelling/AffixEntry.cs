namespace PostLint.Spelling;

/// <summary>One PFX or SFX rule line, with the properties of its class header.</summary>
internal sealed class AffixEntry
{
    public AffixEntry(ushort flag, bool isPrefix, bool crossProduct, string strip, string append, ushort[] continuation, AffixCondition condition, int order)
    {
        Flag = flag;
        IsPrefix = isPrefix;
        CrossProduct = crossProduct;
        Strip = strip;
        Append = append;
        Continuation = continuation;
        Condition = condition;
        Order = order;
    }

    public ushort Flag { get; }

    public bool IsPrefix { get; }

    public bool CrossProduct { get; }

    public string Strip { get; }

    public string Append { get; }

    /// <summary>Continuation classes: flags the affixed form itself carries.</summary>
    public ushort[] Continuation { get; }

    public AffixCondition Condition { get; }

    /// <summary>Position among all affix lines of the file (ties between equal affixes go to the later line).</summary>
    public int Order { get; }

    public bool HasContinuation(ushort flag) => FlagSet.Contains(Continuation, flag);

    /// <summary>Builds the affixed form of <paramref name="root"/>, or null when strip or condition do not fit.</summary>
    public string? Apply(string root, bool fullStrip)
    {
        if (!(root.Length > Strip.Length || (root.Length == 0 && fullStrip)) || root.Length < Condition.Count)
        {
            return null;
        }

        if (IsPrefix)
        {
            if (!Condition.MatchesStart(root) || !root.StartsWith(Strip, StringComparison.Ordinal))
            {
                return null;
            }

            return string.Concat(Append, root.AsSpan(Strip.Length));
        }

        if (!Condition.MatchesEnd(root) || !root.EndsWith(Strip, StringComparison.Ordinal))
        {
            return null;
        }

        return string.Concat(root.AsSpan(0, root.Length - Strip.Length), Append);
    }
}

/// <summary>One homonym of a dictionary stem: its flags, and whether it is a hidden Initcap twin of a mixed-case or all-caps entry.</summary>
internal readonly record struct WordEntry(ushort[] Flags, bool IsHiddenTwin, bool IsInitCap)
{
    public bool Has(ushort flag) => FlagSet.Contains(Flags, flag);
}
