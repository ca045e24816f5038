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
    public string Message => ShouldMatch
        ? $"the entry '{Entry.Term}' does not match its example '{Example}'"
        : $"the entry '{Entry.Term}' matches '{Example}', which it lists as nomatch";
}
