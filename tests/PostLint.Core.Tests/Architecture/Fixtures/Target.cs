namespace PostLint.Core.Tests.Architecture.Fixtures.Target;

// Types that the fixture namespaces next to this one refer to in exactly one way each, so that a
// test can see which kinds of reference NamespaceGraph finds. Nothing here refers back.

public sealed class NamedInBody
{
    public static int Value => 1;
}

public sealed class NamedInLambda
{
    public int Value { get; } = 2;
}

public sealed class NamedInIterator
{
    public static int Value => 3;
}

[AttributeUsage(AttributeTargets.Class)]
public sealed class NamedAsAttribute : Attribute;

public sealed class NamedAsGenericArgument;
