using System.CommandLine;
using System.Globalization;
using System.Reflection;
using PostLint.Cli.Commands;
using PostLint.Cli.Infrastructure;
using PostLint.Localization;

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
            if (args is ["--version"])
            {
                // The version alone needs none of the verbs, their options and help texts: print
                // what System.CommandLine's --version prints, the informational version.
                console.Output.WriteLine(Version);
                console.Output.Flush();
                return EngineHost.ExitOk;
            }

            var exit = RunVerb(args, console);
            console.Output.Flush();
            return exit;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Fail(console, console.Messages.Format("cli.error.io", IoErrors.Describe(e, console.Messages)));
        }
        catch (OperationCanceledException)
        {
            return Fail(console, console.Messages["cli.error.interrupted"], exit: 130);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return Fail(console, console.Messages.Format("cli.error.internal", e.GetType().Name, e.Message));
        }
    }

    /// <summary>The version <c>--version</c> prints: the informational version (<c>0.1.0+&lt;commit&gt;</c>).</summary>
    internal static string Version =>
        typeof(Program).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(Program).Assembly.GetName().Version?.ToString()
        ?? string.Empty;

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
        // The language comes first: the help texts of every verb and option are written in it.
        if (!LanguageSelection.TryResolve(args, console.GetEnvironmentVariable, out var language, out var invalid))
        {
            console.Error.WriteLine(console.Messages.Format("cli.error.usage", console.Messages.Format("cli.error.unknownLang", invalid), "postlint --help"));
            return EngineHost.ExitFailure;
        }

        console.Messages = Messages.For(language);
        var messages = console.Messages;

        // System.CommandLine's own words (help headings, parse errors) follow the UI culture, and
        // its Japanese resources translate only some of them. Under the invariant culture they are
        // all its English templates, which ParseErrors and WriteHelp put in the run's language.
        var previousCulture = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;
        try
        {
            var root = new RootCommand(messages["cli.description"]);
            root.Options.Add(new Option<string?>(LanguageSelection.OptionName)
            {
                Description = messages["cli.option.lang"],
                HelpName = "ja|en",
                Recursive = true,
            });
            foreach (var command in CommandCatalog.Create(console))
            {
                root.Subcommands.Add(command);
            }

            foreach (var option in root.Options)
            {
                option.Description = option switch
                {
                    System.CommandLine.Help.HelpOption => console.Text["option.help"],
                    VersionOption => console.Text["option.version"],
                    _ => option.Description,
                };
            }

            var parseResult = root.Parse(args);
            var configuration = new InvocationConfiguration { Output = console.Output, Error = console.Error, EnableDefaultExceptionHandler = false };
            if (parseResult.Errors.Count > 0)
            {
                // Usage errors exit with 2, like configuration and I/O failures: one line, nothing run.
                console.Error.WriteLine(messages.Format("cli.error.usage", ParseErrors.Describe(parseResult, console.Text), Usage(parseResult)));
                return EngineHost.ExitFailure;
            }

            if (UnknownOptions.Find(parseResult) is { } unknown)
            {
                var suggestion = UnknownOptions.Suggest(parseResult.CommandResult.Command, unknown);
                var hint = suggestion is null ? string.Empty : messages.Format("cli.error.didYouMean", suggestion);
                console.Error.WriteLine(messages.Format("cli.error.unknownOption", parseResult.CommandResult.Command.Name, unknown, hint, Usage(parseResult)));
                return EngineHost.ExitFailure;
            }

            if (parseResult.Action is System.CommandLine.Help.HelpAction)
            {
                return WriteHelp(parseResult, configuration, console);
            }

            return parseResult.Invoke(configuration);
        }
        finally
        {
            CultureInfo.CurrentUICulture = previousCulture;
        }
    }

    /// <summary>
    /// Writes <c>--help</c> in the language of the run. The descriptions are ours; the few words
    /// System.CommandLine adds itself (section titles, <c>[default: …]</c>) are not translated in
    /// every culture it ships, so they are put in the run's language here.
    /// </summary>
    private static int WriteHelp(ParseResult parseResult, InvocationConfiguration configuration, CliConsole console)
    {
        using var help = new StringWriter();
        var exit = parseResult.Invoke(new InvocationConfiguration { Output = help, Error = configuration.Error, EnableDefaultExceptionHandler = false });
        var text = console.Text;
        var lines = help.ToString().ReplaceLineEndings("\n").Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            lines[i] = lines[i] switch
            {
                "Description:" or "説明:" => text["help.description"],
                "Usage:" or "使用法:" => text["help.usage"],
                "Arguments:" or "引数:" => text["help.arguments"],
                "Options:" or "オプション:" => text["help.options"],
                "Commands:" or "コマンド:" => text["help.commands"],
                "Additional Arguments:" or "追加引数:" => text["help.additionalArguments"],
                var line => line
                    .Replace("[default: ", text["help.default"], StringComparison.Ordinal)
                    .Replace(" (REQUIRED)", " " + text["help.required"], StringComparison.Ordinal)
                    .Replace(" [command]", " " + text["help.commandToken"], StringComparison.Ordinal)
                    .Replace(" [options]", " " + text["help.optionsToken"], StringComparison.Ordinal),
            };
        }

        console.Output.Write(string.Join(Environment.NewLine, lines));
        console.Output.Flush();
        return exit;
    }

    private static string Usage(ParseResult parseResult) =>
        parseResult.CommandResult.Command is RootCommand
            ? "postlint --help"
            : $"postlint {parseResult.CommandResult.Command.Name} --help";
}
