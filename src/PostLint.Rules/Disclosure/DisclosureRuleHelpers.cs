using PostLint.Syntax;

namespace PostLint.Rules.Disclosure;

/// <summary>Small queries over a post's hashtags that several disclosure rules share.</summary>
internal static class DisclosureRuleHelpers
{
    /// <summary>Index (into <see cref="PostSyntax.Tokens"/>) of the first hashtag with the given role, or -1.</summary>
    public static int FindFirst(PostSyntax syntax, DisclosureVocabulary vocabulary, HashtagRole role)
    {
        var tokens = syntax.Tokens;
        for (var i = 0; i < tokens.Length; i++)
        {
            if (tokens[i].Kind == SyntaxKind.Hashtag && vocabulary.Classify(syntax.GetValueSpan(tokens[i])) == role)
            {
                return i;
            }
        }

        return -1;
    }
}
