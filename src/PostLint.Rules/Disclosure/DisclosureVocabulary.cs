using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Text;
using PostLint.Configuration;

namespace PostLint.Rules.Disclosure;

/// <summary>What a hashtag is to the disclosure rules.</summary>
internal enum HashtagRole
{
    Other,

    /// <summary>An accepted disclosure word: PR, プロモーション, 宣伝, 広告 (or configured extras), any width or case.</summary>
    Disclosure,

    /// <summary>The profile's source tag (石巻市).</summary>
    Source,

    /// <summary>A variant of the source tag written by mistake (石巻, いしのまき, Ishinomaki).</summary>
    SourceVariant,

    /// <summary>A sponsorship word that is not accepted (タイアップ, 提供, sponsored, ad …).</summary>
    NonStandardDisclosure,
}

/// <summary>
/// The disclosure words and source tags of one configuration, normalized (NFKC, then upper case)
/// once, with lookups that do not allocate for tags of ordinary length. Shared by the
/// disclosure rules of one engine.
/// </summary>
internal sealed class DisclosureVocabulary
{
    private const int StackLimit = 128;

    private static readonly ConditionalWeakTable<AnalyzerOptions, DisclosureVocabulary> Cache = [];

    private static readonly ImmutableArray<string> BuiltInWords = [.. EmbeddedData.ReadList("Lists/disclosure-words.txt")];

    private static readonly ImmutableArray<string> NonStandardWords = [.. EmbeddedData.ReadList("Lists/nonstandard-disclosure-tags.txt")];

    private readonly FrozenDictionary<string, string> _disclosure;
    private readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _disclosureLookup;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _source;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _variants;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _nonStandard;

    private DisclosureVocabulary(AnalyzerOptions options)
    {
        var words = BuiltInWords.Concat(options.ExtraDisclosureTags).Distinct().ToImmutableArray();
        DisclosureWords = words;
        _disclosure = words.DistinctBy(Key).ToFrozenDictionary(Key, static w => w, StringComparer.Ordinal);
        _disclosureLookup = _disclosure.GetAlternateLookup<ReadOnlySpan<char>>();
        SourceTags = options.SourceTags;
        _source = options.SourceTags.Select(Key).ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        _variants = options.SourceTagVariants.Select(Key).Except(options.SourceTags.Select(Key)).ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        _nonStandard = NonStandardWords.Select(Key).ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The accepted disclosure words, canonical spelling; the first is what fixes insert.</summary>
    public ImmutableArray<string> DisclosureWords { get; }

    /// <summary>The configured source tags; the first is what fixes insert.</summary>
    public ImmutableArray<string> SourceTags { get; }

    public bool HasSourceTags => !SourceTags.IsEmpty;

    public string CanonicalDisclosure => DisclosureWords[0];

    public string? CanonicalSource => SourceTags.IsEmpty ? null : SourceTags[0];

    public static DisclosureVocabulary For(AnalyzerOptions options) => Cache.GetValue(options, static o => new DisclosureVocabulary(o));

    public HashtagRole Classify(ReadOnlySpan<char> tag) =>
        WithKey(tag, this, static (key, self) =>
            self._disclosureLookup.ContainsKey(key) ? HashtagRole.Disclosure
            : self._source.Contains(key) ? HashtagRole.Source
            : self._variants.Contains(key) ? HashtagRole.SourceVariant
            : self._nonStandard.Contains(key) ? HashtagRole.NonStandardDisclosure
            : HashtagRole.Other);

    public bool IsDisclosure(ReadOnlySpan<char> tag) => WithKey(tag, this, static (key, self) => self._disclosureLookup.ContainsKey(key));

    public bool IsSource(ReadOnlySpan<char> tag) => WithKey(tag, this, static (key, self) => self._source.Contains(key));

    /// <summary>The canonical spelling of a disclosure word written in any width or case (ＰＲ → PR).</summary>
    public string? CanonicalDisclosureOf(ReadOnlySpan<char> tag) =>
        WithKey(tag, this, static (key, self) => self._disclosureLookup.TryGetValue(key, out var canonical) ? canonical : null);

    /// <summary>The comparison key: NFKC, then upper case (invariant).</summary>
    public static string Key(string text) => text.Normalize(NormalizationForm.FormKC).ToUpperInvariant();

    private delegate T KeyFunc<T>(ReadOnlySpan<char> key, DisclosureVocabulary self);

    private static T WithKey<T>(ReadOnlySpan<char> tag, DisclosureVocabulary self, KeyFunc<T> func)
    {
        // Tags of ordinary length are normalized on the stack; NFKC can expand a little, hence the margin.
        if (tag.Length <= StackLimit / 4)
        {
            Span<char> normalized = stackalloc char[StackLimit];
            if (tag.TryNormalize(normalized, out var written, NormalizationForm.FormKC))
            {
                Span<char> upper = stackalloc char[written];
                var length = normalized[..written].ToUpperInvariant(upper);
                if (length == written)
                {
                    return func(upper, self);
                }
            }
        }

        return func(Key(tag.ToString()), self);
    }
}
