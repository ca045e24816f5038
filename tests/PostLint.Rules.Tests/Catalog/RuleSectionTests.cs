using PostLint.Analysis;
using PostLint.Configuration;
using PostLint.Localization;
using PostLint.Diagnostics;
using PostLint.Rules.Disclosure;
using PostLint.Rules.Links;
using PostLint.Rules.Operations;
using PostLint.Rules.Privacy;
using PostLint.Rules.Profiles;
using PostLint.Rules.Spelling;

namespace PostLint.Rules.Tests.Catalog;

/// <summary>
/// The sections the built-in rules own (<c>links</c>, <c>privacy</c>, <c>operations</c>) read as the engine's keys
/// were: the same values, the same PL0002 texts at the same lines and columns, lists adding to
/// the layer below.
/// </summary>
public sealed class RuleSectionTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("postlint-rule-sections-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private string Write(string name, string json)
    {
        var path = Path.Combine(_directory, name);
        File.WriteAllText(path, json);
        return path;
    }

    private AnalyzerOptions Resolve(string json, out IReadOnlyList<ConfigurationProblem> problems) =>
        ConfigurationResolver.For([BuiltInProfiles.Instance], BuiltInRules.CreateAnalyzers())
            .ResolveFile(Write("postlint.json", json), new ConfigurationOverrides(), out problems);

    [Fact]
    public void The_link_and_privacy_rules_declare_their_sections()
    {
        Assert.Equal(["disclosure", "links", "privacy", "operations", "spelling"], BuiltInRules.OptionSections.Select(static s => s.Name));
        Assert.Contains(LinkOptions.Section, new PL2001UrlShortener().OptionSections);
        Assert.Contains(LinkOptions.Section, new PL2003DeniedHost().OptionSections);
        Assert.Contains(LinkOptions.Section, new PL2004UntrustedHost().OptionSections);
        Assert.Contains(PrivacyOptions.Section, new PL4001PersonalInformation().OptionSections);
        Assert.Contains(OperationsOptions.Section, new PostLint.Rules.Platform.PL5001PostTooLong().OptionSections);
        Assert.Contains(OperationsOptions.Section, new PL6001OutsideBusinessHours().OptionSections);
        Assert.Contains(OperationsOptions.Section, new PL6002AccountSilentForAMonth().OptionSections);
        Assert.Contains(OperationsOptions.Section, new PL6003ReplyToUser().OptionSections);
        Assert.Contains(OperationsOptions.Section, new PL6004ShareFromOutsideList().OptionSections);
        Assert.Same(SpellingOptions.Section, Assert.Single(new PL5003MisspeltWord().OptionSections));
        Assert.All(BuiltInRules.CreateAnalyzers().Where(static a => a.SupportedDiagnostics.Any(static d => d.Id.StartsWith("PL100", StringComparison.Ordinal))), static a =>
            Assert.Same(DisclosureOptions.Section, Assert.Single(a.OptionSections)));
    }

    [Fact]
    public void The_disclosure_vocabulary_is_the_disclosure_rules_and_the_rest_of_disclosure_the_engines()
    {
        var options = Resolve(
            """
            {
              "extends": "joetsu",
              "disclosure": {
                "required": true,
                "sourceTags": ["上越市"],
                "extraDisclosureTags": ["#PR大使"],
                "relationTags": ["協賛"],
                "sponsor": true,
                "relationTags2": []
              }
            }
            """,
            out var problems);
        Assert.True(options.DisclosureRequired);
        Assert.Contains("上越市", options.SourceTags);
        var own = options.Get(DisclosureOptions.Section);
        Assert.Contains("PR大使", own.ExtraDisclosureTags);
        Assert.Contains("協賛", own.RelationTags);

        // Unknown keys are named with every key the section takes, the engine's and the rules'.
        Assert.Equal([8, 9], problems.Select(static p => p.Line));
        Assert.All(problems, static p => Assert.Contains("relationTags", p.MessageIn(Messages.English), StringComparison.Ordinal));
        Assert.Contains(problems, static p => p.MessageIn(Messages.English).Contains("required", StringComparison.Ordinal));

        // The ishinomaki profile's relation words (石巻市 5(1)ア 「など」) come through the section.
        Assert.Equal(["タイアップ", "提供", "協賛"], Resolve("""{ "extends": "ishinomaki" }""", out _).Get(DisclosureOptions.Section).RelationTags.ToArray());
    }

    [Fact]
    public void The_spelling_section_is_PL5003s_with_its_dictionary_relative_to_the_file_that_names_it()
    {
        var options = Resolve(
            """
            {
              "extends": "recommended",
              "spelling": { "dictionary": "dicts/en_US", "checkHashtags": true }
            }
            """,
            out var problems);
        Assert.Empty(problems);
        var spelling = options.Get(SpellingOptions.Section);
        Assert.Equal(Path.GetFullPath(Path.Combine(Path.GetDirectoryName(Write("postlint.json", "{}"))!, "dicts", "en_US")), spelling.Dictionary);
        Assert.True(spelling.CheckHashtags);
        Assert.True(spelling.Suggestions);

        // "none" is not a path; an absolute path stays as written.
        Assert.Equal("none", Resolve("""{ "spelling": { "dictionary": "NONE" } }""", out _).Get(SpellingOptions.Section).Dictionary);
        Assert.Equal("/usr/share/hunspell/en_US", Resolve("""{ "spelling": { "dictionary": "/usr/share/hunspell/en_US" } }""", out _).Get(SpellingOptions.Section).Dictionary);

        // Nothing written: search the usual places, hashtags unchecked, suggestions on.
        Assert.Equal(new SpellingOptions(null, false, true), Resolve("{}", out _).Get(SpellingOptions.Section));
    }

    [Fact]
    public void Bad_spelling_values_are_reported_at_their_line_and_the_command_line_wins()
    {
        Resolve(
            """
            {
              "spelling": {
                "checkHashtags": "yes",
                "suggest": false
              }
            }
            """,
            out var problems);
        Assert.Equal([3, 4], problems.Select(static p => p.Line).Order());

        var audit = ConfigurationResolver.For([BuiltInProfiles.Instance], BuiltInRules.CreateAnalyzers()).ResolveFile(
            Write("postlint.json", """{ "spelling": { "suggestions": true } }"""),
            new ConfigurationOverrides { SectionValues = System.Collections.Immutable.ImmutableDictionary<string, string>.Empty.Add("spelling.suggestions", "false") },
            out var none);
        Assert.Empty(none);
        Assert.False(audit.Get(SpellingOptions.Section).Suggestions);
    }

    [Fact]
    public void Bad_operations_values_are_reported_at_their_line()
    {
        Resolve(
            """
            {
              "extends": "recommended",
              "operations": { "businessHours": "weekdays", "timeZone": "Mars/Olympus", "holidays": ["2025-13-01"] }
            }
            """,
            out var problems);
        var found = problems.Select(p => (p.Line, Message: p.MessageIn(Messages.English))).ToList();
        Assert.Contains(found, p => p.Line == 3 && p.Message.Contains("'weekdays' needs days and a time range", StringComparison.Ordinal));
        Assert.Contains(found, p => p.Line == 3 && p.Message.Contains("unknown time zone 'Mars/Olympus'", StringComparison.Ordinal));
        Assert.Contains(found, p => p.Line == 3 && p.Message.Contains("'2025-13-01' is not a date", StringComparison.Ordinal));
        Assert.Equal(3, problems.Count);
    }

    [Fact]
    public void Operations_read_annual_closed_days_national_holidays_and_account_policies()
    {
        var options = Resolve(
            """
            {
              "operations": {
                "japaneseHolidays": true,
                "holidays": ["12-29", "01-03", "2025-05-07", "02-29"],
                "replies": false,
                "longPosts": true,
                "shareFrom": ["@pref_yamaguchi", "＠MLIT_JAPAN", " "]
              }
            }
            """,
            out var problems);
        Assert.Empty(problems);
        var operations = options.Get(OperationsOptions.Section);
        Assert.True(operations.JapaneseHolidays);
        Assert.True(operations.IsConfiguredHoliday(new DateOnly(2031, 12, 29)));
        Assert.True(operations.IsConfiguredHoliday(new DateOnly(2026, 1, 3)));
        Assert.True(operations.IsConfiguredHoliday(new DateOnly(2025, 5, 7)));
        Assert.False(operations.IsConfiguredHoliday(new DateOnly(2026, 5, 7)));
        Assert.True(operations.IsConfiguredHoliday(new DateOnly(2028, 2, 29)));
        Assert.False(operations.Replies);
        Assert.True(operations.LongPosts);
        Assert.Equal<string>(["pref_yamaguchi", "MLIT_JAPAN"], operations.ShareFrom);
        Assert.False(Resolve("{}", out _).Get(OperationsOptions.Section).LongPosts);

        // replies: false and a shareFrom list switch their rules on, as the profile table says.
        Assert.NotEqual(ReportSeverity.None, options.GetSeverity(PL6003ReplyToUser.Rule));
        Assert.NotEqual(ReportSeverity.None, options.GetSeverity(PL6004ShareFromOutsideList.Rule));
    }

    [Fact]
    public void Bad_operations_values_are_reported_with_their_position()
    {
        Resolve(
            """
            {
              "operations": { "holidays": ["13-01", "12-32", "1229"], "replies": "no", "japaneseHoliday": true }
            }
            """,
            out var problems);
        var found = problems.Select(p => (p.Line, Message: p.MessageIn(Messages.English))).ToList();
        Assert.Contains(found, p => p.Line == 2 && p.Message.Contains("'13-01' is not a date in the form yyyy-MM-dd (one day) or MM-dd (every year)", StringComparison.Ordinal));
        Assert.Contains(found, p => p.Message.Contains("'12-32' is not a date", StringComparison.Ordinal));
        Assert.Contains(found, p => p.Message.Contains("'1229' is not a date", StringComparison.Ordinal));
        Assert.Contains(found, p => p.Message.Contains("did you mean 'japaneseHolidays'?", StringComparison.Ordinal));
        Assert.Equal(5, problems.Count);
    }

    [Fact]
    public void A_bad_host_is_reported_at_its_item()
    {
        Resolve(
            """
            {
              "extends": "recommended",
              "links": { "trusted": ["https://bit.ly/x"], "deny": "bad.example.jp", "shortener": [] }
            }
            """,
            out var problems);
        var found = problems.Select(p => (p.Line, p.Column, Message: p.MessageIn(Messages.English))).ToList();
        Assert.Contains(found, p => p.Line == 3 && p.Column == 26 && p.Message.Contains("write the host only", StringComparison.Ordinal));
        Assert.Contains(found, p => p.Line == 3 && p.Column == 55 && p.Message == "expected a list of strings, not a string");
        Assert.Contains(found, p => p.Line == 3 && p.Column == 73 && p.Message == "unknown key 'shortener'; did you mean 'shorteners'?");
        Assert.Equal(3, problems.Count);
        Assert.All(problems, p => Assert.EndsWith("postlint.json", p.Path, StringComparison.Ordinal));
    }

    [Fact]
    public void Host_lists_extend_the_layer_below()
    {
        Write("base.json", """{ "links": { "trusted": ["*.lg.jp"] } }""");
        var options = Resolve("""{ "extends": "./base.json", "links": { "trusted": ["example.jp", "*.lg.jp"] } }""", out var problems);
        Assert.Empty(problems);
        Assert.Equal(["*.lg.jp", "example.jp"], options.Get(LinkOptions.Section).Trusted.Select(static h => h.Text));
    }

    [Fact]
    public void Privacy_settings_are_read_and_domains_folded()
    {
        var options = Resolve(
            """
            {
              "privacy": { "allowedEmailDomains": ["City.Ishinomaki.LG.JP", "@ishinomaki-kankou.jp", "ｃｉｔｙ．ｍｉｎｅ．ｌｇ．ｊｐ"], "reportAllEmails": true }
            }
            """,
            out var problems);
        Assert.Empty(problems);
        var privacy = options.Get(PrivacyOptions.Section);
        Assert.True(privacy.ReportAllEmails);
        Assert.Equal<string>(["city.ishinomaki.lg.jp", "ishinomaki-kankou.jp", "city.mine.lg.jp"], privacy.AllowedEmailDomains);
        Assert.False(Resolve("{}", out _).Get(PrivacyOptions.Section).ReportAllEmails);
    }

    [Fact]
    public void Bad_privacy_values_are_reported_with_their_position()
    {
        Resolve(
            """
            {
              "privacy": {
                "allowedEmailDomains": ["kouhou@city.ishinomaki.lg.jp", "https://city.mine.lg.jp/", "*.lg.jp"],
                "reportAllEmails": "yes",
                "reportAllEmail": true
              }
            }
            """,
            out var problems);
        var found = problems.Select(p => (p.Line, Message: p.MessageIn(Messages.English))).ToList();
        Assert.Contains(found, p => p.Line == 3 && p.Message.Contains("'kouhou@city.ishinomaki.lg.jp' is not an e-mail domain", StringComparison.Ordinal));
        Assert.Contains(found, p => p.Line == 3 && p.Message.Contains("'https://city.mine.lg.jp/' is not an e-mail domain", StringComparison.Ordinal));
        Assert.Contains(found, p => p.Line == 3 && p.Message.Contains("'*.lg.jp' is not an e-mail domain", StringComparison.Ordinal));
        Assert.Contains(found, p => p.Line == 4 && p.Message.Contains("expected true or false", StringComparison.Ordinal));
        Assert.Contains(found, p => p.Line == 5 && p.Message.Contains("did you mean 'reportAllEmails'?", StringComparison.Ordinal));
        Assert.Equal(5, problems.Count);
    }

    [Fact]
    public void The_profiles_set_the_sections_of_their_city()
    {
        var options = ConfigurationResolver.For([BuiltInProfiles.Instance], BuiltInRules.CreateAnalyzers())
            .Resolve(null, new ConfigurationOverrides { Profile = "ishinomaki" }, []);
        Assert.Contains("city.ishinomaki.lg.jp", options.Get(PrivacyOptions.Section).AllowedEmailDomains);
        Assert.NotEmpty(options.Get(LinkOptions.Section).Trusted);
    }
}
