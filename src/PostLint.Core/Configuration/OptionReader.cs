using System.Collections.Immutable;
using PostLint.Localization;

namespace PostLint.Configuration;

/// <summary>
/// Reads the keys of one <see cref="OptionSection"/> as written in <c>postlint.json</c> (merged
/// across the profile and file layers). Each typed method gives the key's value, or null / an
/// empty collection when the key is not written; a value of the wrong type is reported as PL0002
/// at its line and column and read as missing. Keys the section's schema does not list are
/// reported before the section's reading function runs.
/// </summary>
public sealed class OptionReader
{
    private readonly OptionSection _section;
    private readonly PositionedJson _json;
    private readonly string? _path;
    private readonly Action<ConfigurationProblem>? _report;

    internal OptionReader(OptionSection section, PositionedJson json, string? path, Action<ConfigurationProblem>? report)
    {
        _section = section;
        _json = json;
        _path = path;
        _report = report;
    }

    /// <summary>The name of the section being read.</summary>
    public string SectionName => _section.Name;

    /// <summary>True when the section writes <paramref name="key"/>.</summary>
    public bool Has(string key) => Find(key) is not null;

    /// <summary>The value of <paramref name="key"/> as written, with its position, or null when the key is not written.</summary>
    public OptionValue? Value(string key) => Find(key) is { } json ? new OptionValue(this, json) : null;

    /// <summary><c>true</c> or <c>false</c>; null when the key is not written or is not a boolean.</summary>
    public bool? Boolean(string key) => Value(key)?.ToBoolean();

    /// <summary>A string; null when the key is not written or is not a string.</summary>
    public string? Text(string key) => Value(key)?.ToText();

    /// <summary>A number; null when the key is not written or is not a number.</summary>
    public double? Number(string key)
    {
        if (Value(key) is not { } value)
        {
            return null;
        }

        if (value.Kind == OptionValueKind.Number)
        {
            return value.Json.NumberValue;
        }

        value.Report(LocalizedMessage.Of("config.expectedNumber", value.KindText));
        return null;
    }

    /// <summary>A list of strings (<c>["a", "b"]</c>); items that are not strings are reported and left out.</summary>
    public ImmutableArray<string> Strings(string key) => Items(key, static item => item.Text);

    /// <summary>
    /// A list of hashtag words (<c>["#PR大使", "協賛"]</c>), without their sign, the way the engine
    /// reads <c>disclosure.sourceTags</c>: an empty word or one with a space is PL0002 at its item
    /// and left out.
    /// </summary>
    public ImmutableArray<string> Tags(string key) => Items(key, static item =>
    {
        if (ConfigurationReader.TagWord(item.Text) is { } tag)
        {
            return tag;
        }

        item.Report(LocalizedMessage.Of("config.notHashtag", item.Text));
        return null;
    });

    /// <summary>
    /// A list whose string items <paramref name="parse"/> turns into values: return null after
    /// <see cref="OptionValue.Report(LocalizedMessage)"/> for an item that cannot be used. Items
    /// that are not strings are reported and left out.
    /// </summary>
    public ImmutableArray<TItem> Items<TItem>(string key, Func<OptionValue, TItem?> parse)
        where TItem : class
    {
        ArgumentNullException.ThrowIfNull(parse);
        var builder = ImmutableArray.CreateBuilder<TItem>();
        foreach (var item in StringItems(key))
        {
            if (parse(item) is { } parsed && !builder.Contains(parsed))
            {
                builder.Add(parsed);
            }
        }

        return builder.ToImmutable();
    }

    /// <summary>The string items of a list, with their positions, for items that are not reference types (dates).</summary>
    public ImmutableArray<OptionValue> StringItems(string key)
    {
        if (Value(key) is not { } value)
        {
            return [];
        }

        if (value.Kind != OptionValueKind.Array)
        {
            value.Report(LocalizedMessage.Of("config.expectedStrings", value.KindText));
            return [];
        }

        var builder = ImmutableArray.CreateBuilder<OptionValue>();
        foreach (var item in value.Json.Items)
        {
            var itemValue = new OptionValue(this, item);
            if (itemValue.ToText() is not null)
            {
                builder.Add(itemValue);
            }
        }

        return builder.ToImmutable();
    }

    /// <summary>
    /// An object of strings (<c>{ "市民課": "市民窓口課" }</c>), in the order written; values that
    /// are not strings are reported and left out. A later layer's entry replaces an earlier one's.
    /// </summary>
    public ImmutableDictionary<string, string> StringMap(string key)
    {
        if (Value(key) is not { } value)
        {
            return ImmutableDictionary<string, string>.Empty;
        }

        if (value.Kind != OptionValueKind.Map)
        {
            value.Report(LocalizedMessage.Of("config.expectedObject", value.KindText));
            return ImmutableDictionary<string, string>.Empty;
        }

        var builder = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        foreach (var member in value.Json.Members)
        {
            if (new OptionValue(this, member.Value).ToText() is { } text)
            {
                builder[member.Name] = text;
            }
        }

        return builder.ToImmutable();
    }

