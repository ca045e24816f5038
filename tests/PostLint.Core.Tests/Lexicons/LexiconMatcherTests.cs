using System.Collections.Immutable;
using PostLint.Analysis;
using PostLint.Configuration;
using PostLint.Core.Tests.Syntax;
using PostLint.Diagnostics;
using PostLint.Lexicons;
using PostLint.Localization;
using PostLint.Morphology;
using PostLint.Text;
using PostLint.Model;

namespace PostLint.Core.Tests.Lexicons;

/// <summary>Reports every lexicon match of its rule with the entry's term.</summary>
internal sealed class LexiconRuleAnalyzer(Lexicon lexicon) : PostAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new("TS0300", "Lexicon word", "「{0}」", DiagnosticCategory.Content, DiagnosticSeverity.Warning, true);

    public static readonly DiagnosticDescriptor Other = new("TS0301", "Other lexicon word", "「{0}」", DiagnosticCategory.Content, DiagnosticSeverity.Warning, true);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule, Other];

    public override void Initialize(AnalysisContext context)
    {
        context.AddLexicon(lexicon);
        context.RegisterLexiconAction(static c =>
            c.ReportDiagnostic(Diagnostic.Create(c.Entry.RuleId == Rule.Id ? Rule : Other, c.Span, c.Entry.Term)));
    }
}

public sealed class LexiconMatcherTests
{
    internal const string Ipadic = "/var/lib/mecab/dic/ipadic-utf8";

    internal const string Sample = """
        # a test lexicon
        @name sample
        @version 1
        @source PostLint tests
        @rule TS0300
        @cancel 防止|注意
        バカ|馬鹿|ばか	allow=バカンス|ばかり	match=そんなのバカだ|ばかじゃないの	nomatch=夏はバカンス|そればかりです
        殺す|ころす	pos=動詞	match=あいつを殺せ|殺してやる	nomatch=殺菌消毒|殺到する
        出ていけ|出て行け	match=この町から出ていけ|出て行け！
        詐欺	match=詐欺師だ	nomatch=特殊詐欺に注意
        に投票を|に一票を	after=党|候補	rule=TS0301	match=〇〇党に投票を|△△候補に一票を	nomatch=投票をお願いします
        らしい	afterpos=動詞|助動詞|形容詞	allow=自分らしい|あなたらしい	match=市長が辞任するらしい|雨が降ったらしい	nomatch=春らしい陽気|自分らしい生き方
        """;

    private static readonly Lazy<MecabDictionary> Dictionary = new(() => MecabDictionary.Open(Ipadic));

    private static Lexicon Read(string text, string path = "sample.txt")
    {
        var problems = new List<ConfigurationProblem>();
        var lexicon = LexiconReader.Read(text, path, problems);
        Assert.Empty(problems);
        return lexicon;
    }

