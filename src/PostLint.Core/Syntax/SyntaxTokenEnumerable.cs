using System.Collections;

namespace PostLint.Syntax;

/// <summary>
/// The tokens of one kind, in text order (<see cref="PostSyntax.OfKind"/>). A struct with a struct
/// enumerator, so <c>foreach</c> over it allocates nothing. It reads the tokens of the
/// <see cref="PostSyntax"/> it came from: use it before that instance is reset for another post.
/// </summary>
public readonly struct SyntaxTokenEnumerable : IEnumerable<SyntaxToken>
{
    private readonly SyntaxToken[] _tokens;
    private readonly int _count;
    private readonly SyntaxKind _kind;

    internal SyntaxTokenEnumerable(SyntaxToken[] tokens, int count, SyntaxKind kind)
    {
        _tokens = tokens;
        _count = count;
        _kind = kind;
    }

    /// <summary>The struct enumerator <c>foreach</c> uses, so iterating allocates nothing.</summary>
    public Enumerator GetEnumerator() => new(_tokens, _count, _kind);

    IEnumerator<SyntaxToken> IEnumerable<SyntaxToken>.GetEnumerator() => GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>The first token of the kind, or null.</summary>
    public SyntaxToken? FirstOrNull()
    {
        foreach (var token in this)
        {
            return token;
        }

        return null;
    }

    /// <summary>Walks the tokens of one kind in text order; obtained through <see cref="GetEnumerator"/>.</summary>
    public struct Enumerator : IEnumerator<SyntaxToken>
    {
        private readonly SyntaxToken[] _tokens;
        private readonly int _count;
        private readonly SyntaxKind _kind;
        private int _index;

        internal Enumerator(SyntaxToken[] tokens, int count, SyntaxKind kind)
        {
            _tokens = tokens;
            _count = count;
            _kind = kind;
            _index = -1;
        }

        /// <summary>The token at the current position; valid after <see cref="MoveNext"/> returned true.</summary>
        public readonly SyntaxToken Current => _tokens[_index];

        readonly object IEnumerator.Current => Current;

        /// <summary>Advances to the next token of the kind; false when there is none left.</summary>
        public bool MoveNext()
        {
            while (++_index < _count)
            {
                if (_tokens[_index].Kind == _kind)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Goes back to before the first token.</summary>
        public void Reset() => _index = -1;

        /// <summary>Does nothing: the enumerator holds no resources.</summary>
        public readonly void Dispose()
        {
        }
    }
}
