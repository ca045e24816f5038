using System.Collections.Immutable;
using PostLint.Configuration;
using PostLint.Diagnostics;
using PostLint.Text;
using PostLint.Model;

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
    private readonly Post? _previous;

    internal AccountAnalysisContext(AccountAudit audit, AccountAudit.History history, AnalyzerRegistration registration, Post post, Post? previous, CancellationToken cancellationToken)
    {
        _audit = audit;
        _history = history;
        _registration = registration;
        _previous = previous;
        Post = post;
        CancellationToken = cancellationToken;
    }

    /// <summary>The post being read (also a share that is not linted as the account's text, such as a retweet).</summary>
    public Post Post { get; }

    /// <summary>The account of the post; null when the input does not name accounts (then the whole audit is one account).</summary>
    public string? Account => Post.Account;

    /// <summary>
    /// The account's post read just before this one that has a time (posts without a time say
    /// nothing about when the account was active) and is in the account's time order; null for the
    /// account's first such post, and for a post that breaks that order (<see cref="AccountOrderBreak"/>):
    /// then the two posts' times say nothing about a gap. With it, the account's posts come to the
    /// rules in time order, oldest first or newest first as the input runs.
    /// </summary>
    public Post? PreviousPost => _previous;

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

    /// <summary>
    /// Set on the first post of an account that breaks the account's time order (once per account):
    /// the audit tells the reader that the account rules judged only the posts in order.
    /// </summary>
    public AccountOrderBreak? OrderBreak { get; init; }

    /// <summary>True when nothing was found on the post or on earlier posts, and the post kept its account's time order.</summary>
    public bool IsEmpty => ForPost.IsEmpty && ForEarlierPosts.IsEmpty && OrderBreak is null;
}

/// <summary>
/// A post that breaks its account's time order: the account's posts ran oldest first (or newest
/// first) until <paramref name="Post"/>, which is older (newer) than <paramref name="Previous"/>, read
/// before it. An audit streams its input and remembers about one post per account, so it cannot
/// sort; the account rules leave such a post out of the comparisons of time (PL6002 sees no gap
/// before or after it) instead of measuring a false gap, and the audit says so once per account.
/// </summary>
/// <param name="Account">The account (null when the input names none).</param>
/// <param name="Post">The first post of the account out of order.</param>
/// <param name="Previous">The account's post in order read before it.</param>
/// <param name="NewestFirst">True when the account's posts ran newest first until then.</param>
public sealed record AccountOrderBreak(string? Account, Post Post, Post Previous, bool NewestFirst);

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
        var order = history.Place(post);
        var previous = order == History.Order.Against ? null : history.PreviousTimed;
        try
        {
            foreach (var (registration, action) in _actions)
            {
                cancellationToken.ThrowIfCancellationRequested();
                try
                {
                    action(new AccountAnalysisContext(this, history, registration, post, previous, cancellationToken));
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
            history.Remember(post, order);
        }

        AccountOrderBreak? orderBreak = null;
        if (order == History.Order.Against && !history.OrderBreakReported)
        {
            history.OrderBreakReported = true;
            orderBreak = new AccountOrderBreak(post.Account, post, history.PreviousTimed!, history.NewestFirst);
        }

        if (_forPost.Count == 0 && _forEarlier.Count == 0)
        {
            return orderBreak is null ? AccountFindings.None : AccountFindings.None with { OrderBreak = orderBreak };
        }

        _forPost.Sort(static (a, b) => a.Span != b.Span ? a.Span.CompareTo(b.Span) : string.CompareOrdinal(a.Id, b.Id));
        var earlier = _forEarlier
            .GroupBy(static f => f.Post, ReferenceEqualityComparer.Instance)
            .Select(static g => new PostResult((Post)g.Key!, [.. g.Select(static f => f.Diagnostic)]))
            .ToImmutableArray();
        return new AccountFindings([.. _forPost], earlier) { OrderBreak = orderBreak };
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

    /// <summary>
    /// What is remembered of one account: its last post with a time in the account's time order,
    /// which way that order runs, and a ring of its latest post ids.
    /// </summary>
    internal sealed class History
    {
        private readonly Queue<string> _order = new();
        private readonly HashSet<string> _ids = new(StringComparer.Ordinal);

        /// <summary>Where a post stands against the account's time order.</summary>
        internal enum Order
        {
            /// <summary>No time, or the account's first post with a time.</summary>
            None,

            /// <summary>Later (earlier) than the previous post when the account runs oldest (newest) first, or at the same time; the first post at another time than the previous sets the direction.</summary>
            Along,

            /// <summary>Against the direction the account's posts have taken: left out of the comparisons of time.</summary>
            Against,
        }

        /// <summary>0 until two posts with different times have been read; then +1 oldest first, -1 newest first.</summary>
        private int _direction;

        public Post? PreviousTimed { get; private set; }

        public bool NewestFirst => _direction < 0;

        public bool OrderBreakReported { get; set; }

        /// <summary>Where <paramref name="post"/> stands against the account's time order (and the direction, once it is known).</summary>
        public Order Place(Post post)
        {
            if (post.CreatedAt is not { } time || PreviousTimed?.CreatedAt is not { } previous)
            {
                return Order.None;
            }

            var step = Math.Sign(time.CompareTo(previous));
            if (step == 0)
            {
                return Order.Along;
            }

            if (_direction == 0)
            {
                _direction = step;
                return Order.Along;
            }

            return step == _direction ? Order.Along : Order.Against;
        }

        public bool Contains(string postId) => _ids.Contains(postId);

        public void Remember(Post post, Order order)
        {
            if (post.CreatedAt is not null && order != Order.Against)
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
