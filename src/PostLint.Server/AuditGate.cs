namespace PostLint.Server;

/// <summary>Lets a bounded number of audits run at once; the others wait for their turn.</summary>
public sealed class AuditGate(int concurrency) : IDisposable
{
    private readonly SemaphoreSlim _semaphore = new(Math.Max(1, concurrency));

    public Task WaitAsync(CancellationToken cancellationToken) => _semaphore.WaitAsync(cancellationToken);

    public void Release() => _semaphore.Release();

    public void Dispose() => _semaphore.Dispose();
}
