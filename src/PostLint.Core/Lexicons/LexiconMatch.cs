using PostLint.Localization;
using PostLint.Text;

namespace PostLint.Lexicons;

/// <summary>
/// A place where a lexicon entry matched a post: the entry (an index into
/// <see cref="LexiconMatcher.Entries"/>), its span in the post, and with a dictionary the
/// morphemes it covers (<see cref="MorphemeCount"/> is 0 when matched on surface forms).
/// </summary>
public readonly record struct LexiconMatch(int EntryIndex, TextSpan Span, int MorphemeStart, int MorphemeCount);

/// <summary>A self-test example of a lexicon entry that did not do what the entry says.</summary>
public sealed record LexiconSelfTestFailure(LexiconEntry Entry, string Example, bool ShouldMatch)
{
    /// <summary>What went wrong, in either display language.</summary>
    public LocalizedMessage Text => ShouldMatch
        ? LocalizedMessage.Of("lexicon.selfTest.noMatch", Entry.Term, Example)
        : LocalizedMessage.Of("lexicon.selfTest.nomatch", Entry.Term, Example);

    /// <summary>What went wrong, in Japanese (the default display language).</summary>
    public string Message => Text.ToString();
}
