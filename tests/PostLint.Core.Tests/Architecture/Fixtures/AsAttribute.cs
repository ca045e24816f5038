namespace PostLint.Core.Tests.Architecture.Fixtures.AsAttribute;

[Target.NamedAsAttribute]
public sealed class Marked;