    private static MecabDictionary? For(bool morphology)
    {
        if (!morphology)
        {
            return null;
        }

        Assert.True(Directory.Exists(Ipadic), "mecab-ipadic-utf8 is not installed (scripts/setup.sh installs it)");
        return Dictionary.Value;
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Every_example_of_the_sample_does_what_it_says(bool morphology)
    {
        var matcher = LexiconMatcher.Build(Read(Sample).Entries, For(morphology));
        Assert.Equal(morphology, matcher.UsesMorphology);
        Assert.Empty(matcher.RunSelfTests().Select(static f => f.Message));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_failing_example_is_reported_with_its_entry(bool morphology)
    {
        var lexicon = Read("@name x\n@version 1\n@source t\n@rule TS0300\n\nバカ\tmatch=馬鹿だ\tnomatch=バカだ\n");
        var failures = LexiconMatcher.Build(lexicon.Entries, For(morphology)).RunSelfTests();
        Assert.Equal(2, failures.Count);
        Assert.All(failures, f => Assert.Equal(6, f.Entry.Line));
        Assert.Contains(failures, f => f.ShouldMatch && f.Example == "馬鹿だ");
        Assert.Contains(failures, f => !f.ShouldMatch && f.Example == "バカだ");
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Matches_reach_the_rule_that_owns_the_entry_with_spans_in_the_post(bool morphology)
    {
        var options = Options(morphology ? Ipadic : MissingDictionary());
        var engine = new PostAnalysisEngine([new LexiconRuleAnalyzer(Read(Sample))], options, morphology: MecabMorphemeAnalyzerProvider.Shared);
        Assert.Equal(morphology, engine.HasMorphology);
        const string text = "#バカ市長 は出ていけ。自民党に一票を！特殊詐欺に注意。";
        var found = engine.Analyze(text).Select(d => $"{d.Id} {text.Substring(d.Span.Start, d.Span.Length)}").ToArray();
        Assert.Equal(["TS0300 バカ", "TS0300 出ていけ", "TS0301 に一票を"], found);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_phrase_that_fills_a_quotation_is_named_not_said(bool morphology)
    {
        var engine = new PostAnalysisEngine(
            [new LexiconRuleAnalyzer(Read("@name q\n@version 1\n@source t\n@rule TS0300\nここだけの話|内緒\tmatch=ここだけの話ですが\n"))],
            Options(morphology ? Ipadic : MissingDictionary()), morphology: MecabMorphemeAnalyzerProvider.Shared);
        string[] Found(string text) => [.. engine.Analyze(text).Select(d => $"{d.Span.Start}:{text.Substring(d.Span.Start, d.Span.Length)}")];

        // Alone in its brackets, or with a few characters more (「まだ内緒だよ」): a phrase warned about.
        Assert.Empty(Found("「ここだけの話」は、ここだけにしておきましょう"));
        Assert.Empty(Found("『ここだけの話』と持ちかける勧誘に応じないで"));
        Assert.Empty(Found("「まだ内緒だよ」と言われたら"));
        // Said, not quoted; or inside a longer quotation that says more than the phrase.
        Assert.Equal(["0:ここだけの話"], Found("ここだけの話ですが、来年は中止です"));
        Assert.Equal(["1:ここだけの話"], Found("「ここだけの話ですが、来年は中止です」"));
        Assert.Equal(["3:内緒"], Found("これは内緒ですが」"));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void An_entry_at_end_matches_only_where_it_ends_its_sentence(bool morphology)
    {
        var engine = new PostAnalysisEngine(
            [new LexiconRuleAnalyzer(Read("@name e\n@version 1\n@source t\n@rule TS0300\nとか\tat=end\tafterpos=動詞|助動詞\tmatch=事故があったとか。\n"))],
            Options(morphology ? Ipadic : MissingDictionary()), morphology: MecabMorphemeAnalyzerProvider.Shared);
        string[] Found(string text) => [.. engine.Analyze(text).Select(d => $"{d.Span.Start}:{text.Substring(d.Span.Start, d.Span.Length)}")];

        Assert.Equal(["6:とか"], Found("事故があったとか。本当なら怖い"));
        Assert.Equal(["6:とか"], Found("事故があったとか…！"));
        Assert.Equal(["6:とか"], Found("事故があったとか\n#上越市"));
        Assert.Equal(["6:とか"], Found("事故があったとか"));
        Assert.Empty(Found("体操をするとか、散歩をするとか、体を動かしましょう。"));
    }

    [Fact]
    public void At_takes_only_end()
    {
        var problems = new List<ConfigurationProblem>();
        var lexicon = LexiconReader.Read("@name x\n@version 1\n@source t\n@rule TS0300\nとか\tat=start\tmatch=とか\nって\tat=end\tmatch=だって\n", "at.tsv", problems);
        Assert.Equal(5, Assert.Single(problems).Line);
        Assert.Contains("at= takes only 'end'", problems[0].MessageIn(Messages.English), StringComparison.Ordinal);
        Assert.True(lexicon.Entries.Single(static e => e.Term == "って").SentenceFinal);
    }

    [Fact]
    public void Without_a_dictionary_an_engine_with_lexicon_actions_reports_PL0003_once()
    {
        var engine = new PostAnalysisEngine([new LexiconRuleAnalyzer(Read(Sample))], Options(MissingDictionary()), morphology: MecabMorphemeAnalyzerProvider.Shared);
        Assert.Equal("PL0003", Assert.Single(engine.RunDiagnostics).Id);
        Assert.Single(engine.Analyze("殺せ"));
        Assert.Empty(engine.Analyze("殺菌"));
    }

    [Fact]
    public void Entries_of_a_rule_that_is_off_are_not_compiled()
    {
        var options = new ConfigurationResolver([], [LexiconRuleAnalyzer.Rule, LexiconRuleAnalyzer.Other]).Merge([new ConfigurationLayer
        {
            Origin = "test",
            MecabDicdir = MissingDictionary(),
            Rules = ImmutableDictionary<string, ReportSeverity>.Empty.Add("TS0301", ReportSeverity.None),
        }]);
        var engine = new PostAnalysisEngine([new LexiconRuleAnalyzer(Read(Sample))], options, morphology: MecabMorphemeAnalyzerProvider.Shared);
        Assert.DoesNotContain(engine.Lexicon!.Entries, e => e.RuleId == "TS0301");
        Assert.Empty(engine.Analyze("自民党に一票を"));
    }

    [Fact]
    public void A_user_lexicon_with_a_failing_example_stops_the_build_with_file_and_line()
    {
        var path = Path.Combine(Path.GetTempPath(), "postlint-lexicon-" + Guid.NewGuid().ToString("N") + ".tsv");
        File.WriteAllText(path, "@name local\n@version 1\n@source 市の広報課\n@rule TS0300\n# 方言\nあほ\tmatch=あほや\nだら\tmatch=だらだ\tnomatch=だらだら\n");
        try
        {
            var options = new ConfigurationResolver([], [LexiconRuleAnalyzer.Rule, LexiconRuleAnalyzer.Other]).Merge([new ConfigurationLayer
            {
                Origin = "test",
                MecabDicdir = MissingDictionary(),
                Lexicons = [path],
            }]);
            var error = Assert.Throws<ConfigurationException>(() => new PostAnalysisEngine([new LexiconRuleAnalyzer(Read(Sample))], options, morphology: MecabMorphemeAnalyzerProvider.Shared));
            var problem = Assert.Single(error.Problems);
            Assert.Equal(path, problem.Path);
            Assert.Equal(7, problem.Line);
            Assert.Contains("だらだら", problem.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_user_lexicon_adds_entries_for_the_rules_it_names()
    {
        var path = Path.Combine(Path.GetTempPath(), "postlint-lexicon-" + Guid.NewGuid().ToString("N") + ".tsv");
        File.WriteAllText(path, "@name local\n@version 1\n@source 市の広報課\n@rule TS0301\nあほ\tmatch=あほや\n");
        try
        {
            var options = new ConfigurationResolver([], [LexiconRuleAnalyzer.Rule, LexiconRuleAnalyzer.Other]).Merge([new ConfigurationLayer
            {
                Origin = "test",
                MecabDicdir = MissingDictionary(),
                Lexicons = [path],
            }]);
            var engine = new PostAnalysisEngine([new LexiconRuleAnalyzer(Read(Sample))], options, morphology: MecabMorphemeAnalyzerProvider.Shared);
            Assert.Equal("TS0301", Assert.Single(engine.Analyze("あほや")).Id);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Reading_reports_every_problem_with_its_line()
    {
        var problems = new List<ConfigurationProblem>();
        LexiconReader.Read("@name x\n@colour red\nバカ\tmatch=バカ\n\tmatch=a\n死ね\tcolour=red\tmatch=死ね\nアホ\n", "bad.tsv", problems, static id => id == "TS0300");
        Assert.Contains(problems, static p => p.Line == 2 && p.Message.Contains("@colour", StringComparison.Ordinal));
        Assert.Contains(problems, static p => p.Line == 3 && p.MessageIn(Messages.English).Contains("names no rule", StringComparison.Ordinal));
        Assert.Contains(problems, static p => p.Line == 4 && p.MessageIn(Messages.English).Contains("no spelling", StringComparison.Ordinal));
        Assert.Contains(problems, static p => p.Line == 5 && p.MessageIn(Messages.English).Contains("colour=red", StringComparison.Ordinal));
        Assert.Contains(problems, static p => p.Message.Contains("@version", StringComparison.Ordinal));
        Assert.Contains(problems, static p => p.Message.Contains("@source", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Matching_a_clean_post_allocates_nothing(bool morphology)
    {
        var engine = new PostAnalysisEngine([new LexiconRuleAnalyzer(Read(Sample))], Options(morphology ? Ipadic : MissingDictionary()), morphology: MecabMorphemeAnalyzerProvider.Shared);
        var post = new Post("p", "#石巻市 牡蠣まつりを開催します。会場は市役所前広場です！ https://www.city.ishinomaki.lg.jp/");
        Assert.Empty(engine.Analyze(post));
        Assert.Equal(0, Allocation.PerCalls(50, () => engine.Analyze(post)));
    }

    [Fact]
    public void Engines_with_different_lexicons_on_one_thread_each_find_their_own_words()
    {
        // Morpheme keys are cached per thread by feature: a second matcher on the thread must not
        // see the first one's key ids (殺す is key 0 in one lexicon and absent from the other).
        const string other = """
            @name other
            @version 1
            @source PostLint tests
            @rule TS0300
            市長	match=市長が来た
            """;
        var options = Options(Ipadic);
        var first = new PostAnalysisEngine([new LexiconRuleAnalyzer(Read(Sample))], options, morphology: MecabMorphemeAnalyzerProvider.Shared);
        var second = new PostAnalysisEngine([new LexiconRuleAnalyzer(Read(other, "other.txt"))], options, morphology: MecabMorphemeAnalyzerProvider.Shared);
        const string text = "市長を殺せ。バカな市長だ。";
        string[] Found(PostAnalysisEngine engine) => [.. engine.Analyze(text).Select(d => text.Substring(d.Span.Start, d.Span.Length))];
        for (var round = 0; round < 3; round++)
        {
            Assert.Equal(["殺せ", "バカ"], Found(first));
            Assert.Equal(["市長", "市長"], Found(second));
        }
    }

    [Fact]
    public void Without_a_dictionary_a_katakana_spelling_takes_no_hiragana_and_okurigana_is_not_a_word()
    {
        var lexicon = Read("""
            @name x
            @version 1
            @source t
            @rule TS0300
            カス	match=このカスが|カス！	nomatch=地元の食材を生かす|ごまかすな|カステラ
            クズ|屑	match=あいつはクズだ|人間の屑	nomatch=くずし字の講座
            バカ|ばか	match=ばかじゃないの|バカだ	nomatch=親ばか
            えろ	match=えろい写真	nomatch=さっさと消えろ|考えろ
            といううわさ	match=閉店といううわさ
            """);
        var matcher = LexiconMatcher.Build(lexicon.Entries, dictionary: null);
        Assert.Empty(matcher.RunSelfTests().Select(static f => f.Message));

        var engine = new PostAnalysisEngine([new LexiconRuleAnalyzer(lexicon)], Options(MissingDictionary()), morphology: MecabMorphemeAnalyzerProvider.Shared);
        const string text = "生かすカスは消えろ、えろ";
        var found = engine.Analyze(text).Where(static d => d.Id == LexiconRuleAnalyzer.Rule.Id).Select(d => (d.Span.Start, d.Span.Length)).ToArray();
        Assert.Equal([(3, 2), (10, 2)], found);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void With_quoted_mention_a_word_inside_quotation_brackets_is_a_mention_not_a_use(bool morphology)
    {
        var lexicon = Read("""
            @name x
            @version 1
            @source t
            @rule TS0300
            @quoted mention
            バカ|馬鹿	match=市長はバカだ|「市長は」バカだ	nomatch=「バカの壁」の著者が講演|『バカ』という言葉
            詐欺	quoted=use	match=「詐欺で楽に稼ぐ方法を教えます」と書いた
            """);
        Assert.True(lexicon.Entries[0].QuotedIsMention);
        Assert.False(lexicon.Entries[1].QuotedIsMention);
        Assert.Empty(LexiconMatcher.Build(lexicon.Entries, For(morphology)).RunSelfTests().Select(static f => f.Message));

        var engine = new PostAnalysisEngine([new LexiconRuleAnalyzer(lexicon)], Options(morphology ? Ipadic : MissingDictionary()), morphology: MecabMorphemeAnalyzerProvider.Shared);
        const string text = "講演「バカの壁」を聞いた。バカだ。「閉じない バカ";
        var found = engine.Analyze(text).Where(static d => d.Id == LexiconRuleAnalyzer.Rule.Id).Select(static d => d.Span.Start).ToArray();
        Assert.Equal([13, 23], found);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void And_asks_for_a_second_context_word_and_keep_overrides_a_cancelling_one(bool morphology)
    {
        var lexicon = Read("""
            @name x
            @version 1
            @source t
            @rule TS0300
            @cancel 禁止|注意
            @keep だけど
            補助金	with=書き換え|水増し	and=もらえ|得	match=補助金は書類を書き換えればもらえる	nomatch=補助金の書類を書き換える場合は窓口へ|補助金がもらえます|補助金の水増しに注意
            花火	with=打ち上げ	match=花火は禁止だけど打ち上げちゃえ	nomatch=花火の打ち上げは禁止です
            """);
        Assert.Equal(["書き換え", "水増し"], lexicon.Entries[0].RequiredWords.ToArray());
        Assert.Equal(["もらえ", "得"], lexicon.Entries[0].AlsoRequiredWords.ToArray());
        Assert.Equal(["だけど"], lexicon.Entries[1].KeepWords.ToArray());
        Assert.Empty(LexiconMatcher.Build(lexicon.Entries, For(morphology)).RunSelfTests().Select(static f => f.Message));
    }

    [Fact]
    public void Quoted_takes_mention_or_use_only()
    {
        var problems = new List<ConfigurationProblem>();
        LexiconReader.Read("@name x\n@version 1\n@source t\n@rule TS0300\n@quoted maybe\nバカ\tquoted=often\tmatch=バカ\n", "q.tsv", problems);
        Assert.Equal([5, 6], problems.Select(static p => p.Line));
        Assert.All(problems, static p => Assert.Contains("'mention' or 'use'", p.MessageIn(Messages.English), StringComparison.Ordinal));
    }

    [Fact]
    public void Folding_keeps_offsets_and_joins_scripts_and_widths()
    {
        Assert.Equal("ばか", LexiconText.Fold("バカ"));
        Assert.Equal("bba", LexiconText.Fold("ＢＢＡ"));
        Assert.Equal("あほちゃう", LexiconText.Fold("ｱﾎちゃう"));
        Assert.Equal("をーん", LexiconText.Fold("ｦｰﾝ"));
        Assert.Equal("ほﾞけ", LexiconText.Fold("ﾎﾞｹ"));
        Assert.Equal(new TextSpan(2, 2), new TextSpan(LexiconText.IndexOfFolded("あのバカ", "ばか", 0), 2));
    }

    private static AnalyzerOptions Options(string dicdir) =>
        new ConfigurationResolver([], [LexiconRuleAnalyzer.Rule, LexiconRuleAnalyzer.Other]).Merge([new ConfigurationLayer { Origin = "test", MecabDicdir = dicdir }]);

    private static string MissingDictionary() => Path.Combine(Path.GetTempPath(), "postlint-no-dictionary-" + Guid.NewGuid().ToString("N"));
}
