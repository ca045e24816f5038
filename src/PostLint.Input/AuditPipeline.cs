using System.Collections.Immutable;
using System.Threading.Channels;
using PostLint.Localization;
using PostLint.Analysis;
using PostLint.Model;

namespace PostLint.Input;

/// <summary>How <see cref="AuditPipeline"/> spreads the work.</summary>
public sealed record AuditPipelineOptions
{
    /// <summary>Threads that analyse posts (default: one per core).</summary>
    public int Jobs { get; init; } = Environment.ProcessorCount;

    /// <summary>Records handed to a worker at a time (fewer hand-offs than one by one).</summary>
    public int ChunkSize { get; init; } = 64;

    /// <summary>Chunks read but not yet written, per job: bounds memory whatever the input size.</summary>
    public int ChunksInFlightPerJob { get; init; } = 4;

    /// <summary>The language of PL0001 reasons (Japanese unless English is asked for).</summary>
    public DisplayLanguage Language { get; init; } = DisplayLanguage.Japanese;
}

/// <summary>
/// One record of an audit with its result: null for a skipped record (unless an account rule
/// reported on it, such as PL6004 on a retweet). <see cref="EarlierResults"/> holds account findings
/// on posts read before this record (PL6002 on the post after a gap when the input runs newest
/// first): write them before <see cref="Result"/>.
/// </summary>
/// <param name="Record">The record as read: a post, a rejected record or a skipped one.</param>
/// <param name="Result">The record's findings, or null for a skipped record on which no account rule reported.</param>
public readonly record struct AuditItem(InputRecord Record, PostResult? Result)
{
    /// <summary>Findings of account rules on posts read before this record; write them before <see cref="Result"/>. Empty for most records.</summary>
    public ImmutableArray<PostResult> EarlierResults { get; init; } = [];

    /// <summary>
    /// Set on the first record of an account whose post breaks the account's time order (once per
    /// account): tell the reader that the account rules judged only the posts in order.
    /// </summary>
    public AccountOrderBreak? OrderBreak { get; init; }
}

