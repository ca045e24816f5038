using PostLint.Syntax;

namespace PostLint.Morphemes;

/// <summary>Which parts of a post are tokenized into morphemes, and in what order.</summary>
public static class PostMorphology
{
    /// <summary>
    /// Tokenizes the words of a post: its text runs (text and spaces within a line — line breaks,
    /// URLs, mentions and emoji end a run, since the post syntax already knows what they are), and
    /// the words of hashtags and 【…】 marks (#バカ市長 is read as バカ + 市長). Morphemes are added in
    /// text order with spans into the post.
    /// </summary>
    public static void Tokenize(PostSyntax syntax, MorphemeAnalyzer analyzer, List<Morpheme> output)
    {
        ArgumentNullException.ThrowIfNull(syntax);
        ArgumentNullException.ThrowIfNull(analyzer);
        ArgumentNullException.ThrowIfNull(output);
        var text = syntax.Text.AsSpan();
        var tokens = syntax.Tokens;
        var runStart = -1;
        for (var i = 0; i <= tokens.Length; i++)
        {
            var inRun = i < tokens.Length && tokens[i].Kind is SyntaxKind.Text or SyntaxKind.Whitespace;
            if (inRun && runStart < 0)
            {
                runStart = tokens[i].Span.Start;
            }
            else if (!inRun && runStart >= 0)
            {
                var runEnd = i < tokens.Length ? tokens[i].Span.Start : text.Length;
                analyzer.Tokenize(text[runStart..runEnd], runStart, output);
                runStart = -1;
            }

            if (i < tokens.Length && tokens[i].Kind is SyntaxKind.Hashtag or SyntaxKind.UnrecognizedHashtag or SyntaxKind.DisclosureMark &&
                !tokens[i].ValueSpan.IsEmpty)
            {
                var value = tokens[i].ValueSpan;
                analyzer.Tokenize(text.Slice(value.Start, value.Length), value.Start, output);
            }
        }
    }
}
