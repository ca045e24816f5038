using System.Collections.Immutable;
using PostLint.Analysis;
using PostLint.Diagnostics;
using PostLint.Rules.Infrastructure;
using PostLint.Syntax;
using PostLint.Text;

namespace PostLint.Rules.Disclosure;

/// <summary>
/// PL1006: something written as a hashtag that X will not recognise, so it shows as plain text and
/// cannot be found: glued to the previous word (<c>石巻市#PR</c>), followed directly by another sign
/// (<c>#PR#石巻市</c>, <c>#PRと#石巻市</c>), or digits only (<c>#2025</c>). The lexer decides which
/// (<see cref="SyntaxKind.UnrecognizedHashtag"/> and its flags).
/// Severity: the configured one, raised one level (suggestion → warning → error) when the tag is a
/// disclosure word, the source tag or both fused, because then the disclosure itself is what fails
/// (<see cref="Diagnostic.WithRaisedSeverity"/>).
/// Fix: insert a space before the sign (glued) or before the next sign (followed by a sign); safe
/// for a disclosure or source tag and for a tag followed by a sign, unsafe for other glued words;
/// none for digits only.
/// </summary>
public sealed class PL1006UnrecognizedHashtag : PostAnalyzer
{
    /// <summary>The rule id, <c>PL1006</c>: how configuration (<c>rules</c>, front matter <c>ignore</c>), baselines and reports name this rule.</summary>
    public const string DiagnosticId = "PL1006";

    /// <summary>How much of the previous word a message quotes (「石巻市#PR」).</summary>
    private const int QuotedWordLength = 10;

    /// <summary>
    /// The descriptor of PL1006 ("Hashtag the platform will not recognise"): a warning by default. Profiles and the
    /// <c>rules</c> and <c>categories</c> settings change its severity; findings carry its id (<see cref="Diagnostic.Id"/>).
    /// </summary>
    public static readonly DiagnosticDescriptor Rule = new(
        DiagnosticId,
        "Hashtag the platform will not recognise",
        "「{0}」は{1}ためハッシュタグになりません。{2}（{3}）",
        DiagnosticCategory.Disclosure,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "X does not make a hashtag of a sign glued to the previous word (石巻市#PR), of a tag followed directly by another sign (#PR#石巻市), or of digits only (#2025). Such a tag is plain text: a disclosure written that way is not a disclosure tag. Raised one level when the tag is a disclosure word or the source tag.",
        references: ["石巻市ソーシャルメディアガイドライン 5(1)", "ステマ告示 運用基準"]);

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    /// <inheritdoc/>
    public override ImmutableArray<Configuration.OptionSection> OptionSections { get; } = [DisclosureOptions.Section];

