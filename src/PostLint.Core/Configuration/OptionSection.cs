using System.Collections.Immutable;
using System.Text.Json;

namespace PostLint.Configuration;

/// <summary>
/// A section of <c>postlint.json</c> owned by rules rather than by the engine (as Roslyn analyzers
/// read their own <c>.editorconfig</c> keys and ESLint rules declare <c>meta.schema</c>): its name,
/// its keys as a JSON Schema fragment, and how its JSON becomes an immutable typed value. Declare
/// one as a <c>static readonly</c> <see cref="OptionSection{T}"/> field, list it in
/// <see cref="Analysis.PostAnalyzer.OptionSections"/> of every analyzer that reads it, and read the
/// value in <see cref="Analysis.PostAnalyzer.Initialize"/> with
/// <see cref="AnalyzerOptions.Get{T}(OptionSection{T})"/>. Several rules may share one section.
/// Layers merge as the engine's own settings do: lists add, scalars replace.
/// </summary>
public abstract class OptionSection
{
    private protected OptionSection(string name, string schema)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(schema);
        if (!IsSectionName(name))
        {
            throw new ArgumentException($"'{name}' is not a section name: use ASCII letters and digits, starting with a letter (renamedDepartments).", nameof(name));
        }

        Name = name;
        Schema = schema;
        Keys = ReadKeys(name, schema);
        if (ConfigurationReader.SharedEngineKeys.TryGetValue(name, out var engineOwn))
        {
            // A section the engine shares (disclosure): the rules own the keys the engine does not read.
            if (Keys.FirstOrDefault(k => engineOwn.Contains(k, StringComparer.Ordinal)) is { } taken)
            {
                throw new ArgumentException($"'{name}.{taken}' is read by the engine itself; a section may only add keys to '{name}'.", nameof(schema));
            }
        }
        else if (ConfigurationReader.EngineKeys.Contains(name, StringComparer.Ordinal))
        {
            throw new ArgumentException($"'{name}' is a key of the engine's own configuration; choose another section name.", nameof(name));
        }
    }

    /// <summary>The key of the section at the top level of <c>postlint.json</c> (<c>links</c>, <c>city</c>).</summary>
    public string Name { get; }

    /// <summary>
    /// The JSON Schema of the section's value: an object schema whose <c>properties</c> are the
    /// section's keys, with their types, defaults and descriptions (Japanese first). It becomes
    /// <c>properties.{Name}</c> of the schema of <c>postlint.json</c> (<see cref="ConfigurationSchema"/>).
    /// </summary>
    public string Schema { get; }

    /// <summary>The keys of the section (the <c>properties</c> of <see cref="Schema"/>); any other key is PL0002.</summary>
    public ImmutableArray<string> Keys { get; }

    internal abstract object DefaultValue { get; }

    internal abstract object Read(OptionReader reader);

    /// <summary>The rule ids a layer's value of this section switches on (at their default severity, unless the layer names them).</summary>
    internal abstract IEnumerable<string> RulesEnabledBy(object value);

    /// <summary>The section's value read from <paramref name="json"/>; problems go to <paramref name="report"/> (null: dropped).</summary>
    internal object ReadValue(PositionedJson json, string? path, Action<ConfigurationProblem>? report)
    {
        var reader = new OptionReader(this, json, path, report);
        reader.CheckKeys();
        return Read(reader);
    }

    /// <summary>The section's name (its key in <c>postlint.json</c>).</summary>
    public override string ToString() => Name;

    private static bool IsSectionName(string name)
    {
        if (!char.IsAsciiLetter(name[0]))
        {
            return false;
        }

        foreach (var c in name)
        {
            if (!char.IsAsciiLetterOrDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    private static ImmutableArray<string> ReadKeys(string name, string schema)
    {
        try
        {
            using var document = JsonDocument.Parse(schema, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            if (document.RootElement.ValueKind == JsonValueKind.Object &&
                document.RootElement.TryGetProperty("properties", out var properties) &&
                properties.ValueKind == JsonValueKind.Object)
            {
                return [.. properties.EnumerateObject().Select(static p => p.Name)];
            }
        }
        catch (JsonException e)
        {
            throw new ArgumentException($"The schema of section '{name}' is not JSON: {e.Message}", nameof(schema), e);
        }

        throw new ArgumentException($"The schema of section '{name}' must be an object schema with \"properties\" naming its keys.", nameof(schema));
    }
}

/// <summary>
/// A configuration section whose value is a <typeparamref name="T"/> (an immutable record of the
/// section's settings). The value is read once per engine, never per post.
/// </summary>
/// <example>
/// <code>
/// public sealed record CityOptions(ImmutableDictionary&lt;string, string&gt; RenamedDepartments)
/// {
///     public static readonly OptionSection&lt;CityOptions&gt; Section = new(
///         "city",
///         """{ "type": "object", "properties": { "renamedDepartments": { "type": "object", "additionalProperties": { "type": "string" } } } }""",
///         static section =&gt; new CityOptions(section.StringMap("renamedDepartments")));
/// }
/// </code>
/// </example>
/// <typeparam name="T">The typed value of the section.</typeparam>
public sealed class OptionSection<T> : OptionSection
    where T : notnull
{
    private readonly Func<OptionReader, T> _read;
    private readonly Func<T, IEnumerable<string>>? _enablesRules;
    private T? _default;
    private bool _hasDefault;

    /// <param name="name">The key of the section in <c>postlint.json</c>.</param>
    /// <param name="schema">The JSON Schema of the section's value (an object schema; its <c>properties</c> are the keys).</param>
    /// <param name="read">
    /// Builds the value from the section as written (merged across layers). Read each key with the
    /// typed methods of <see cref="OptionReader"/>: a missing key gives null or an empty list, so
    /// defaults are written here (<c>section.Boolean("strict") ?? false</c>); a value of the wrong
    /// type is reported as PL0002 at its line and column.
    /// </param>
    public OptionSection(string name, string schema, Func<OptionReader, T> read)
        : base(name, schema)
    {
        ArgumentNullException.ThrowIfNull(read);
        _read = read;
    }

    /// <param name="name">The key of the section in <c>postlint.json</c>.</param>
    /// <param name="schema">The JSON Schema of the section's value (an object schema; its <c>properties</c> are the keys).</param>
    /// <param name="read">Builds the value from the section as written (see the other constructor).</param>
    /// <param name="enablesRules">
    /// The rule ids that one layer's value switches on, at their default severity, unless the same
    /// layer names them in <c>rules</c> (a list of accounts that may be shared switches on the rule
    /// that checks shares).
    /// </param>
    public OptionSection(string name, string schema, Func<OptionReader, T> read, Func<T, IEnumerable<string>> enablesRules)
        : this(name, schema, read)
    {
        ArgumentNullException.ThrowIfNull(enablesRules);
        _enablesRules = enablesRules;
    }

    /// <summary>The value when no layer writes the section (what the reading function makes of an empty object).</summary>
    public T Default
    {
        get
        {
            // Built on first use, not in the constructor: the reading function may use static
            // fields of the declaring class that are initialised after the section.
            if (!Volatile.Read(ref _hasDefault))
            {
                _default = (T)ReadValue(PositionedJson.EmptyObject, null, null);
                Volatile.Write(ref _hasDefault, true);
            }

            return _default!;
        }
    }

    internal override object DefaultValue => Default;

    internal override object Read(OptionReader reader) => _read(reader);

    internal override IEnumerable<string> RulesEnabledBy(object value) => _enablesRules is null ? [] : _enablesRules((T)value);
}
