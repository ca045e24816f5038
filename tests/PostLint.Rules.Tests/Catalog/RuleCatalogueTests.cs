using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using PostLint.Analysis;
using PostLint.Configuration;
using PostLint.Extensions.DependencyInjection;
using PostLint.Diagnostics;
using PostLint.Localization;
using PostLint.Rules.Profiles;
using PostLint.Tests;
using PostLint.Morphology;
using PostLint.Model;

namespace PostLint.Rules.Tests.Catalog;

/// <summary>
/// The one meta-test of the rule catalogue: every rule PostLint ships (the engine's PL0xxx and the
/// built-in registration, <c>AddPostLint().AddBuiltInRules()</c>) has a well-formed unique id, a
/// descriptor in the house style, a Japanese title and description in rules-ja.json, a page in
/// docs/rules and docs/rules/ja whose generated header rows (category, severity per profile,
/// references per profile) match the descriptors and profiles, and a row in the README's rule table;
/// every profile loads and names every rule; every reference a profile cites is a real clause whose
/// quote (<c>tests/Data/guidelines/clauses.tsv</c>) is in the city's text (SPEC "Citations"), another
/// city's clause only with 「（参考）」; and every analyzer survives odd and huge input.
/// <c>POSTLINT_UPDATE_DOCS=1</c> regenerates the page headers and the README table.
/// </summary>
public sealed partial class RuleCatalogueTests
{
    public static readonly string[] ProfileNames = ["ishinomaki", "joetsu", "mine", "recommended"];

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

    private static bool Update =>
        Environment.GetEnvironmentVariable("POSTLINT_UPDATE_DOCS") == "1"
        || Environment.GetEnvironmentVariable("POSTLINT_UPDATE_README") == "1";

    private static IReadOnlyList<DiagnosticDescriptor> AllDescriptors() =>
        [.. EngineDiagnostics.All.Concat(BuiltInRules.CreateAnalyzers().SelectMany(static a => a.SupportedDiagnostics))];

    /// <summary>What the built-in registration adds, as a host using dependency injection gets it.</summary>
    private static IReadOnlyList<DiagnosticDescriptor> RegisteredRules()
    {
        var services = new ServiceCollection();
        services.AddPostLint().AddBuiltInRules();
        var analyzers = services
            .Where(static s => s.ServiceType == typeof(PostAnalyzer))
            .Select(static s => s.ImplementationInstance ?? Activator.CreateInstance(s.ImplementationType!))
            .Cast<PostAnalyzer>()
            .ToList();
        Assert.NotEmpty(analyzers);
        return [.. EngineDiagnostics.All.Concat(analyzers.SelectMany(static a => a.SupportedDiagnostics))];
    }

    public static TheoryData<string> RuleIds() => [.. AllDescriptors().Select(static d => d.Id)];

    public static TheoryData<string> RegisteredRuleIds() => [.. RegisteredRules().Select(static d => d.Id).Distinct()];

    public static TheoryData<string> Profiles() => [.. ProfileNames];

    private static AnalyzerOptions Profile(string name) =>
        new ConfigurationResolver([BuiltInProfiles.Instance], AllDescriptors()).ResolveFile(null, new ConfigurationOverrides { Profile = name }, out _);

    internal static PostAnalysisEngine CreateEngine(string profile, bool sponsored = false)
    {
        var analyzers = BuiltInRules.CreateAnalyzers();
        var resolver = new ConfigurationResolver([BuiltInProfiles.Instance], analyzers.SelectMany(static a => a.SupportedDiagnostics));
        var options = resolver.ResolveFile(null, new ConfigurationOverrides { Profile = profile, Sponsored = sponsored }, out var problems);
        Assert.Empty(problems);
        return new PostAnalysisEngine(analyzers, options, morphology: MecabMorphemeAnalyzerProvider.Shared);
    }

    // ---- Ids and descriptors ----

    [Fact]
    public void Rule_ids_are_unique_and_well_formed()
    {
        var ids = AllDescriptors().Select(static d => d.Id).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.All(ids, id => Assert.Matches("^PL[0-6][0-9]{3}$", id));
    }

