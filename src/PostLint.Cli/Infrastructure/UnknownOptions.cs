using System.CommandLine;
using System.CommandLine.Parsing;

namespace PostLint.Cli.Infrastructure;

/// <summary>
/// Finds words that look like options but that the verb does not know. The command-line parser
/// hands such words to a verb's file arguments (<c>fix d.txt --fixed-output out.txt</c> would read
/// <c>--fixed-output</c> and <c>out.txt</c> as two more drafts), so they are caught here, before
/// any file is read or written, and named with the closest option the verb does know. A file
/// whose name starts with a dash is still reachable after <c>--</c>, as with other command-line tools.
/// </summary>
internal static class UnknownOptions
{
    /// <summary>The first argument word that looks like an option, or null when there is none.</summary>
    public static string? Find(ParseResult parseResult)
    {
        ArgumentNullException.ThrowIfNull(parseResult);
        var endOfOptions = EndOfOptions(parseResult.Tokens);
        for (var result = (SymbolResult?)parseResult.CommandResult; result is not null; result = result.Parent)
        {
            if (result is not CommandResult command)
            {
                continue;
            }

            foreach (var argument in command.Children.OfType<ArgumentResult>())
            {
                foreach (var token in argument.Tokens)
                {
                    if (LooksLikeOption(token.Value) && !IsAfter(parseResult.Tokens, token, endOfOptions))
                    {
                        return token.Value;
                    }
                }
            }
        }

        return null;
    }

    /// <summary>The known option of the command closest to the unknown word, or null when none is close.</summary>
    public static string? Suggest(Command command, string unknown)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(unknown);
        var equals = unknown.IndexOf('=', StringComparison.Ordinal);
        var word = equals > 0 ? unknown[..equals] : unknown;
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var option in command.Options.Concat(AncestorRecursiveOptions(command)))
        {
            if (option.Hidden)
            {
                continue;
            }

            foreach (var name in option.Aliases.Prepend(option.Name))
            {
                if (name.Length <= 2)
                {
                    // Short aliases (-o, -f) are never a useful guess for a misspelt long option.
                    continue;
                }

                var distance = Distance(word, name);
                if (distance < bestDistance || (distance == bestDistance && best is not null && string.CompareOrdinal(name, best) < 0))
                {
                    best = name;
                    bestDistance = distance;
                }
            }
        }

        // Close enough to be the same word mistyped, or one contains the other (--output vs --fixed-output).
        var contains = best is not null && (best.Contains(word.TrimStart('-'), StringComparison.Ordinal) || word.Contains(best.TrimStart('-'), StringComparison.Ordinal));
        return best is not null && (bestDistance <= Math.Max(2, word.Length / 3) || contains) ? best : null;
    }

    private static IEnumerable<Option> AncestorRecursiveOptions(Command command) =>
        command.Parents.OfType<Command>().SelectMany(static parent => parent.Options.Where(static o => o.Recursive));

    private static bool LooksLikeOption(string value) =>
        value.Length > 1 && value[0] == '-' && !(value.Length > 1 && char.IsAsciiDigit(value[1]));

    private static int EndOfOptions(IReadOnlyList<Token> tokens)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Type == TokenType.DoubleDash)
            {
                return i;
            }
        }

        return -1;
    }

    private static bool IsAfter(IReadOnlyList<Token> tokens, Token token, int endOfOptions)
    {
        if (endOfOptions < 0)
        {
            return false;
        }

        for (var i = endOfOptions + 1; i < tokens.Count; i++)
        {
            if (ReferenceEquals(tokens[i], token))
            {
                return true;
            }
        }

        return false;
    }

    // Levenshtein distance; option names are short, so the two-row table is enough.
    internal static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
