using System.CommandLine;
using System.Text;
using PostLint.Cli.Infrastructure;
using PostLint.Localization;

namespace PostLint.Cli.Commands;

/// <summary><c>postlint explain PL1001</c>: prints the rule's documentation page.</summary>
internal static class ExplainCommand
{
    public static Command Create(CliConsole console)
    {
        var text = console.Text;
        var id = new Argument<string>("rule") { Description = text["argument.rule"], HelpName = "RULE" };
        var command = new Command("explain", text["command.explain"]);
        command.Arguments.Add(id);
        command.SetAction(parseResult =>
        {
            var ruleId = (parseResult.GetValue(id) ?? string.Empty).Trim().ToUpperInvariant();
            var page = ReadPage(ruleId, console.Messages.Language);
            if (page is null)
            {
                console.Error.WriteLine(text.Format("error.noRule", ruleId));
                return EngineHost.ExitFailure;
            }

            console.Output.Write(page);
            console.Output.Flush();
            return EngineHost.ExitOk;
        });
        return command;
    }

    /// <summary>
    /// The embedded page in the language: docs/rules/ja/&lt;id&gt;.md (Japanese) or docs/rules/&lt;id&gt;.md
    /// (English); the English page when a rule has no Japanese page yet; null for no rule.
    /// </summary>
    public static string? ReadPage(string ruleId, DisplayLanguage language)
    {
        if (ruleId.Length is < 5 or > 10 || !ruleId.All(char.IsAsciiLetterOrDigit))
        {
            return null;
        }

        var assembly = typeof(ExplainCommand).Assembly;
        using var stream = (language == DisplayLanguage.Japanese ? assembly.GetManifestResourceStream("PostLint.Docs.rules.ja." + ruleId + ".md") : null)
            ?? assembly.GetManifestResourceStream("PostLint.Docs.rules." + ruleId + ".md");
        if (stream is null)
        {
            return null;
        }

        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
