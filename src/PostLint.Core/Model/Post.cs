using System.Collections.Immutable;

namespace PostLint.Model;

/// <summary>
/// One post to analyse: its text and what the input knew about it. For drafts only
/// <see cref="Id"/> and <see cref="Text"/> are set; platform exports add the time, platform,
/// the links behind the platform's own wrappers and where the record was read.
/// </summary>
public sealed record Post
{
    /// <summary>A post with only an id and a text, as a draft has.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> or <paramref name="text"/> is null.</exception>
    public Post(string id, string text)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(text);
        Id = id;
        Text = text;
    }

    /// <summary>The post id: the record id of an export, or the file name of a draft.</summary>
    public string Id { get; init; }

    /// <summary>The text to lint, as written (not normalized; fixes and spans refer to it).</summary>
    public string Text { get; init; }

    /// <summary>When it was (or will be) posted, with its offset.</summary>
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>The platform the post is for, when the input says so (it beats configuration).</summary>
    public Platform? Platform { get; init; }

    /// <summary>True when the post is sponsored work (委託・PR案件), so a disclosure is required.</summary>
    public bool? Sponsored { get; init; }

    /// <summary>
    /// True when the post carries information that cannot wait (metadata <c>urgent</c>): PL6001
    /// does not judge its time.
    /// </summary>
    public bool? Urgent { get; init; }

    /// <summary>
    /// True when the platform published the post as a long post (X Premium: the archive's
    /// <c>note-tweet.js</c>, or <c>longPost</c> in JSON Lines): PL5001 judges it against the
    /// platform's long-post limit.
    /// </summary>
    public bool? LongPost { get; init; }

    /// <summary>The account that posted it (without <c>@</c>), when the input says so; account audits group posts by it.</summary>
    public string? Account { get; init; }

    /// <summary>The account this post replies to (without <c>@</c>); null when it is not a reply.</summary>
    public string? ReplyTo { get; init; }

    /// <summary>The id of the post this post replies to, when the input says so (X archive <c>in_reply_to_status_id_str</c>).</summary>
    public string? ReplyToPostId { get; init; }

    /// <summary>The account whose post this post shares (a repost, retweet or quote; without <c>@</c>); null otherwise.</summary>
    public string? RepostOf { get; init; }

    /// <summary>True when the post replies to someone (<see cref="ReplyTo"/> or <see cref="ReplyToPostId"/> is known).</summary>
    public bool IsReply => ReplyTo is not null || ReplyToPostId is not null;

    /// <summary>
    /// The real targets of links whose text in the post is a platform wrapper (X's <c>t.co</c>):
    /// link rules judge the expanded URL, not the wrapper.
    /// </summary>
    public ImmutableArray<PostLink> Links { get; init; } = [];

    /// <summary>Where the post was read from, for reports (null for posts built in code).</summary>
    public PostSource? Source { get; init; }
}

/// <summary>A link of a post: <see cref="Shown"/> is the text in the post (may be null when the export lists only the target).</summary>
/// <param name="Shown">The link as the post shows it (a platform's wrapper such as <c>t.co</c>), or null.</param>
/// <param name="Expanded">The address the link leads to, which the link rules judge.</param>
public sealed record PostLink(string? Shown, string Expanded);

/// <summary>
/// Where a post was read: the file, the 1-based line its record starts on and its record number.
/// For a draft file the line is 1 and positions inside the post are positions in the file.
/// </summary>
/// <param name="Path">The file the post was read from.</param>
/// <param name="Line">The 1-based line its record starts on.</param>
/// <param name="RecordNumber">The 1-based number of its record in the file.</param>
public sealed record PostSource(string Path, int Line = 1, long RecordNumber = 1)
{
    /// <summary>True when the file holds just this post, so post positions are file positions.</summary>
    public bool IsWholeFile { get; init; }

    /// <summary>The 1-based column the record starts at (for problems that point into a file, such as PL0002).</summary>
    public int Column { get; init; } = 1;
}
