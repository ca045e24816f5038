using System.Text;
using System.Text.Json;
using PostLint.Configuration;
using PostLint.Rules.Profiles;
using PostLint.Tests;

namespace PostLint.Rules.Tests.Catalog;

/// <summary>
/// The JSON Schema that ships with PostLint is generated: the engine's own keys
/// (<c>postlint.engine.schema.json</c>) with the fragment of every section the built-in rules own.
/// Without <c>POSTLINT_UPDATE_SCHEMA=1</c> the test fails when the shipped file differs; with it,
/// the test rewrites the file.
/// </summary>
public sealed class ConfigurationSchemaTests
{
    private static string SourcePath(string name) => TestPaths.InRepo("src", "PostLint.Core", "Configuration", name);

    [Fact]
    public void The_shipped_schema_is_the_engine_schema_with_the_built_in_sections()
    {
        var expected = ConfigurationSchema.Compose(File.ReadAllText(SourcePath("postlint.engine.schema.json"), Encoding.UTF8), BuiltInRules.OptionSections);
        var path = SourcePath(ConfigurationReader.SchemaFileName);
        var shipped = File.ReadAllText(path, Encoding.UTF8).ReplaceLineEndings("\n");
        if (shipped == expected)
        {
            return;
        }

        if (Environment.GetEnvironmentVariable("POSTLINT_UPDATE_SCHEMA") == "1")
        {
            File.WriteAllText(path, expected, new UTF8Encoding(false));
            return;
        }

        Assert.Fail($"{ConfigurationReader.SchemaFileName} is out of date: run the tests with POSTLINT_UPDATE_SCHEMA=1 to regenerate it from postlint.engine.schema.json and the rules' sections.");
    }

    [Fact]
    public void The_embedded_engine_schema_is_the_one_in_the_source_tree()
    {
        var source = File.ReadAllText(SourcePath("postlint.engine.schema.json"), Encoding.UTF8).ReplaceLineEndings("\n");
        Assert.Equal(source, Encoding.UTF8.GetString(ConfigurationSchema.ReadEngineSchema()).ReplaceLineEndings("\n"));
    }

    [Fact]
    public void The_shipped_schema_documents_the_engine_keys_and_every_built_in_section()
    {
        using var document = JsonDocument.Parse(ConfigurationReader.ReadSchema());
        var keys = document.RootElement.GetProperty("properties").EnumerateObject().Select(static p => p.Name).Order(StringComparer.Ordinal);
        var expected = ConfigurationReader.EngineKeys.Union(BuiltInRules.OptionSections.Select(static s => s.Name), StringComparer.Ordinal).Order(StringComparer.Ordinal);
        Assert.Equal(expected, keys);

        // A section that adds keys to an engine section (disclosure) is documented inside it.
        var disclosure = document.RootElement.GetProperty("properties").GetProperty("disclosure").GetProperty("properties");
        Assert.Equal(
            ["extraDisclosureTags", "relationTags", "required", "sourceTagVariants", "sourceTags"],
            disclosure.EnumerateObject().Select(static p => p.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_built_in_profiles_declare_the_sections_of_the_built_in_rules()
    {
        Assert.Equal(BuiltInRules.OptionSections, BuiltInProfiles.Instance.OptionSections);
        // A section has a name of its own, or adds keys to an engine section that shares its keys.
        Assert.All(BuiltInRules.OptionSections, static s =>
            Assert.True(!ConfigurationReader.EngineKeys.Contains(s.Name) || ConfigurationReader.SharedEngineKeys.ContainsKey(s.Name), s.Name));
    }
}
