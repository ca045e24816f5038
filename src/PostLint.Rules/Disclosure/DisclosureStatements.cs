using System.Collections.Immutable;
using PostLint.Syntax;
using PostLint.Text;

namespace PostLint.Rules.Disclosure;

/// <summary>
/// Finds disclosures written as statements rather than as the hashtag pair (石巻市ガイドライン 5(2)):
/// <list type="bullet">
/// <item>a mark followed by the source name: 【PR】石巻市, 【広告】 石巻市, 【PR】#石巻市;</item>
/// <item>a sentence: the source name, の, a disclosure word and one of the endings in
/// <c>Data/Lists/disclosure-statement-tails.txt</c> (案件, に参加, 制作, …):
/// 「石巻市のプロモーションに参加しています」「石巻市のPR案件としての投稿です」「石巻市の広告制作を担当しています」.</item>
/// </list>
/// Without configured source tags a mark alone (【PR】) or any name before の counts. The source
/// name is compared as configured, ignoring case; disclosure words and endings ignore case and
/// full-width Latin (石巻市のＰＲ案件). Nothing is allocated.
/// </summary>
internal static class DisclosureStatements
{
    private static readonly ImmutableArray<string> Tails = [.. EmbeddedData.ReadList("Lists/disclosure-statement-tails.txt")];

    /// <summary>How far back a sentence statement's name is looked for when no source tag is configured.</summary>
    private const int MaxNameLength = 32;

    /// <summary>The first statement disclosure of the post, if any.</summary>
    public static bool TryFindFirst(PostSyntax syntax, DisclosureVocabulary vocabulary, out TextSpan span)
    {
        var found = TryFindMarkStatement(syntax, vocabulary, out span);
        if (TryFindSentence(syntax.Text.AsSpan(), vocabulary, out var sentence) && (!found || sentence.Start < span.Start))
        {
            span = sentence;
            found = true;
        }

        return found;
    }

    private static bool TryFindMarkStatement(PostSyntax syntax, DisclosureVocabulary vocabulary, out TextSpan span)
    {
        var text = syntax.Text.AsSpan();
        foreach (var token in syntax.Tokens)
        {
            if (token.Kind != SyntaxKind.DisclosureMark || !vocabulary.IsDisclosure(syntax.GetValueSpan(token)))
            {
                continue;
            }

            if (!vocabulary.HasSourceTags)
            {
                span = token.Span;
                return true;
            }

            var position = token.Span.End;
            while (position < text.Length && text[position] is ' ' or '\t' or '\u3000')
            {
                position++;
            }

            if (position < text.Length && text[position] is '#' or '＃')
            {
                position++;
            }

            foreach (var (source, comparison) in vocabulary.SourceNames)
            {
                if (text[position..].StartsWith(source, comparison))
                {
                    span = TextSpan.FromBounds(token.Span.Start, position + source.Length);
                    return true;
                }
            }
        }

        span = default;
        return false;
    }

    private static bool TryFindSentence(ReadOnlySpan<char> text, DisclosureVocabulary vocabulary, out TextSpan span)
    {
        if (vocabulary.HasSourceTags)
        {
            var best = -1;
            span = default;
            foreach (var (source, comparison) in vocabulary.SourceNames)
            {
                var from = 0;
                while (from < text.Length)
                {
                    var index = text[from..].IndexOf(source, comparison);
                    if (index < 0 || (best >= 0 && from + index >= best))
                    {
                        break;
                    }

                    var start = from + index;
                    var afterName = start + source.Length;
                    if (afterName < text.Length && text[afterName] == 'の' && MatchDisclosureAndTail(text[(afterName + 1)..], vocabulary) is > 0 and var length)
                    {
                        best = start;
                        span = TextSpan.FromBounds(start, afterName + 1 + length);
                        break;
                    }

                    from = afterName;
                }
            }

            return best >= 0;
        }

        var position = 0;
        while (position < text.Length)
        {
            var index = text[position..].IndexOf('の');
            if (index < 0)
            {
                break;
            }

            var no = position + index;
            if (no > 0 && IsNameChar(text[no - 1]) && MatchDisclosureAndTail(text[(no + 1)..], vocabulary) is > 0 and var length)
            {
                var start = no - 1;
                while (start > 0 && no - start < MaxNameLength && IsNameChar(text[start - 1]))
                {
                    start--;
                }

                span = TextSpan.FromBounds(start, no + 1 + length);
                return true;
            }

            position = no + 1;
        }

        span = default;
        return false;
    }

    /// <summary>Length of "disclosure word + ending" at the start of <paramref name="text"/>, or 0.</summary>
    private static int MatchDisclosureAndTail(ReadOnlySpan<char> text, DisclosureVocabulary vocabulary)
    {
        foreach (var word in vocabulary.DisclosureKeys)
        {
            if (!StartsWithFolded(text, word))
            {
                continue;
            }

            var rest = text[word.Length..];
            foreach (var tail in Tails)
            {
                if (StartsWithFolded(rest, tail))
                {
                    return word.Length + tail.Length;
                }
            }
        }

        return 0;
    }

    /// <summary>
    /// Compares <paramref name="text"/> with a comparison key (NFKC, upper case) one character
    /// at a time: full-width Latin folds to ASCII and case is ignored, which covers how people
    /// write PR in sentences without normalizing the whole post.
    /// </summary>
    internal static bool StartsWithFolded(ReadOnlySpan<char> text, ReadOnlySpan<char> key)
    {
        if (text.Length < key.Length)
        {
            return false;
        }

        for (var i = 0; i < key.Length; i++)
        {
            if (Fold(text[i]) != Fold(key[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static char Fold(char c) => char.ToUpperInvariant(c is >= '\uFF01' and <= '\uFF5E' ? (char)(c - 0xFEE0) : c);

    private static bool IsNameChar(char c) => char.IsLetterOrDigit(c) && c != 'の';
}
