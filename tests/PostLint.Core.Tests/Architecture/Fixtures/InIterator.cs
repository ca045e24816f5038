namespace PostLint.Core.Tests.Architecture.Fixtures.InIterator;

public static class UsesInIterator
{
    // The body of an iterator is compiled into a nested state machine class.
    public static IEnumerable<int> Values()
    {
        yield return Target.NamedInIterator.Value;
    }
}
