namespace PostLint.Core.Tests.Syntax;

internal static class Allocation
{
    /// <summary>Bytes this thread allocated over <paramref name="calls"/> calls, after as many warm-up calls.</summary>
    public static long PerCalls(int calls, Action action)
    {
        for (var i = 0; i < calls; i++)
        {
            action();
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < calls; i++)
        {
            action();
        }

        return GC.GetAllocatedBytesForCurrentThread() - before;
    }
}