/// <summary>
/// The streaming audit: one task reads records and cuts them into chunks; <see cref="AuditPipelineOptions.Jobs"/>
/// workers analyse chunks with the one shared (thread-safe) engine; the caller receives every
/// record with its result <b>in input order</b>. Each chunk enters a bounded "in order" channel
/// when it is read and a work channel for the workers; the consumer takes chunks from the first
/// and waits for each to be analysed, so at most <c>Jobs × ChunksInFlightPerJob</c> chunks are in
/// memory and a slow writer slows the reader down (back-pressure) instead of buffering.
/// Rejected records become PL0001 results; skipped records come through without a result.
/// A reader that throws does not end the audit: the records it gave keep their results and one
/// PL0001 stands for the rest of its input (<see cref="RecordGuard"/>).
/// When an enabled rule needs an account's history (<see cref="AnalysisContext.RegisterAccountAction"/>),
/// the consumer also feeds every post — and every skipped record that carries one, such as a
/// retweet — to one <see cref="AccountAudit"/> in input order, and adds its findings to the item.
/// </summary>
public static class AuditPipeline
{
    /// <summary>Analyses <paramref name="records"/> with <paramref name="engine"/> and hands every record to <paramref name="onItem"/> in input order.</summary>
    /// <param name="records">The records to audit, usually from <see cref="Input.PostReaders"/>; enumerated once, on a background task.</param>
    /// <param name="engine">The engine; it is shared by the workers, which it allows.</param>
    /// <param name="onItem">Called on one thread at a time, in input order; a slow callback slows reading down instead of buffering.</param>
    /// <param name="options">Parallelism, chunk sizes and the display language; null for the defaults.</param>
    /// <param name="cancellationToken">Stops reading and analysing; the task then ends with <see cref="OperationCanceledException"/>.</param>
    public static async Task RunAsync(
        IEnumerable<InputRecord> records,
        PostAnalysisEngine engine,
        Action<AuditItem> onItem,
        AuditPipelineOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(onItem);
        options ??= new AuditPipelineOptions();
        var jobs = Math.Max(1, options.Jobs);
        var chunkSize = Math.Max(1, options.ChunkSize);
        var capacity = Math.Max(1, jobs * Math.Max(1, options.ChunksInFlightPerJob));
        var messages = Messages.For(options.Language);

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var token = stop.Token;
        var ordered = Channel.CreateBounded<Chunk>(new BoundedChannelOptions(capacity) { SingleReader = true, SingleWriter = true });
        var work = Channel.CreateUnbounded<Chunk>(new UnboundedChannelOptions { SingleWriter = true });

        var accounts = engine.CreateAccountAudit();
        var reader = Task.Run(() => ReadAsync(records, chunkSize, ordered.Writer, work.Writer, token), token);
        var workers = new Task[jobs];
        for (var i = 0; i < jobs; i++)
        {
            workers[i] = Task.Run(() => WorkAsync(engine, work.Reader, messages, token), token);
        }

        try
        {
            await foreach (var chunk in ordered.Reader.ReadAllAsync(token).ConfigureAwait(false))
            {
                // After a cancellation, chunks may sit in the channel that no worker will take:
                // waiting on them must give way to the token.
                await chunk.Done.Task.WaitAsync(token).ConfigureAwait(false);
                for (var i = 0; i < chunk.Count; i++)
                {
                    var item = new AuditItem(chunk.Records[i], chunk.Results[i]);
                    if (accounts is not null && item.Record.Post is { } post)
                    {
                        item = WithAccountFindings(item, post, accounts.Observe(post, token));
                    }

                    onItem(item);
                }
            }

            await reader.ConfigureAwait(false);
            await Task.WhenAll(workers).ConfigureAwait(false);
        }
        catch
        {
            // Stop the other tasks and wait for them; the first failure (or the cancellation) goes on up.
            await stop.CancelAsync().ConfigureAwait(false);
            await Task.WhenAll([reader, .. workers]).ContinueWith(static _ => { }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default).ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Runs the pipeline to the end on the calling thread.</summary>
    public static void Run(
        IEnumerable<InputRecord> records,
        PostAnalysisEngine engine,
        Action<AuditItem> onItem,
        AuditPipelineOptions? options = null,
        CancellationToken cancellationToken = default) =>
        RunAsync(records, engine, onItem, options, cancellationToken).GetAwaiter().GetResult();

    private static async Task ReadAsync(IEnumerable<InputRecord> records, int chunkSize, ChannelWriter<Chunk> ordered, ChannelWriter<Chunk> work, CancellationToken token)
    {
        Exception? failure = null;
        try
        {
            var chunk = new Chunk(chunkSize);
            foreach (var record in RecordGuard.Guard(records, "(input)"))
            {
                token.ThrowIfCancellationRequested();
                chunk.Add(record);
                if (chunk.Count == chunkSize)
                {
                    await ordered.WriteAsync(chunk, token).ConfigureAwait(false);
                    await work.WriteAsync(chunk, token).ConfigureAwait(false);
                    chunk = new Chunk(chunkSize);
                }
            }

            if (chunk.Count > 0)
            {
                await ordered.WriteAsync(chunk, token).ConfigureAwait(false);
                await work.WriteAsync(chunk, token).ConfigureAwait(false);
            }
        }
        catch (Exception e)
        {
            failure = e;
            throw;
        }
        finally
        {
            ordered.TryComplete(failure);
            work.TryComplete(failure);
        }
    }

    private static async Task WorkAsync(PostAnalysisEngine engine, ChannelReader<Chunk> work, Messages messages, CancellationToken token)
    {
        await foreach (var chunk in work.ReadAllAsync(token).ConfigureAwait(false))
        {
            try
            {
                for (var i = 0; i < chunk.Count; i++)
                {
                    chunk.Results[i] = Analyze(engine, chunk.Records[i], messages, token);
                }

                chunk.Done.TrySetResult();
            }
            catch (Exception e)
            {
                chunk.Done.TrySetException(e);
                throw;
            }
        }
    }

    /// <summary>Adds what the account rules found: on the record's post (merged in position order) and on earlier posts.</summary>
    private static AuditItem WithAccountFindings(AuditItem item, Post post, AccountFindings findings)
    {
        if (findings.IsEmpty)
        {
            return item;
        }

        var result = item.Result;
        if (!findings.ForPost.IsEmpty)
        {
            result = result is null
                ? new PostResult(post, findings.ForPost)
                : result with { Diagnostics = [.. result.Diagnostics.Concat(findings.ForPost).OrderBy(static d => d.Span).ThenBy(static d => d.Id, StringComparer.Ordinal)] };
        }

        return item with { Result = result, EarlierResults = findings.ForEarlierPosts, OrderBreak = findings.OrderBreak };
    }

    /// <summary>The result of one record: the findings of a post, PL0001 for a rejected record, null for a skipped one.</summary>
    public static PostResult? Analyze(PostAnalysisEngine engine, InputRecord record, CancellationToken cancellationToken = default) =>
        Analyze(engine, record, Messages.Japanese, cancellationToken);

    /// <summary>The same, with the reason of a rejected record in the language of <paramref name="messages"/>.</summary>
    public static PostResult? Analyze(PostAnalysisEngine engine, InputRecord record, Messages messages, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(messages);
        return record.Kind switch
        {
            InputRecordKind.Post => new PostResult(record.Post!, engine.Analyze(record.Post!, cancellationToken)),
            InputRecordKind.Rejected => PostResult.ForRejectedRecord(
                messages.Format("input.record", record.RecordNumber, record.ReasonIn(messages) ?? messages["input.unreadable"]),
                record.Path,
                record.Line,
                record.RecordNumber,
                record.RecordId),
            _ => null,
        };
    }

    private sealed class Chunk(int size)
    {
        public InputRecord[] Records { get; } = new InputRecord[size];

        public PostResult?[] Results { get; } = new PostResult?[size];

        public int Count { get; private set; }

        public TaskCompletionSource Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public void Add(InputRecord record) => Records[Count++] = record;
    }
}
