namespace PostLint.Core.Tests.Syntax;

internal static class Allocation
{
    /// <summary>
    /// Bytes this thread allocated over <paramref name="calls"/> calls, after as many warm-up calls:
    /// the least of three rounds. An allocation per call shows in every round; a one-off of the
    /// runtime (a method re-compiled at a higher tier while a busy machine delays the tiering) in
    /// one at most, so it cannot fail a test of code that allocates nothing.
    /// </summary>
    public static long PerCalls(int calls, Action action)
    {
        for (var i = 0; i < calls; i++)
        {
            action();
        }

        var least = long.MaxValue;
        for (var round = 0; round < 3 && least > 0; round++)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            for (var i = 0; i < calls; i++)
            {
                action();
            }

            least = Math.Min(least, GC.GetAllocatedBytesForCurrentThread() - before);
        }

        return least;
    }
}
