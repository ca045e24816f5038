using System.CommandLine;
using System.CommandLine.Parsing;
using PostLint.Cli.Localization;

namespace PostLint.Cli.Infrastructure;

/// <summary>
/// The first parse error of a command line in the words of the run's language. System.CommandLine
/// words its errors itself, and its Japanese resources leave some of them in English ("Cannot
/// parse argument …") or in its own phrasing; the kinds a user meets — an unknown command, an
/// option without its value, a value that is not a number, no verb — are said here instead, with
/// the option and the value as written. Anything else keeps System.CommandLine's own message.
/// </summary>
internal static class ParseErrors
{
    public static string Describe(ParseResult parseResult, CliText text)
    {
        ArgumentNullException.ThrowIfNull(parseResult);
        ArgumentNullException.ThrowIfNull(text);
        var command = parseResult.CommandResult.Command;
        if (parseResult.UnmatchedTokens.Count > 0)
        {
            var unknown = parseResult.UnmatchedTokens[0];
            var verbs = command.Subcommands.Where(static c => !c.Hidden).Select(static c => c.Name).ToList();
            if (verbs.Count > 0)
            {
                var closest = verbs.OrderBy(v => UnknownOptions.Distance(unknown, v)).ThenBy(static v => v, StringComparer.Ordinal).First();
                var hint = UnknownOptions.Distance(unknown, closest) <= Math.Max(2, unknown.Length / 3) ? text.Format("error.didYouMean", closest) : string.Empty;
                return text.Format("parse.unknownCommand", unknown, string.Join(", ", verbs), hint);
            }

            return text.Format("parse.unexpectedArgument", unknown);
        }

        var error = parseResult.Errors[0];
        var option = error.SymbolResult switch
        {
            OptionResult result => result,
            ArgumentResult { Parent: OptionResult result } => result,
            _ => null,
        };
        if (option is not null)
        {
            var name = option.IdentifierToken?.Value ?? option.Option.Name;
            if (option.Tokens.Count == 0)
            {
                return text.Format("parse.missingValue", name);
            }

            var type = Nullable.GetUnderlyingType(option.Option.ValueType) ?? option.Option.ValueType;
            if (type == typeof(int) || type == typeof(long))
            {
                return text.Format("parse.notInteger", name, option.Tokens[0].Value);
            }

            return error.Message;
        }

        if (error.SymbolResult is CommandResult { Command: var verb } && verb.Subcommands.Count > 0 && !parseResult.Tokens.Any(static t => t.Type == TokenType.Command))
        {
            return text.Format("parse.noCommand", string.Join(", ", verb.Subcommands.Where(static c => !c.Hidden).Select(static c => c.Name)));
        }

        return error.Message;
    }
}
