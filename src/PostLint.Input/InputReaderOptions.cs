namespace PostLint.Input;

/// <summary>How <see cref="PostReaders"/> reads the inputs of an audit.</summary>
public sealed record InputReaderOptions
{
    /// <summary>The format, or <see cref="InputFormat.Auto"/> to detect it per path.</summary>
    public InputFormat Format { get; init; } = InputFormat.Auto;

    /// <summary>CSV: the column holding the post text (default: text, full_text, post, message, body, content, 本文).</summary>
    public string? TextColumn { get; init; }

    /// <summary>CSV: the column holding the post id (default: id, tweet_id, post_id; else the record number).</summary>
    public string? IdColumn { get; init; }

    /// <summary>CSV: the column holding the time of posting (default: createdAt, created_at, timestamp, date).</summary>
    public string? CreatedColumn { get; init; }

    /// <summary>The zone of timestamps that carry no offset (the configured <c>operations.timeZone</c>).</summary>
    public TimeZoneInfo DefaultTimeZone { get; init; } = TimeZoneInfo.Utc;

    /// <summary>Receives the bytes read, for progress displays (optional).</summary>
    public InputProgress? Progress { get; init; }
}
