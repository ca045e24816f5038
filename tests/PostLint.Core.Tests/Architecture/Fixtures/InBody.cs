namespace PostLint.Core.Tests.Architecture.Fixtures.InBody;

public static class UsesInBody
{
    public static int Read() => Target.NamedInBody.Value + 1;
}
