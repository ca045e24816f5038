using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace PostLint.Configuration;

/// <summary>
/// The JSON Schema of <c>postlint.json</c>, composed from the schema of the engine's own keys and
/// the fragment of every rule-owned section (<see cref="OptionSection.Schema"/>). The schema that
/// ships with PostLint (<see cref="ConfigurationReader.ReadSchema"/>) is this composition for the
/// built-in rules, kept current by a test; a host with rules of its own composes its own.
/// </summary>
public static class ConfigurationSchema
{
    /// <summary>The schema of the engine's own keys (UTF-8), without any rule-owned section.</summary>
    public static byte[] ReadEngineSchema()
    {
        using var stream = typeof(ConfigurationSchema).Assembly.GetManifestResourceStream("PostLint.postlint.engine.schema.json")
            ?? throw new InvalidOperationException("The engine's configuration schema is missing from PostLint.Core.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    /// <summary>
    /// The schema of <c>postlint.json</c> for these sections: the engine's schema with each section's
    /// fragment as <c>properties.{name}</c> (in the order given; a section that does not say
    /// otherwise allows no other keys, as the reader does). Indented JSON, ending in a line break.
    /// </summary>
    public static string Compose(IEnumerable<OptionSection> sections) => Compose(Encoding.UTF8.GetString(ReadEngineSchema()), sections);

    /// <summary>The same, from a given schema of the engine's keys (the generator reads it from the source tree).</summary>
    public static string Compose(string engineSchema, IEnumerable<OptionSection> sections)
    {
        ArgumentNullException.ThrowIfNull(engineSchema);
        ArgumentNullException.ThrowIfNull(sections);
        var options = new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };
        var root = JsonNode.Parse(engineSchema, documentOptions: options)?.AsObject()
            ?? throw new ArgumentException("The engine schema is not a JSON object.", nameof(engineSchema));
        var properties = root["properties"]?.AsObject()
            ?? throw new ArgumentException("The engine schema has no \"properties\".", nameof(engineSchema));
        foreach (var section in sections.DistinctBy(static s => s.Name, StringComparer.Ordinal))
        {
            var fragment = JsonNode.Parse(section.Schema, documentOptions: options)!.AsObject();
            if (properties[section.Name] is JsonObject shared && ConfigurationReader.SharedEngineKeys.ContainsKey(section.Name))
            {
                // A section that adds keys to an engine section (disclosure): its properties join the engine's.
                var own = shared["properties"]?.AsObject() ?? throw new ArgumentException($"The engine schema's '{section.Name}' has no \"properties\".", nameof(engineSchema));
                foreach (var (key, property) in fragment["properties"]?.AsObject().ToList() ?? [])
                {
                    own[key] = property?.DeepClone();
                }

                continue;
            }

            if (properties.ContainsKey(section.Name))
            {
                throw new ArgumentException($"Section '{section.Name}' has the name of a key of the engine schema.", nameof(sections));
            }

            fragment.TryAdd("type", "object");
            fragment.TryAdd("additionalProperties", false);
            properties[section.Name] = fragment;
        }

        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, NewLine = "\n" }))
        {
            root.WriteTo(writer);
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }
}
