using System.CommandLine;

namespace PostLint.Cli.Commands;

/// <summary>The verbs of <c>postlint</c>, one file each in this folder.</summary>
internal static class CommandCatalog
{
    public static IEnumerable<Command> Create()
    {
        yield return TokenizeCommand.Create();
    }
}
