using System.Collections.Immutable;
using PostLint.Analysis;
using PostLint.Diagnostics;
using PostLint.Text;

namespace PostLint.Samples.Consumer;

/// <summary>
/// A city's own rule, written outside PostLint: a department that was renamed must be called by
/// its new name. CITY0001 reports the old name and offers a safe fix to the new one.
/// </summary>
public sealed class RenamedDepartmentRule : PostAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        "CITY0001",
        "Renamed department",
        "「{0}」は組織改編で「{1}」になりました",
        "city",
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true);

    private readonly ImmutableArray<KeyValuePair<string, string>> _renames;

    public RenamedDepartmentRule(IReadOnlyDictionary<string, string> renames) => _renames = [.. renames];

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    public override void Initialize(AnalysisContext context) => context.RegisterPostAction(Analyze);

    private void Analyze(PostAnalysisContext context)
    {
        var text = context.Text.ToString();
        foreach (var (oldName, newName) in _renames)
        {
            for (var at = text.IndexOf(oldName, StringComparison.Ordinal); at >= 0; at = text.IndexOf(oldName, at + oldName.Length, StringComparison.Ordinal))
            {
                var span = new TextSpan(at, oldName.Length);
                var fix = CodeFix.Safe($"「{newName}」に置き換える", TextEdit.Replace(span, newName));
                context.ReportDiagnostic(Diagnostic.Create(Rule, span, [fix], oldName, newName));
            }
        }
    }
}
