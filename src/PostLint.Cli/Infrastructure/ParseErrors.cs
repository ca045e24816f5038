using System.CommandLine;
using System.CommandLine.Parsing;
using System.Text.RegularExpressions;
using PostLint.Cli.Localization;

namespace PostLint.Cli.Infrastructure;

/// <summary>
/// The first parse error of a command line in the words of the run's language. System.CommandLine
/// words its errors itself, has no hook to word them otherwise, and its Japanese resources leave
/// many in English ("Cannot parse argument …", "Option '…' expects a single argument …"). So the
/// command line is parsed under the invariant UI culture (<see cref="Program"/>), which makes every
/// error System.CommandLine can raise one of its English templates, and each kind is said here
/// instead, with the option and the value as written: an unknown command, a stray argument, an
/// option without its value or given twice, a value that is not a number or not one of the
/// choices, a missing argument or command, a response file (<c>@file</c>) that cannot be read,
/// <c>--version</c> with other arguments. A message that is none of these (a newer
/// System.CommandLine) is shown as it is.
/// </summary>
internal static partial class ParseErrors
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
        // --version with other arguments is an error of the option itself, not a missing value.
        if (option is not null && option.Option is not VersionOption)
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

            return Translate(error.Message, text);
        }

        if (error.SymbolResult is CommandResult { Command: var verb } && verb.Subcommands.Count > 0 && !parseResult.Tokens.Any(static t => t.Type == TokenType.Command))
        {
            return text.Format("parse.noCommand", string.Join(", ", verb.Subcommands.Where(static c => !c.Hidden).Select(static c => c.Name)));
        }

        return Translate(error.Message, text);
    }

    /// <summary>One of System.CommandLine's English error messages in the words of <paramref name="text"/>'s language.</summary>
    public static string Translate(string message, CliText text)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(text);
        Match match;
        if ((match = CannotParseForOption().Match(message)).Success)
        {
            return text.Format("parse.cannotParse", match.Groups["symbol"].Value, match.Groups["value"].Value, TypeWord(match.Groups["type"].Value, text));
        }

        if ((match = CannotParseForCommand().Match(message)).Success)
        {
            return text.Format("parse.cannotParseArgument", match.Groups["symbol"].Value, match.Groups["value"].Value, TypeWord(match.Groups["type"].Value, text));
        }

        if ((match = CannotParse().Match(message)).Success)
        {
            return text.Format("parse.cannotParseValue", match.Groups["value"].Value, TypeWord(match.Groups["type"].Value, text));
        }

        if ((match = NotOneOf().Match(message)).Success)
        {
            var choices = ChoicePattern().Matches(match.Groups["choices"].Value).Select(static m => m.Groups[1].Value);
            return text.Format("parse.notOneOf", match.Groups["value"].Value, string.Join(", ", choices));
        }

        if ((match = ExpectsOneArgument().Match(message)).Success)
        {
            return text.Format("parse.optionTwice", match.Groups["symbol"].Value, int.Parse(match.Groups["count"].Value, System.Globalization.CultureInfo.InvariantCulture));
        }

        if ((match = CommandArgumentMissing().Match(message)).Success)
        {
            return text.Format("parse.missingArgument", match.Groups["symbol"].Value);
        }

        if ((match = OptionArgumentMissing().Match(message)).Success)
        {
            return text.Format("parse.missingValue", match.Groups["symbol"].Value);
        }

        if ((match = RequiredOption().Match(message)).Success)
        {
            return text.Format("parse.requiredOption", match.Groups["symbol"].Value);
        }

        if (RequiredCommand().IsMatch(message))
        {
            return text.Format("parse.noCommand", "postlint --help");
        }

        if ((match = Unrecognized().Match(message)).Success)
        {
            return text.Format("parse.unexpectedArgument", match.Groups["value"].Value);
        }

        if ((match = ResponseFileMissing().Match(message)).Success)
        {
            return text.Format("parse.responseFile.missing", match.Groups["path"].Value);
        }

        if ((match = ResponseFileUnreadable().Match(message)).Success)
        {
            return text.Format("parse.responseFile.unreadable", match.Groups["path"].Value, match.Groups["reason"].Value);
        }

        if ((match = VersionAlone().Match(message)).Success)
        {
            return text.Format("parse.versionAlone", match.Groups["symbol"].Value);
        }

        if ((match = PathMissing().Match(message)).Success)
        {
            return text.Format("parse.pathMissing", match.Groups["value"].Value);
        }

        if ((match = PathCharacter().Match(message)).Success)
        {
            return text.Format("parse.pathCharacter", match.Groups["value"].Value);
        }

        return message;
    }

    /// <summary>What a value should have been, in words (a .NET type name means nothing to a writer).</summary>
    private static string TypeWord(string type, CliText text) => type switch
    {
        "System.Int32" or "System.Int64" or "System.Nullable`1[System.Int32]" or "System.Nullable`1[System.Int64]" => text["parse.type.integer"],
        "System.Boolean" or "System.Nullable`1[System.Boolean]" => text["parse.type.boolean"],
        "System.Double" or "System.Decimal" or "System.Single" => text["parse.type.number"],
        _ => text["parse.type.other"],
    };

    [GeneratedRegex(@"^Cannot parse argument '(?<value>.*)' for option '(?<symbol>.+)' as expected type '(?<type>[^']+)'\.", RegexOptions.Singleline)]
    private static partial Regex CannotParseForOption();

    [GeneratedRegex(@"^Cannot parse argument '(?<value>.*)' for command '(?<symbol>.+)' as expected type '(?<type>[^']+)'\.", RegexOptions.Singleline)]
    private static partial Regex CannotParseForCommand();

    [GeneratedRegex(@"^Cannot parse argument '(?<value>.*)' as expected type '(?<type>[^']+)'\.", RegexOptions.Singleline)]
    private static partial Regex CannotParse();

    [GeneratedRegex(@"^Argument '(?<value>.*)' not recognized\. Must be one of:(?<choices>.*)$", RegexOptions.Singleline)]
    private static partial Regex NotOneOf();

    [GeneratedRegex(@"'([^'\r\n]*)'")]
    private static partial Regex ChoicePattern();

    [GeneratedRegex(@"^Option '(?<symbol>.+)' expects a single argument but (?<count>\d+) were provided\.$")]
    private static partial Regex ExpectsOneArgument();

    [GeneratedRegex(@"^Required argument missing for command: '(?<symbol>.+)'\.$")]
    private static partial Regex CommandArgumentMissing();

    [GeneratedRegex(@"^Required argument missing for option: '(?<symbol>.+)'\.$")]
    private static partial Regex OptionArgumentMissing();

    [GeneratedRegex(@"^Option '(?<symbol>.+)' is required\.$")]
    private static partial Regex RequiredOption();

    [GeneratedRegex(@"^Required command was not provided\.$")]
    private static partial Regex RequiredCommand();

    [GeneratedRegex(@"^Unrecognized command or argument '(?<value>.*)'\.$", RegexOptions.Singleline)]
    private static partial Regex Unrecognized();

    [GeneratedRegex(@"^Response file not found '(?<path>.*)'\.$", RegexOptions.Singleline)]
    private static partial Regex ResponseFileMissing();

    [GeneratedRegex(@"^Error reading response file '(?<path>.*?)': (?<reason>.*)$", RegexOptions.Singleline)]
    private static partial Regex ResponseFileUnreadable();

    [GeneratedRegex(@"^(?<symbol>\S+) option cannot be combined with other arguments\.$")]
    private static partial Regex VersionAlone();

    [GeneratedRegex(@"^(?:File|Directory|File or directory) does not exist: '(?<value>.*)'\.$", RegexOptions.Singleline)]
    private static partial Regex PathMissing();

    [GeneratedRegex(@"^Character not allowed in a (?:file name|path): '(?<value>.*)'\.$", RegexOptions.Singleline)]
    private static partial Regex PathCharacter();
}
