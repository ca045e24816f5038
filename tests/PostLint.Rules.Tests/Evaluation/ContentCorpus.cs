using System.Collections.Immutable;

namespace PostLint.Rules.Tests.Evaluation;

/// <summary>One labelled post of the evaluation corpus.</summary>
/// <param name="Id">File name and line, e.g. <c>tourism.tsv:12</c>, so a failure points at the line to read.</param>
/// <param name="Text">The post, with <c>\n</c> turned into a line break.</param>
/// <param name="Expected">The content rule ids the post must get; empty for a clean post.</param>
/// <param name="IsTricky">A clean post that looks like a finding (「特殊詐欺に注意」, 「春らしい」, a city landline).</param>
public sealed record LabelledPost(string Id, string Text, ImmutableHashSet<string> Expected, bool IsTricky)
{
    public string Category => Id[..Id.IndexOf('.', StringComparison.Ordinal)];

    /// <summary>
    /// True for the held-out posts (<c>holdout*.tsv</c>): each file written after a round of lexicon
    /// changes and not used to tune that round, so its figures say how the rules do on posts they had
    /// not seen.
    /// </summary>
    public bool IsHoldout => Category.StartsWith(ContentCorpus.HoldoutCategory, StringComparison.Ordinal);
}

/// <summary>
/// Reads the labelled corpus in <c>Evaluation/Corpus/*.tsv</c>: one post per line as
/// <c>labels&lt;TAB&gt;text</c>, where labels is <c>-</c> (clean), <c>~</c> (clean but tricky) or
/// comma-separated rule ids; <c>#</c> starts a comment line. A malformed line fails loudly with its
/// file and line, so the corpus cannot silently shrink.
/// </summary>
public static class ContentCorpus
{
    public static string Directory { get; } = Path.Combine(AppContext.BaseDirectory, "Evaluation", "Corpus");

    /// <summary>The start of the file names of the held-out posts (<c>holdout.tsv</c>, <c>holdout-2.tsv</c>).</summary>
    public const string HoldoutCategory = "holdout";

    /// <summary>
    /// The blind sets (<c>Evaluation/Blind/*.tsv</c>, same format): posts written by someone who has
    /// not seen the lexicons, measured and printed but never tuned on until the next round moves them
    /// into <c>Corpus/</c>. The folder may hold none.
    /// </summary>
    public static string BlindDirectory { get; } = Path.Combine(AppContext.BaseDirectory, "Evaluation", "Blind");

    private static readonly Lazy<ImmutableArray<LabelledPost>> Loaded = new(() => Load(Directory));

    private static readonly Lazy<ImmutableArray<LabelledPost>> LoadedBlind = new(
        () => System.IO.Directory.Exists(BlindDirectory) ? Load(BlindDirectory) : []);

    public static ImmutableArray<LabelledPost> Posts => Loaded.Value;

    /// <summary>The posts of every blind set, each with its file name in <see cref="LabelledPost.Id"/>.</summary>
    public static ImmutableArray<LabelledPost> BlindPosts => LoadedBlind.Value;

    /// <summary>Reads every <c>*.tsv</c> of <paramref name="directory"/> in name order.</summary>
    public static ImmutableArray<LabelledPost> Load(string directory)
    {
        var posts = ImmutableArray.CreateBuilder<LabelledPost>();
        foreach (var path in System.IO.Directory.EnumerateFiles(directory, "*.tsv").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(path);
            var lineNumber = 0;
            foreach (var line in File.ReadLines(path))
            {
                lineNumber++;
                if (line.Length == 0 || line[0] == '#')
                {
                    continue;
                }

                var tab = line.IndexOf('\t', StringComparison.Ordinal);
                if (tab <= 0 || tab == line.Length - 1 || line.IndexOf('\t', tab + 1) >= 0)
                {
                    throw new FormatException($"{name}:{lineNumber}: expected exactly one tab between the labels and the text.");
                }

                var labels = line[..tab];
                var text = line[(tab + 1)..].Replace("\\n", "\n", StringComparison.Ordinal);
                var tricky = labels == "~";
                var expected = labels is "-" or "~"
                    ? []
                    : labels.Split(',').Select(static id => id.Trim()).ToImmutableHashSet(StringComparer.Ordinal);
                if (expected.Any(static id => id.Length != 6 || !id.StartsWith("PL", StringComparison.Ordinal)))
                {
                    throw new FormatException($"{name}:{lineNumber}: labels must be '-', '~' or rule ids such as PL3004, not '{labels}'.");
                }

                posts.Add(new LabelledPost($"{name}:{lineNumber}", text, expected, tricky));
            }
        }

        return posts.ToImmutable();
    }
}
