using System.Collections.Immutable;
using System.Text;
using System.Text.Json;
using PostLint.Analysis;
using PostLint.Configuration;
using PostLint.Diagnostics;
using PostLint.Localization;
using PostLint.Text;
using PostLint.Model;
using PostLint.Morphology;

namespace PostLint.Core.Tests.Configuration;

/// <summary>A section declared outside the engine, as a city's own rule would.</summary>
internal sealed record CityOptions(ImmutableDictionary<string, string> Renames, ImmutableArray<string> Keep, bool Strict, string? Office)
{
    public const string SchemaText = """
        {
          "type": "object",
          "description": "市独自ルールの設定。",
          "properties": {
            "renames": { "type": "object", "additionalProperties": { "type": "string" }, "description": "旧課名 → 新課名" },
            "keep": { "type": "array", "items": { "type": "string" } },
            "strict": { "type": "boolean", "default": false },
            "office": { "type": "string" }
          }
        }
        """;

    public static readonly OptionSection<CityOptions> Section = new(
        "city",
        SchemaText,
        static section => new CityOptions(
            section.StringMap("renames"),
            section.Strings("keep"),
            section.Boolean("strict") ?? false,
            section.Text("office")));
}

/// <summary>Reports each old department name the city section lists.</summary>
internal sealed class RenameAnalyzer : PostAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new("CT0001", "Renamed", "「{0}」は「{1}」になりました", DiagnosticCategory.Content, DiagnosticSeverity.Warning, true);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    public override ImmutableArray<OptionSection> OptionSections { get; } = [CityOptions.Section];

    public override void Initialize(AnalysisContext context)
    {
        var renames = context.Options.Get(CityOptions.Section).Renames;
        context.RegisterPostAction(c =>
        {
            var text = c.Text.ToString();
            foreach (var (old, renamed) in renames)
            {
                var at = text.IndexOf(old, StringComparison.Ordinal);
                if (at >= 0)
                {
                    c.ReportDiagnostic(Diagnostic.Create(Rule, new TextSpan(at, old.Length), old, renamed));
                }
            }
        });
    }
}

