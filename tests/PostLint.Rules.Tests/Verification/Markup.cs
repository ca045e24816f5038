using System.Text;
using PostLint.Text;

namespace PostLint.Rules.Tests.Verification;

/// <summary>An expected diagnostic read from markup: the rule id (null for <c>[|…|]</c>) and its span.</summary>
public sealed record ExpectedDiagnostic(string? Id, TextSpan Span)
{
    public override string ToString() => $"{Id ?? "(default)"} {Span}";
}

/// <summary>
/// Test markup for posts, as in Roslyn's analyzer tests: <c>{|PL1001:#石巻市|} #PR</c> expects a
/// PL1001 diagnostic on <c>#石巻市</c>; <c>[|…|]</c> expects the analyzer's only rule. Markers nest.
/// </summary>
public static class Markup
{
    public static (string Text, IReadOnlyList<ExpectedDiagnostic> Expected) Parse(string markup)
    {
        var text = new StringBuilder(markup.Length);
        var expected = new List<ExpectedDiagnostic>();
        var open = new Stack<(string? Id, int Start, bool Braced)>();
        for (var i = 0; i < markup.Length; i++)
        {
            if (Starts(markup, i, "{|"))
            {
                var colon = markup.IndexOf(':', i + 2);
                if (colon < 0)
                {
                    throw new FormatException($"'{{|' at {i} needs 'ID:'.");
                }

                open.Push((markup[(i + 2)..colon], text.Length, true));
                i = colon;
            }
            else if (Starts(markup, i, "[|"))
            {
                open.Push((null, text.Length, false));
                i++;
            }
            else if (Starts(markup, i, "|}") || Starts(markup, i, "|]"))
            {
                if (open.Count == 0)
                {
                    throw new FormatException($"Unbalanced '{markup.Substring(i, 2)}' at {i}.");
                }

                var (id, start, braced) = open.Pop();
                if (braced != (markup[i + 1] == '}'))
                {
                    throw new FormatException($"Mismatched markup close at {i}.");
                }

                expected.Add(new ExpectedDiagnostic(id, TextSpan.FromBounds(start, text.Length)));
                i++;
            }
            else
            {
                text.Append(markup[i]);
            }
        }

        if (open.Count > 0)
        {
            throw new FormatException("Unclosed markup.");
        }

        return (text.ToString(), expected);
    }

    private static bool Starts(string s, int i, string token) => string.CompareOrdinal(s, i, token, 0, token.Length) == 0;
}
