using System.Text;
using System.Text.RegularExpressions;
using PostLint.Analysis;
using PostLint.Configuration;
using PostLint.Diagnostics;
using PostLint.Rules.Profiles;
using PostLint.Tests;

namespace PostLint.Rules.Tests.Catalog;

/// <summary>
/// Holds the built-in profiles to the guideline texts (SPEC "Citations"): every city clause a
/// profile cites for a rule is in <c>tests/Data/guidelines/clauses.tsv</c> with a quote that is in
/// the city's text; another city's clause is cited only with 「（参考）」; anything else is a real
/// national or platform source; and the header of every rule page, English (docs/rules) and
/// Japanese (docs/rules/ja), with the severity and the references per profile, is generated from
/// the profiles.
/// </summary>
public sealed partial class GuidelineFidelityTests
{
    private static readonly string[] ProfileNames = ["ishinomaki", "joetsu", "mine", "recommended"];

    /// <summary>The city whose guideline each profile encodes (recommended: none).</summary>
    private static readonly Dictionary<string, string?> ProfileCity = new()
    {
        ["ishinomaki"] = "石巻市ガイドライン",
        ["joetsu"] = "上越市ガイドライン",
        ["mine"] = "美祢市運用方針",
        ["recommended"] = null,
    };

    private static readonly string[] CityPrefixes = ["石巻市ガイドライン", "上越市ガイドライン", "美祢市運用方針"];

    /// <summary>Sources that are not a city clause (SPEC "Citations": the national instrument, the platform's limit, or PostLint 推奨).</summary>
    private static readonly HashSet<string> OtherSources =
    [
        "ステマ告示 運用基準", "ステマ告示（令和5年内閣府告示第19号）", "WOMJガイドライン 2023", "PostLint 推奨",
        "各プラットフォームの公表する投稿の文字数上限", "各プラットフォームの公表するハッシュタグの上限",
    ];

    private const string Reference = "（参考）";

    private static IReadOnlyList<DiagnosticDescriptor> Descriptors() =>
        [.. EngineDiagnostics.All.Concat(BuiltInRules.CreateAnalyzers().SelectMany(static a => a.SupportedDiagnostics))];

    private static AnalyzerOptions Profile(string name) =>
        new ConfigurationResolver([BuiltInProfiles.Instance], Descriptors()).ResolveFile(null, new ConfigurationOverrides { Profile = name }, out _);

    /// <summary>(rule, reference) → (text file, quote), from clauses.tsv.</summary>
    private static Dictionary<(string Rule, string Reference), (string File, string Quote)> Clauses() =>
        File.ReadAllLines(TestPaths.TestData("guidelines", "clauses.tsv"), Encoding.UTF8)
            .Where(static line => line.Length > 0 && !line.StartsWith('#'))
            .Select(static line => line.Split('\t'))
            .ToDictionary(static p => (p[0], p[1]), static p => (p[2], p[3]));

    public static TheoryData<string> Profiles() => [.. ProfileNames];

