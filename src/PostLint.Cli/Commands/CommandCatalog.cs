using System.CommandLine;
using PostLint.Cli.Infrastructure;

namespace PostLint.Cli.Commands;

/// <summary>The verbs of <c>postlint</c>, one file each in this folder.</summary>
internal static class CommandCatalog
{
    public static IEnumerable<Command> Create(CliConsole console)
    {
        yield return CheckCommand.Create(console);
        yield return CheckCommand.CreateFix(console);
        yield return RulesCommand.Create(console);
        yield return ExplainCommand.Create(console);
        yield return AuditCommand.Create(console);
        yield return InitCommand.Create(console);
        yield return SpellCommand.Create(console);
        yield return TokenizeCommand.Create(console);
        yield return ServeCommand.Create(console);
    }
}
