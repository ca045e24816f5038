using System.Text.RegularExpressions;

namespace PostLint.Core.Tests.Architecture.Fixtures.InLambda;

public static partial class UsesInLambda
{
    // The captured local puts the lambda's body in a display class nested in this type.
    public static Func<int> Reader(int offset) => () => new Target.NamedInLambda().Value + offset;

    // The Regex generator's classes land in System.Text.RegularExpressions.Generated; they must not show up as a namespace.
    [GeneratedRegex("^[0-9]+$")]
    public static partial Regex Digits();
}
