using PostLint.Analysis;
using PostLint.Rules.Content;
using PostLint.Rules.Tests.Verification;
using PostLint.Morphology;

namespace PostLint.Rules.Tests.Content;

/// <summary>Bad and good posts for each content rule, with and without a MeCab dictionary.</summary>
public sealed class ContentRuleTests
{
    private static void Verify(PostAnalyzer analyzer, bool morphology, params string[] markups)
    {
        foreach (var markup in markups)
        {
            ContentModes.Verify(analyzer, morphology, markup);
        }
    }

    [Theory]
    [MemberData(nameof(ContentModes.Both), MemberType = typeof(ContentModes))]
    public void PL3001_insults_are_reported_and_awareness_posts_are_not(bool morphology) => Verify(new PL3001Insult(), morphology,
        "市長は{|PL3001:バカ|}だ",
        "#{|PL3001:バカ|}市長 は辞めろ",
        "この町から{|PL3001:出ていけ|}",
        "夏はバカンスの季節です",
        "そればかりではありません",
        "「バカ」などの言葉によるいじめ防止を呼びかけます",
        "出ていく人を見送る");

    [Theory]
    [MemberData(nameof(ContentModes.Both), MemberType = typeof(ContentModes))]
    public void PL3002_slurs_are_reported_and_human_rights_posts_are_not(bool morphology) => Verify(new PL3002Discrimination(), morphology,
        "{|PL3002:キチガイ|}みたいな客",
        "「キチガイ」などの差別語をなくす人権啓発講演会",
        "東シナ海の天気");

    [Theory]
    [MemberData(nameof(ContentModes.Both), MemberType = typeof(ContentModes))]
    public void PL3003_illegal_acts_are_reported_and_campaigns_are_not(bool morphology) => Verify(new PL3003IllegalActs(), morphology,
        "{|PL3003:覚醒剤|}が手に入る",
        "{|PL3003:詐欺|}で稼ぐ方法",
        "特殊詐欺に注意",
        "薬物乱用防止",
        "飲酒運転根絶！\n#石巻市",
        "大麻比古神社へ参拝");

    [Theory]
    [MemberData(nameof(ContentModes.Both), MemberType = typeof(ContentModes))]
    public void PL3004_hearsay_is_reported_but_adjective_forming_rashii_is_not(bool morphology) => Verify(new PL3004Rumour(), morphology,
        "拡散希望！{|PL3004:噂では|}市長が辞任する{|PL3004:らしい|}",
        "{|PL3004:未確認ですが|}道路が通行止め",
        "閉店する{|PL3004:という話を聞きました|}",
        "春らしい陽気になりました",
        "石巻らしい風景です",
        "拡散希望！津波警報が発表されました。高台へ避難してください");

