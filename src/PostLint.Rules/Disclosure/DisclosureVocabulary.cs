using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Text;
using PostLint.Analysis;
using PostLint.Configuration;
using PostLint.Rules.Infrastructure;

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

    /// <summary>
    /// A disclosure word and the source tag joined into one hashtag, either order, optionally with a
    /// separator X keeps inside tags (石巻市PR, PR石巻市, PR・石巻市, PR_石巻市).
    /// </summary>
    FusedDisclosureAndSource,
}

/// <summary>
/// The disclosure words and source tags of one configuration, normalized (NFKC, then upper case)
/// once, with lookups that do not allocate for tags of ordinary length. Shared by the
/// disclosure rules of one engine.
/// </summary>
internal sealed class DisclosureVocabulary
{
    private const int StackLimit = 128;

    /// <summary>
    /// Characters X keeps inside a hashtag that people put between the two words of a fused tag,
    /// after NFKC: ・ (and half-width ･), _ (and ＿), 〜, ~ (from ～). See specs/post-syntax.md §1.1.
    /// </summary>
    private const string FusedSeparators = "・_〜~";

    private static readonly ConditionalWeakTable<AnalyzerOptions, DisclosureVocabulary> Cache = [];

    private static readonly ImmutableArray<string> BuiltInWords = [.. EmbeddedData.ReadList("Lists/disclosure-words.txt")];

    private static readonly ImmutableArray<string> NonStandardWords = [.. EmbeddedData.ReadList("Lists/nonstandard-disclosure-tags.txt")];

    private readonly FrozenDictionary<string, string> _disclosure;
    private readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _disclosureLookup;
    private readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _source;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _variants;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _nonStandard;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _relationOnly;
    private readonly string[] _disclosureKeys;
    private readonly string[] _sourceKeys;

