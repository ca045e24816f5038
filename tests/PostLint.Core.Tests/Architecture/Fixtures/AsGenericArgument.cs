namespace PostLint.Core.Tests.Architecture.Fixtures.AsGenericArgument;

public sealed class UsesAsGenericArgument
{
    public IReadOnlyList<Target.NamedAsGenericArgument> Items { get; } = [];
}
