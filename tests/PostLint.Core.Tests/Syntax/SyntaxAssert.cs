using PostLint.Syntax;

namespace PostLint.Core.Tests.Syntax;

/// <summary>Helpers that describe tokens as readable tuples.</summary>
internal static class SyntaxAssert
{
    /// <summary>The tokens as (kind, text) pairs.</summary>
    public static List<(SyntaxKind Kind, string Text)> Describe(string text)
    {
        var syntax = PostSyntax.Parse(text);
        var list = new List<(SyntaxKind, string)>();
        foreach (var token in syntax.Tokens)
        {
            list.Add((token.Kind, text[token.Span.Start..token.Span.End]));
        }

        return list;
    }

    public static List<string> Values(string text, SyntaxKind kind)
    {
        var syntax = PostSyntax.Parse(text);
        return [.. syntax.OfKind(kind).Select(t => syntax.GetValue(t))];
    }

    public static SyntaxToken Single(string text, SyntaxKind kind) => Assert.Single(PostSyntax.Parse(text).OfKind(kind));

    /// <summary>The token invariants every lexing must keep.</summary>
    public static void CoversExactly(PostSyntax syntax)
    {
        var position = 0;
        foreach (var token in syntax.Tokens)
        {
            Assert.NotEqual(SyntaxKind.None, token.Kind);
            Assert.Equal(position, token.Span.Start);
            Assert.True(token.Span.Length > 0, $"empty token at {position}");
            Assert.True(token.Span.Contains(token.ValueSpan), $"value {token.ValueSpan} outside token {token.Span}");
            position = token.Span.End;
        }

        Assert.Equal(syntax.Text.Length, position);
    }
}
