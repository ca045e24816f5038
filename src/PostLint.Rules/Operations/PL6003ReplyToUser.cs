using System.Collections.Immutable;
using PostLint.Analysis;
using PostLint.Diagnostics;
using PostLint.Rules.Infrastructure;
using PostLint.Text;
using PostLint.Model;

namespace PostLint.Rules.Operations;

/// <summary>
/// PL6003 (audit only): a reply to another user from an account whose policy is not to reply
/// (上越市ガイドライン 6(1)②【コメントへの返信】「原則、返信はしないものとします」, 美祢市運用方針 第4.2(5)
/// 「原則、…コメント等へは返信をしない」; 石巻市 by the account's 運用ポリシー). Off when
/// <c>operations.replies</c> is true. A reply to the account's own post is a thread, not a reply
/// to a user: the reply names the account itself (<see cref="Post.ReplyTo"/> = <see cref="Post.Account"/>),
/// or replies to a post id the audit has already read from the account.
/// </summary>
public sealed class PL6003ReplyToUser : PostAnalyzer
{
    /// <summary>The rule id, <c>PL6003</c>: how configuration (<c>rules</c>, front matter <c>ignore</c>), baselines and reports name this rule.</summary>
    public const string DiagnosticId = "PL6003";

    /// <summary>
    /// The descriptor of PL6003 ("Reply to a user"): a warning by default, off unless a profile or the configuration turns it on. Profiles and the
    /// <c>rules</c> and <c>categories</c> settings change its severity; findings carry its id (<see cref="Diagnostic.Id"/>).
    /// </summary>
    public static readonly DiagnosticDescriptor Rule = new(
        DiagnosticId,
        "Reply to a user",
        "{0}への返信です。このアカウントは原則として利用者に返信しない運用です（{1}）",
        DiagnosticCategory.Operations,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: false,
        description: "Audits only: a reply to another user where the account's policy is not to reply (operations.replies: false). Replies to the account's own posts (threads) are not reported. Readers that know replies mark them: X archives (in_reply_to_*), JSON Lines (replyTo).",
        references: ["上越市ソーシャルメディアガイドライン 6(1)②【コメントへの返信】", "美祢市運用方針 第4.2(5)"]);

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    /// <summary>Reads <c>operations</c> (<see cref="OperationsOptions"/>).</summary>
    public override ImmutableArray<Configuration.OptionSection> OptionSections { get; } = [OperationsOptions.Section];

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        if (context.Options.Get(OperationsOptions.Section).Replies == true)
        {
            // The account's policy is to reply: nothing to check.
            return;
        }

        var clause = ClauseText.For(context.Options, Rule);
        context.RegisterAccountAction(account => Analyze(account, clause));
    }

    private static void Analyze(AccountAnalysisContext context, string clause)
    {
        var post = context.Post;
        if (!post.IsReply || post.RepostOf is not null)
        {
            return;
        }

        if (AccountNames.Same(post.ReplyTo, post.Account) || context.IsOwnPost(post.ReplyToPostId))
        {
            // A thread: the account continues its own post.
            return;
        }

        var target = post.ReplyTo is { } name ? "@" + name + " " : "他の利用者";
        context.ReportDiagnostic(Diagnostic.Create(Rule, MentionOrFirstLine(post), target, clause));
    }

    /// <summary>The leading <c>@name</c> X puts before a reply, else the first line.</summary>
    private static TextSpan MentionOrFirstLine(Post post)
    {
        if (post.ReplyTo is { } name && post.Text.Length > name.Length &&
            (post.Text[0] is '@' or '＠') &&
            post.Text.AsSpan(1, name.Length).Equals(name, StringComparison.OrdinalIgnoreCase))
        {
            return new TextSpan(0, name.Length + 1);
        }

        return AccountAudit.FirstLine(post);
    }
}