    [Theory]
    [MemberData(nameof(Profiles))]
    public void Every_reference_says_what_the_rule_checks(string profile)
    {
        var options = Profile(profile);
        var clauses = Clauses();
        var city = ProfileCity[profile];
        var problems = new List<string>();
        foreach (var descriptor in Descriptors().Where(static d => !d.Id.StartsWith("PL0", StringComparison.Ordinal)))
        {
            var references = options.GetReferences(descriptor);
            if (references.IsEmpty)
            {
                problems.Add($"{descriptor.Id}: no reference");
            }

            if (references.Distinct().Count() != references.Length)
            {
                problems.Add($"{descriptor.Id}: a reference is named twice");
            }

            foreach (var reference in references)
            {
                var isReference = reference.Contains(Reference, StringComparison.Ordinal);
                var clause = reference.Replace(Reference, string.Empty, StringComparison.Ordinal).Trim();
                var prefix = CityPrefixes.FirstOrDefault(p => clause.StartsWith(p, StringComparison.Ordinal));
                if (prefix is null)
                {
                    if (!OtherSources.Contains(clause))
                    {
                        problems.Add($"{descriptor.Id}: '{reference}' is neither a city clause nor a known national or platform source");
                    }

                    continue;
                }

                if (prefix != city && !isReference)
                {
                    problems.Add($"{descriptor.Id}: '{reference}' is another city's clause and needs 「（参考）」 under {profile}");
                }

                if (!clauses.TryGetValue((descriptor.Id, clause), out var quote))
                {
                    problems.Add($"{descriptor.Id}: '{clause}' has no quote in tests/Data/guidelines/clauses.tsv saying what {descriptor.Id} checks");
                    continue;
                }

                var text = File.ReadAllText(TestPaths.TestData("guidelines", quote.File), Encoding.UTF8);
                if (!text.Contains(quote.Quote, StringComparison.Ordinal))
                {
                    problems.Add($"{descriptor.Id}: the quote of '{clause}' is not in {quote.File}: {quote.Quote}");
                }
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Theory]
    [InlineData("石巻市ガイドライン 3(3)イ", "PL2001")]
    [InlineData("美祢市運用方針 第4.5(11)", "PL2003")]
    [InlineData("上越市ガイドライン 5(2)", "PL4002")]
    public void Clauses_that_do_not_say_what_the_rule_checks_have_no_quote(string clause, string rule) =>
        Assert.False(Clauses().ContainsKey((rule, clause)), $"{clause} does not support {rule}");

    [Fact]
    public void Rule_page_headers_are_generated_from_the_profiles() => CheckHeaders(PageLanguage.English);

    [Fact]
    public void Japanese_rule_page_headers_are_generated_from_the_profiles() => CheckHeaders(PageLanguage.Japanese);

    /// <summary>
    /// The pages of one language: where they are, the labels of the generated rows, the names of the
    /// severities and the punctuation around the profile names.
    /// </summary>
    internal sealed record PageLanguage(string[] Folder, string SeverityLabel, string ReferencesLabel, Func<string, string> SeverityName, bool IsJapanese, Regex Rows)
    {
        public static readonly PageLanguage English = new(["docs", "rules"], "Severity by profile", "References by profile", static name => name, false, HeaderRows());

        /// <summary>docs/rules/ja: the severity names 広報 staff read in the rest of PostLint's Japanese output.</summary>
        public static readonly PageLanguage Japanese = new(
            ["docs", "rules", "ja"],
            "プロファイルごとの重大度",
            "プロファイルごとの根拠",
            static name => name switch
            {
                "error" => "エラー",
                "warning" => "警告",
                "suggestion" => "提案",
                "silent" => "非表示",
                _ => "無効",
            },
            true,
            JapaneseHeaderRows());
    }

    private static void CheckHeaders(PageLanguage language)
    {
        var options = ProfileNames.ToDictionary(static p => p, Profile);
        var update = Environment.GetEnvironmentVariable("POSTLINT_UPDATE_DOCS") == "1";
        var stale = new List<string>();
        var folder = string.Join('/', language.Folder);
        foreach (var descriptor in Descriptors().Where(static d => !d.Id.StartsWith("PL0", StringComparison.Ordinal)))
        {
            var path = TestPaths.InRepo([.. language.Folder, descriptor.Id + ".md"]);
            if (!File.Exists(path))
            {
                stale.Add($"{folder}/{descriptor.Id}.md does not exist");
                continue;
            }

            var page = File.ReadAllText(path, Encoding.UTF8);
            var (severityRow, referencesRow) = Header(descriptor, options, language);
            var expected = severityRow + referencesRow;
            var updated = language.Rows.Replace(page, m => severityRow + m.Groups["fix"].Value + referencesRow, 1);
            if (!language.Rows.IsMatch(page))
            {
                stale.Add($"{folder}/{descriptor.Id}.md has no header rows; expected:\n{expected}");
                continue;
            }

            if (updated != page)
            {
                if (update)
                {
                    File.WriteAllText(path, updated, new UTF8Encoding(false));
                }
                else
                {
                    stale.Add($"{folder}/{descriptor.Id}.md: expected\n{expected}");
                }
            }
        }

        Assert.True(stale.Count == 0, "Rule page headers are out of date (run the tests with POSTLINT_UPDATE_DOCS=1 to regenerate them):\n" + string.Join("\n", stale));
    }

    /// <summary>The generated rows in the page's language: the severity under each profile, and the references under each profile.</summary>
    internal static (string SeverityRow, string ReferencesRow) Header(DiagnosticDescriptor descriptor, IReadOnlyDictionary<string, AnalyzerOptions> options, PageLanguage language)
    {
        // English: "error (ishinomaki); off (joetsu, mine)"; Japanese: 「エラー（ishinomaki）、無効（joetsu、mine）」.
        var profileSeparator = language.IsJapanese ? "、" : ", ";
        var severities = ProfileNames
            .GroupBy(p => language.SeverityName(options[p].GetEffectiveSeverity(descriptor)?.ToReportName() ?? "off"))
            .Select(g => language.IsJapanese ? $"{g.Key}（{string.Join(profileSeparator, g)}）" : $"{g.Key} ({string.Join(profileSeparator, g)})");
        var references = ProfileNames
            .GroupBy(p => string.Join("、", options[p].GetReferences(descriptor)))
            .Select(g => string.Join(profileSeparator, g) + (language.IsJapanese ? "：" : ": ") + g.Key);
        return (
            $"| {language.SeverityLabel} | {string.Join(language.IsJapanese ? "、" : "; ", severities)} |\n",
            $"| {language.ReferencesLabel} | {string.Join(" · ", references)} |\n");
    }

    [GeneratedRegex(@"\| (Default severity|Severity by profile) \|[^\n]*\n(?<fix>\| Fix \|[^\n]*\n)?\| (Guideline|References by profile) \|[^\n]*\n")]
    private static partial Regex HeaderRows();

    [GeneratedRegex(@"\| プロファイルごとの重大度 \|[^\n]*\n(?<fix>\| 修正 \|[^\n]*\n)?\| プロファイルごとの根拠 \|[^\n]*\n")]
    private static partial Regex JapaneseHeaderRows();
}
