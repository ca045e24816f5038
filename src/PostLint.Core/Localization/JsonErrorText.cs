using System.Text.RegularExpressions;

namespace PostLint.Localization;

/// <summary>
/// What System.Text.Json says about JSON it cannot read — always in English, the runtime has no
/// other words — as message ids (<c>json.syntax.*</c>) in the display language: the mistakes a
/// person makes when editing <c>postlint.json</c> or an export by hand (a missing comma or quote,
/// an unclosed brace, a stray character, a bad literal or number). Positions are left out here:
/// every caller shows the line and column beside the reason. A message none of these patterns
/// knows is kept verbatim, so nothing is lost when the runtime words a new kind.
/// </summary>
public static partial class JsonErrorText
{
    /// <summary>The reason of a JSON reader's error message as a message in either language.</summary>
    public static LocalizedMessage Describe(string message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var reason = FirstSentence(message);
        foreach (var (pattern, id) in Patterns)
        {
            var match = pattern.Match(reason);
            if (match.Success)
            {
                return LocalizedMessage.Of(id, [.. match.Groups.Cast<Group>().Skip(1).Select(static g => (object?)g.Value)]);
            }
        }

        return LocalizedMessage.Verbatim(reason);
    }

    // Longest first where one template is the start of another.
    private static readonly (Regex Pattern, string Id)[] Patterns =
    [
        (InvalidStartOfValue(), "json.syntax.invalidStartOfValue"),
        (InvalidAfterValue(), "json.syntax.invalidAfterValue"),
        (InvalidAfterPropertyName(), "json.syntax.invalidAfterPropertyName"),
        (InvalidStartOfPropertyName(), "json.syntax.invalidStartOfPropertyName"),
        (InvalidAfterSingleValue(), "json.syntax.invalidAfterSingleValue"),
        (InvalidWithinString(), "json.syntax.invalidWithinString"),
        (InvalidLiteral(), "json.syntax.invalidLiteral"),
        (InvalidNumber(), "json.syntax.invalidNumber"),
        (WithoutMatchingOpen(), "json.syntax.withoutMatchingOpen"),
        (EndOfStringNotFound(), "json.syntax.unclosedString"),
        (OpenAtEnd(), "json.syntax.unclosed"),
        (EndOfData(), "json.syntax.endOfData"),
        (Empty(), "json.syntax.empty"),
        (TrailingComma(), "json.syntax.trailingComma"),
        (Comments(), "json.syntax.comment"),
        (Depth(), "json.syntax.tooDeep"),
        (Utf8(), "json.syntax.notUtf8"),
        (ContentAfterValue(), "json.syntax.contentAfterValue"),
        (CannotConvert(), "json.syntax.cannotConvert"),
        (UnknownProperty(), "json.syntax.unknownProperty"),
    ];

    // "'x' is an invalid start of a value. LineNumber: 0 | BytePositionInLine: 3." and
    // PositionedJson's "Invalid JSON at line 2, column 1: …": the reason without its position.
    private static string FirstSentence(string message)
    {
        var text = PositionPrefix().Replace(message, string.Empty);
        foreach (var marker in (string[])[" Path:", " LineNumber:", " | LineNumber"])
        {
            var cut = text.IndexOf(marker, StringComparison.Ordinal);
            if (cut > 0)
            {
                text = text[..cut];
            }
        }

        return text.Trim();
    }

    [GeneratedRegex(@"^Invalid JSON at line \d+, column \d+: ")]
    private static partial Regex PositionPrefix();

    [GeneratedRegex(@"^'(.*)' is an invalid start of a value\.", RegexOptions.Singleline)]
    private static partial Regex InvalidStartOfValue();

    [GeneratedRegex(@"^'(.*)' is invalid after a value\.", RegexOptions.Singleline)]
    private static partial Regex InvalidAfterValue();

    [GeneratedRegex(@"^'(.*)' is invalid after a property name\.", RegexOptions.Singleline)]
    private static partial Regex InvalidAfterPropertyName();

    [GeneratedRegex(@"^'(.*)' is an invalid start of a property name\.", RegexOptions.Singleline)]
    private static partial Regex InvalidStartOfPropertyName();

    [GeneratedRegex(@"^'(.*)' is invalid after a single JSON value\.", RegexOptions.Singleline)]
    private static partial Regex InvalidAfterSingleValue();

    [GeneratedRegex(@"^'(.*)' is invalid within a JSON string\.", RegexOptions.Singleline)]
    private static partial Regex InvalidWithinString();

    [GeneratedRegex(@"^'(.*)' is an invalid JSON literal\.", RegexOptions.Singleline)]
    private static partial Regex InvalidLiteral();

    [GeneratedRegex(@"^'(.*)' is (?:an )?invalid (?:end of a number|within a number)", RegexOptions.Singleline)]
    private static partial Regex InvalidNumber();

    [GeneratedRegex(@"^'(.*)' is invalid without a matching open\.", RegexOptions.Singleline)]
    private static partial Regex WithoutMatchingOpen();

    [GeneratedRegex(@"^Expected end of string, but instead reached end of data\.")]
    private static partial Regex EndOfStringNotFound();

    [GeneratedRegex(@"^Expected depth to be zero at the end of the JSON payload\.")]
    private static partial Regex OpenAtEnd();

    [GeneratedRegex(@"^Expected .*(?:but instead )?reached end of data\.|^Unexpected end of data")]
    private static partial Regex EndOfData();

    [GeneratedRegex(@"^The input does not contain any JSON tokens\.|^The file is empty;")]
    private static partial Regex Empty();

    [GeneratedRegex(@"trailing comma")]
    private static partial Regex TrailingComma();

    [GeneratedRegex(@"^Comments? (?:are|is) not (?:allowed|supported)|comment", RegexOptions.IgnoreCase)]
    private static partial Regex Comments();

    [GeneratedRegex(@"maximum configured depth")]
    private static partial Regex Depth();

    [GeneratedRegex(@"UTF-8|utf-8|UTF8")]
    private static partial Regex Utf8();

    [GeneratedRegex(@"^Unexpected content after the JSON value")]
    private static partial Regex ContentAfterValue();

    [GeneratedRegex(@"^The JSON value could not be converted to (.+?)\.?$", RegexOptions.Singleline)]
    private static partial Regex CannotConvert();

    [GeneratedRegex(@"^The JSON property '(.*)' could not be mapped to any", RegexOptions.Singleline)]
    private static partial Regex UnknownProperty();
}
