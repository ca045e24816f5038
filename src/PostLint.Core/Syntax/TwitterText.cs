namespace PostLint.Syntax;

/// <summary>
/// twitter-text 3.1.0's extraction API (<c>extractHashtags</c>, <c>extractMentions</c>,
/// <c>extractUrls</c>, … and <c>parseTweet</c>), answered by the same scanners that
/// <see cref="PostSyntax"/> lexes with. Indices are UTF-16 offsets, as in the JavaScript and Java
/// libraries (and .NET strings).
/// </summary>
public static class TwitterText
{
    /// <summary>The hashtags without their signs (hashtags inside URLs are not hashtags).</summary>
    public static IReadOnlyList<string> ExtractHashtags(string text) =>
        [.. ExtractHashtagsWithIndices(text).Select(h => h.Hashtag)];

    /// <summary>The hashtags with their UTF-16 offsets, in text order (hashtags inside URLs are not hashtags).</summary>
    public static IReadOnlyList<HashtagEntity> ExtractHashtagsWithIndices(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var hashtags = new EntityList();
        HashtagScanner.Scan(text, hashtags, unrecognized: null);
        var urls = ScanUrls(text);
        var kept = hashtags;
        if (urls.Count > 0)
        {
            kept = new EntityList();
            var merged = new EntityList();
            PostSyntax.MergeEntities(urls, new EntityList(), hashtags, merged);
            foreach (ref readonly var entity in merged.AsSpan())
            {
                if (entity.Kind == SyntaxKind.Hashtag)
                {
                    kept.Add(entity);
                }
            }
        }

        var result = new List<HashtagEntity>(kept.Count);
        foreach (ref readonly var h in kept.AsSpan())
        {
            result.Add(new HashtagEntity(text[h.ValueStart..h.ValueEnd], h.Start, h.End));
        }

        return result;
    }

    /// <summary>The screen names of the mentions that are not lists.</summary>
    public static IReadOnlyList<string> ExtractMentions(string text) =>
        [.. ExtractMentionsWithIndices(text).Select(m => m.ScreenName)];

    /// <summary>Mentions that are not lists.</summary>
    public static IReadOnlyList<MentionEntity> ExtractMentionsWithIndices(string text) =>
        [.. ExtractMentionsOrListsWithIndices(text).Where(m => m.ListSlug.Length == 0)];

    /// <summary>Mentions and list mentions (<c>@user/list</c>) with their UTF-16 offsets, in text order.</summary>
    public static IReadOnlyList<MentionEntity> ExtractMentionsOrListsWithIndices(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var mentions = new EntityList();
        MentionScanner.Scan(text, mentions);
        var result = new List<MentionEntity>(mentions.Count);
        foreach (ref readonly var m in mentions.AsSpan())
        {
            result.Add(new MentionEntity(text[m.ValueStart..m.ValueEnd], text[m.ValueEnd..m.End], m.Start, m.End));
        }

        return result;
    }

    /// <summary>
    /// The screen name a reply starts with (only spaces before the at sign), or null
    /// (twitter-text's <c>extractReplies</c>).
    /// </summary>
    public static string? ExtractReplyScreenName(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var i = 0;
        while (i < text.Length && TwitterTextChars.Is(text[i], CharClass.Space))
        {
            i++;
        }

        if (i >= text.Length || text[i] is not ('@' or '\uFF20'))
        {
            return null;
        }

        var nameStart = ++i;
        while (i < text.Length && i - nameStart < 20 && MentionScanner.IsScreenNameChar(text[i]))
        {
            i++;
        }

        return i == nameStart || MentionScanner.IsInvalidMentionEnd(text, i) ? null : text[nameStart..i];
    }

    /// <summary>The URLs as written, with or without protocol, in text order.</summary>
    public static IReadOnlyList<string> ExtractUrls(string text) =>
        [.. ExtractUrlsWithIndices(text).Select(u => u.Url)];

    /// <summary>The URLs with their UTF-16 offsets, in text order.</summary>
    public static IReadOnlyList<UrlEntity> ExtractUrlsWithIndices(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var urls = ScanUrls(text);
        var result = new List<UrlEntity>(urls.Count);
        foreach (ref readonly var u in urls.AsSpan())
        {
            var url = u.IsContiguousUrl ? text[u.Start..u.End] : string.Concat(text.AsSpan(u.Start, u.ValueEnd - u.Start), text.AsSpan(u.SuffixStart, u.End - u.SuffixStart));
            result.Add(new UrlEntity(url, u.Start, u.End));
        }

        return result;
    }

    /// <summary>twitter-text's <c>parseTweet</c>: the weighted length and validity (see <see cref="WeightedLength"/>).</summary>
    public static WeightedLengthResult ParseTweet(string text, TwitterTextConfiguration? configuration = null) =>
        WeightedLength.Compute(text, configuration);

    private static EntityList ScanUrls(string text)
    {
        var list = new EntityList();
        var scanner = new UrlScanner(text);
        while (scanner.MoveNext(out var url))
        {
            list.Add(url);
        }

        return list;
    }
}