    [Fact]
    public void PL3004_names_the_request_to_spread_beside_a_hedge_and_the_clause()
    {
        var diagnostic = RuleVerifier.Verify(new PL3004Rumour(), "拡散希望！{|PL3004:噂では|}閉店する", ContentModes.Options(true))[0];
        Assert.Contains("拡散希望", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("石巻市ガイドライン 4(6)", diagnostic.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(ContentModes.Both), MemberType = typeof(ContentModes))]
    public void PL3005_obscene_words_are_reported(bool morphology) => Verify(new PL3005Obscene(), morphology,
        "{|PL3005:エロ|}い写真",
        "エロイカ交響曲の演奏会",
        "民俗資料館の展示");

    [Theory]
    [MemberData(nameof(ContentModes.Both), MemberType = typeof(ContentModes))]
    public void PL3006_partisan_appeals_are_reported_and_election_notices_are_not(bool morphology) => Verify(new PL3006PoliticalOrReligious(), morphology,
        "〇〇党{|PL3006:に投票を|}お願いします",
        "{|PL3006:布教|}活動に参加しませんか",
        "投票日は7月21日です",
        "期日前投票は市役所で受け付けています。選挙管理委員会",
        "みんなで投票に行こう",
        "御朱印めぐりで神社やお寺を参拝しませんか");

    [Theory]
    [MemberData(nameof(ContentModes.Both), MemberType = typeof(ContentModes))]
    public void PL3007_social_issue_slogans_are_reported_under_mine(bool morphology)
    {
        // Only 美祢市 has a clause on social issues; the rule is off in the other profiles.
        var options = ContentModes.Options(morphology, "mine");
        RuleVerifier.Verify(new PL3007SocialIssueAdvocacy(), "{|PL3007:脱原発|}を実現しよう", options);
        RuleVerifier.Verify(new PL3007SocialIssueAdvocacy(), "原発の再稼働について住民説明会を開きます", options);
        RuleVerifier.Verify(new PL3007SocialIssueAdvocacy(), "脱原発を実現しよう", ContentModes.Options(morphology));
    }

    [Theory]
    [MemberData(nameof(ContentModes.Both), MemberType = typeof(ContentModes))]
    public void PL3008_confidential_markings_are_reported(bool morphology) => Verify(new PL3008ConfidentialInformation(), morphology,
        "{|PL3008:内部資料|}を特別に公開します",
        "{|PL3008:取扱注意|}の文書です",
        "会議資料を公開します");

    [Theory]
    [MemberData(nameof(ContentModes.Both), MemberType = typeof(ContentModes))]
    public void PL3009_superlatives_count_only_beside_a_business(bool morphology) => Verify(new PL3009UnfairProductPraise(), morphology,
        "市内で{|PL3009:一番おいしい|}店はここです",
        "{|PL3009:No.1|}の〇〇商店",
        "日本一の桜が満開です",
        "石巻で一番おいしい牡蠣の季節");

    [Theory]
    [MemberData(nameof(ContentModes.Both), MemberType = typeof(ContentModes))]
    public void PL3009_names_in_either_bracket_and_long_markers_mark_a_business(bool morphology) => Verify(new PL3009UnfairProductPraise(), morphology,
        "港町で{|PL3009:一番おいしい|}のは『そば処たかの』です",
        "{|PL3009:日本一|}親切なのは「あおば引越センター」",
        // A marker longer than every not-a-marker word (各店, 商店街) is still read as a marker.
        "{|PL3009:No.1|}の引越センターといえばここ",
        "日本一の桜を『花の章』という本で紹介します");

    [Theory]
    [MemberData(nameof(ContentModes.Both), MemberType = typeof(ContentModes))]
    public void PL3010_violence_and_self_harm_are_reported_and_prevention_is_not(bool morphology) => Verify(new PL3010PublicOrder(), morphology,
        "あいつを{|PL3010:殺せ|}",
        "{|PL3010:殺して|}やる",
        "殺菌消毒をしましょう",
        "死にたいと思ったら相談窓口へ",
        "オンラインカジノは違法です");

    [Theory]
    [MemberData(nameof(ContentModes.Both), MemberType = typeof(ContentModes))]
    public void PL3004_hearsay_particles_sources_and_doubt_are_reported_and_advice_to_check_is_not(bool morphology) => Verify(new PL3004Rumour(), morphology,
        "給水車は来なかった{|PL3004:とか|}。本当なら困ります",
        "水道水は飲まない方がいい{|PL3004:って|}",
        "LINEで{|PL3004:回ってきた|}んですが、今夜地震が来るそうです",
        "{|PL3004:聞いたところでは|}、市長が辞職するようです",
        "どこまで{|PL3004:本当かわからない|}けど、スーパーが撤退します",
        "ネットで見た情報をうのみにせず、公式の発表を確認しましょう",
        "回覧板が回ってきたら、次の家へ回してください",
        "体操をするとか、散歩をするとか、体を動かしましょう",
        "参加した人が「楽しかった」と言っていました");

    [Theory]
    [MemberData(nameof(ContentModes.Both), MemberType = typeof(ContentModes))]
    public void PL3008_secrecy_cues_insider_outcomes_and_internal_material_are_reported_and_announcements_are_not(bool morphology) => Verify(new PL3008ConfidentialInformation(), morphology,
        "これは{|PL3008:まだ誰にも|}言っていないことですが、分館を閉めます",
        "{|PL3008:職員向け|}の掲示板の通知を、スクショで共有します",
        "{|PL3008:決裁前|}の計画書を、特別に見せちゃいます",
        "来月の人事、実はもう{|PL3008:内示|}が出ています",
        "「ここだけの話」は、ここだけにしておきましょう。SNSでの情報漏えいに注意",
        "来年4月からごみ袋の料金を改定することが決定しました",
        "令和8年度採用の内定者向け説明会を開きます",
        "職員向けの防災マニュアルを市ホームページで公開しました");

    [Theory]
    [MemberData(nameof(ContentModes.Both), MemberType = typeof(ContentModes))]
    public void PL3010_threats_gambling_promises_and_self_harm_are_reported_and_sport_and_care_are_not(bool morphology) => Verify(new PL3010PublicOrder(), morphology,
        "今度見かけたら{|PL3010:痛い目にあわせ|}てやる",
        "{|PL3010:競艇|}で一攫千金！的中率90%の予想を配信中",
        "{|PL3010:生きるのに疲れ|}たなら、いい場所を教えます",
        "{|PL3010:手首を切る|}と気持ちが落ち着くよ",
        "ボクシング体験会でサンドバッグを思いきり殴ってみよう",
        "「死にたい」と打ち明けられたら、まず話を聴いてください",
        "包丁で手首を切らないように、まな板を安定させて",
        "年末ジャンボ宝くじを発売中です。収益金は公共事業に使われます");

    [Theory]
    [MemberData(nameof(ContentModes.Both), MemberType = typeof(ContentModes))]
    public void Every_content_rule_together_leaves_awareness_campaigns_alone(bool morphology)
    {
        var engine = new PostAnalysisEngine(BuiltInRules.CreateAnalyzers(), ContentModes.Options(morphology), morphology: MecabMorphemeAnalyzerProvider.Shared);
        foreach (var text in new[] { "特殊詐欺に注意", "薬物乱用防止", "投票日は7月21日です", "バカンス", "殺菌" })
        {
            Assert.DoesNotContain(engine.Analyze(text), d => d.Id.StartsWith("PL3", StringComparison.Ordinal));
        }

        var rumour = engine.Analyze("拡散希望！噂では市長が辞任するらしい").Where(d => d.Id.StartsWith("PL3", StringComparison.Ordinal)).ToList();
        Assert.All(rumour, d => Assert.Equal("PL3004", d.Id));
        Assert.All(rumour, d => Assert.Equal(["石巻市ガイドライン 4(6)"], d.References.ToArray()));
        Assert.Equal(2, rumour.Count);
        var leak = Assert.Single(engine.Analyze("内部資料を特別に公開します"), d => d.Id.StartsWith("PL3", StringComparison.Ordinal));
        Assert.Equal("PL3008", leak.Id);
        Assert.Equal(["石巻市ガイドライン 4(1)"], leak.References.ToArray());
    }

    [Theory]
    [InlineData("joetsu", "PL3008", "上越市ガイドライン 5(4)")]
    [InlineData("mine", "PL3004", "美祢市運用方針 第4.4(4)エ")]
    [InlineData("joetsu", "PL3004", "上越市ガイドライン 5(5)")]
    public void Messages_name_the_active_profiles_clause(string profile, string id, string clause)
    {
        var engine = new PostAnalysisEngine(BuiltInRules.CreateAnalyzers(), ContentModes.Options(true, profile), morphology: MecabMorphemeAnalyzerProvider.Shared);
        var diagnostic = Assert.Single(engine.Analyze(id == "PL3008" ? "内部資料を特別に公開します" : "噂では閉店する"), d => d.Id == id);
        Assert.Contains(clause, diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains(clause, diagnostic.References);
    }
}
