using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using PostLint.Server;
using PostLint.Server.Hosting;

namespace PostLint.ServerLoad;

/// <summary>
/// Load benchmark of <c>postlint serve</c> (not a test): keeps a bounded number of POST
/// /api/v1/check requests in flight against a server on loopback for a fixed time (or a fixed
/// number of requests, whichever ends first) and reports requests per second, latency percentiles,
/// errors and the server's memory over the run. By default it starts the server in this process
/// (so its memory can be read); <c>--url</c> aims at a running <c>postlint serve</c> instead.
/// <code>dotnet run -c Release --project benchmarks/PostLint.ServerLoad -- --seconds 30 --concurrency 32</code>
/// </summary>
public static class Program
{
    private const string DefaultDraft = "#石巻市 #PR\n石巻の牡蠣を使った新メニューが登場しました。期間限定です！詳しくは https://www.city.ishinomaki.lg.jp/ をご覧ください #牡蠣";

    public static async Task<int> Main(string[] args)
    {
        var options = LoadOptions.Parse(args);
        if (options is null)
        {
            await Console.Error.WriteLineAsync("usage: PostLint.ServerLoad [--seconds N] [--requests N] [--concurrency N] [--profile NAME] [--url http://127.0.0.1:8080] [--sample-every N]");
            return 2;
        }

        Microsoft.AspNetCore.Builder.WebApplication? app = null;
        var target = options.Url;
        if (target is null)
        {
            app = PostLintServer.Create(new ServerOptions { Urls = ["http://127.0.0.1:0"] }, static _ => { });
            await app.StartAsync();
            target = new Uri(PostLintServer.Addresses(app).Single() + "/");
        }

        Console.WriteLine($"target {target}api/v1/check, concurrency {options.Concurrency}, at most {options.Seconds} s and {options.MaxRequests:N0} requests, {Environment.ProcessorCount} cores");
        var body = Encoding.UTF8.GetBytes($$"""{"text":{{System.Text.Json.JsonSerializer.Serialize(DefaultDraft)}},"profile":"{{options.Profile}}","sponsored":true}""");
        using var handler = new SocketsHttpHandler
        {
            MaxConnectionsPerServer = options.Concurrency,
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
            UseProxy = false,
            AutomaticDecompression = DecompressionMethods.None,
        };
        using var client = new HttpClient(handler) { BaseAddress = target, Timeout = TimeSpan.FromSeconds(30) };

        // Warm up (JIT, the engine of the profile, connections) before measuring.
        await RunAsync(client, body, options with { Seconds = 2, MaxRequests = 20_000 }, null, null);
        ForceCollect();

        var histogram = new LatencyHistogram();
        var memory = new List<(long Requests, double ManagedMb, double WorkingSetMb)>();
        var stopwatch = Stopwatch.StartNew();
        var (completed, errors) = await RunAsync(client, body, options, histogram, (done) =>
        {
            if (app is not null)
            {
                memory.Add((done, GC.GetTotalMemory(false) / 1048576.0, Environment.WorkingSet / 1048576.0));
            }
        });
        var elapsed = stopwatch.Elapsed.TotalSeconds;

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"requests {completed:N0} in {elapsed:F1} s = {completed / elapsed:N0} req/s; errors {errors}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"latency p50 {histogram.Percentile(0.50):F2} ms, p90 {histogram.Percentile(0.90):F2} ms, p99 {histogram.Percentile(0.99):F2} ms, max {histogram.Max:F2} ms"));
        if (memory.Count > 0)
        {
            ForceCollect();
            Console.WriteLine("memory (in-process server and client): requests, managed heap MB (before collection), working set MB");
            foreach (var (requests, managed, workingSet) in memory)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {requests,12:N0} {managed,8:F1} {workingSet,8:F1}"));
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"after a full collection: managed heap {GC.GetTotalMemory(true) / 1048576.0:F1} MB, working set {Environment.WorkingSet / 1048576.0:F1} MB, gen2 collections {GC.CollectionCount(2)}"));
        }

        if (app is not null)
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }

        return errors == 0 ? 0 : 1;
    }

    private static void ForceCollect()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
    }

    private static async Task<(long Completed, long Errors)> RunAsync(HttpClient client, byte[] body, LoadOptions options, LatencyHistogram? histogram, Action<long>? sample)
    {
        long issued = 0;
        long completed = 0;
        long errors = 0;
        var deadline = Stopwatch.GetTimestamp() + (long)(options.Seconds * Stopwatch.Frequency);
        var nextSample = options.SampleEvery;
        long lastSampled = 0;
        var sampleLock = new object();

        async Task Worker()
        {
            while (Stopwatch.GetTimestamp() < deadline && Interlocked.Increment(ref issued) <= options.MaxRequests)
            {
                var start = Stopwatch.GetTimestamp();
                try
                {
                    using var content = new ByteArrayContent(body);
                    content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
                    using var response = await client.PostAsync("api/v1/check", content).ConfigureAwait(false);
                    await response.Content.LoadIntoBufferAsync().ConfigureAwait(false);
                    if (response.StatusCode != HttpStatusCode.OK)
                    {
                        Interlocked.Increment(ref errors);
                    }
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException)
                {
                    Interlocked.Increment(ref errors);
                }

                histogram?.Record(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                var done = Interlocked.Increment(ref completed);
                if (sample is not null && done >= Volatile.Read(ref nextSample))
                {
                    lock (sampleLock)
                    {
                        if (done >= nextSample)
                        {
                            sample(done);
                            lastSampled = done;
                            nextSample += options.SampleEvery;
                        }
                    }
                }
            }
        }

        await Task.WhenAll(Enumerable.Range(0, options.Concurrency).Select(_ => Task.Run(Worker))).ConfigureAwait(false);
        if (completed != lastSampled)
        {
            sample?.Invoke(completed);
        }

        return (completed, errors);
    }
}

