using System.Collections.Immutable;
using PostLint.Configuration;
using PostLint.Diagnostics;
using PostLint.Input;
using PostLint.Reporting;
using PostLint.Text;

namespace PostLint.Analysis;

/// <summary>
/// What an account action (<see cref="AnalysisContext.RegisterAccountAction"/>) receives: the post,
/// what the audit remembers of the post's account, the options, and a way to report on the post
/// or on the account's previous post.
/// </summary>
public readonly struct AccountAnalysisContext
{
    private readonly AccountAudit _audit;
    private readonly AccountAudit.History _history;
    private readonly AnalyzerRegistration _registration;

    internal AccountAnalysisContext(AccountAudit audit, AccountAudit.History history, AnalyzerRegistration registration, Post post, CancellationToken cancellationToken)
    {
        _audit = audit;
        _history = history;
        _registration = registration;
        Post = post;
        CancellationToken = cancellationToken;
    }

    /// <summary>The post being read (also a share that is not linted as the account's text, such as a retweet).</summary>
    public Post Post { get; }

    /// <summary>The account of the post; null when the input does not name accounts (then the whole audit is one account).</summary>
    public string? Account => Post.Account;

    /// <summary>
    /// The account's post read just before this one that has a time (posts without a time say
    /// nothing about when the account was active); null for the account's first such post.
    /// </summary>
    public Post? PreviousPost => _history.PreviousTimed;

    /// <summary>The resolved configuration the engine was built with (profile, rule settings, lists).</summary>
    public AnalyzerOptions Options => _registration.Options;

    /// <summary>Signalled when the caller gives up on the audit.</summary>
    public CancellationToken CancellationToken { get; }

    /// <summary>
    /// True when <paramref name="postId"/> is one of the account's own posts read before this one,
    /// among the last <see cref="AccountAudit.RememberedPostIds"/> (a reply to it is a thread).
    /// </summary>
    public bool IsOwnPost(string? postId) => postId is not null && _history.Contains(postId);

    /// <summary>Reports a finding on <see cref="Post"/>.</summary>
    public void ReportDiagnostic(Diagnostic diagnostic) => _audit.Report(_registration, Post, diagnostic, current: true);

    /// <summary>
    /// Reports a finding on <see cref="PreviousPost"/> — for the post after a gap when the input
    /// runs newest first. The finding is delivered with the current post's result, after it in
    /// the report.
    /// </summary>
    public void ReportDiagnosticOnPreviousPost(Diagnostic diagnostic)
    {
        var previous = PreviousPost ?? throw new InvalidOperationException($"{_registration.Analyzer} reported on the previous post of an account that has none.");
        _audit.Report(_registration, previous, diagnostic, current: false);
    }
}

/// <summary>What an account audit found for one post: on the post itself, and on earlier posts of its account.</summary>
/// <param name="ForPost">Findings on the post just read.</param>
/// <param name="ForEarlierPosts">Findings on posts read before it (the post before a gap when the input runs newest first), to write before the post's own result.</param>
public sealed record AccountFindings(ImmutableArray<Diagnostic> ForPost, ImmutableArray<PostResult> ForEarlierPosts)
{
    /// <summary>No findings; shared, as most posts have none.</summary>
    public static AccountFindings None { get; } = new([], []);

    /// <summary>True when nothing was found on the post or on earlier posts.</summary>
    public bool IsEmpty => ForPost.IsEmpty && ForEarlierPosts.IsEmpty;
}

/// <summary>
/// The account history of one audit run: runs the account actions of the enabled rules for each
/// post, in the order the audit reads them, and remembers per account only what those rules need —
/// the previous post with a time, and the ids of the last <see cref="RememberedPostIds"/> posts (to
/// tell a thread from a reply). Memory is bounded per account, whatever the number of posts:
/// about one post and <see cref="RememberedPostIds"/> ids. Posts without an account name belong
/// to one unnamed account. Not thread-safe: the audit pipeline calls it from its single, ordered
/// consumer.
/// </summary>
public sealed class AccountAudit
{
    /// <summary>How many of an account's latest post ids are remembered for <see cref="AccountAnalysisContext.IsOwnPost"/>.</summary>
    public const int RememberedPostIds = 1024;

