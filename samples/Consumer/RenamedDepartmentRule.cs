using System.Collections.Immutable;
using PostLint.Analysis;
using PostLint.Configuration;
using PostLint.Diagnostics;
using PostLint.Text;

namespace PostLint.Samples.Consumer;

/// <summary>
/// The city's own section of postlint.json, <c>"city": { "renamedDepartments": { "市民課": "市民窓口課" } }</c>:
/// its JSON Schema (which also names its keys) and how it becomes a typed value.
/// </summary>
public sealed record CityOptions(ImmutableDictionary<string, string> RenamedDepartments)
{
    public static readonly OptionSection<CityOptions> Section = new(
        "city",
        """
        {
          "description": "市独自ルール（CITY0001）の設定。Settings of the city's own rule CITY0001.",
          "properties": {
            "renamedDepartments": {
              "type": "object",
              "additionalProperties": { "type": "string" },
              "description": "組織改編で名前が変わった課: 旧課名 → 新課名。Renamed departments, old name → new name."
            }
          }
        }
        """,
        static section => new CityOptions(section.StringMap("renamedDepartments")));
}

/// <summary>
/// A city's own rule, written outside PostLint: a department that was renamed must be called by
/// its new name. CITY0001 reports the old name and offers a safe fix to the new one. The renames
/// come from the <c>city</c> section of postlint.json.
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

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    // The section this rule reads: the configuration accepts it and reports a wrong type as PL0002.
    public override ImmutableArray<OptionSection> OptionSections { get; } = [CityOptions.Section];

    public override void Initialize(AnalysisContext context)
    {
        // Read once per engine; ordered so that findings come out the same on every run.
        ImmutableArray<KeyValuePair<string, string>> renames =
            [.. context.Options.Get(CityOptions.Section).RenamedDepartments.OrderBy(static r => r.Key, StringComparer.Ordinal)];
        if (!renames.IsEmpty)
        {
            context.RegisterPostAction(c => Analyze(c, renames));
        }
    }

    private static void Analyze(PostAnalysisContext context, ImmutableArray<KeyValuePair<string, string>> renames)
    {
        var text = context.Text.ToString();
        foreach (var (oldName, newName) in renames)
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
