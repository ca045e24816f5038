using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using PostLint.Analysis;
using PostLint.Diagnostics;
using PostLint.Rules.Infrastructure;
using PostLint.Syntax;
using PostLint.Text;

namespace PostLint.Rules.Privacy;

/// <summary>
/// PL4002: invisible or direction-changing characters (U+200B–U+200F, U+202A–U+202E,
/// U+2066–U+2069, U+FEFF, U+00AD; <c>Data/Lists/invisible-characters.txt</c>). They do not show,
/// yet they make a word or hashtag differ from the one it looks like (<c>#PR&#x200B;</c> is not
/// <c>#PR</c>) or make text display in another order than it is stored. One finding per run of
/// such characters; safe fix: remove the run.
/// Left alone: anything inside an emoji sequence (the ZWJ in 👨‍👩‍👧 joins it), and U+200C/U+200D
/// between two letters of a hashtag written in a script that uses joiners (Arabic, Persian, Indic
/// scripts …), where X keeps them in the tag and they shape the letters.
/// </summary>
public sealed class PL4002InvisibleCharacter : PostAnalyzer
{
    /// <summary>The rule id, <c>PL4002</c>: how configuration (<c>rules</c>, front matter <c>ignore</c>), baselines and reports name this rule.</summary>
    public const string DiagnosticId = "PL4002";

    private const char ZeroWidthNonJoiner = '\u200C';
    private const char ZeroWidthJoiner = '\u200D';

