using PostLint.Analysis;
using PostLint.Syntax;

namespace PostLint.Rules.Disclosure;

/// <summary>
/// Where the disclosure pieces of one post are: token indexes (into <see cref="PostSyntax.Tokens"/>)
/// of the first hashtag of each role, -1 when there is none. One pass over the tokens, no
/// allocation; every disclosure rule starts from it so that they all read a post the same way.
/// </summary>
internal readonly record struct DisclosureScan
{
    /// <summary>The first hashtag X recognises, whatever it says.</summary>
    public int FirstHashtag { get; private init; }

    /// <summary>The first accepted disclosure hashtag (D: #PR, #プロモーション, #宣伝, #広告).</summary>
    public int Disclosure { get; private init; }

    /// <summary>The first source hashtag (S: #石巻市).</summary>
    public int Source { get; private init; }

    /// <summary>The first variant of the source tag (#石巻, #Ishinomaki).</summary>
    public int Variant { get; private init; }

    /// <summary>The first fused disclosure + source hashtag (#石巻市PR).</summary>
    public int Fused { get; private init; }

    /// <summary>The first sponsorship hashtag that is not an accepted disclosure word (#タイアップ where the profile does not accept it, #sponsored).</summary>
    public int NonStandard { get; private init; }

    /// <summary>The first 【…】 mark whose inside is a disclosure word (【PR】).</summary>
    public int DisclosureMark { get; private init; }

    /// <summary>True when a hashtag X does not recognise (石巻市#PR) carries a disclosure word.</summary>
    public bool HasUnrecognizedDisclosure { get; private init; }

    /// <summary>True when a hashtag X does not recognise (牡蠣#石巻市) carries the source tag.</summary>
    public bool HasUnrecognizedSource { get; private init; }

    public bool HasDisclosure => Disclosure >= 0;

    public bool HasSource => Source >= 0;

    public bool HasFused => Fused >= 0;

    /// <summary>The source tag is written somewhere as a tag, recognised or not.</summary>
    public bool HasSourceAnywhere => Source >= 0 || HasUnrecognizedSource;

    /// <summary>
    /// The disclosure pieces of the post, computed once per post and shared by every disclosure
    /// rule through the engine's per-post values (<see cref="DisclosureVocabulary.ScanProvider"/>).
    /// </summary>
    public static DisclosureScan Scan(PostAnalysisContext context, DisclosureVocabulary vocabulary) => context.GetValue(vocabulary.ScanProvider);

    /// <inheritdoc cref="Scan(PostAnalysisContext, DisclosureVocabulary)"/>
    public static DisclosureScan Scan(SyntaxAnalysisContext context, DisclosureVocabulary vocabulary) => context.GetValue(vocabulary.ScanProvider);

    /// <summary>Scans a post; rules ask <see cref="Scan(PostAnalysisContext, DisclosureVocabulary)"/> instead, which scans once per post.</summary>
    public static DisclosureScan Compute(PostSyntax syntax, DisclosureVocabulary vocabulary)
    {
        int firstHashtag = -1, disclosure = -1, source = -1, variant = -1, fused = -1, mark = -1, nonStandard = -1;
        bool unrecognizedDisclosure = false, unrecognizedSource = false;
        var tokens = syntax.Tokens;
        for (var i = 0; i < tokens.Length; i++)
        {
            var token = tokens[i];
            switch (token.Kind)
            {
                case SyntaxKind.Hashtag:
                    if (firstHashtag < 0)
                    {
                        firstHashtag = i;
                    }

                    var tagRole = vocabulary.Classify(syntax.GetValueSpan(token));
                    if (tagRole is HashtagRole.Disclosure or HashtagRole.Source && FusedAcrossLowLine(syntax, token, tagRole, vocabulary) > 0)
                    {
                        tagRole = HashtagRole.FusedDisclosureAndSource;
                    }

                    switch (tagRole)
                    {
                        case HashtagRole.Disclosure when disclosure < 0:
                            disclosure = i;
                            break;
                        case HashtagRole.Source when source < 0:
                            source = i;
                            break;
                        case HashtagRole.SourceVariant when variant < 0:
                            variant = i;
                            break;
                        case HashtagRole.FusedDisclosureAndSource when fused < 0:
                            fused = i;
                            break;
                        case HashtagRole.NonStandardDisclosure when nonStandard < 0:
                            nonStandard = i;
                            break;
                    }

                    break;

                case SyntaxKind.UnrecognizedHashtag:
                    var role = vocabulary.Classify(syntax.GetValueSpan(token));
                    unrecognizedDisclosure |= role is HashtagRole.Disclosure or HashtagRole.FusedDisclosureAndSource;
                    unrecognizedSource |= role is HashtagRole.Source or HashtagRole.FusedDisclosureAndSource;
                    break;

                case SyntaxKind.DisclosureMark when mark < 0 && vocabulary.IsDisclosure(syntax.GetValueSpan(token)):
                    mark = i;
                    break;
            }
        }

        return new DisclosureScan
        {
            FirstHashtag = firstHashtag,
            Disclosure = disclosure,
            Source = source,
            Variant = variant,
            Fused = fused,
            NonStandard = nonStandard,
            DisclosureMark = mark,
            HasUnrecognizedDisclosure = unrecognizedDisclosure,
            HasUnrecognizedSource = unrecognizedSource,
        };
    }

    /// <summary>
    /// X ends a hashtag at the full-width low line, so <c>#PR＿石巻市</c> is the tag <c>#PR</c>
    /// followed by the text <c>＿石巻市</c>: still one fused word to the writer (PL1003). Given a
    /// disclosure or source hashtag, returns how many characters after it complete such a fused
    /// word (<c>＿石巻市</c>: the low line and the other half), or 0.
    /// </summary>
    public static int FusedAcrossLowLine(PostSyntax syntax, in SyntaxToken token, HashtagRole role, DisclosureVocabulary vocabulary)
    {
        var text = syntax.Text.AsSpan();
        var start = token.Span.End;
        if (start >= text.Length || text[start] != '＿')
        {
            return 0;
        }

        var rest = text[(start + 1)..];
        if (role == HashtagRole.Disclosure)
        {
            foreach (var (source, comparison) in vocabulary.SourceNames)
            {
                if (rest.StartsWith(source, comparison) && EndsWord(rest, source.Length))
                {
                    return 1 + source.Length;
                }
            }
        }
        else if (role == HashtagRole.Source)
        {
            foreach (var word in vocabulary.DisclosureKeys)
            {
                if (DisclosureStatements.StartsWithFolded(rest, word) && EndsWord(rest, word.Length))
                {
                    return 1 + word.Length;
                }
            }
        }

        return 0;
    }

    /// <summary>
    /// Japanese has no spaces between words (＿石巻市です), so only Latin letters and digits on both
    /// sides of the end make it a longer word (＿PRO is not ＿PR).
    /// </summary>
    private static bool EndsWord(ReadOnlySpan<char> text, int length) =>
        length >= text.Length || !(IsLatinLetterOrDigit(text[length - 1]) && IsLatinLetterOrDigit(text[length]));

    private static bool IsLatinLetterOrDigit(char c) => char.IsAsciiLetterOrDigit(c) || c is (>= '０' and <= '９') or (>= 'Ａ' and <= 'Ｚ') or (>= 'ａ' and <= 'ｚ');
}