    private DisclosureVocabulary(AnalyzerOptions options)
    {
        var own = options.Get(DisclosureOptions.Section);
        var standard = BuiltInWords.Concat(own.ExtraDisclosureTags).Distinct().ToImmutableArray();
        var words = standard.Concat(own.RelationTags).Distinct().ToImmutableArray();
        StandardWords = standard;
        DisclosureWords = words;
        _relationOnly = own.RelationTags.Select(Key).Except(standard.Select(Key)).ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        _disclosure = words.DistinctBy(Key).ToFrozenDictionary(Key, static w => w, StringComparer.Ordinal);
        _disclosureLookup = _disclosure.GetAlternateLookup<ReadOnlySpan<char>>();
        SourceTags = options.SourceTags;
        SourceNames = [.. options.SourceTags.Select(static name => (name, name.Any(static c => char.ToUpperInvariant(c) != char.ToLowerInvariant(c)) ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal))];
        _source = options.SourceTags.DistinctBy(Key).ToFrozenDictionary(Key, static s => s, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        _variants = options.SourceTagVariants.Select(Key).Except(options.SourceTags.Select(Key)).ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        _nonStandard = NonStandardWords.Select(Key).ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        _disclosureKeys = [.. _disclosure.Keys];
        _sourceKeys = [.. options.SourceTags.Select(Key).Distinct()];
        ScanProvider = new PostValueProvider<DisclosureScan>(context => DisclosureScan.Compute(context.Syntax, this));
        StatementProvider = new PostValueProvider<StatementScan>(context => DisclosureStatements.Compute(context.Syntax, context.Sentences, this));
    }

    /// <summary>Where the disclosure tags of a post are: computed once per post and shared by the disclosure rules of this engine.</summary>
    public PostValueProvider<DisclosureScan> ScanProvider { get; }

    /// <summary>The statement disclosures of a post: found once per post and shared by the disclosure rules of this engine.</summary>
    public PostValueProvider<StatementScan> StatementProvider { get; }

    /// <summary>
    /// The words that disclose as a hashtag, canonical spelling; the first is what fixes insert:
    /// the standard words (<see cref="StandardWords"/>) and the profile's relation tags.
    /// </summary>
    public ImmutableArray<string> DisclosureWords { get; }

    /// <summary>The standard disclosure words (PR, プロモーション, 宣伝, 広告 and configured extras), which PL1008 asks for.</summary>
    public ImmutableArray<string> StandardWords { get; }

    /// <summary>The configured source tags; the first is what fixes insert.</summary>
    public ImmutableArray<string> SourceTags { get; }

    /// <summary>
    /// The source tags as names to find in text, each with the comparison to use: ignoring case
    /// only when the name has letters with case (Ishinomaki), because a case-insensitive search for
    /// a name such as 石巻市 is many times slower than an ordinal one and finds nothing more.
    /// </summary>
    public ImmutableArray<(string Name, StringComparison Comparison)> SourceNames { get; }

    public bool HasSourceTags => !SourceTags.IsEmpty;

    public string CanonicalDisclosure => DisclosureWords[0];

    public string? CanonicalSource => SourceTags.IsEmpty ? null : SourceTags[0];

    /// <summary>The comparison keys (NFKC, upper case) of the accepted disclosure words.</summary>
    public ReadOnlySpan<string> DisclosureKeys => _disclosureKeys;

    /// <summary>The source tags as hashtags, canonical first (<c>#石巻市</c>), or empty.</summary>
    public string CanonicalSourceTag => SourceTags.IsEmpty ? string.Empty : "#" + SourceTags[0];

    /// <summary>The canonical disclosure tag (<c>#PR</c>).</summary>
    public string CanonicalDisclosureTag => "#" + DisclosureWords[0];

    public static DisclosureVocabulary For(AnalyzerOptions options) => Cache.GetValue(options, static o => new DisclosureVocabulary(o));

    public HashtagRole Classify(ReadOnlySpan<char> tag) =>
        WithKey(tag, this, static (key, self) =>
            self._disclosureLookup.ContainsKey(key) ? HashtagRole.Disclosure
            : self._source.ContainsKey(key) ? HashtagRole.Source
            : self._variants.Contains(key) ? HashtagRole.SourceVariant
            : self._nonStandard.Contains(key) ? HashtagRole.NonStandardDisclosure
            : self.IsFusedKey(key) ? HashtagRole.FusedDisclosureAndSource
            : HashtagRole.Other);

    /// <summary>
    /// True for a relation tag the profile accepts that is not a standard word (#タイアップ under
    /// ishinomaki): it discloses, and PL1008 still suggests a standard word.
    /// </summary>
    public bool IsRelationTagOnly(ReadOnlySpan<char> tag) => WithKey(tag, this, static (key, self) => self._relationOnly.Contains(key));

    public bool IsDisclosure(ReadOnlySpan<char> tag) => WithKey(tag, this, static (key, self) => self._disclosureLookup.ContainsKey(key));

    public bool IsSource(ReadOnlySpan<char> tag) => WithKey(tag, this, static (key, self) => self._source.ContainsKey(key));

    /// <summary>The configured spelling of a source tag written in any width or case, or null.</summary>
    public string? CanonicalSourceOf(ReadOnlySpan<char> tag) =>
        WithKey(tag, this, static (key, self) => self._source.TryGetValue(key, out var canonical) ? canonical : null);

    public bool IsFused(ReadOnlySpan<char> tag) => WithKey(tag, this, static (key, self) => self.IsFusedKey(key));

    /// <summary>
    /// Splits a fused tag as written (<c>ＰＲ・石巻市</c>) into its disclosure part as written
    /// (<c>ＰＲ</c>) and the configured spelling of its source tag (<c>石巻市</c>). Used on the
    /// reporting path only.
    /// </summary>
    public bool TryGetFusedParts(
        string tag,
        [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? disclosure,
        [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? source)
    {
        ArgumentNullException.ThrowIfNull(tag);
        for (var split = 1; split < tag.Length; split++)
        {
            if (char.IsLowSurrogate(tag[split]))
            {
                continue;
            }

            var left = tag.AsSpan(0, split);
            var right = tag.AsSpan(split);

            // One separator at most, on either side of the split.
            var leftWord = IsSeparator(left[^1]) ? left[..^1] : left;
            var rightWord = leftWord.Length == left.Length && IsSeparator(right[0]) ? right[1..] : right;
            if (leftWord.IsEmpty || rightWord.IsEmpty)
            {
                continue;
            }

            if (IsDisclosure(leftWord) && CanonicalSourceOf(rightWord) is { } rightSource)
            {
                (disclosure, source) = (leftWord.ToString(), rightSource);
                return true;
            }

            if (CanonicalSourceOf(leftWord) is { } leftSource && IsDisclosure(rightWord))
            {
                (disclosure, source) = (rightWord.ToString(), leftSource);
                return true;
            }
        }

        (disclosure, source) = (null, null);
        return false;
    }

    /// <summary>The canonical spelling of a disclosure word written in any width or case (ＰＲ → PR).</summary>
    public string? CanonicalDisclosureOf(ReadOnlySpan<char> tag) =>
        WithKey(tag, this, static (key, self) => self._disclosureLookup.TryGetValue(key, out var canonical) ? canonical : null);

    /// <summary>The comparison key: NFKC, then upper case (invariant).</summary>
    public static string Key(string text) =>
        (CanNormalize(text) ? text.Normalize(NormalizationForm.FormKC) : text).ToUpperInvariant();

    /// <summary>
    /// False for text .NET refuses to normalize: lone surrogates and the noncharacters U+FFFE and
    /// U+FFFF (a mark such as 【\uD83D牡蠣】 in a damaged export). Such text cannot equal any word,
    /// so it is compared without normalization instead of failing the analysis.
    /// </summary>
    private static bool CanNormalize(ReadOnlySpan<char> text)
    {
        var i = text.IndexOfAnyInRange('\uD800', '\uFFFF');
        if (i < 0)
        {
            return true;
        }

        for (; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '\uFFFE' or '\uFFFF' || char.IsLowSurrogate(c))
            {
                return false;
            }

            if (char.IsHighSurrogate(c))
            {
                if (i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1]))
                {
                    return false;
                }

                i++;
            }
        }

        return true;
    }

