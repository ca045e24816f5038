using System.Collections.Immutable;
using System.Globalization;
using PostLint.Analysis;
using PostLint.Diagnostics;
using PostLint.Rules.Infrastructure;
using PostLint.Text;

namespace PostLint.Rules.Operations;

/// <summary>
/// PL6001: the post was (or is scheduled to be) published outside the configured business hours
/// (<c>operations.businessHours</c> in <c>operations.timeZone</c>; closed days from
/// <c>operations.holidays</c> and, with <c>operations.japaneseHolidays</c>, Japan's public holidays).
/// 上越市ガイドライン 6(1)②【時間】: 原則として就業時間内に行う; ただし、災害やイベントなど即時性が
/// 求められる情報は就業時間外も発信できる — posts that <see cref="ImmediacyVocabulary"/> finds
/// immediate, and posts with metadata <c>urgent: true</c>, are not judged. Posts without a time are
/// not judged.
/// </summary>
public sealed class PL6001OutsideBusinessHours : PostAnalyzer
{
    /// <summary>The rule id, <c>PL6001</c>: how configuration (<c>rules</c>, front matter <c>ignore</c>), baselines and reports name this rule.</summary>
    public const string DiagnosticId = "PL6001";

    private static readonly string[] DayNames = ["日", "月", "火", "水", "木", "金", "土"];

    /// <summary>
    /// The descriptor of PL6001 ("Posted outside business hours"): a warning by default, off unless a profile or the configuration turns it on. Profiles and the
    /// <c>rules</c> and <c>categories</c> settings change its severity; findings carry its id (<see cref="Diagnostic.Id"/>).
    /// </summary>
    public static readonly DiagnosticDescriptor Rule = new(
        DiagnosticId,
        "Posted outside business hours",
        "{0} の投稿は{1}で、就業時間（{2}）の外です。災害やイベントなど即時性が求められる情報でなければ、就業時間内に発信してください（{3}）",
        DiagnosticCategory.Operations,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: false,
        description: "Official accounts post during working hours, so that staff can answer and correct mistakes; information that needs immediacy (disasters, warnings, sightings, traffic and service disruptions, an event's go/no-go or change for today or tomorrow, or metadata urgent: true) may be posted at any time. The time of the post is converted to the configured time zone and compared with operations.businessHours, operations.holidays and, with operations.japaneseHolidays, Japan's public holidays.",
        references: ["上越市ソーシャルメディアガイドライン 6(1)②【時間】"]);

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    /// <summary>Reads <c>operations</c> (<see cref="OperationsOptions"/>).</summary>
    public override ImmutableArray<Configuration.OptionSection> OptionSections { get; } = [OperationsOptions.Section];

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        var options = context.Options;
        var operations = options.Get(OperationsOptions.Section);
        if (operations.BusinessHours is null)
        {
            // Without configured hours there is nothing to judge against.
            return;
        }

        var settings = new Settings(
            operations,
            operations.JapaneseHolidays ? JapaneseHolidayCalendar.Instance : null,
            ImmediacyVocabulary.Instance,
            ClauseText.For(options, Rule));
        context.RegisterPostAction(post => Analyze(post, settings));
    }

    private sealed record Settings(OperationsOptions Options, JapaneseHolidayCalendar? Calendar, ImmediacyVocabulary Vocabulary, string Clause);

    private static void Analyze(PostAnalysisContext context, Settings settings)
    {
        if (context.Post.CreatedAt is not { } createdAt || context.Post.Urgent == true)
        {
            return;
        }

        var options = settings.Options;
        var local = TimeZoneInfo.ConvertTime(createdAt, options.TimeZone);
        var date = DateOnly.FromDateTime(local.DateTime);
        var time = TimeOnly.FromDateTime(local.DateTime);
        var closedDay = ClosedDayName(date, settings);
        if (closedDay is null && options.BusinessHours!.Contains(local.DayOfWeek, time))
        {
            return;
        }

        if (settings.Vocabulary.IsImmediate(context.Text.AsSpan(), date))
        {
            // 災害やイベントなど即時性が求められる情報 may be posted at any time.
            return;
        }

        var reason = closedDay
            ?? (options.BusinessHours!.Segments.Any(s => s.Days.Contains(local.DayOfWeek))
                ? "就業時間外"
                : DayNames[(int)local.DayOfWeek] + "曜日");
        var when = string.Create(CultureInfo.InvariantCulture, $"{local:yyyy-MM-dd}({DayNames[(int)local.DayOfWeek]}) {local:HH:mm}");
        var span = context.Text.Length == 0 ? new TextSpan(0, 0) : context.Text.GetLineSpan(1);
        context.ReportDiagnostic(Diagnostic.Create(Rule, span, when, reason, options.BusinessHours!.Text, settings.Clause));
    }

    /// <summary>「祝日（振替休日）」 for a national holiday, 「休庁日」 for a configured closed day, null for a working day.</summary>
    private static string? ClosedDayName(DateOnly date, Settings settings)
    {
        if (settings.Calendar?.NameOf(date) is { } holiday)
        {
            return $"祝日（{holiday}）";
        }

        return settings.Options.IsConfiguredHoliday(date) ? "休庁日" : null;
    }
}
