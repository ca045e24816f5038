using System.Collections.Immutable;

namespace PostLint.Lexicons;

/// <summary>
/// A lexicon file: the words of one category that a content rule looks for, with where the facts
/// come from and a version (<c>docs/lexicons.md</c> describes the format). Immutable.
/// </summary>
public sealed record Lexicon
{
    /// <summary>The category name given by <c>@name</c> (<c>insult</c>, <c>rumour</c> …).</summary>
    public required string Name { get; init; }

    /// <summary>The data version given by <c>@version</c>.</summary>
    public required string Version { get; init; }

    /// <summary>Where the entries' facts come from (<c>@source</c>, one or more).</summary>
    public required ImmutableArray<string> Sources { get; init; }

    /// <summary>The file the lexicon was read from (a path, or <c>embedded:…</c> for built-in data).</summary>
    public required string Path { get; init; }

    /// <summary>The entries in file order.</summary>
    public required ImmutableArray<LexiconEntry> Entries { get; init; }

    /// <summary>The name, version and path, for logs and <c>postlint config</c>.</summary>
    public override string ToString() => $"{Name} {Version} ({Path})";
}

/// <summary>
/// One entry: its spellings and what decides whether a match counts. Every string is as written in
/// the file; the matcher folds width, case and katakana/hiragana itself.
/// </summary>
public sealed record LexiconEntry
{
    /// <summary>The 1-based line of the entry in its file.</summary>
    public required int Line { get; init; }

    /// <summary>The rule the entry belongs to (<c>rule=</c>, else the file's <c>@rule</c>).</summary>
    public required string RuleId { get; init; }

    /// <summary>
    /// The ways the word is written (<c>バカ|ばか|馬鹿</c>). With a dictionary each is split into
    /// morphemes and matched on their base forms, so a verb's conjugated forms match too.
    /// </summary>
    public required ImmutableArray<string> Spellings { get; init; }

    /// <summary>Part-of-speech patterns (<c>pos=</c>); with a dictionary the first morpheme must match one. <c>動詞</c> also makes the surface fallback conjugate the spellings.</summary>
    public ImmutableArray<string> PartsOfSpeech { get; init; } = [];

    /// <summary>Words that cancel a match in the same sentence (<c>cancel=</c> and the file's <c>@cancel</c>).</summary>
    public ImmutableArray<string> CancelWords { get; init; } = [];

    /// <summary>
    /// When given (<c>with=</c>), the same sentence must also hold one of these words for a match to
    /// count: a word that is harmless alone and a finding only beside them (a party name beside 支持,
    /// a topic such as 原発 beside 反対の声を).
    /// </summary>
    public ImmutableArray<string> RequiredWords { get; init; } = [];

    /// <summary>
    /// When given (<c>and=</c>), the same sentence must also hold one of these words, besides one of
    /// <see cref="RequiredWords"/>: a finding needs three things together (補助金, beside 書き換え, beside
    /// もらえ), none of which is one alone.
    /// </summary>
    public ImmutableArray<string> AlsoRequiredWords { get; init; } = [];

    /// <summary>
    /// Words that keep a match although a cancelling word is in its sentence (<c>keep=</c> and the
    /// file's <c>@keep</c>): incitement names the ban it tells readers to ignore (花火は禁止<b>だけど</b>,
    /// 取り締まり場所<b>さえ避ければ</b>).
    /// </summary>
    public ImmutableArray<string> KeepWords { get; init; } = [];

    /// <summary>Longer words that contain a spelling and are fine (<c>allow=</c>: 殺菌, バカンス).</summary>
    public ImmutableArray<string> AllowedCompounds { get; init; } = [];

    /// <summary>When given (<c>after=</c>), the text right before the match must end with one of these (党 before 「に投票を」).</summary>
    public ImmutableArray<string> After { get; init; } = [];

    /// <summary>
    /// When given (<c>afterpos=</c>), the morpheme before the match must have one of these parts of
    /// speech; without a dictionary, the character before must be hiragana (a conjugated ending).
    /// </summary>
    public ImmutableArray<string> AfterPartsOfSpeech { get; init; } = [];

    /// <summary>
    /// True (<c>form=surface</c>) when the spellings match only as written, never through their
    /// base forms: 出ていけ is an insult, 出ていく is not, yet both have the base forms 出る+て+いく.
    /// </summary>
    public bool SurfaceOnly { get; init; }

    /// <summary>
    /// True (<c>at=end</c>) when a match counts only where it ends its sentence or line, with nothing
    /// but marks after it: the hearsay particles of 「事故があったとか。」「飲まない方がいいって」, which
    /// inside a sentence list things (散歩とか体操とか) or quote.
    /// </summary>
    public bool SentenceFinal { get; init; }

    /// <summary>
    /// True (<c>@quoted mention</c>, <c>quoted=mention</c>) when a match inside quotation brackets
    /// (「」『』“”) of its sentence is a mention of the word — a title, a quoted phrase, a word an
    /// awareness post warns about — and not its use: 「バカの壁」の著者, 『万引き家族の夏』を上演.
    /// </summary>
    public bool QuotedIsMention { get; init; }

    /// <summary>Self-test texts in which the entry must match (<c>match=</c>).</summary>
    public ImmutableArray<string> MustMatch { get; init; } = [];

    /// <summary>Self-test texts in which the entry must not match (<c>nomatch=</c>).</summary>
    public ImmutableArray<string> MustNotMatch { get; init; } = [];

    /// <summary>The lexicon the entry belongs to (set when the lexicon is read).</summary>
    public string LexiconPath { get; init; } = string.Empty;

    /// <summary>The first spelling, the entry's name in messages.</summary>
    public string Term => Spellings.IsDefaultOrEmpty ? string.Empty : Spellings[0];

    /// <summary>The file, line and term (<c>path(12): バカ</c>), the form of lexicon problems.</summary>
    public override string ToString() => $"{LexiconPath}({Line}): {Term}";
}
