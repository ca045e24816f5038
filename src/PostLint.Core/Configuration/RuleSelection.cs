using System.Collections.Immutable;

namespace PostLint.Configuration;

/// <summary>
/// How <c>--select</c> and <c>--ignore</c> decide whether a rule runs. A selector is a rule id
/// (<c>PL1001</c>) or a prefix of ids (<c>PL3</c>: the content rules, <c>PL</c>: all), as in Ruff.
/// For each rule the longest matching selector wins; a tie goes to <c>--ignore</c>. With a
/// <c>--select</c>, rules that match no selector are off — except the engine's own PL0xxx (an
/// unreadable record, a configuration problem), which only an explicit <c>--ignore</c> silences.
/// </summary>
public static class RuleSelection
{
    /// <summary>What a selection does to one rule.</summary>
    public enum Decision
    {
        /// <summary>The selection says nothing: the configured severity stands.</summary>
        Keep,

        /// <summary>Selected: on (at its default severity when the configuration had it off).</summary>
        On,

        /// <summary>Ignored, or not selected while a selection is given.</summary>
        Off,
    }

    /// <summary>The decision for a rule id under the given selectors.</summary>
    public static Decision Decide(string ruleId, ImmutableArray<string> select, ImmutableArray<string> ignore)
    {
        ArgumentNullException.ThrowIfNull(ruleId);
        var selected = Longest(ruleId, select);
        var ignored = Longest(ruleId, ignore);
        if (ignored > 0 && ignored >= selected)
        {
            return Decision.Off;
        }

        if (selected > 0)
        {
            return Decision.On;
        }

        return select.IsDefaultOrEmpty || ruleId.StartsWith("PL0", StringComparison.OrdinalIgnoreCase) ? Decision.Keep : Decision.Off;
    }

    /// <summary>True when the selector is a rule id or a prefix of one.</summary>
    public static bool Matches(string selector, string ruleId) =>
        selector.Length > 0 && ruleId.StartsWith(selector, StringComparison.OrdinalIgnoreCase);

    private static int Longest(string ruleId, ImmutableArray<string> selectors)
    {
        var longest = 0;
        if (selectors.IsDefaultOrEmpty)
        {
            return 0;
        }

        foreach (var selector in selectors)
        {
            if (Matches(selector, ruleId) && selector.Length > longest)
            {
                longest = selector.Length;
            }
        }

        return longest;
    }
}