    [Fact]
    public void The_registry_is_what_the_engine_runs()
    {
        // The registration holds rules of every family the catalogue ships, and exactly the rules
        // BuiltInRules creates (plus the engine's own).
        var ids = RegisteredRules().Select(static d => d.Id).ToList();
        Assert.Contains("PL0001", ids);
        Assert.Contains("PL1001", ids);
        Assert.Contains("PL5001", ids);
        Assert.Equal(BuiltInRules.CreateAnalyzers().SelectMany(static a => a.SupportedDiagnostics).Count() + EngineDiagnostics.All.Length, ids.Count);
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Descriptors_follow_the_house_style(string id)
    {
        var descriptor = AllDescriptors().Single(d => d.Id == id);
        Assert.False(descriptor.Title.EndsWith('.'), "titles have no trailing period");
        Assert.Equal(descriptor.Title.Trim(), descriptor.Title);
        Assert.True(descriptor.Description.Length > 20, "every rule explains itself");
        Assert.True(DiagnosticCategory.IsKnown(descriptor.Category));
        Assert.Matches(JapanesePattern(), descriptor.MessageFormat);
        if (!id.StartsWith("PL0", StringComparison.Ordinal))
        {
            Assert.NotEmpty(descriptor.References);
        }
    }

    [Theory]
    [MemberData(nameof(RegisteredRuleIds))]
    public void Every_registered_rule_has_a_japanese_title(string id)
    {
        // A rule added later fails here until its line in rules-ja.json is written.
        var rule = RegisteredRules().First(d => d.Id == id);
        Assert.True(Messages.Japanese.HasRuleTitle(id), $"rules-ja.json has no title for {id} ({rule.Title})");
        var title = Messages.Japanese.RuleTitle(rule);
        Assert.NotEqual(rule.Title, title);
        Assert.Contains(title, static c => c > '\u3000'); // written in Japanese, not a copy of the English title
        Assert.NotEqual(rule.Description, Messages.Japanese.RuleDescription(rule));
        Assert.Equal(rule.Title, Messages.English.RuleTitle(rule));
    }

    // ---- Profiles and the guideline texts ----

    [Theory]
    [MemberData(nameof(Profiles))]
    public void Every_profile_loads_and_names_every_shipped_rule(string profile)
    {
        var analyzers = BuiltInRules.CreateAnalyzers();
        var resolver = new ConfigurationResolver([BuiltInProfiles.Instance], analyzers.SelectMany(static a => a.SupportedDiagnostics));
        resolver.ResolveFile(null, new ConfigurationOverrides { Profile = profile }, out var problems);
        Assert.Empty(problems);

        Assert.True(BuiltInProfiles.Instance.TryGetProfile(profile, out var json));
        var reader = new ConfigurationReader(resolver.IsKnownRuleId, resolver.Sections);
        var layer = reader.Read(json.Span, profile, out var readProblems);
        Assert.Empty(readProblems);
        var ruleIds = analyzers.SelectMany(static a => a.SupportedDiagnostics).Select(static d => d.Id).ToHashSet();
        Assert.Equal(ruleIds.Order(StringComparer.Ordinal), layer.Rules.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(ruleIds.Order(StringComparer.Ordinal), layer.References.Keys.Order(StringComparer.Ordinal));
    }

    /// <summary>(rule, reference) → (text file, quote), from clauses.tsv.</summary>
    private static Dictionary<(string Rule, string Reference), (string File, string Quote)> Clauses() =>
        File.ReadAllLines(TestPaths.TestData("guidelines", "clauses.tsv"), Encoding.UTF8)
            .Where(static line => line.Length > 0 && !line.StartsWith('#'))
            .Select(static line => line.Split('\t'))
            .ToDictionary(static p => (p[0], p[1]), static p => (p[2], p[3]));

    [Theory]
    [MemberData(nameof(Profiles))]
    public void Every_reference_says_what_the_rule_checks(string profile)
    {
        var options = Profile(profile);
        var clauses = Clauses();
        var city = ProfileCity[profile];
        var problems = new List<string>();
        foreach (var descriptor in AllDescriptors().Where(static d => !d.Id.StartsWith("PL0", StringComparison.Ordinal)))
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

    // ---- Rule pages ----

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Every_rule_has_a_doc_page_its_help_link_points_at(string id)
    {
        var descriptor = AllDescriptors().Single(d => d.Id == id);
        var page = TestPaths.InRepo("docs", "rules", id + ".md");
        Assert.True(File.Exists(page), $"docs/rules/{id}.md is missing");
        Assert.EndsWith("docs/rules/" + id + ".md", descriptor.HelpLinkUri, StringComparison.Ordinal);
        var text = File.ReadAllText(page);
        Assert.StartsWith($"# {id}: {descriptor.Title}", text, StringComparison.Ordinal);
        foreach (var section in new[] { "## Cause", "## Rule description", "## How to fix", "## Configuration" })
        {
            Assert.Contains(section, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Rule_page_headers_are_generated_from_the_descriptors_and_profiles() => CheckHeaders(PageLanguage.English);

    [Fact]
    public void Japanese_rule_page_headers_are_generated_from_the_descriptors_and_profiles() => CheckHeaders(PageLanguage.Japanese);

    [Fact]
    public void A_page_header_names_the_category_and_each_profiles_severity_and_references()
    {
        // PL2001 is a suggestion citing 上越市 for reference in three profiles and a warning citing
        // it outright under joetsu: the generated rows say so in each language.
        var descriptor = AllDescriptors().Single(static d => d.Id == "PL2001");
        var options = ProfileNames.ToDictionary(static p => p, Profile);
        var english = Header(descriptor, options, PageLanguage.English);
        Assert.Equal("| Category | links |\n", english.CategoryRow);
        Assert.Equal("| Severity by profile | suggestion (ishinomaki, mine); warning (joetsu, recommended) |\n", english.SeverityRow);
        Assert.Equal("| References by profile | ishinomaki, mine, recommended: 上越市ガイドライン 6(1)② 留意事項（参考） · joetsu: 上越市ガイドライン 6(1)② 留意事項 |\n", english.ReferencesRow);
        var japanese = Header(descriptor, options, PageLanguage.Japanese);
        Assert.Equal("| カテゴリ | links（リンク） |\n", japanese.CategoryRow);
        Assert.Equal("| プロファイルごとの重大度 | 提案（ishinomaki、mine）、警告（joetsu、recommended） |\n", japanese.SeverityRow);
        Assert.StartsWith("| プロファイルごとの根拠 | ishinomaki、mine、recommended：", japanese.ReferencesRow, StringComparison.Ordinal);
    }

    /// <summary>
    /// The pages of one language: where they are, the labels of the generated rows, the names of the
    /// categories and severities, and the punctuation around the profile names.
    /// </summary>
    internal sealed record PageLanguage(string[] Folder, string CategoryLabel, string SeverityLabel, string ReferencesLabel, Func<string, string> CategoryName, Func<string, string> SeverityName, bool IsJapanese, Regex Rows)
    {
        /// <summary>The Japanese names of the categories, as <c>postlint rules</c> shows them (cli-ja.json).</summary>
        private static readonly Lazy<Dictionary<string, string>> JapaneseCategoryNames = new(static () =>
        {
            using var table = JsonDocument.Parse(File.ReadAllText(TestPaths.InRepo("src", "PostLint.Cli", "Localization", "cli-ja.json"), Encoding.UTF8));
            return table.RootElement.EnumerateObject()
                .Where(static p => p.Name.StartsWith("category.", StringComparison.Ordinal))
                .ToDictionary(static p => p.Name["category.".Length..], static p => p.Value.GetString()!);
        });

        public static readonly PageLanguage English = new(["docs", "rules"], "Category", "Severity by profile", "References by profile", static name => name, static name => name, false, HeaderRows());

        /// <summary>
        /// docs/rules/ja: the category as the configuration spells it with the name <c>postlint rules</c>
        /// shows in Japanese (cli-ja.json), and the severity names 広報 staff read in the rest of
        /// PostLint's Japanese output.
        /// </summary>
        public static readonly PageLanguage Japanese = new(
            ["docs", "rules", "ja"],
            "カテゴリ",
            "プロファイルごとの重大度",
            "プロファイルごとの根拠",
            static name => $"{name}（{JapaneseCategoryNames.Value[name]}）",
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
        var stale = new List<string>();
        var folder = string.Join('/', language.Folder);
        foreach (var descriptor in AllDescriptors().Where(static d => !d.Id.StartsWith("PL0", StringComparison.Ordinal)))
        {
            var path = TestPaths.InRepo([.. language.Folder, descriptor.Id + ".md"]);
            if (!File.Exists(path))
            {
                stale.Add($"{folder}/{descriptor.Id}.md does not exist");
                continue;
            }

            var page = File.ReadAllText(path, Encoding.UTF8);
            var (categoryRow, severityRow, referencesRow) = Header(descriptor, options, language);
            var expected = categoryRow + severityRow + referencesRow;
            if (!language.Rows.IsMatch(page))
            {
                stale.Add($"{folder}/{descriptor.Id}.md has no header rows; expected:\n{expected}");
                continue;
            }

            // The fix row between them is the page's own words (what the fix does, in prose).
            var updated = language.Rows.Replace(page, m => categoryRow + severityRow + m.Groups["fix"].Value + referencesRow, 1);
            if (updated != page)
            {
                if (Update)
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

    /// <summary>The generated rows in the page's language: the category, the severity under each profile, and the references under each profile.</summary>
    internal static (string CategoryRow, string SeverityRow, string ReferencesRow) Header(DiagnosticDescriptor descriptor, IReadOnlyDictionary<string, AnalyzerOptions> options, PageLanguage language)
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
            $"| {language.CategoryLabel} | {language.CategoryName(descriptor.Category)} |\n",
            $"| {language.SeverityLabel} | {string.Join(language.IsJapanese ? "、" : "; ", severities)} |\n",
            $"| {language.ReferencesLabel} | {string.Join(" · ", references)} |\n");
    }

    // ---- README ----

    [Fact]
    public void The_readme_rule_table_is_generated_from_the_descriptors()
    {
        var readmePath = TestPaths.InRepo("README.md");
        var readme = File.ReadAllText(readmePath);
        var expected = RenderRuleTable();
        var updated = RuleTableRegion().Replace(readme, _ => "<!-- rules:start -->\n" + expected + "<!-- rules:end -->", 1);
        if (Update && updated != readme)
        {
            File.WriteAllText(readmePath, updated);
            readme = updated;
        }

        Assert.True(
            readme == updated && RuleTableRegion().IsMatch(readme),
            "README.md's rule table is out of date: run the tests with POSTLINT_UPDATE_DOCS=1 to regenerate it.");
    }

    /// <summary>The rule table of the README: one row per rule, with its severity under each profile.</summary>
    internal static string RenderRuleTable()
    {
        var descriptors = AllDescriptors();
        var options = ProfileNames.Select(Profile).ToList();
        var table = new StringBuilder();
        table.Append("| id | rule | category | ").AppendJoin(" | ", ProfileNames).Append(" |\n");
        table.Append("|---|---|---|").Append(string.Concat(ProfileNames.Select(static _ => "---|"))).Append('\n');
        foreach (var descriptor in descriptors)
        {
            table.Append(System.Globalization.CultureInfo.InvariantCulture, $"| [{descriptor.Id}](docs/rules/{descriptor.Id}.md) | {descriptor.Title} | {descriptor.Category} | ");
            table.AppendJoin(" | ", options.Select(o => o.GetEffectiveSeverity(descriptor)?.ToReportName() ?? "—"));
            table.Append(" |\n");
        }

        return table.ToString();
    }

    // ---- Robustness ----

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("\n\n\n")]
    [InlineData("#")]
    [InlineData("＃")]
    [InlineData("http://")]
    [InlineData("【】")]
    [InlineData("\uD83D")]
    [InlineData("\uFFFF\u0000\u200D")]
    public void Every_analyzer_survives_odd_input(string text)
    {
        foreach (var profile in ProfileNames)
        {
            var engine = CreateEngine(profile, sponsored: true);
            var diagnostics = engine.Analyze(new Post("odd", text) { CreatedAt = DateTimeOffset.UnixEpoch });
            Assert.All(diagnostics, d => Assert.True(d.Span.End <= text.Length));
        }
    }

    [Fact]
    public void Every_analyzer_survives_huge_input()
    {
        var text = string.Concat(Enumerable.Repeat("#PR #石巻市 石巻の牡蠣🦪 https://bit.ly/abc 「噂では」\u200B ﾃﾞｰﾀ @city_ishinomaki\n", 20_000));
        var engine = CreateEngine("joetsu", sponsored: true);
        var diagnostics = engine.Analyze(new Post("huge", text));
        Assert.NotEmpty(diagnostics);
        Assert.All(diagnostics, d => Assert.True(d.Span.End <= text.Length));
    }

    [GeneratedRegex("[\u3040-\u30FF\u4E00-\u9FFF]")]
    private static partial Regex JapanesePattern();

    [GeneratedRegex("<!-- rules:start -->\n.*?<!-- rules:end -->", RegexOptions.Singleline)]
    private static partial Regex RuleTableRegion();

    [GeneratedRegex(@"\| Category \|[^\n]*\n\| (Default severity|Severity by profile) \|[^\n]*\n(?<fix>\| Fix \|[^\n]*\n)?\| (Guideline|References by profile) \|[^\n]*\n")]
    private static partial Regex HeaderRows();

    [GeneratedRegex(@"\| カテゴリ \|[^\n]*\n\| プロファイルごとの重大度 \|[^\n]*\n(?<fix>\| 修正 \|[^\n]*\n)?\| プロファイルごとの根拠 \|[^\n]*\n")]
    private static partial Regex JapaneseHeaderRows();
}