    /// <summary>What a finding on an ordinary tag cites: the platform's rules for recognising hashtags (docs/syntax.md).</summary>
    public const string PlatformHashtagRules = "各プラットフォームのハッシュタグの仕様";

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        var vocabulary = DisclosureVocabulary.For(context.Options);
        var reference = ClauseText.For(context.Options, Rule);
        context.RegisterSyntaxAction(token => Analyze(token, vocabulary, reference), SyntaxKind.UnrecognizedHashtag);
    }

    private static void Analyze(SyntaxAnalysisContext context, DisclosureVocabulary vocabulary, string reference)
    {
        var token = context.Token;
        var text = context.Text.AsSpan();
        var glued = token.Has(SyntaxTokenFlags.GluedToPreviousWord);
        var followed = token.Has(SyntaxTokenFlags.FollowedByHashSign);
        if (IsNotAHashtagAttempt(context.Syntax, context.TokenIndex))
        {
            // 「C#」「F#」 and 「内線#123」 use the sign as part of a word or as a number sign: nobody
            // meant a hashtag there, and a space would damage the text.
            return;
        }

        if (glued && FollowsATag(context.Syntax, context.TokenIndex))
        {
            // #PR#石巻市: one missing space, reported once, on the tag before it (followed by a sign).
            glued = false;
            if (!followed)
            {
                return;
            }
        }

        var role = vocabulary.Classify(context.ValueText);
        var isDisclosureTag = IsDisclosureRole(role) || (followed && IsDisclosureRole(FollowingTagRole(context.Syntax, context.TokenIndex, vocabulary)));

        // 石巻市#PR牡蠣まつり: the tag is #PR, not the rest of the line up to the next sign or punctuation.
        var span = token.Span;
        var wordEnd = glued && !followed && !isDisclosureTag ? DisclosureWordPrefixEnd(context.Syntax, token, vocabulary) : 0;
        if (wordEnd > 0)
        {
            span = TextSpan.FromBounds(token.Span.Start, wordEnd);
            isDisclosureTag = true;
        }

        string quoted, reason, advice;
        ImmutableArray<CodeFix> fixes;
        if (glued || followed)
        {
            var start = span.Start;
            if (glued)
            {
                while (start > 0 && span.Start - start < QuotedWordLength && char.IsLetterOrDigit(text[start - 1]))
                {
                    start--;
                }
            }

            var end = followed ? FollowingTagEnd(context.Syntax, context.TokenIndex) : span.End;
            quoted = text[start..end].ToString();
            (reason, advice) = (glued, followed) switch
            {
                (true, true) => ("前の語に続き、直後にも「#」が続いている", "「#」の前とタグの後に空白を入れてください"),
                (true, false) when wordEnd > 0 => ("前後の語に続いている", "タグの前後に空白を入れてください"),
                (true, false) => ("前の語に続いている", "「#」の前に空白を入れてください"),
                _ => ("直後に「#」が続いている", "タグとタグの間に空白を入れてください"),
            };
            ImmutableArray<TextEdit> edits = (glued, followed) switch
            {
                (true, true) => [TextEdit.Insert(span.Start, " "), TextEdit.Insert(span.End, " ")],
                (true, false) when wordEnd > 0 => [TextEdit.Insert(span.Start, " "), TextEdit.Insert(span.End, " ")],
                (true, false) => [TextEdit.Insert(span.Start, " ")],
                _ => [TextEdit.Insert(span.End, " ")],
            };
            // Only a disclosure or source tag, or a tag followed by another sign (#PR#石巻市), is
            // surely meant as a hashtag; for other glued words the intent is a person's call.
            var applicability = followed || isDisclosureTag ? FixApplicability.Safe : FixApplicability.Unsafe;
            fixes = [new CodeFix("空白を入れてハッシュタグにする", applicability, edits)];
        }
        else
        {
            quoted = context.TokenText.ToString();
            reason = "数字だけの";
            advice = $"文字を含めてください（例: {quoted}年）";
            fixes = [];
        }

        // SPEC: the disclosure clause only where a disclosure or source tag is involved; any other
        // tag is a matter of how the platform recognises hashtags, not of the guideline.
        // The finding's references say the same as its message: the profile's clauses for a
        // disclosure or source tag, the platform's rules (and nothing of the profile's) otherwise.
        var diagnostic = Diagnostic.Create(Rule, span, fixes, quoted, reason, advice, isDisclosureTag ? reference : PlatformHashtagRules);
        context.ReportDiagnostic(isDisclosureTag ? diagnostic.WithRaisedSeverity() : diagnostic.WithOwnReferences([PlatformHashtagRules]));
    }

    /// <summary>
    /// A glued sign that is a language name or number sign (<see cref="IsNumberSignOrLanguageName"/>),
    /// unless it comes straight after a tag that is meant as one (#PR<u>#石巻市</u> is a glued hashtag,
    /// 「F#とC<u>#</u>」 is not).
    /// </summary>
    private static bool IsNotAHashtagAttempt(PostSyntax syntax, int index)
    {
        var tokens = syntax.Tokens;
        var token = tokens[index];
        if (token.Kind != SyntaxKind.UnrecognizedHashtag || !token.Has(SyntaxTokenFlags.GluedToPreviousWord)
            || !IsNumberSignOrLanguageName(syntax.Text.AsSpan(), token.Span))
        {
            return false;
        }

        if (index > 0)
        {
            var previous = tokens[index - 1];
            if (previous.Span.End == token.Span.Start && previous.Kind is SyntaxKind.Hashtag or SyntaxKind.UnrecognizedHashtag)
            {
                return IsNotAHashtagAttempt(syntax, index - 1);
            }
        }

        return true;
    }

    /// <summary>
    /// The sign follows a Latin letter or digit (<c>C#</c>, <c>F#</c>, <c>No#</c>) or is followed by
    /// a digit (<c>内線#123</c>): a language name or a number sign, not a glued hashtag.
    /// </summary>
    private static bool IsNumberSignOrLanguageName(ReadOnlySpan<char> text, TextSpan span)
    {
        var before = span.Start > 0 ? text[span.Start - 1] : '\0';
        var after = span.Start + 1 < text.Length ? text[span.Start + 1] : '\0';
        return char.IsAsciiLetterOrDigit(before) || char.IsAsciiDigit(after) || after is >= '０' and <= '９';
    }

    private static bool IsDisclosureRole(HashtagRole role) => role is HashtagRole.Disclosure or HashtagRole.Source or HashtagRole.FusedDisclosureAndSource;

    /// <summary>True when the token's sign comes straight after another tag (#PR<u>#石巻市</u>).</summary>
    private static bool FollowsATag(PostSyntax syntax, int index)
    {
        if (index == 0)
        {
            return false;
        }

        var previous = syntax.Tokens[index - 1];
        return previous.Span.End == syntax.Tokens[index].Span.Start && previous.Kind is SyntaxKind.Hashtag or SyntaxKind.UnrecognizedHashtag;
    }

    /// <summary>What the tag that follows directly (#PR<u>#石巻市</u>) is to the disclosure rules.</summary>
    private static HashtagRole FollowingTagRole(PostSyntax syntax, int index, DisclosureVocabulary vocabulary)
    {
        var tokens = syntax.Tokens;
        return index + 1 < tokens.Length && tokens[index + 1].Span.Start == tokens[index].Span.End && tokens[index + 1].Kind is SyntaxKind.Hashtag or SyntaxKind.UnrecognizedHashtag
            ? vocabulary.Classify(syntax.GetValueSpan(tokens[index + 1]))
            : HashtagRole.Other;
    }

    /// <summary>
    /// Where a disclosure word or the source name ends when a glued tag starts with one and runs on
    /// into other words (石巻市<u>#PR</u>牡蠣まつり), or 0. A Latin word must end there (#PRESS is not #PR).
    /// </summary>
    private static int DisclosureWordPrefixEnd(PostSyntax syntax, in SyntaxToken token, DisclosureVocabulary vocabulary)
    {
        var value = syntax.GetValueSpan(token);
        var valueStart = token.ValueSpan.Start;
        var best = 0;
        foreach (var word in vocabulary.DisclosureKeys)
        {
            if (word.Length < value.Length && word.Length > best && DisclosureStatements.StartsWithFolded(value, word) && !(char.IsAsciiLetter(word[^1]) && char.IsAsciiLetter(Fold(value[word.Length]))))
            {
                best = word.Length;
            }
        }

        foreach (var (source, comparison) in vocabulary.SourceNames)
        {
            if (source.Length < value.Length && source.Length > best && value.StartsWith(source, comparison))
            {
                best = source.Length;
            }
        }

        return best == 0 ? 0 : valueStart + best;
    }

    private static char Fold(char c) => c is >= '\uFF01' and <= '\uFF5E' ? (char)(c - 0xFEE0) : c;

    /// <summary>Where the tag that follows directly (#PR<u>#石巻市</u>) ends, for the message.</summary>
    private static int FollowingTagEnd(PostSyntax syntax, int index)
    {
        var tokens = syntax.Tokens;
        var end = tokens[index].Span.End;
        if (index + 1 < tokens.Length && tokens[index + 1].Span.Start == end && tokens[index + 1].Kind is SyntaxKind.Hashtag or SyntaxKind.UnrecognizedHashtag)
        {
            return tokens[index + 1].Span.End;
        }

        return Math.Min(end + 1, syntax.Text.Length);
    }
}
