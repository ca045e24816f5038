using System.Collections.Concurrent;
using System.Text;
using PostLint.Configuration;
using PostLint.Lexicons;
using PostLint.Rules.Infrastructure;

namespace PostLint.Rules.Content;

/// <summary>
/// The built-in lexicons of the content rules: one embedded file per category in
/// <c>Data/Lexicons</c>, read once per process. Their examples are run by the test suite with and
/// without a MeCab dictionary.
/// </summary>
public static class ContentLexicons
{
    /// <summary>The category files, by name.</summary>
    public static IReadOnlyList<string> Names { get; } =
        ["insult", "discrimination", "illegal", "rumour", "obscene", "political", "social-issue", "confidential", "superlative", "public-order"];

    private static readonly ConcurrentDictionary<string, Lexicon> Loaded = new(StringComparer.Ordinal);

    /// <summary>The lexicon of one category (<see cref="Names"/>).</summary>
    public static Lexicon Get(string name) => Loaded.GetOrAdd(name, static name =>
    {
        var path = "Lexicons/" + name + ".tsv";
        var problems = new List<ConfigurationProblem>();
        var lexicon = LexiconReader.Read(Encoding.UTF8.GetString(EmbeddedData.ReadBytes(path)), "embedded:" + path, problems);
        if (problems.Count > 0)
        {
            throw new InvalidOperationException($"The built-in lexicon {path} is invalid: {string.Join("; ", problems)}");
        }

        return lexicon;
    });
}