public sealed class OptionSectionTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("postlint-sections-").FullName;

    private sealed class Profiles : IProfileProvider
    {
        public IEnumerable<string> ProfileNames => ["town", "recommended"];

        public bool TryGetProfile(string name, out ReadOnlyMemory<byte> utf8Json)
        {
            utf8Json = Encoding.UTF8.GetBytes(name == "town"
                ? """{ "city": { "renames": { "市民課": "市民窓口課" }, "keep": ["a"], "strict": true, "office": "本庁" } }"""
                : "{}");
            return name is "town" or "recommended";
        }
    }

    private static ConfigurationResolver Resolver() => ConfigurationResolver.For([new Profiles()], [new RenameAnalyzer()]);

    private string Write(string json)
    {
        var path = Path.Combine(_directory, "postlint.json");
        File.WriteAllText(path, json);
        return path;
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void The_keys_of_a_section_are_those_its_schema_lists()
    {
        Assert.Equal<string>(["renames", "keep", "strict", "office"], CityOptions.Section.Keys);
        Assert.Equal("city", CityOptions.Section.Name);
    }

    [Fact]
    public void A_section_that_no_layer_writes_has_the_value_its_reader_makes_of_nothing()
    {
        var value = AnalyzerOptions.Empty.Get(CityOptions.Section);
        Assert.Empty(value.Renames);
        Assert.Empty(value.Keep);
        Assert.False(value.Strict);
        Assert.Null(value.Office);
        Assert.Same(CityOptions.Section.Default, value);
    }

    [Fact]
    public void A_declared_section_is_read_into_its_typed_value()
    {
        var options = Resolver().ResolveFile(
            Write("""{ "city": { "renames": { "市民課": "市民窓口課" }, "keep": ["x", "y"], "strict": true, "office": "支所" } }"""),
            new ConfigurationOverrides(),
            out var problems);
        Assert.Empty(problems);
        var city = options.Get(CityOptions.Section);
        Assert.Equal("市民窓口課", city.Renames["市民課"]);
        Assert.Equal<string>(["x", "y"], city.Keep);
        Assert.True(city.Strict);
        Assert.Equal("支所", city.Office);
    }

    [Fact]
    public void Wrong_types_and_unknown_keys_in_a_section_are_PL0002_at_their_line_and_column()
    {
        Resolver().ResolveFile(
            Write("""
                {
                  "city": {
                    "renames": ["市民課"],
                    "keep": ["x", 3],
                    "strict": "yes",
                    "ofice": "支所"
                  },
                  "town": {}
                }
                """),
            new ConfigurationOverrides(),
            out var problems);
        var found = problems.Select(p => (p.Line, p.Column, Message: p.MessageIn(Messages.English))).ToList();
        Assert.Contains((3, 16, "expected an object, not an array"), found);
        Assert.Contains((4, 19, "expected a string, not a number"), found);
        Assert.Contains((5, 15, "expected true or false, not a string"), found);
        Assert.Contains((6, 5, "unknown key 'ofice'; did you mean 'office'?"), found);
        Assert.Contains(found, p => p.Line == 8 && p.Column == 3 && p.Message.StartsWith("unknown key 'town'", StringComparison.Ordinal));
        Assert.Equal(5, problems.Count);
        Assert.All(problems, p => Assert.EndsWith("postlint.json", p.Path, StringComparison.Ordinal));
    }

    [Fact]
    public void The_problems_are_Japanese_by_default()
    {
        Resolver().ResolveFile(Write("""{ "city": { "strict": 1 } }"""), new ConfigurationOverrides(), out var problems);
        var problem = Assert.Single(problems);
        Assert.Equal("true か false で書いてください。数値になっています", problem.Message);
        Assert.Equal((1, 23), (problem.Line, problem.Column));
    }

    [Fact]
    public void A_section_nobody_declares_is_an_unknown_key()
    {
        var resolver = new ConfigurationResolver([new Profiles()], [RenameAnalyzer.Rule]);
        resolver.ResolveFile(Write("""{ "city": { "strict": true } }"""), new ConfigurationOverrides(), out var problems);
        var problem = Assert.Single(problems);
        Assert.Equal((1, 3), (problem.Line, problem.Column));
        Assert.StartsWith("unknown key 'city'", problem.MessageIn(Messages.English), StringComparison.Ordinal);
    }

    [Fact]
    public void Layers_merge_a_section_as_they_merge_the_engine_settings_lists_add_and_scalars_replace()
    {
        var options = Resolver().ResolveFile(
            Write("""{ "extends": "town", "city": { "renames": { "総務課": "総務部総務課" }, "keep": ["a", "b"], "strict": false } }"""),
            new ConfigurationOverrides(),
            out var problems);
        Assert.Empty(problems);
        var city = options.Get(CityOptions.Section);
        Assert.Equal("市民窓口課", city.Renames["市民課"]);
        Assert.Equal("総務部総務課", city.Renames["総務課"]);
        Assert.Equal<string>(["a", "b"], city.Keep);
        Assert.False(city.Strict);
        Assert.Equal("本庁", city.Office);
        Assert.Equal(new SectionSetting("a, b", IsList: true), options.DescribeSectionKey("city", "keep"));
        Assert.Equal(new SectionSetting("false", IsList: false), options.DescribeSectionKey("city", "strict"));
        Assert.Null(options.DescribeSectionKey("city", "missing"));
    }

    [Fact]
    public void A_later_layer_replaces_an_entry_of_a_map_it_writes_again()
    {
        var options = Resolver().ResolveFile(
            Write("""{ "extends": "town", "city": { "renames": { "市民課": "市民生活課" } } }"""),
            new ConfigurationOverrides(),
            out _);
        Assert.Equal("市民生活課", options.Get(CityOptions.Section).Renames["市民課"]);
    }

    [Fact]
    public void The_analyzer_reads_its_section_through_the_options_it_is_given()
    {
        var analyzer = new RenameAnalyzer();
        var options = ConfigurationResolver.For([new Profiles()], [analyzer]).ResolveFile(
            Write("""{ "extends": "town" }"""),
            new ConfigurationOverrides(),
            out var problems);
        Assert.Empty(problems);
        var diagnostic = Assert.Single(new PostAnalysisEngine([analyzer], options, morphology: MecabMorphemeAnalyzerProvider.Shared).Analyze(new Post("1", "お問い合わせは市民課へ")));
        Assert.Equal("CT0001", diagnostic.Id);
        Assert.Equal(new TextSpan(7, 3), diagnostic.Span);
        Assert.Equal("「市民課」は「市民窓口課」になりました", diagnostic.Message);
        Assert.Empty(new PostAnalysisEngine([analyzer], morphology: MecabMorphemeAnalyzerProvider.Shared).Analyze(new Post("1", "お問い合わせは市民課へ")));
    }

    [Fact]
    public void A_layer_built_in_code_can_set_a_section()
    {
        var layer = new ConfigurationLayer { Origin = "code" }.WithSection("city", """{ "keep": ["z"] }""");
        Assert.True(layer.SetsSectionKey("city", "keep"));
        Assert.False(layer.SetsSectionKey("city", "strict"));
        var options = Resolver().Merge([layer]);
        Assert.Equal<string>(["z"], options.Get(CityOptions.Section).Keep);
    }

    [Fact]
    public void A_section_needs_a_usable_name_and_an_object_schema()
    {
        Assert.Throws<ArgumentException>(() => new OptionSection<string>("rules", CityOptions.SchemaText, static _ => string.Empty));
        Assert.Throws<ArgumentException>(() => new OptionSection<string>("my-section", CityOptions.SchemaText, static _ => string.Empty));
        Assert.Throws<ArgumentException>(() => new OptionSection<string>("mine", """{ "type": "string" }""", static _ => string.Empty));
        Assert.Throws<ArgumentException>(() => new OptionSection<string>("mine", "{ not json", static _ => string.Empty));
    }

    [Fact]
    public void The_composed_schema_carries_each_section_fragment_and_closes_it()
    {
        var schema = ConfigurationSchema.Compose([CityOptions.Section]);
        using var document = JsonDocument.Parse(schema);
        var properties = document.RootElement.GetProperty("properties");
        var city = properties.GetProperty("city");
        Assert.False(city.GetProperty("additionalProperties").GetBoolean());
        Assert.Equal("市独自ルールの設定。", city.GetProperty("description").GetString());
        // Japanese stays readable in the file, not \u escapes.
        Assert.Contains("\"市独自ルールの設定。\"", schema, StringComparison.Ordinal);
        Assert.True(properties.TryGetProperty("rules", out _));
        Assert.EndsWith("}\n", schema, StringComparison.Ordinal);
    }
}