    /// <summary>
    /// The descriptor of PL4002 ("Invisible or direction-changing character"): a warning by default. Profiles and the
    /// <c>rules</c> and <c>categories</c> settings change its severity; findings carry its id (<see cref="Diagnostic.Id"/>).
    /// </summary>
    public static readonly DiagnosticDescriptor Rule = new(
        DiagnosticId,
        "Invisible or direction-changing character",
        "目に見えない文字 {0} が含まれています。表示と異なる文字列になり、ハッシュタグや検索が正しく働かなくなるため削除してください（{1}）",
        DiagnosticCategory.Privacy,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "Zero-width characters, bidirectional controls, the byte-order mark and the soft hyphen do not show on screen but change what a post says to machines: a hashtag with a zero-width space is another hashtag, and direction overrides make text display in a different order than it is stored. Emoji sequences (ZWJ) and joiners inside hashtags of scripts that need them are left alone.",
        references: ["石巻市ソーシャルメディアガイドライン 4(4)"]);

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var characters = InvisibleCharacters.Instance;
        var clause = ClauseText.For(context.Options, Rule);
        context.RegisterPostAction(post => Analyze(post, characters, clause));
    }

    private static void Analyze(PostAnalysisContext context, InvisibleCharacters characters, string clause)
    {
        var text = context.Text.AsSpan();
        var runStart = -1;
        var runEnd = -1;
        var emojiEnd = -1; // where the last emoji sequence seen ends
        var tokens = context.Syntax.Tokens;
        for (var t = 0; t < tokens.Length; t++)
        {
            var token = tokens[t];
            if (token.Kind == SyntaxKind.Emoji)
            {
                // Emoji sequences are joined by ZWJ and carry variation selectors: never touch them.
                emojiEnd = token.Span.End;
                continue;
            }

            var inTag = token.Kind is SyntaxKind.Hashtag or SyntaxKind.UnrecognizedHashtag;
            var syntax = context.Syntax;
            for (var i = token.Span.Start; i < token.Span.End; i++)
            {
                var c = text[i];
                if (c > 0x7F && syntax.GetEmojiSpanAt(i, token.Span.End).Length is > 0 and var emojiLength)
                {
                    // An emoji inside another token (an IDN host with protocol takes emoji into the
                    // URL): its joiners belong to it just as in an Emoji token.
                    emojiEnd = i + emojiLength;
                    i += emojiLength - 1;
                    continue;
                }

                if (!characters.Contains(c) ||
                    (inTag && IsJoinerShapingTagLetters(text, token.ValueSpan, i)) ||
                    (c == ZeroWidthJoiner && i == emojiEnd && EmojiStartsAt(syntax, t, token.Span.End, i + 1)))
                {
                    // The last case: a ZWJ between two emoji makes an emoji ZWJ sequence, even one
                    // the lexer's list of recommended sequences does not hold.
                    continue;
                }

                if (i != runEnd)
                {
                    Report(context, characters, clause, runStart, runEnd);
                    runStart = i;
                }

                runEnd = i + 1;
            }
        }

        Report(context, characters, clause, runStart, runEnd);
    }

    private static bool EmojiStartsAt(PostSyntax syntax, int tokenIndex, int tokenEnd, int position)
    {
        if (position < tokenEnd)
        {
            return syntax.GetEmojiSpanAt(position, tokenEnd).Length > 0;
        }

        var tokens = syntax.Tokens;
        return tokenIndex + 1 < tokens.Length && tokens[tokenIndex + 1].Kind == SyntaxKind.Emoji && tokens[tokenIndex + 1].Span.Start == position;
    }

    private static void Report(PostAnalysisContext context, InvisibleCharacters characters, string clause, int start, int end)
    {
        if (start < 0)
        {
            return;
        }

        var span = TextSpan.FromBounds(start, end);
        var run = context.Text.AsSpan(span);
        var described = new StringBuilder();
        for (var i = 0; i < run.Length; i++)
        {
            if (run[..i].Contains(run[i]))
            {
                continue;
            }

            if (described.Length > 0)
            {
                described.Append('、');
            }

            described.Append(characters.Describe(run[i]));
        }

        if (run.Length > 1)
        {
            described.Append(CultureInfo.InvariantCulture, $"（{run.Length}文字）");
        }

        var fix = CodeFix.Safe(run.Length > 1 ? "不可視文字を削除する" : $"{characters.Describe(run[0])} を削除する", TextEdit.Delete(span));
        context.ReportDiagnostic(Diagnostic.Create(Rule, span, [fix], described.ToString(), clause));
    }

    /// <summary>
    /// True for ZWNJ/ZWJ between two letters of a hashtag's value when both letters belong to a
    /// script where joiners change how letters connect (not Latin, not CJK, kana or Hangul, where
    /// they change nothing on screen and only make the tag a different tag).
    /// </summary>
    private static bool IsJoinerShapingTagLetters(ReadOnlySpan<char> text, TextSpan tagValue, int index)
    {
        if (text[index] is not (ZeroWidthNonJoiner or ZeroWidthJoiner) || index <= tagValue.Start || index >= tagValue.End - 1)
        {
            return false;
        }

        return Rune.DecodeLastFromUtf16(text[tagValue.Start..index], out var before, out _) == System.Buffers.OperationStatus.Done &&
               Rune.DecodeFromUtf16(text[(index + 1)..tagValue.End], out var after, out _) == System.Buffers.OperationStatus.Done &&
               UsesJoiners(before) && UsesJoiners(after);
    }

    private static bool UsesJoiners(Rune rune)
    {
        var value = rune.Value;
        if (value < 0x0370 || // ASCII, Latin-1, Latin Extended, IPA, combining diacritics
            value is >= 0x1100 and < 0x1200 || // Hangul Jamo
            value is >= 0x2E80 and < 0xA4D0 || // CJK radicals, kana, CJK ideographs, Yi
            value is >= 0xAC00 and < 0xD7B0 || // Hangul syllables
            value is >= 0xF900 and < 0xFB00 || // CJK compatibility ideographs
            value is >= 0xFF00 and < 0xFFF0 || // half-width and full-width forms
            value >= 0x20000) // CJK extension planes
        {
            return false;
        }

        var category = Rune.GetUnicodeCategory(rune);
        return category is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
            or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;
    }
}
