using PostLint.Localization;
using PostLint.Text;

namespace PostLint.Lexicons;

/// <summary>
/// A place where a lexicon entry matched a post: the entry (an index into
/// <see cref="LexiconMatcher.Entries"/>), its span in the post, and with a dictionary the
/// morphemes it covers (<see cref="MorphemeCount"/> is 0 when matched on surface forms).
/// </summary>
/// <param name="EntryIndex">The index of the entry that matched in <see cref="LexiconMatcher.Entries"/>.</param>
/// <param name="Span">Where the entry matched in the post, in UTF-16 offsets.</param>
/// <param name="MorphemeStart">The index of the first morpheme the match covers (0 on surface forms).</param>
/// <param name="MorphemeCount">How many morphemes the match covers; 0 when matched on surface forms.</param>
public readonly record struct LexiconMatch(int EntryIndex, TextSpan Span, int MorphemeStart, int MorphemeCount);

/// <summary>A self-test example of a lexicon entry that did not do what the entry says.</summary>
/// <param name="Entry">The entry whose example failed.</param>
/// <param name="Example">The example text (a <c>match=</c> or <c>nomatch=</c> value).</param>
/// <param name="ShouldMatch">True when the entry should have matched the example and did not; false when it matched and should not have.</param>
public sealed record LexiconSelfTestFailure(LexiconEntry Entry, string Example, bool ShouldMatch)
{
    /// <summary>What went wrong, in either display language.</summary>
    public LocalizedMessage Text => ShouldMatch
        ? LocalizedMessage.Of("lexicon.selfTest.noMatch", Entry.Term, Example)
        : LocalizedMessage.Of("lexicon.selfTest.nomatch", Entry.Term, Example);

    /// <summary>What went wrong, in Japanese (the default display language).</summary>
    public string Message => Text.ToString();
}