    private static bool IsSeparator(char c) => FusedSeparators.Contains(c, StringComparison.Ordinal) || c is '＿' or '～' or '･';

    private bool IsFusedKey(ReadOnlySpan<char> key)
    {
        foreach (var disclosure in _disclosureKeys)
        {
            if (key.StartsWith(disclosure, StringComparison.Ordinal) && _source.ContainsKey(WithoutLeadingSeparator(key[disclosure.Length..])))
            {
                return true;
            }
        }

        foreach (var source in _sourceKeys)
        {
            if (key.StartsWith(source, StringComparison.Ordinal) && _disclosureLookup.ContainsKey(WithoutLeadingSeparator(key[source.Length..])))
            {
                return true;
            }
        }

        return false;
    }

    private static ReadOnlySpan<char> WithoutLeadingSeparator(ReadOnlySpan<char> key) =>
        !key.IsEmpty && FusedSeparators.Contains(key[0], StringComparison.Ordinal) ? key[1..] : key;

    private delegate T KeyFunc<T>(ReadOnlySpan<char> key, DisclosureVocabulary self);

    private static T WithKey<T>(ReadOnlySpan<char> tag, DisclosureVocabulary self, KeyFunc<T> func)
    {
        // Tags of ordinary length are normalized on the stack; NFKC can expand a little, hence the margin.
        if (tag.Length <= StackLimit / 4)
        {
            Span<char> normalized = stackalloc char[StackLimit];
            if (NfkcFolding.TryFold(tag, normalized, out var folded))
            {
                // The everyday tags: no normalizer, no allocation. What TryFold writes is ASCII,
                // kana, ideographs and the two sound marks, and only ASCII letters have case, so the
                // invariant upper case is ASCII's (ICU's case mapping costs more than the rules).
                Span<char> foldedUpper = stackalloc char[folded];
                for (var i = 0; i < folded; i++)
                {
                    var c = normalized[i];
                    foldedUpper[i] = char.IsAsciiLetterLower(c) ? (char)(c - ('a' - 'A')) : c;
                }

                return func(foldedUpper, self);
            }

            if (!CanNormalize(tag))
            {
                var upperOnly = normalized[..tag.Length];
                return tag.ToUpperInvariant(upperOnly) == tag.Length ? func(upperOnly, self) : func(Key(tag.ToString()), self);
            }

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