    /// <summary>Reports a problem with the section as a whole, at the section's key.</summary>
    public void Report(LocalizedMessage message) => Report(_json, message);

    internal void Report(PositionedJson at, LocalizedMessage message) =>
        _report?.Invoke(new ConfigurationProblem(message, _path, at.Line, at.Column));

    /// <summary>Reports the keys the section's schema does not list, with a "did you mean".</summary>
    internal void CheckKeys()
    {
        if (_json.Kind != PositionedJsonKind.Object)
        {
            Report(_json, LocalizedMessage.Of("config.expectedObject", _json.KindText));
            return;
        }

        foreach (var member in _json.Members)
        {
            if (_section.Keys.Contains(member.Name, StringComparer.Ordinal))
            {
                continue;
            }

            var hint = ConfigurationReader.Closest(member.Name, _section.Keys);
            var message = hint is null
                ? LocalizedMessage.Of("config.unknownKey.known", member.Name, string.Join(", ", _section.Keys))
                : LocalizedMessage.Of("config.unknownKey.hint", member.Name, hint);
            _report?.Invoke(new ConfigurationProblem(message, _path, member.Line, member.Column));
        }
    }

    // The last member of a name wins, as a later key replaces an earlier one.
    private PositionedJson? Find(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (_json.Kind != PositionedJsonKind.Object)
        {
            return null;
        }

        for (var i = _json.Members.Length - 1; i >= 0; i--)
        {
            if (_json.Members[i].Name == key)
            {
                return _json.Members[i].Value;
            }
        }

        return null;
    }
}

/// <summary>The kinds of JSON value a configuration key can hold.</summary>
public enum OptionValueKind
{
    /// <summary><c>null</c>.</summary>
    Null,
    /// <summary><c>true</c> or <c>false</c>.</summary>
    Boolean,
    /// <summary>A number.</summary>
    Number,

    /// <summary>A string.</summary>
    Text,
    /// <summary>An array (<c>[ … ]</c>).</summary>
    Array,

    /// <summary>An object (<c>{ … }</c>).</summary>
    Map,
}

/// <summary>One value of a configuration section as written, with its 1-based line and column.</summary>
public sealed class OptionValue
{
    private readonly OptionReader _reader;

    internal OptionValue(OptionReader reader, PositionedJson json)
    {
        _reader = reader;
        Json = json;
    }

    internal PositionedJson Json { get; }

    /// <summary>What kind of JSON value was written.</summary>
    public OptionValueKind Kind => (OptionValueKind)Json.Kind;

    /// <summary>The line the value was written on (1-based).</summary>
    public int Line => Json.Line;

    /// <summary>The column the value starts at (1-based, in characters).</summary>
    public int Column => Json.Column;

    /// <summary>The string when the value is a string, else the empty string (see <see cref="ToText"/> to check the type).</summary>
    public string Text => Json.StringValue ?? string.Empty;

    /// <summary>The kind of value in the display language (「配列」, "an array"), for problem texts.</summary>
    public LocalizedMessage KindText => Json.KindText;

    /// <summary>The string; when the value is not a string, reports PL0002 (expected a string) and gives null.</summary>
    public string? ToText()
    {
        if (Kind == OptionValueKind.Text)
        {
            return Json.StringValue;
        }

        Report(LocalizedMessage.Of("config.expectedString", KindText));
        return null;
    }

    /// <summary>
    /// A string naming a file or folder: as written when absolute, else resolved against the folder
    /// of the configuration file that wrote it (a value set in code or on the command line stays as
    /// written, relative to the current folder). When the value is not a string, reports PL0002
    /// and gives null, like <see cref="ToText"/>.
    /// </summary>
    public string? ToPath()
    {
        var text = ToText();
        return text is null || Json.BaseDirectory is null ? text : Path.GetFullPath(Path.Combine(Json.BaseDirectory, text));
    }

    /// <summary>The boolean; when the value is not one, reports PL0002 (expected true or false) and gives null.</summary>
    public bool? ToBoolean()
    {
        if (Kind == OptionValueKind.Boolean)
        {
            return Json.BooleanValue;
        }

        Report(LocalizedMessage.Of("config.expectedBoolean", KindText));
        return null;
    }

    /// <summary>Reports a problem with this value (PL0002 at its line and column).</summary>
    public void Report(LocalizedMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        _reader.Report(Json, message);
    }

    /// <summary>Reports a problem with this value in a text that is the same in every language.</summary>
    public void Report(string message) => Report(LocalizedMessage.Verbatim(message));

    /// <summary>The value as JSON text, for messages.</summary>
    public override string ToString() => Json.ToString();
}
