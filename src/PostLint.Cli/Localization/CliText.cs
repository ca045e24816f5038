using System.Globalization;
using System.Text.Json;
using PostLint.Localization;

namespace PostLint.Cli.Localization;

/// <summary>
/// What the <c>postlint</c> command itself says — help texts of verbs and options, usage errors,
/// the <c>rules</c> table, <c>--print-config</c>, <c>init</c>'s comments — looked up by id in one
/// table per language (<c>Localization/cli-ja.json</c>, <c>cli-en.json</c>, embedded). The words
/// reports share with the server and the library (severities, the summary) stay in the core's
/// <see cref="Messages"/>. A test keeps both tables holding the same ids and placeholders.
/// </summary>
public sealed class CliText
{
    private static readonly Lazy<CliText> JapaneseTable = new(() => Load(DisplayLanguage.Japanese));
    private static readonly Lazy<CliText> EnglishTable = new(() => Load(DisplayLanguage.English));

    // A plain dictionary, never changed after Load: a run looks up a few dozen ids, and building a
    // frozen dictionary's lookup costs more than those lookups save (docs/cold-start.md).
    private readonly Dictionary<string, string> _texts;

    private CliText(DisplayLanguage language, Dictionary<string, string> texts)
    {
        Language = language;
        _texts = texts;
    }

    public static CliText Japanese => JapaneseTable.Value;

    public static CliText English => EnglishTable.Value;

    public static CliText For(DisplayLanguage language) => language == DisplayLanguage.English ? English : Japanese;

    public DisplayLanguage Language { get; }

    /// <summary>Every id of this language's table.</summary>
    public IEnumerable<string> Ids => _texts.Keys;

    /// <summary>The text of an id. A missing id is a bug (a test keeps both tables complete).</summary>
    public string this[string id] =>
        _texts.TryGetValue(id, out var text) ? text : throw new KeyNotFoundException($"The CLI text id '{id}' is missing from the {Language} table.");

    public bool Contains(string id) => _texts.ContainsKey(id);

    /// <summary>The text formatted with the invariant culture (counts read 1,234 in both languages).</summary>
    public string Format(string id, params object?[] args) => string.Format(CultureInfo.InvariantCulture, this[id], args);

    private static CliText Load(DisplayLanguage language)
    {
        var name = $"PostLint.Cli.Localization.cli-{(language == DisplayLanguage.English ? "en" : "ja")}.json";
        using var stream = typeof(CliText).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidDataException($"The embedded text table {name} is missing from postlint.");
        using var document = JsonDocument.Parse(stream, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var property in document.RootElement.EnumerateObject())
        {
            if (!property.Name.StartsWith('$'))
            {
                texts.Add(property.Name, property.Value.GetString() ?? string.Empty);
            }
        }

        return new CliText(language, texts);
    }
}
