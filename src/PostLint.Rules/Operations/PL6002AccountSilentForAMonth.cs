using System.Collections.Immutable;
using System.Globalization;
using PostLint.Analysis;
using PostLint.Diagnostics;
using PostLint.Rules.Infrastructure;

namespace PostLint.Rules.Operations;

/// <summary>
/// PL6002 (audit only): the account went longer than one calendar month without a post.
/// 上越市ガイドライン 4(4)②: 「なお発信頻度は最低でも1アカウントにつき1か月に1回以上とします。」
/// Two consecutive posts of an account are compared by their dates in <c>operations.timeZone</c>:
/// a gap exists when the later date is after the earlier date plus one calendar month (1月31日 →
/// 2月28日 is no gap, 1月31日 → 3月1日 is). Reported once per gap, on the first post after it —
/// whichever way the export runs (X archives list the newest first).
/// </summary>
public sealed class PL6002AccountSilentForAMonth : PostAnalyzer
{
    /// <summary>The rule id, <c>PL6002</c>: how configuration (<c>rules</c>, front matter <c>ignore</c>), baselines and reports name this rule.</summary>
    public const string DiagnosticId = "PL6002";

    /// <summary>
    /// The descriptor of PL6002 ("Account silent for more than a month"): a warning by default, off unless a profile or the configuration turns it on. Profiles and the
    /// <c>rules</c> and <c>categories</c> settings change its severity; findings carry its id (<see cref="Diagnostic.Id"/>).
    /// </summary>
    public static readonly DiagnosticDescriptor Rule = new(
        DiagnosticId,
        "Account silent for more than a month",
        "前回の投稿（{0}）からこの投稿（{1}）まで{2}日間、1か月を超えて投稿がありません。発信頻度は最低でも1アカウントにつき1か月に1回以上です（{3}）",
        DiagnosticCategory.Operations,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: false,
        description: "Audits only: an account that goes more than one calendar month without posting (compared by the posts' local dates in operations.timeZone) is reported once per gap, at the first post after it. Needs the account's posts in time order (either direction); posts without a time are not counted.",
        references: ["上越市ソーシャルメディアガイドライン 4(4)②"]);

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    /// <summary>Reads <c>operations</c> (<see cref="OperationsOptions"/>).</summary>
    public override ImmutableArray<Configuration.OptionSection> OptionSections { get; } = [OperationsOptions.Section];

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        var zone = context.Options.Get(OperationsOptions.Section).TimeZone;
        var clause = ClauseText.For(context.Options, Rule);
        context.RegisterAccountAction(account => Analyze(account, zone, clause));
    }

    private static void Analyze(AccountAnalysisContext context, TimeZoneInfo zone, string clause)
    {
        if (context.Post.CreatedAt is not { } current || context.PreviousPost is not { CreatedAt: { } previous })
        {
            return;
        }

        var currentDate = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(current, zone).DateTime);
        var previousDate = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(previous, zone).DateTime);
        var (earlier, later) = currentDate >= previousDate ? (previousDate, currentDate) : (currentDate, previousDate);
        if (later <= earlier.AddMonths(1))
        {
            return;
        }

        var days = later.DayNumber - earlier.DayNumber;
        var from = earlier.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var to = later.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        if (currentDate >= previousDate)
        {
            context.ReportDiagnostic(Diagnostic.Create(Rule, AccountAudit.FirstLine(context.Post), from, to, days, clause));
        }
        else
        {
            // The export runs newest first: the post after the gap is the one read before this.
            context.ReportDiagnosticOnPreviousPost(Diagnostic.Create(Rule, AccountAudit.FirstLine(context.PreviousPost), from, to, days, clause));
        }
    }
}