internal sealed record LoadOptions(double Seconds, long MaxRequests, int Concurrency, string Profile, Uri? Url, long SampleEvery)
{
    public static LoadOptions? Parse(string[] args)
    {
        var options = new LoadOptions(20, long.MaxValue, 32, "ishinomaki", null, 100_000);
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            var value = args[i + 1];
            options = args[i] switch
            {
                "--seconds" => options with { Seconds = double.Parse(value, CultureInfo.InvariantCulture) },
                "--requests" => options with { MaxRequests = long.Parse(value, CultureInfo.InvariantCulture) },
                "--concurrency" => options with { Concurrency = int.Parse(value, CultureInfo.InvariantCulture) },
                "--profile" => options with { Profile = value },
                "--url" => options with { Url = new Uri(value.EndsWith('/') ? value : value + "/") },
                "--sample-every" => options with { SampleEvery = long.Parse(value, CultureInfo.InvariantCulture) },
                _ => null,
            };
            if (options is null)
            {
                return null;
            }
        }

        return args.Length % 2 == 0 && options.Seconds is > 0 and <= 3600 && options.Concurrency is > 0 and <= 1024 ? options : null;
    }
}

/// <summary>Latencies in 10 µs buckets up to 1 s (and one bucket above): constant memory for any number of requests.</summary>
internal sealed class LatencyHistogram
{
    private const double BucketMs = 0.01;
    private readonly long[] _buckets = new long[100_001];
    private long _count;
    private double _max;

    public double Max => _max;

    public void Record(double milliseconds)
    {
        var index = (int)Math.Min(milliseconds / BucketMs, _buckets.Length - 1);
        Interlocked.Increment(ref _buckets[index]);
        Interlocked.Increment(ref _count);
        double seen;
        while (milliseconds > (seen = Volatile.Read(ref _max)) && Interlocked.CompareExchange(ref _max, milliseconds, seen) != seen)
        {
        }
    }

    public double Percentile(double p)
    {
        var target = (long)Math.Ceiling(_count * p);
        long running = 0;
        for (var i = 0; i < _buckets.Length; i++)
        {
            running += _buckets[i];
            if (running >= target && running > 0)
            {
                return (i + 1) * BucketMs;
            }
        }

        return _max;
    }
}