    private readonly (AnalyzerRegistration Registration, Action<AccountAnalysisContext> Action)[] _actions;
    private readonly Dictionary<string, History> _accounts = new(AccountNames.Comparer);
    private readonly List<Diagnostic> _forPost = [];
    private readonly List<(Post Post, Diagnostic Diagnostic)> _forEarlier = [];
    private Post? _observed;

    internal AccountAudit((AnalyzerRegistration Registration, Action<AccountAnalysisContext> Action)[] actions)
    {
        _actions = actions;
    }

    /// <summary>The number of accounts seen so far.</summary>
    public int AccountCount => _accounts.Count;

    /// <summary>Runs the account actions for the next post of the audit and remembers it.</summary>
    public AccountFindings Observe(Post post, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(post);
        var key = post.Account ?? string.Empty;
        if (!_accounts.TryGetValue(key, out var history))
        {
            history = new History();
            _accounts[key] = history;
        }

        _forPost.Clear();
        _forEarlier.Clear();
        _observed = post;
        try
        {
            foreach (var (registration, action) in _actions)
            {
                cancellationToken.ThrowIfCancellationRequested();
                try
                {
                    action(new AccountAnalysisContext(this, history, registration, post, cancellationToken));
                }
                catch (Exception e) when (e is not OperationCanceledException and not PostAnalyzerException)
                {
                    throw new PostAnalyzerException(registration.Analyzer, post.Id, e);
                }
            }
        }
        finally
        {
            _observed = null;
            history.Remember(post);
        }

        if (_forPost.Count == 0 && _forEarlier.Count == 0)
        {
            return AccountFindings.None;
        }

        _forPost.Sort(static (a, b) => a.Span != b.Span ? a.Span.CompareTo(b.Span) : string.CompareOrdinal(a.Id, b.Id));
        var earlier = _forEarlier
            .GroupBy(static f => f.Post, ReferenceEqualityComparer.Instance)
            .Select(static g => new PostResult((Post)g.Key!, [.. g.Select(static f => f.Diagnostic)]))
            .ToImmutableArray();
        return new AccountFindings([.. _forPost], earlier);
    }

    internal void Report(AnalyzerRegistration registration, Post post, Diagnostic diagnostic, bool current)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        if (_observed is null)
        {
            throw new InvalidOperationException($"{registration.Analyzer} reported {diagnostic.Id} after its account action returned.");
        }

        if (!registration.Settings.TryGetValue(diagnostic.Descriptor, out var setting))
        {
            throw new InvalidOperationException($"{registration.Analyzer} reported {diagnostic.Id}, which is not among its SupportedDiagnostics.");
        }

        if (diagnostic.Span.End > post.Text.Length)
        {
            throw new InvalidOperationException($"{registration.Analyzer} reported {diagnostic.Id} at {diagnostic.Span}, outside the post (length {post.Text.Length}).");
        }

        if (setting.Severity is not { } severity)
        {
            return;
        }

        var finding = diagnostic.WithSeverityAndReferences(diagnostic.AdjustSeverity(severity), setting.References);
        if (current)
        {
            _forPost.Add(finding);
        }
        else
        {
            _forEarlier.Add((post, finding));
        }
    }

    /// <summary>What is remembered of one account: its last post with a time, and a ring of its latest post ids.</summary>
    internal sealed class History
    {
        private readonly Queue<string> _order = new();
        private readonly HashSet<string> _ids = new(StringComparer.Ordinal);

        public Post? PreviousTimed { get; private set; }

        public bool Contains(string postId) => _ids.Contains(postId);

        public void Remember(Post post)
        {
            if (post.CreatedAt is not null)
            {
                PreviousTimed = post;
            }

            if (post.Id.Length == 0 || !_ids.Add(post.Id))
            {
                return;
            }

            _order.Enqueue(post.Id);
            if (_order.Count > RememberedPostIds)
            {
                _ids.Remove(_order.Dequeue());
            }
        }
    }

    /// <summary>The span account findings point at: the post's first line (empty for an empty post).</summary>
    public static TextSpan FirstLine(Post post)
    {
        ArgumentNullException.ThrowIfNull(post);
        var end = post.Text.AsSpan().IndexOfAny('\r', '\n');
        return new TextSpan(0, end < 0 ? post.Text.Length : end);
    }
}
