using System.Collections.Immutable;
using PostLint.Analysis;
using PostLint.Diagnostics;
using PostLint.Syntax;

namespace PostLint.Core.Tests.Analysis;

/// <summary>Reports every hashtag written as "#bad"; safe fix rewrites it to "#good".</summary>
internal sealed class BadTagAnalyzer : PostAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new("TS0001", "Bad tag", "タグ {0} は使えません", DiagnosticCategory.Disclosure, DiagnosticSeverity.Warning, true, references: ["テスト規程 1"]);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    public override void Initialize(AnalysisContext context) => context.RegisterSyntaxAction(
        static c =>
        {
            if (c.ValueText.SequenceEqual("bad"))
            {
                c.ReportDiagnostic(Diagnostic.Create(Rule, c.Token.Span, [CodeFix.Safe("#good に置き換える", TextEdit.Replace(c.Token.Span, "#good"))], "#bad"));
            }
        },
        SyntaxKind.Hashtag);
}

/// <summary>Reports every line longer than 15 characters (error), with a display fix; and posts containing "!" (off by default).</summary>
internal sealed class LineAnalyzer : PostAnalyzer
{
    public static readonly DiagnosticDescriptor LongLine = new("TS0002", "Long line", "行が長すぎます", DiagnosticCategory.Platform, DiagnosticSeverity.Error, true);

    public static readonly DiagnosticDescriptor Bang = new("TS0003", "Exclamation", "感嘆符があります", DiagnosticCategory.Content, DiagnosticSeverity.Info, false);

    public int InitializeCount { get; private set; }

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [LongLine, Bang];

    public override void Initialize(AnalysisContext context)
    {
        InitializeCount++;
        context.RegisterLineAction(static c =>
        {
            if (c.Span.Length > 15)
            {
                c.ReportDiagnostic(Diagnostic.Create(LongLine, c.Span, [CodeFix.Display("短くする")]));
            }
        });
        context.RegisterPostAction(static c =>
        {
            var index = c.Text.Text.IndexOf('!', StringComparison.Ordinal);
            if (index >= 0)
            {
                c.ReportDiagnostic(Diagnostic.Create(Bang, new PostLint.Text.TextSpan(index, 1)));
            }
        });
    }
}

/// <summary>Inserts "X " at the start of every post that does not start with it (unsafe), to test fix passes.</summary>
internal sealed class PrefixAnalyzer : PostAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new("TS0004", "Missing prefix", "先頭に X がありません", DiagnosticCategory.Disclosure, DiagnosticSeverity.Error, true);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    public override void Initialize(AnalysisContext context) => context.RegisterPostAction(static c =>
    {
        if (!c.Text.Text.StartsWith('X'))
        {
            c.ReportDiagnostic(Diagnostic.Create(Rule, new PostLint.Text.TextSpan(0, 0), [CodeFix.Unsafe("X を挿入する", TextEdit.Insert(0, "X "))]));
        }
    });
}

/// <summary>Reports a descriptor it did not declare (the engine must refuse it).</summary>
internal sealed class RogueAnalyzer : PostAnalyzer
{
    public static readonly DiagnosticDescriptor Declared = new("TS0009", "Declared", "宣言済み", DiagnosticCategory.Content, DiagnosticSeverity.Warning, true);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Declared];

    public override void Initialize(AnalysisContext context) => context.RegisterPostAction(static c =>
        c.ReportDiagnostic(Diagnostic.Create(LineAnalyzer.LongLine, new PostLint.Text.TextSpan(0, 0))));
}
