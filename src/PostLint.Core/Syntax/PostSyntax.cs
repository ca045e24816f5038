using PostLint.Text;

namespace PostLint.Syntax;

// Interim lexer so the engine can be built and tested; replaced by the X-exact lexer.
public sealed class PostSyntax
{
    private SyntaxToken[] _tokens = new SyntaxToken[16];
    private int _count;

    private PostSyntax(PostText text)
    {
        Text = text;
    }

    public PostText Text { get; private set; }

    public ReadOnlySpan<SyntaxToken> Tokens => _tokens.AsSpan(0, _count);

    public static PostSyntax Parse(string text) => Parse(new PostText(text));

    public static PostSyntax Parse(PostText text)
    {
        var syntax = new PostSyntax(text);
        syntax.Lex();
        return syntax;
    }

    internal void Reset(PostText text)
    {
        Text = text;
        Lex();
    }

    public int Count(SyntaxKind kind)
    {
        var n = 0;
        foreach (var token in Tokens)
        {
            if (token.Kind == kind)
            {
                n++;
            }
        }

        return n;
    }

    public string GetValue(in SyntaxToken token) => Text.ToString(token.ValueSpan);

    public ReadOnlySpan<char> GetValueSpan(in SyntaxToken token) => Text.AsSpan(token.ValueSpan);

    private void Lex()
    {
        _count = 0;
        var s = Text.Text;
        var i = 0;
        while (i < s.Length)
        {
            var start = i;
            var c = s[i];
            if (PostText.IsLineBreak(c))
            {
                i += c == '\r' && i + 1 < s.Length && s[i + 1] == '\n' ? 2 : 1;
                Add(new SyntaxToken(SyntaxKind.LineBreak, TextSpan.FromBounds(start, i)));
            }
            else if (c is ' ' or '\t' or '\u3000')
            {
                while (i < s.Length && s[i] is ' ' or '\t' or '\u3000')
                {
                    i++;
                }

                Add(new SyntaxToken(SyntaxKind.Whitespace, TextSpan.FromBounds(start, i)));
            }
            else if (c is '#' or '＃' && i + 1 < s.Length && char.IsLetterOrDigit(s[i + 1]))
            {
                i++;
                while (i < s.Length && (char.IsLetterOrDigit(s[i]) || s[i] == '_' || s[i] == '・'))
                {
                    i++;
                }

                Add(new SyntaxToken(SyntaxKind.Hashtag, TextSpan.FromBounds(start, i), TextSpan.FromBounds(start + 1, i), c == '＃' ? SyntaxTokenFlags.FullWidthSign : SyntaxTokenFlags.None));
            }
            else
            {
                while (i < s.Length && !PostText.IsLineBreak(s[i]) && s[i] is not (' ' or '\t' or '\u3000' or '#' or '＃'))
                {
                    i++;
                }

                if (i == start)
                {
                    i++;
                }

                Add(new SyntaxToken(SyntaxKind.Text, TextSpan.FromBounds(start, i)));
            }
        }
    }

    private void Add(SyntaxToken token)
    {
        if (_count == _tokens.Length)
        {
            Array.Resize(ref _tokens, _tokens.Length * 2);
        }

        _tokens[_count++] = token;
    }
}
