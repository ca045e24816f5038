using System.Buffers;
using System.Collections.Immutable;
using System.Globalization;
using PostLint.Analysis;
using PostLint.Configuration;
using PostLint.Diagnostics;
using PostLint.Text;

namespace PostLint.Rules.Operations;

/// <summary>
/// PL6001: the post was (or is scheduled to be) published outside the configured business hours
/// (<c>operations.businessHours</c>, in <c>operations.timeZone</c>, with <c>operations.holidays</c>
/// as closed days). 上越市ガイドライン 6(1)②【時間】: 原則として就業時間内に行う; ただし、災害やイベント
/// など即時性が求められる情報は就業時間外も発信できる — posts containing a word of
/// <c>Data/Lists/immediacy-words.txt</c> are not judged. Posts without a time are not judged.
/// </summary>
public sealed class PL6001OutsideBusinessHours : PostAnalyzer
{
    public const string DiagnosticId = "PL6001";

    private static readonly string[] DayNames = ["日", "月", "火", "水", "木", "金", "土"];

    public static readonly DiagnosticDescriptor Rule = new(
        DiagnosticId,
        "Posted outside business hours",
        "{0} の投稿は{1}で、就業時間（{2}）の外です。災害やイベントなど即時性が求められる情報でなければ、就業時間内に発信してください（{3}）",
        DiagnosticCategory.Operations,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: false,
        description: "Official accounts post during working hours, so that staff can answer replies and correct mistakes; disaster, emergency and same-day event information may be posted at any time. The time of the post is converted to the configured time zone and compared with operations.businessHours and operations.holidays.",
        references: ["上越市ソーシャルメディアガイドライン 6(1)②【時間】"]);

    private static readonly Lazy<SearchValues<string>> ImmediacyWords = new(static () =>
        SearchValues.Create([.. EmbeddedData.ReadList("Lists/immediacy-words.txt")], StringComparison.Ordinal));

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    public override void Initialize(AnalysisContext context)
    {
        var hours = context.Options.BusinessHours;
        if (hours is null)
        {
            // Without configured hours there is nothing to judge against.
            return;
        }

        var settings = new Settings(hours, context.Options.TimeZone, context.Options.Holidays, ImmediacyWords.Value);
        context.RegisterPostAction(post => Analyze(post, settings));
    }

    private sealed record Settings(BusinessHours Hours, TimeZoneInfo Zone, ImmutableHashSet<DateOnly> Holidays, SearchValues<string> Words);

    private static void Analyze(PostAnalysisContext context, Settings settings)
    {
        if (context.Post.CreatedAt is not { } createdAt)
        {
            return;
        }

        var local = TimeZoneInfo.ConvertTime(createdAt, settings.Zone);
        var date = DateOnly.FromDateTime(local.DateTime);
        var time = TimeOnly.FromDateTime(local.DateTime);
        var holiday = settings.Holidays.Contains(date);
        if (!holiday && settings.Hours.Contains(local.DayOfWeek, time))
        {
            return;
        }

        if (context.Text.AsSpan().IndexOfAny(settings.Words) >= 0)
        {
            // 災害やイベントなど即時性が求められる情報 may be posted at any time.
            return;
        }

        var reason = holiday
            ? "祝日・休庁日"
            : settings.Hours.Segments.Any(s => s.Days.Contains(local.DayOfWeek))
                ? "就業時間外"
                : DayNames[(int)local.DayOfWeek] + "曜日";
        var when = string.Create(CultureInfo.InvariantCulture, $"{local:yyyy-MM-dd}({DayNames[(int)local.DayOfWeek]}) {local:HH:mm}");
        var span = context.Text.Length == 0 ? new TextSpan(0, 0) : context.Text.GetLineSpan(1);
        var reference = context.Options.GetReferences(Rule) is { IsEmpty: false } refs ? refs[0] : Rule.References[0];
        context.ReportDiagnostic(Diagnostic.Create(Rule, span, when, reason, settings.Hours.Text, reference));
    }
}
