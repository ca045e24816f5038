namespace PostLint.Spelling;

/// <summary>
/// The condition of a PFX/SFX rule: a sequence of positions, each a literal character, <c>.</c>
/// (any character) or a bracket group <c>[abc]</c> / <c>[^abc]</c> (a <c>-</c> inside brackets is
/// literal, not a range). Prefix conditions are matched from the start of the stem, suffix
/// conditions from its end. The prefix matcher keeps libhunspell's behaviour of not testing for the
/// end of the stem after a literal position (visible only with multi-byte characters).
/// </summary>
internal sealed class AffixCondition
{
    public static readonly AffixCondition Always = new([]);

    private readonly Position[] _positions;

    private AffixCondition(Position[] positions) => _positions = positions;

    /// <summary>The number of positions (Hunspell's <c>numconds</c>).</summary>
    public int Count => _positions.Length;

    public static bool TryParse(string text, out AffixCondition condition, out string error)
    {
        error = string.Empty;
        condition = Always;
        if (text == ".")
        {
            return true;
        }

        var positions = new List<Position>();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '[')
            {
                var close = text.IndexOf(']', i + 1);
                if (close < 0)
                {
                    error = $"condition '{text}' has '[' without ']'";
                    return false;
                }

                var negated = close > i + 1 && text[i + 1] == '^';
                var members = text.Substring(negated ? i + 2 : i + 1, close - (negated ? i + 2 : i + 1));
                positions.Add(new Position(negated ? PositionKind.NotInSet : PositionKind.InSet, '\0', members));
                i = close;
            }
            else if (c == ']')
            {
                error = $"condition '{text}' has ']' without '['";
                return false;
            }
            else if (c == '.')
            {
                positions.Add(new Position(PositionKind.Any, '\0', string.Empty));
            }
            else
            {
                positions.Add(new Position(PositionKind.Literal, c, string.Empty));
            }
        }

        condition = positions.Count == 0 ? Always : new AffixCondition([.. positions]);
        return true;
    }

    /// <summary>Does the start of <paramref name="stem"/> satisfy this (prefix) condition?</summary>
    public bool MatchesStart(ReadOnlySpan<char> stem)
    {
        var st = 0;
        var n = stem.Length;
        for (var p = 0; p < _positions.Length; p++)
        {
            var more = p < _positions.Length - 1;
            ref readonly var pos = ref _positions[p];
            switch (pos.Kind)
            {
                case PositionKind.Literal:
                    if (st < n && stem[st] == pos.Literal)
                    {
                        st++;
                        continue;
                    }

                    return false;
                case PositionKind.Any:
                    if (st >= n)
                    {
                        return false;
                    }

                    st++;
                    break;
                case PositionKind.InSet:
                    if (st < n && pos.Members.Contains(stem[st]))
                    {
                        st++;
                        break;
                    }

                    return false;
                default:
                    if (st < n)
                    {
                        if (pos.Members.Contains(stem[st]))
                        {
                            return false;
                        }

                        st++;
                    }

                    break;
            }

            if (st == n && more)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Does the end of <paramref name="stem"/> satisfy this (suffix) condition?</summary>
    public bool MatchesEnd(ReadOnlySpan<char> stem)
    {
        if (_positions.Length > stem.Length)
        {
            return false;
        }

        var st = stem.Length - 1;
        for (var p = _positions.Length - 1; p >= 0; p--, st--)
        {
            ref readonly var pos = ref _positions[p];
            var c = stem[st];
            var ok = pos.Kind switch
            {
                PositionKind.Literal => c == pos.Literal,
                PositionKind.Any => true,
                PositionKind.InSet => pos.Members.Contains(c),
                _ => !pos.Members.Contains(c),
            };
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }

    private enum PositionKind : byte
    {
        Literal,
        Any,
        InSet,
        NotInSet,
    }

    private readonly record struct Position(PositionKind Kind, char Literal, string Members);
}
