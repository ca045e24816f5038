using PostLint.Syntax;
using PostLint.Text;

namespace PostLint.Rules.Disclosure;

/// <summary>Small queries over a post's tokens that several disclosure rules share.</summary>
internal static class DisclosureRuleHelpers
{
    /// <summary>How many hashtags X recognises come before token <paramref name="index"/>.</summary>
    public static int CountHashtagsBefore(PostSyntax syntax, int index) => CountHashtagsBetween(syntax, -1, index);

    /// <summary>How many hashtags X recognises lie strictly between tokens <paramref name="first"/> and <paramref name="last"/>.</summary>
    public static int CountHashtagsBetween(PostSyntax syntax, int first, int last)
    {
        var tokens = syntax.Tokens;
        var count = 0;
        for (var i = first + 1; i < last; i++)
        {
            if (tokens[i].Kind == SyntaxKind.Hashtag)
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>
    /// The span to delete to take tokens <paramref name="first"/>..<paramref name="last"/> out of
    /// the post together with the whitespace that separated them from their neighbours: the
    /// spaces before them, else the spaces after them; when they fill a line of their own, the
    /// line break before them (else after them), so that no empty line is left and no two lines
    /// are joined.
    /// </summary>
    public static TextSpan RemovalSpan(PostSyntax syntax, int first, int last)
    {
        var tokens = syntax.Tokens;
        var start = tokens[first].Span.Start;
        var end = tokens[last].Span.End;
        var previous = first > 0 ? tokens[first - 1].Kind : SyntaxKind.None;
        var next = last + 1 < tokens.Length ? tokens[last + 1].Kind : SyntaxKind.None;
        if (previous == SyntaxKind.Whitespace)
        {
            return TextSpan.FromBounds(tokens[first - 1].Span.Start, end);
        }

        if (next == SyntaxKind.Whitespace)
        {
            return TextSpan.FromBounds(start, tokens[last + 1].Span.End);
        }

        if (previous is SyntaxKind.None or SyntaxKind.LineBreak && next is SyntaxKind.None or SyntaxKind.LineBreak)
        {
            if (previous == SyntaxKind.LineBreak)
            {
                return TextSpan.FromBounds(tokens[first - 1].Span.Start, end);
            }

            if (next == SyntaxKind.LineBreak)
            {
                return TextSpan.FromBounds(start, tokens[last + 1].Span.End);
            }
        }

        return TextSpan.FromBounds(start, end);
    }

    /// <summary>True when only spaces (no line break) lie between tokens <paramref name="first"/> and <paramref name="last"/>.</summary>
    public static bool OnlySpacesBetween(PostSyntax syntax, int first, int last)
    {
        var tokens = syntax.Tokens;
        for (var i = first + 1; i < last; i++)
        {
            if (tokens[i].Kind != SyntaxKind.Whitespace)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The first line of the post that has content (leading blank lines skipped), without the
    /// spaces around it; an empty span at 0 for a post of only spaces.
    /// </summary>
    public static TextSpan FirstContentLine(PostSyntax syntax)
    {
        var tokens = syntax.Tokens;
        var first = FirstContentToken(syntax);
        if (first == tokens.Length)
        {
            return new TextSpan(0, 0);
        }

        var last = first;
        for (var i = first + 1; i < tokens.Length && tokens[i].Kind != SyntaxKind.LineBreak; i++)
        {
            if (tokens[i].Kind != SyntaxKind.Whitespace)
            {
                last = i;
            }
        }

        return TextSpan.FromBounds(tokens[first].Span.Start, tokens[last].Span.End);
    }

    /// <summary>Index of the first token that is not a space or a line break, or the token count.</summary>
    public static int FirstContentToken(PostSyntax syntax)
    {
        var tokens = syntax.Tokens;
        var first = 0;
        while (first < tokens.Length && tokens[first].Kind is SyntaxKind.Whitespace or SyntaxKind.LineBreak)
        {
            first++;
        }

        return first;
    }
}
