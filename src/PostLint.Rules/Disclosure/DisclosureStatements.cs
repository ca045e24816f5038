using System.Buffers;
using System.Collections.Immutable;
using PostLint.Analysis;
using PostLint.Rules.Infrastructure;
using PostLint.Syntax;
using PostLint.Text;

namespace PostLint.Rules.Disclosure;

/// <summary>
/// The statement disclosures of one post (石巻市ガイドライン 5(2)): the first statement that names
/// the source and a concrete relationship, and the first sentence that names the source with a
/// relationship word but no concrete relation (a weak cue only a person can judge).
/// </summary>
internal readonly record struct StatementScan(TextSpan Statement, bool HasStatement, TextSpan WeakStatement, bool HasWeakStatement);

/// <summary>
/// Finds disclosures written as statements rather than as the hashtag pair (石巻市ガイドライン 5(2):
/// 「発信する情報元である本市と情報発信者の具体的な関係の内容を明瞭に記載する」, whose five sentences are
/// examples, not a closed list):
/// <list type="bullet">
/// <item>a mark followed by the source name: 【PR】石巻市, 【広告】 石巻市, 【PR】#石巻市;</item>
/// <item>a sentence that names the source and a relationship word
/// (<c>Data/Lists/disclosure-relationship-words.txt</c>: 委託, タイアップ, 大使, PR …) followed by a
/// relation marker (<c>Data/Lists/disclosure-statement-tails.txt</c>: を受けて, 投稿, として, 案件 …):
/// 「石巻市から委託を受けて投稿しています」「石巻市とのタイアップ投稿です」「石巻市PR大使として投稿しています」
/// 「石巻市のPR案件としての投稿です」.</item>
/// </list>
/// A sentence that names the source and a relationship word without a marker (「石巻市の広告を見ました」)
/// is a weak statement. Without configured source tags a mark alone (【PR】) or a relationship word
/// with a marker counts. Sentences are the engine's (<see cref="PostValueContext.Sentences"/>).
/// Source names compare as configured (ignoring case when they have Latin letters); relationship
/// words and markers ignore case and full-width Latin. Nothing is allocated.
/// </summary>
internal static class DisclosureStatements
{
    private static readonly ImmutableArray<string> Tails = [.. EmbeddedData.ReadList("Lists/disclosure-statement-tails.txt")];

    private static readonly ImmutableArray<string> RelationshipWords = [.. EmbeddedData.ReadList("Lists/disclosure-relationship-words.txt")];

    /// <summary>The first characters of the relationship words, in every width and case, for a vectorized search.</summary>
    private static readonly SearchValues<char> RelationshipStarts = SearchValues.Create(string.Concat(RelationshipWords.Select(static w => Variants(w[0]))));

    /// <summary>The statements of the post being analysed, found once per post (see <see cref="DisclosureVocabulary.StatementProvider"/>).</summary>
    public static StatementScan Find(PostAnalysisContext context, DisclosureVocabulary vocabulary) => context.GetValue(vocabulary.StatementProvider);

    /// <inheritdoc cref="Find(PostAnalysisContext, DisclosureVocabulary)"/>
    public static StatementScan Find(SyntaxAnalysisContext context, DisclosureVocabulary vocabulary) => context.GetValue(vocabulary.StatementProvider);

    /// <summary>Finds the statements of a post; rules ask <see cref="Find(PostAnalysisContext, DisclosureVocabulary)"/>, which finds them once per post.</summary>
    public static StatementScan Compute(PostSyntax syntax, ReadOnlySpan<TextSpan> sentences, DisclosureVocabulary vocabulary)
    {
        var found = TryFindMarkStatement(syntax, vocabulary, out var statement);
        var text = syntax.Text.AsSpan();
        var weak = default(TextSpan);
        var hasWeak = false;
        foreach (var sentence in sentences)
        {
            if (found && sentence.Start >= statement.Start)
            {
                break;
            }

            switch (ClassifySentence(text, sentence, vocabulary, out var span))
            {
                case StatementStrength.Concrete:
                    if (!found || span.Start < statement.Start)
                    {
                        statement = span;
                        found = true;
                    }

                    break;
                case StatementStrength.Weak when !hasWeak:
                    weak = span;
                    hasWeak = true;
                    break;
            }
        }

        return new StatementScan(statement, found, weak, hasWeak);
    }

