using PostLint.Text;

namespace PostLint.Syntax;

/// <summary>
/// Finds the sentences of a post, for rules that judge a word by the words around it (an
/// awareness post 「特殊詐欺に注意」 cancels 詐欺 in the same sentence, not three paragraphs away).
/// A sentence ends after a run of sentence-final marks (。．！？!?) and the closing brackets that
/// follow them (」』）】), and at a blank line. A single line break does not end one: posts put a
/// heading on its own line (「【注意】\n市職員を名乗る電話が…」), and hashtags do not end one either,
/// since they are words of the sentence (「#特殊詐欺 に注意」). Marks inside URLs, mentions and
/// hashtags are not sentence ends. The sentences cover the post without gaps; a sentence of only
/// whitespace and line breaks is left out.
/// </summary>
internal static class SentenceSplitter
{
    /// <summary>Adds the sentence spans of <paramref name="syntax"/>'s post to <paramref name="output"/>, in order.</summary>
    public static void Split(PostSyntax syntax, List<TextSpan> output)
    {
        ArgumentNullException.ThrowIfNull(syntax);
        ArgumentNullException.ThrowIfNull(output);
        var text = syntax.Text.AsSpan();
        var tokens = syntax.Tokens;
        var start = 0;
        var lineBreakStart = -1; // start of the previous line break when only whitespace followed it
        for (var t = 0; t < tokens.Length; t++)
        {
            var token = tokens[t];
            switch (token.Kind)
            {
                case SyntaxKind.LineBreak:
                    if (lineBreakStart < 0)
                    {
                        lineBreakStart = token.Span.Start;
                    }
                    else if (start < lineBreakStart)
                    {
                        // A blank line: the sentence ended at the first of the breaks.
                        Add(text, start, lineBreakStart, output);
                        start = lineBreakStart;
                    }

                    continue;
                case SyntaxKind.Whitespace:
                    continue;
                case SyntaxKind.Text:
                    lineBreakStart = -1;
                    // A run of marks may have crossed into this token (「！」 then 「」」 as another token).
                    for (var i = Math.Max(token.Span.Start, start); i < token.Span.End; i++)
                    {
                        if (!IsSentenceFinal(text[i]))
                        {
                            continue;
                        }

                        var end = i + 1;
                        while (end < text.Length && (IsSentenceFinal(text[end]) || IsClosingBracket(text[end])))
                        {
                            end++;
                        }

                        Add(text, start, end, output);
                        start = end;
                        i = end - 1;
                    }

                    continue;
                default:
                    lineBreakStart = -1;
                    continue;
            }
        }

        Add(text, start, text.Length, output);
    }

    /// <summary>True for the marks that end a Japanese or English sentence.</summary>
    public static bool IsSentenceFinal(char c) => c is '。' or '．' or '！' or '？' or '!' or '?' or '｡';

    private static bool IsClosingBracket(char c) => c is '」' or '』' or '）' or ')' or '】' or '〉' or '》' or '｣';

    private static void Add(ReadOnlySpan<char> text, int start, int end, List<TextSpan> output)
    {
        if (end <= start)
        {
            return;
        }

        foreach (var c in text[start..end])
        {
            if (!char.IsWhiteSpace(c))
            {
                output.Add(TextSpan.FromBounds(start, end));
                return;
            }
        }
    }
}
