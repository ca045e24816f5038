using System.Globalization;
using System.Text.Json;
using PostLint.Diagnostics;

namespace PostLint.Localization;

/// <summary>The language of what PostLint shows people: Japanese unless English is asked for.</summary>
public enum DisplayLanguage
{
    /// <summary>日本語: the default, because the people who read PostLint's output are Japanese writers and officers.</summary>
    Japanese,

    /// <summary>English (<c>--lang en</c>, or an <c>en_*</c> locale).</summary>
    English,
}

/// <summary>
/// Everything PostLint shows people, looked up by message id in one table per language
/// (<c>Localization/messages-ja.json</c>, <c>messages-en.json</c>, embedded). Plain JSON objects
/// read once with <see cref="JsonDocument"/>: nothing to generate, no satellite assemblies, and it
/// works under NativeAOT. Formats use composite placeholders (<c>{0}</c>, <c>{0:N0}</c>) and are
/// formatted with the invariant culture, so counts read <c>1,234</c> in both languages.
/// Japanese rule titles and descriptions come from <c>rules-ja.json</c>, keyed by rule id, so a
/// rule's <see cref="DiagnosticDescriptor"/> keeps its English title for <c>--lang en</c>.
/// </summary>
public sealed class Messages
{
    private static readonly Lazy<Messages> JapaneseTable = new(() => Load(DisplayLanguage.Japanese));
    private static readonly Lazy<Messages> EnglishTable = new(() => Load(DisplayLanguage.English));

    // Plain dictionaries, never changed after Load: a run looks up a few dozen ids, and building a
    // frozen dictionary's lookup costs more than those lookups save (docs/cold-start.md).
    private readonly Dictionary<string, string> _texts;

    /// <summary>The rule titles and descriptions, read at the first rule a run names (a clean run names none).</summary>
    private readonly Lazy<Dictionary<string, RuleText>> _rules;

    private Messages(DisplayLanguage language, Dictionary<string, string> texts, Lazy<Dictionary<string, RuleText>> rules)
    {
        Language = language;
        _texts = texts;
        _rules = rules;
    }

    /// <summary>日本語 (the default).</summary>
    public static Messages Japanese => JapaneseTable.Value;

    /// <summary>English, chosen with <c>--lang en</c> or <c>"language": "en"</c>.</summary>
    public static Messages English => EnglishTable.Value;

    /// <summary>The table of <paramref name="language"/>. Tables are loaded once and safe to share between threads.</summary>
    public static Messages For(DisplayLanguage language) => language == DisplayLanguage.English ? English : Japanese;

    /// <summary>The language of this table's texts.</summary>
    public DisplayLanguage Language { get; }

    /// <summary>Every message id of this language's table.</summary>
    public IEnumerable<string> Ids => _texts.Keys;

    /// <summary>Rule ids that have a title of their own in this language (English titles come from the descriptors).</summary>
    public IEnumerable<string> RuleIds => _rules.Value.Keys;

    /// <summary>The text of a message id. A missing id is a bug (a test keeps both tables complete).</summary>
    public string this[string id] =>
        _texts.TryGetValue(id, out var text) ? text : throw new KeyNotFoundException($"The message id '{id}' is missing from the {Language} message table.");

    /// <summary>True when this table has a text for message id <paramref name="id"/>.</summary>
    public bool Contains(string id) => _texts.ContainsKey(id);

    /// <summary>The message formatted with the invariant culture.</summary>
    public string Format(string id, params object?[] args) => string.Format(CultureInfo.InvariantCulture, this[id], args);

    /// <summary>
    /// A count with its noun: <c>{id}.one</c> for exactly one, else <c>{id}.other</c>
    /// (「エラー 1 件」, "1 error" / "2 errors").
    /// </summary>
    public string Count(string id, long count) => Format(count == 1 ? id + ".one" : id + ".other", count);

    /// <summary>The word for a severity: エラー / 警告 / 提案 (error / warning / suggestion).</summary>
    public string Severity(DiagnosticSeverity severity) => this["severity." + severity.ToReportName()];

    /// <summary>The word for a configured severity, including <c>none</c> (off).</summary>
    public string Severity(DiagnosticSeverity? severity) => severity is { } value ? Severity(value) : this["severity.none"];

    /// <summary>The rule's title in this language; a rule without one (a custom rule) keeps its descriptor's title.</summary>
    public string RuleTitle(DiagnosticDescriptor rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        return _rules.Value.TryGetValue(rule.Id, out var text) ? text.Title : rule.Title;
    }

    /// <summary>The rule's description in this language, else its descriptor's description.</summary>
    public string RuleDescription(DiagnosticDescriptor rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        return _rules.Value.TryGetValue(rule.Id, out var text) && text.Description.Length > 0 ? text.Description : rule.Description;
    }

    /// <summary>True when this language has its own title for the rule id.</summary>
    public bool HasRuleTitle(string ruleId) => _rules.Value.ContainsKey(ruleId);

    private static Messages Load(DisplayLanguage language)
    {
        var code = language == DisplayLanguage.English ? "en" : "ja";
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        using (var document = ReadResource($"messages-{code}.json"))
        {
            foreach (var property in document.RootElement.EnumerateObject())
            {
                if (property.Name.StartsWith('$'))
                {
                    continue; // "$comment": where the table is and how it is kept complete
                }

                texts.Add(property.Name, property.Value.GetString() ?? string.Empty);
            }
        }

        return new Messages(language, texts, new Lazy<Dictionary<string, RuleText>>(() => LoadRuleTexts(language)));
    }

    private static Dictionary<string, RuleText> LoadRuleTexts(DisplayLanguage language)
    {
        var rules = new Dictionary<string, RuleText>(StringComparer.Ordinal);
        if (language == DisplayLanguage.Japanese)
        {
            using var document = ReadResource("rules-ja.json");
            foreach (var property in document.RootElement.EnumerateObject())
            {
                if (property.Name.StartsWith('$'))
                {
                    continue;
                }

                var title = property.Value.GetProperty("title").GetString() ?? string.Empty;
                var description = property.Value.TryGetProperty("description", out var d) ? d.GetString() ?? string.Empty : string.Empty;
                rules.Add(property.Name, new RuleText(title, description));
            }
        }

        return rules;
    }

    private static JsonDocument ReadResource(string file)
    {
        var name = "PostLint.Localization." + file;
        using var stream = typeof(Messages).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidDataException($"The embedded message table {name} is missing from PostLint.Core.");
        return JsonDocument.Parse(stream, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
    }

    private readonly record struct RuleText(string Title, string Description);
}