    private enum StatementStrength
    {
        None,
        Weak,
        Concrete,
    }

    private static StatementStrength ClassifySentence(ReadOnlySpan<char> text, TextSpan sentence, DisclosureVocabulary vocabulary, out TextSpan span)
    {
        span = default;
        var body = text[sentence.Start..sentence.End];
        var sourceStart = -1;
        var sourceEnd = -1;
        if (vocabulary.HasSourceTags)
        {
            foreach (var (source, comparison) in vocabulary.SourceNames)
            {
                var index = body.IndexOf(source, comparison);
                if (index >= 0 && (sourceStart < 0 || index < sourceStart))
                {
                    (sourceStart, sourceEnd) = (index, index + source.Length);
                }
            }

            if (sourceStart < 0)
            {
                return StatementStrength.None;
            }
        }

        var strength = StatementStrength.None;
        var position = 0;
        while (position < body.Length)
        {
            var next = body[position..].IndexOfAny(RelationshipStarts);
            if (next < 0)
            {
                break;
            }

            var start = position + next;
            var length = MatchRelationshipWord(body, start);
            if (length == 0 || (sourceStart >= 0 && start < sourceEnd && start + length > sourceStart) || (start > 0 && body[start - 1] is '#' or '＃'))
            {
                // Not a word, a word inside the source name itself, or a hashtag (the tag rules read those).
                position = start + 1;
                continue;
            }

            var end = start + length;
            var markerEnd = MatchMarker(body, end);
            if (markerEnd > 0)
            {
                var from = sourceStart >= 0 ? Math.Min(sourceStart, start) : start;
                var to = Math.Max(markerEnd, sourceEnd);
                span = TextSpan.FromBounds(sentence.Start + from, sentence.Start + to);
                return StatementStrength.Concrete;
            }

            if (sourceStart >= 0)
            {
                strength = StatementStrength.Weak;
            }

            position = end;
        }

        if (strength == StatementStrength.Weak)
        {
            span = Trimmed(text, sentence);
        }

        return strength;
    }

    /// <summary>
    /// Where the relation marker after a relationship word ends, or 0: relationship words in a row
    /// (PR大使, タイアップ企画) are passed over until a marker follows.
    /// </summary>
    private static int MatchMarker(ReadOnlySpan<char> body, int position)
    {
        while (position < body.Length)
        {
            foreach (var tail in Tails)
            {
                if (StartsWithFolded(body[position..], tail))
                {
                    return position + tail.Length;
                }
            }

            var word = MatchRelationshipWord(body, position);
            if (word == 0)
            {
                return 0;
            }

            position += word;
        }

        return 0;
    }

    /// <summary>The length of the relationship word at <paramref name="start"/>, or 0; a word with Latin letters must stand alone (PR, not "April").</summary>
    private static int MatchRelationshipWord(ReadOnlySpan<char> body, int start)
    {
        foreach (var word in RelationshipWords)
        {
            if (!StartsWithFolded(body[start..], word))
            {
                continue;
            }

            if (char.IsAsciiLetter(word[0]) &&
                ((start > 0 && IsLatinLetter(body[start - 1])) || (start + word.Length < body.Length && IsLatinLetter(body[start + word.Length]))))
            {
                continue;
            }

            return word.Length;
        }

        return 0;
    }

    private static TextSpan Trimmed(ReadOnlySpan<char> text, TextSpan span)
    {
        var start = span.Start;
        var end = span.End;
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return TextSpan.FromBounds(start, end);
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

    private static bool IsLatinLetter(char c) => char.IsAsciiLetter(c) || c is (>= 'Ａ' and <= 'Ｚ') or (>= 'ａ' and <= 'ｚ');

    /// <summary>A character in every width and case the folding above treats as equal (P: P p Ｐ ｐ).</summary>
    private static string Variants(char c)
    {
        if (!char.IsAsciiLetter(c))
        {
            return c.ToString();
        }

        var upper = char.ToUpperInvariant(c);
        var lower = char.ToLowerInvariant(c);
        return string.Concat(upper, lower, (char)(upper + 0xFEE0), (char)(lower + 0xFEE0));
    }
}
