using System.Collections.Immutable;
using System.Text;
using PostLint.Analysis;
using PostLint.Diagnostics;
using PostLint.Rules.Infrastructure;
using PostLint.Syntax;
using PostLint.Text;

namespace PostLint.Rules.Platform;

/// <summary>
/// PL5004: half-width katakana (半角カナ, U+FF65–U+FF9F), with the half-width punctuation
/// ｡｢｣､ (U+FF61–U+FF64) when it touches them. Screen readers spell them oddly, search treats
/// <c>ﾃﾞｰﾀ</c> and <c>データ</c> as different words, and official writing uses full-width kana.
/// One finding per run; safe fix: the run's NFKC form, which also joins the separate voiced marks
/// (<c>ﾃﾞｰﾀ</c> → <c>データ</c>). URLs are left alone.
/// </summary>
public sealed class PL5004HalfWidthKatakana : PostAnalyzer
{
    /// <summary>The rule id, <c>PL5004</c>: how configuration (<c>rules</c>, front matter <c>ignore</c>), baselines and reports name this rule.</summary>
    public const string DiagnosticId = "PL5004";

    // Unicode block "Halfwidth and Fullwidth Forms": U+FF61–U+FF64 are half-width CJK punctuation,
    // U+FF65–U+FF9F half-width katakana (including the middle dot ･, the prolonged sound mark ｰ and
    // the voiced/semi-voiced marks ﾞ ﾟ).
    private const char FirstPunctuation = '\uFF61';
    private const char FirstKatakana = '\uFF65';
    private const char LastKatakana = '\uFF9F';
    private const char HalfWidthVoicedMark = '\uFF9E';
    private const char HalfWidthSemiVoicedMark = '\uFF9F';

    // What NFKC makes of ﾞ and ﾟ when no letter before them takes the mark: the combining marks,
    // which would then sit on whatever precedes them. The fix writes the spacing marks instead.
    private const char CombiningVoicedMark = '\u3099';
    private const char CombiningSemiVoicedMark = '\u309A';
    private const char SpacingVoicedMark = '\u309B';
    private const char SpacingSemiVoicedMark = '\u309C';

    /// <summary>
    /// The descriptor of PL5004 ("Half-width katakana"): a suggestion by default. Profiles and the
    /// <c>rules</c> and <c>categories</c> settings change its severity; findings carry its id (<see cref="Diagnostic.Id"/>).
    /// </summary>
    public static readonly DiagnosticDescriptor Rule = new(
        DiagnosticId,
        "Half-width katakana",
        "半角カナ「{0}」が含まれています。全角の「{1}」で記載してください（{2}）",
        DiagnosticCategory.Platform,
        DiagnosticSeverity.Info,
        isEnabledByDefault: true,
        description: "Half-width katakana are a legacy encoding form: screen readers and search treat them differently from the full-width kana official writing uses. The fix replaces each run with its NFKC form, joining separate voiced marks (ﾃﾞｰﾀ → データ).",
        references: ["石巻市ソーシャルメディアガイドライン 4(4)"]);

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var clause = ClauseText.For(context.Options, Rule);
        context.RegisterPostAction(post => Analyze(post, clause));
    }

    private static void Analyze(PostAnalysisContext context, string clause)
    {
        var text = context.Text.AsSpan();
        var runStart = -1;
        var runEnd = -1;
        var runHasKana = false;
        foreach (var token in context.Syntax.Tokens)
        {
            if (token.Kind == SyntaxKind.Url)
            {
                continue;
            }

            for (var i = token.Span.Start; i < token.Span.End; i++)
            {
                var c = text[i];
                if (c is < FirstPunctuation or > LastKatakana)
                {
                    continue;
                }

                if (i != runEnd)
                {
                    Report(context, clause, runStart, runEnd, runHasKana);
                    runStart = i;
                    runHasKana = false;
                }

                runEnd = i + 1;
                runHasKana |= c >= FirstKatakana;
            }
        }

        Report(context, clause, runStart, runEnd, runHasKana);
    }

    private static void Report(PostAnalysisContext context, string clause, int start, int end, bool hasKana)
    {
        if (start < 0 || !hasKana)
        {
            // Half-width punctuation alone (｢…｣ around ordinary text) is left alone.
            return;
        }

        var text = context.Text;
        var span = TextSpan.FromBounds(start, end);

        // A voiced mark at the start of the run belongs to the letter before it (カﾞ → ガ): let the
        // normalization see that letter too, when the letter is one NFKC leaves as it is (so that
        // nothing outside the run changes) and not half of a surrogate pair or a line break.
        var editStart = start;
        if (text[start] is HalfWidthVoicedMark or HalfWidthSemiVoicedMark && start > 0)
        {
            var previous = text[start - 1];
            if (!char.IsSurrogate(previous) && !PostText.IsLineBreak(previous) && IsNfkcStable(previous))
            {
                editStart = start - 1;
            }
        }

        var editSpan = TextSpan.FromBounds(editStart, end);
        var replacement = ToFullWidth(text.AsSpan(editSpan));
        var fix = CodeFix.Safe($"「{replacement}」に置き換える", TextEdit.Replace(editSpan, replacement));
        context.ReportDiagnostic(Diagnostic.Create(Rule, span, [fix], text.ToString(span), replacement, clause));
    }

    /// <summary>NFKC of the run, with voiced marks that joined no letter written as spacing marks.</summary>
    private static string ToFullWidth(ReadOnlySpan<char> run)
    {
        var normalized = run.ToString().Normalize(NormalizationForm.FormKC);
        return normalized.Contains(CombiningVoicedMark, StringComparison.Ordinal) || normalized.Contains(CombiningSemiVoicedMark, StringComparison.Ordinal)
            ? normalized.Replace(CombiningVoicedMark, SpacingVoicedMark).Replace(CombiningSemiVoicedMark, SpacingSemiVoicedMark)
            : normalized;
    }

    private static bool IsNfkcStable(char c)
    {
        Span<char> one = [c];
        return one.IsNormalized(NormalizationForm.FormKC);
    }
}
