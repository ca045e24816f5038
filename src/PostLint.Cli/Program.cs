using System.CommandLine;
using PostLint.Cli.Commands;

namespace PostLint.Cli;

/// <summary>Entry point of the <c>postlint</c> command.</summary>
public static class Program
{
    public static int Main(string[] args) => Run(args, Console.Out, Console.Error);

    /// <summary>Runs the CLI with the given streams; tests call this instead of starting a process.</summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var root = new RootCommand("PostLint checks social-media posts written for Japanese municipalities against the cities' own guidelines.");
        foreach (var command in CommandCatalog.Create())
        {
            root.Subcommands.Add(command);
        }

        var configuration = new InvocationConfiguration { Output = stdout, Error = stderr };
        return root.Parse(args).Invoke(configuration);
    }
}
