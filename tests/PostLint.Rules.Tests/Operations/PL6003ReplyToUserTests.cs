using PostLint.Configuration;
using PostLint.Diagnostics;
using PostLint.Rules.Operations;
using PostLint.Rules.Tests.Verification;
using static PostLint.Rules.Tests.Operations.AccountHistoryVerifier;

namespace PostLint.Rules.Tests.Operations;

public sealed class PL6003ReplyToUserTests
{
    private static readonly PL6003ReplyToUser Analyzer = new();
    private static readonly AnalyzerOptions On = Options("PL6003", ReportSeverity.Warning);

    [Fact]
    public void A_reply_to_another_user_is_reported_on_its_leading_mention()
    {
        var reply = Post("r", "2025-04-02T10:00:00+09:00", "@Someone ご質問ありがとうございます") with { ReplyTo = "someone", ReplyToPostId = "999" };
        var (postId, diagnostic) = Assert.Single(Run(Analyzer, On, reply));
        Assert.Equal("r", postId);
        Assert.Equal(new PostLint.Text.TextSpan(0, 8), diagnostic.Span);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.StartsWith("@someone への返信です。このアカウントは原則として利用者に返信しない運用です（", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_reply_to_the_accounts_own_post_is_a_thread()
    {
        var first = Post("1", "2025-04-02T10:00:00+09:00", "桜まつりのお知らせ（1/2）");
        var byName = Post("2", "2025-04-02T10:01:00+09:00", "@joetsu_city 会場は高田公園です（2/2）") with { ReplyTo = "Joetsu_City" };
        var byId = Post("3", "2025-04-02T10:02:00+09:00", "駐車場のご案内") with { ReplyToPostId = "2" };
        Assert.Empty(Run(Analyzer, On, first, byName, byId));
    }

    [Fact]
    public void Without_an_account_name_a_reply_to_an_unknown_post_is_a_reply()
    {
        // JSON Lines without "account": only replies to posts read before are threads.
        var first = Post("1", "2025-04-02T10:00:00+09:00", account: null);
        var thread = Post("2", "2025-04-02T10:01:00+09:00", account: null) with { ReplyToPostId = "1" };
        var reply = Post("3", "2025-04-02T10:02:00+09:00", "ありがとうございます", account: null) with { ReplyTo = "someone" };
        var unknown = Post("4", "2025-04-02T10:03:00+09:00", "ありがとうございます", account: null) with { ReplyToPostId = "12345" };
        var findings = Run(Analyzer, On, first, thread, reply, unknown);
        Assert.Equal(["3", "4"], findings.Select(static f => f.PostId));
        Assert.StartsWith("他の利用者への返信です", findings[1].Diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal("ありがとうございます".Length, findings[1].Diagnostic.Span.Length);
    }

    [Fact]
    public void Posts_that_are_not_replies_and_shares_are_not_reported()
    {
        var post = Post("1", "2025-04-02T10:00:00+09:00");
        var share = Post("2", "2025-04-02T10:00:00+09:00", "RT @someone: …") with { RepostOf = "someone" };
        Assert.Empty(Run(Analyzer, On, post, share));
    }

    [Fact]
    public void An_account_that_replies_is_not_judged()
    {
        var options = Options("PL6003", ReportSeverity.Warning, static layer => layer.WithSection("operations", """{ "timeZone": "Asia/Tokyo", "replies": true }"""));
        var reply = Post("r", "2025-04-02T10:00:00+09:00", "@someone はい") with { ReplyTo = "someone" };
        Assert.Empty(Run(Analyzer, options, reply));
    }

    [Fact]
    public void Profiles_follow_the_spec_table_and_replies_false_turns_the_rule_on()
    {
        Assert.Equal(ReportSeverity.Warning, ProfileOptions.For("joetsu").GetSeverity(PL6003ReplyToUser.Rule));
        Assert.Equal(ReportSeverity.Warning, ProfileOptions.For("mine").GetSeverity(PL6003ReplyToUser.Rule));
        Assert.Equal(ReportSeverity.None, ProfileOptions.For("ishinomaki").GetSeverity(PL6003ReplyToUser.Rule));
        Assert.Equal(ReportSeverity.None, ProfileOptions.For("recommended").GetSeverity(PL6003ReplyToUser.Rule));
        Assert.False(ProfileOptions.For("joetsu").Get(OperationsOptions.Section).Replies);
        Assert.False(ProfileOptions.For("mine").Get(OperationsOptions.Section).Replies);
        Assert.Equal<string>(["上越市ガイドライン 6(1)②【コメントへの返信】"], ProfileOptions.For("joetsu").GetReferences(PL6003ReplyToUser.Rule));
        Assert.Equal<string>(["美祢市運用方針 第4.2(5)"], ProfileOptions.For("mine").GetReferences(PL6003ReplyToUser.Rule));

        // 石巻市: the account's 運用ポリシー says whether it replies; "replies": false in postlint.json turns the rule on.
        var reader = new ConfigurationReader(static _ => true, BuiltInRules.OptionSections);
        var layer = reader.Read("""{ "extends": "ishinomaki", "operations": { "replies": false } }"""u8, "postlint.json", out var problems);
        Assert.Empty(problems);
        Assert.Equal(ReportSeverity.Default, layer.Rules["PL6003"]);
        var explicitOff = reader.Read("""{ "operations": { "replies": false }, "rules": { "PL6003": "none" } }"""u8, "postlint.json", out _);
        Assert.Equal(ReportSeverity.None, explicitOff.Rules["PL6003"]);
    }
}
