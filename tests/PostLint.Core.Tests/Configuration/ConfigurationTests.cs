using System.Text;
using PostLint.Configuration;
using PostLint.Core.Tests.Analysis;
using PostLint.Diagnostics;
using PostLint.Localization;
using PostLint.Model;

namespace PostLint.Core.Tests.Configuration;

public sealed class ConfigurationTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("postlint-config-").FullName;

    private static readonly DiagnosticDescriptor[] Descriptors = [BadTagAnalyzer.Rule, LineAnalyzer.LongLine, LineAnalyzer.Bang, PrefixAnalyzer.Rule];

    private sealed class Profiles : IProfileProvider
    {
        private readonly Dictionary<string, string> _profiles = new(StringComparer.OrdinalIgnoreCase)
        {
            ["city"] = """
                {
                  // a test profile
                  "name": "city",
                  "title": "テスト市ガイドライン",
                  "disclosure": { "sourceTags": ["#テスト市"], "sourceTagVariants": ["テスト"] },
                  "rules": { "TS0001": "error", "TS0002": "warning", "TS0003": "none" },
                  "references": { "TS0001": ["テスト市ガイドライン 5(1)ア"] },
                }
                """,
            ["recommended"] = """{ "rules": { "TS0001": "suggestion" } }""",
            ["loop"] = """{ "extends": "loop" }""",
        };

        public IEnumerable<string> ProfileNames => _profiles.Keys;

        public bool TryGetProfile(string name, out ReadOnlyMemory<byte> utf8Json)
        {
            var found = _profiles.TryGetValue(name, out var json);
            utf8Json = found ? Encoding.UTF8.GetBytes(json!) : default;
            return found;
        }
    }

    private static ConfigurationResolver Resolver() => new([new Profiles()], Descriptors);

    private string Write(string name, string json)
    {
        var path = Path.Combine(_directory, name);
        File.WriteAllText(path, json);
        return path;
    }

    private AnalyzerOptions Resolve(string json, out IReadOnlyList<ConfigurationProblem> problems, ConfigurationOverrides? overrides = null) =>
        Resolver().ResolveFile(Write("postlint.json", json), overrides ?? new ConfigurationOverrides(), out problems);

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void Every_bad_key_and_value_is_reported_with_its_line_and_column()
    {
        Resolve(
            """
            {
              "extends": "city",
              "rulez": {},
              "rules": { "PL9999": "error", "TS0001": "fatal" },
              "categories": { "contents": "warning" },
              "platform": "myspace",
              "words": ["ok"],
              "title": "テスト"
            }
            """,
            out var problems);
        var found = problems.Select(p => (p.Line, p.Column, Message: p.MessageIn(Messages.English))).ToList();
        Assert.Contains(found, p => p.Line == 3 && p.Column == 3 && p.Message.Contains("unknown key 'rulez'; did you mean 'rules'?", StringComparison.Ordinal));
        Assert.Contains(found, p => p.Line == 4 && p.Column == 14 && p.Message.Contains("unknown rule id 'PL9999'", StringComparison.Ordinal));
        Assert.Contains(found, p => p.Line == 4 && p.Column == 43 && p.Message.Contains("bad severity 'fatal'", StringComparison.Ordinal));
        Assert.Contains(found, p => p.Line == 5 && p.Message.Contains("unknown category 'contents'", StringComparison.Ordinal));
        Assert.Contains(found, p => p.Line == 6 && p.Column == 15 && p.Message.Contains("unknown platform 'myspace'", StringComparison.Ordinal));
        Assert.All(problems, p => Assert.EndsWith("postlint.json", p.Path, StringComparison.Ordinal));
    }

    [Fact]
    public void Malformed_json_is_reported_with_a_position()
    {
        Resolve("{\n  \"rules\": {\n    \"TS0001\" \"error\"\n  }\n}", out var problems);
        var problem = Assert.Single(problems);
        Assert.Equal(3, problem.Line);
        Assert.Equal("JSON として正しく書かれていません（キーのあとに '\"' があります。「:」が必要です）", problem.Message);
        Assert.Equal("not valid JSON: '\"' follows a key where ':' was expected", problem.MessageIn(PostLint.Localization.Messages.English));
    }

    [Fact]
    public void Rule_id_beats_category_which_beats_the_profile()
    {
        var options = Resolve(
            """
            {
              "extends": "city",
              // category: every disclosure rule that is on becomes a suggestion …
              "categories": { "disclosure": "suggestion", "platform": "error", "content": "warning" },
              // … except this one, named by id.
              "rules": { "TS0004": "warning" }
            }
            """,
            out var problems);
        Assert.Empty(problems);
        Assert.Equal(ReportSeverity.Suggestion, options.GetSeverity(BadTagAnalyzer.Rule));
        Assert.Equal(ReportSeverity.Warning, options.GetSeverity(PrefixAnalyzer.Rule));
        Assert.Equal(ReportSeverity.Error, options.GetSeverity(LineAnalyzer.LongLine));

        // A category never switches on a rule the profile leaves off.
        Assert.Equal(ReportSeverity.None, options.GetSeverity(LineAnalyzer.Bang));
        Assert.Equal("city", options.Profile);
        Assert.Equal("テスト市ガイドライン", options.ProfileTitle);
        Assert.Equal<string>(["テスト市ガイドライン 5(1)ア"], options.GetReferences(BadTagAnalyzer.Rule));
    }

    [Fact]
    public void Lists_extend_the_profile_and_scalars_replace_it()
    {
        var options = Resolve(
            """
            { "extends": "city", "platform": "instagram",
              "disclosure": { "sourceTags": ["＃テスト市観光"], "required": true } }
            """,
            out var problems);
        Assert.Empty(problems);
        Assert.Equal<string>(["テスト市", "テスト市観光"], options.SourceTags);
        Assert.Equal(Platform.Instagram, options.Platform);
        Assert.True(options.DisclosureRequired);
    }

    [Fact]
    public void Command_line_profile_replaces_extends_and_overrides_win()
    {
        var options = Resolve(
            """{ "extends": "city", "rules": { "TS0002": "none" } }""",
            out var problems,
            new ConfigurationOverrides { Profile = "recommended", Sponsored = true, Platform = Platform.Threads });
        Assert.Empty(problems);
        Assert.Equal(ReportSeverity.Suggestion, options.GetSeverity(BadTagAnalyzer.Rule));
        Assert.Equal(ReportSeverity.None, options.GetSeverity(LineAnalyzer.LongLine));
        Assert.Empty(options.SourceTags);
        Assert.True(options.DisclosureRequired);
        Assert.Equal(Platform.Threads, options.Platform);
    }

    [Fact]
    public void A_file_without_extends_builds_on_the_recommended_profile()
    {
        var options = Resolve("{}", out var problems);
        Assert.Empty(problems);
        Assert.Equal(ReportSeverity.Suggestion, options.GetSeverity(BadTagAnalyzer.Rule));
    }

    [Fact]
    public void Extends_follows_files_relative_to_the_extending_file_and_detects_cycles()
    {
        Directory.CreateDirectory(Path.Combine(_directory, "base"));
        Write("base/shared.json", """{ "extends": "city", "words": ["Onagawa"] }""");
        var options = Resolve("""{ "extends": "./base/shared.json", "words": ["Oshika"] }""", out var problems);
        Assert.Empty(problems);
        Assert.Equal("city", options.Profile);
        Assert.Equal<string>(["Onagawa", "Oshika"], options.Words);

        Write("a.json", """{ "extends": "./b.json" }""");
        Write("b.json", """{ "extends": "./a.json" }""");
        Resolve("""{ "extends": "./a.json" }""", out var cycle);
        Assert.Contains(cycle, p => p.MessageIn(Messages.English).Contains("cycle", StringComparison.Ordinal));

        Resolve("""{ "extends": "loop" }""", out var profileCycle);
        Assert.Contains(profileCycle, p => p.MessageIn(Messages.English).Contains("cycle", StringComparison.Ordinal));

        Resolve("""{ "extends": "nowhere" }""", out var unknown);
        Assert.Contains(unknown, p => p.MessageIn(Messages.English).Contains("unknown profile 'nowhere'", StringComparison.Ordinal) && p.Line == 1 && p.Column == 14);
    }

    [Fact]
    public void Missing_lexicon_files_are_reported()
    {
        Resolve("""{ "lexicons": ["./terms/local.tsv"] }""", out var problems);
        Assert.Contains(problems, p => p.MessageIn(Messages.English).Contains("the lexicon './terms/local.tsv' cannot be read", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Mon-Fri 08:30-17:15", DayOfWeek.Monday, "08:30", true)]
    [InlineData("Mon-Fri 08:30-17:15", DayOfWeek.Friday, "17:14", true)]
    [InlineData("Mon-Fri 08:30-17:15", DayOfWeek.Friday, "17:15", false)]
    [InlineData("Mon-Fri 08:30-17:15", DayOfWeek.Saturday, "10:00", false)]
    [InlineData("Mon-Fri 08:30-17:15; Sat 09:00-12:00", DayOfWeek.Saturday, "10:00", true)]
    [InlineData("Sat-Sun 00:00-24:00", DayOfWeek.Sunday, "23:59", true)]
    [InlineData("Mon,Wed 9:00-10:00", DayOfWeek.Tuesday, "09:30", false)]
    public void Business_hours_parse_and_contain(string text, DayOfWeek day, string time, bool inside)
    {
        Assert.True(BusinessHours.TryParse(text, out var hours, out var error), error);
        Assert.Equal(inside, hours!.Contains(day, TimeOnly.Parse(time, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Theory]
    [InlineData("bit.ly", "bit.ly", true)]
    [InlineData("bit.ly", "x.bit.ly", true)]
    [InlineData("bit.ly", "orbit.ly", false)]
    [InlineData("*.lg.jp", "city.ishinomaki.lg.jp", true)]
    [InlineData("*.lg.jp", "lg.jp", false)]
    [InlineData(".xxx", "site.xxx", true)]
    [InlineData("石巻.jp", "xn--0sty19c.jp", true)]
    [InlineData("xn--0sty19c.jp", "石巻.jp", true)]
    public void Host_patterns_match_by_suffix_on_label_boundaries(string pattern, string host, bool matches)
    {
        Assert.True(HostPattern.TryNormalizeHost(host, out var normalized));
        Assert.Equal(matches, HostPattern.Parse(pattern).Matches(normalized));
    }

    [Fact]
    public void The_engine_schema_documents_exactly_the_keys_the_engine_reads()
    {
        using var stream = typeof(ConfigurationReader).Assembly.GetManifestResourceStream("PostLint.postlint.engine.schema.json")!;
        using var document = System.Text.Json.JsonDocument.Parse(stream);
        var keys = document.RootElement.GetProperty("properties").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal);
        Assert.Equal(ConfigurationReader.EngineKeys.Order(StringComparer.Ordinal), keys);
    }

    [Theory]
    [InlineData("""{ "extends": "ishinomaki", "rules": { "PL2001": "error" }, "links": { "trusted": ["*.lg.jp"] } }""", true)]
    [InlineData("""{ "operations": { "businessHours": "Mon-Fri 08:30-17:15", "timeZone": "Asia/Tokyo", "holidays": ["2025-01-01"] } }""", true)]
    [InlineData("""{ "operations": { "japaneseHolidays": true, "holidays": ["12-29", "2025-05-07"], "replies": false, "shareFrom": ["pref_yamaguchi"] } }""", true)]
    [InlineData("""{ "operations": { "holidays": ["2025/05/07"] } }""", false)]
    [InlineData("""{ "operations": { "replies": "no" } }""", false)]
    [InlineData("""{ "privacy": { "allowedEmailDomains": ["city.ishinomaki.lg.jp"], "reportAllEmails": true } }""", true)]
    [InlineData("""{ "privacy": { "reportAllEmails": "yes" } }""", false)]
    [InlineData("""{ "privacy": { "allowedEmailDomains": ["kouhou@city.ishinomaki.lg.jp"] } }""", false)]
    [InlineData("""{ "rules": { "PL2001": "fatal" } }""", false)]
    [InlineData("""{ "rulez": {} }""", false)]
    [InlineData("""{ "links": { "trusted": ["https://bit.ly/x"] } }""", false)]
    public async Task The_schema_accepts_good_files_and_rejects_bad_ones(string json, bool valid)
    {
        using var stream = typeof(ConfigurationReader).Assembly.GetManifestResourceStream("PostLint.postlint.schema.json")!;
        using var reader = new StreamReader(stream);
        var schema = await NJsonSchema.JsonSchema.FromJsonAsync(await reader.ReadToEndAsync());
        Assert.Equal(valid, schema.Validate(json).Count == 0);
    }
}
