using System.CommandLine;
using PostLint.Cli.Commands;
using PostLint.Cli.Infrastructure;

namespace PostLint.Cli;

/// <summary>Entry point of the <c>postlint</c> command.</summary>
public static class Program
{
    public static int Main(string[] args)
    {
        var console = CliConsole.FromProcess();
        try
        {
            return Run(args, console);
        }
        finally
        {
            console.Output.Flush();
            console.Error.Flush();
        }
    }

    /// <summary>Runs the CLI with the given text streams (tests call this instead of starting a process).</summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr) => Run(args, new CliConsole(stdout, stderr));

    internal static int Run(string[] args, CliConsole console)
    {
        var root = new RootCommand("PostLint checks social-media posts written for Japanese municipalities against the cities' own guidelines.");
        foreach (var command in CommandCatalog.Create(console))
        {
            root.Subcommands.Add(command);
        }

        var parseResult = root.Parse(args);
        var configuration = new InvocationConfiguration { Output = console.Output, Error = console.Error };
        if (parseResult.Errors.Count > 0)
        {
            // Usage errors exit with 2, like configuration and I/O failures: one line, nothing run.
            console.Error.WriteLine($"postlint: {parseResult.Errors[0].Message}（使い方: {Usage(parseResult)}）");
            return 2;
        }

        if (UnknownOptions.Find(parseResult) is { } unknown)
        {
            var suggestion = UnknownOptions.Suggest(parseResult.CommandResult.Command, unknown);
            var hint = suggestion is null ? string.Empty : $"もしかして {suggestion} ですか？ ";
            console.Error.WriteLine($"postlint: {parseResult.CommandResult.Command.Name} に {unknown} というオプションはありません。{hint}（使い方: {Usage(parseResult)}）");
            return 2;
        }

        return parseResult.Invoke(configuration);
    }

    private static string Usage(ParseResult parseResult) =>
        parseResult.CommandResult.Command is RootCommand
            ? "postlint --help"
            : $"postlint {parseResult.CommandResult.Command.Name} --help";
}
