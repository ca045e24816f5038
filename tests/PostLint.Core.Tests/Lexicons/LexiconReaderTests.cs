using PostLint.Configuration;
using PostLint.Lexicons;
using PostLint.Localization;

namespace PostLint.Core.Tests.Lexicons;

/// <summary>
/// <c>@words</c>: a word list written once and named by several entries' fields as <c>$name</c>.
/// </summary>
public sealed class LexiconReaderTests
{
    private const string Header = "@name w\n@version 1\n@source t\n@rule TS0300\n";

    private static Lexicon Read(string body, out List<ConfigurationProblem> problems)
    {
        problems = [];
        return LexiconReader.Read(Header + body, "w.tsv", problems);
    }

    [Fact]
    public void A_named_list_stands_for_its_words_in_every_field_but_the_examples()
    {
        var lexicon = Read(
            "@words leave 出て行け|帰れ\n" +
            "@cancel $leave|防止\n" +
            "外国人\twith=$leave|来るな\tmatch=外国人は帰れ\tnomatch=$leave の話\n" +
            "移民\twith=$leave\tallow=$leave\tmatch=移民は出て行け\n",
            out var problems);
        Assert.Empty(problems);
        var (first, second) = (lexicon.Entries[0], lexicon.Entries[1]);
        Assert.Equal(["出て行け", "帰れ", "来るな"], first.RequiredWords.ToArray());
        Assert.Equal(["出て行け", "帰れ"], second.RequiredWords.ToArray());
        Assert.Equal(["出て行け", "帰れ"], second.AllowedCompounds.ToArray());
        Assert.Equal(["出て行け", "帰れ", "防止"], first.CancelWords.ToArray());

        // An example is a post: a $ in it is text.
        Assert.Equal(["$leave の話"], first.MustNotMatch.ToArray());
    }

    [Fact]
    public void An_unknown_or_bad_or_repeated_list_is_a_problem_at_its_line()
    {
        Read(
            "@words leave 出て行け\n" +
            "@words leave 帰れ\n" +
            "@words 1st 帰れ\n" +
            "@words empty\n" +
            "外国人\twith=$stay\tmatch=外国人\n",
            out var problems);
        Assert.Equal([6, 7, 8, 9], problems.Select(static p => p.Line));
        Assert.Contains("leave", problems[0].MessageIn(Messages.English), StringComparison.Ordinal);
        Assert.Contains("stay", problems[3].MessageIn(Messages.English), StringComparison.Ordinal);
        Assert.Contains("stay", problems[3].MessageIn(Messages.Japanese), StringComparison.Ordinal);
    }
}
