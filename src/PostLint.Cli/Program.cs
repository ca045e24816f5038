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
        return Run(args, console);
    }

    /// <summary>Runs the CLI with the given text streams (tests call this instead of starting a process).</summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr) => Run(args, new CliConsole(stdout, stderr));

    /// <summary>
    /// Runs a verb and turns every failure it did not handle into one line on standard error and
    /// exit code 2: an I/O failure (a full disk, standard output closed, a file that cannot be
    /// read) is said in words, and even a bug shows no stack trace. Standard output is flushed
    /// here, so a report that cannot be written (<c>check &gt; /dev/full</c>) is such a failure too.
    /// </summary>
    internal static int Run(string[] args, CliConsole console)
    {
        try
        {
            var exit = RunVerb(args, console);
            console.Output.Flush();
            return exit;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Fail(console, "入出力に失敗しました: " + IoErrors.Describe(e));
        }
        catch (OperationCanceledException)
        {
            return Fail(console, "中断しました", exit: 130);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return Fail(console, $"内部エラーです（PostLint の不具合です。報告してください）: {e.GetType().Name}: {e.Message}");
        }
    }

    private static int Fail(CliConsole console, string message, int exit = 2)
    {
        try
        {
            console.Error.WriteLine("postlint: " + message.ReplaceLineEndings(" "));
            console.Error.Flush();
        }
        catch (IOException)
        {
            // Standard error is gone too: the exit code is all that is left to say it.
        }

        return exit;
    }

    private static int RunVerb(string[] args, CliConsole console)
    {
        var root = new RootCommand("PostLint checks social-media posts written for Japanese municipalities against the cities' own guidelines.");
        foreach (var command in CommandCatalog.Create(console))
        {
            root.Subcommands.Add(command);
        }

        var parseResult = root.Parse(args);
        var configuration = new InvocationConfiguration { Output = console.Output, Error = console.Error, EnableDefaultExceptionHandler = false };
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
