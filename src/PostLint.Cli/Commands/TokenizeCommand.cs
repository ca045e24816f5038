using System.CommandLine;
using PostLint.Cli.Infrastructure;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using PostLint.Cli.IO;
using PostLint.Cli.Localization;
using PostLint.Localization;
using PostLint.Morphology;
using PostLint.Morphemes;

namespace PostLint.Cli.Commands;

/// <summary>
/// <c>postlint tokenize [FILE|-] [--format mecab|wakati|json] [--dicdir DIR] [--userdic FILE]</c>: the morphemes of
/// each input line. <c>mecab</c> and <c>wakati</c> print byte for byte what <c>mecab</c> and
/// <c>mecab -Owakati</c> print for the same dictionary and input.
/// </summary>
internal static class TokenizeCommand
{
    public const int ExitOk = 0;
    public const int ExitParseFailure = 1;
    public const int ExitUsage = 2;

    private const string SplitWarning = "input-buffer overflow. The line is split. use -b #SIZE option.";

    public static Command Create(CliConsole console)
    {
        var text = console.Text;
        var file = new Argument<string?>("FILE")
        {
            Description = text["argument.tokenizeInput"],
            Arity = ArgumentArity.ZeroOrOne,
        };
        var format = new Option<string>("--format")
        {
            Description = text["option.tokenizeFormat"],
            DefaultValueFactory = _ => "mecab",
        };
        format.AcceptOnlyFromAmong("mecab", "wakati", "json");
        var dicdir = new Option<string?>("--dicdir", "-d")
        {
            Description = text["option.tokenizeDicdir"],
        };

        var userdic = new Option<string[]>("--userdic", "-u")
        {
            Description = text["option.userdic"],
        };

        var command = new Command("tokenize", text["command.tokenize"])
        {
            file,
            format,
            dicdir,
            userdic,
        };
        command.SetAction(parseResult =>
        {
            var error = parseResult.InvocationConfiguration.Error;
            var path = parseResult.GetValue(file);

            // As in check: a named pipe would block in open and a device such as /dev/zero never
            // ends, so a named input must be a regular file (standard input stays a stream).
            if (path is not null and not "-" && IoErrors.InputProblem(path, foldersAllowed: false, console.Messages) is { } problem)
            {
                error.WriteLine("postlint tokenize: " + problem);
                return ExitUsage;
            }

            Stream input;
            try
            {
                input = path is null or "-" ? console.OpenInput() : File.OpenRead(path);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                error.WriteLine(console.Text.Format("tokenize.cannotOpen", path, IoErrors.Describe(ex, console.Messages)));
                return ExitUsage;
            }

            using (input)
            using (var output = console.OpenOutput())
            {
                var flushEachLine = path is null or "-" ? !Console.IsInputRedirected : false;
                var userDictionaries = (parseResult.GetValue(userdic) ?? []).SelectMany(u => u.Split(',', StringSplitOptions.RemoveEmptyEntries)).ToArray();
                return Run(input, output, error, parseResult.GetValue(format) ?? "mecab", parseResult.GetValue(dicdir), new MecabDictionaryLocator(), flushEachLine, userDictionaries, console.Text);
            }
        });
        return command;
    }

    /// <summary>Tokenizes <paramref name="input"/> to <paramref name="output"/>; the testable core of the verb.</summary>
    public static int Run(Stream input, Stream output, TextWriter error, string format, string? dicdir, MecabDictionaryLocator locator, bool flushEachLine = false, IReadOnlyList<string>? userDictionaries = null, CliText? text = null)
    {
        text ??= CliText.Japanese;
        ArgumentNullException.ThrowIfNull(error);
        ArgumentNullException.ThrowIfNull(locator);
        var location = locator.Locate(dicdir);
        if (!location.Found)
        {
            error.WriteLine(dicdir is null ? text["tokenize.noDictionary"] : text.Format("tokenize.noSysDic", dicdir));
            error.WriteLine(location.DescribeSearch());
            return ExitUsage;
        }

        MecabDictionary dictionary;
        try
        {
            dictionary = MecabDictionary.Open(location.Directory!, new MecabDictionaryOptions { UserDictionaries = userDictionaries ?? [] });
        }
        catch (MecabDictionaryException ex)
        {
            error.WriteLine(text.Format("tokenize.unusable", ex.Message));
            return ExitUsage;
        }

        using (dictionary)
        {
            var tagger = dictionary.CreateTagger();
            var reader = new MecabLineReader(input);
            var writer = new StreamBufferWriter(output);
            var morphemes = new List<Morpheme>(256);
            using var json = format == "json" ? new Utf8JsonWriter(writer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = false }) : null;
            try
            {
                while (reader.TryReadLine(out var line, out var split))
                {
                    if (split)
                    {
                        writer.Flush();
                        error.WriteLine(SplitWarning);
                    }

                    // mecab parses the line as a C string: an embedded NUL ends the sentence.
                    var nul = line.IndexOf((byte)0);
                    var sentence = nul < 0 ? line : line[..nul];
                    morphemes.Clear();
                    tagger.TokenizeUtf8(sentence, 0, morphemes);
                    var tokens = CollectionsMarshal.AsSpan(morphemes);
                    switch (format)
                    {
                        case "wakati":
                            MecabOutput.WriteWakati(sentence, tokens, writer);
                            break;
                        case "json":
                            WriteJson(json!, writer, reader.LineNumber, sentence, tokens);
                            break;
                        default:
                            MecabOutput.WriteDefault(sentence, tokens, writer);
                            break;
                    }

                    if (flushEachLine)
                    {
                        writer.Flush();
                    }
                }
            }
            catch (MecabParseException ex)
            {
                writer.Flush();
                error.WriteLine(text.Format("tokenize.line", reader.LineNumber, ex.Message));
                return ExitParseFailure;
            }
            catch (MecabDictionaryException ex)
            {
                writer.Flush();
                error.WriteLine(text.Format("tokenize.corrupt", ex.Message));
                return ExitUsage;
            }
            catch (IOException ex)
            {
                // A closed pipe (`postlint tokenize big.txt | head`) or a failing disk: an I/O
                // failure, exit 2 as in every other verb (1 is MeCab's "too long sentence." only).
                error.WriteLine(text.Format("tokenize.line", reader.LineNumber, IoErrors.Describe(ex, Messages.For(text.Language))));
                return ExitUsage;
            }

            try
            {
                writer.Flush();
            }
            catch (IOException ex)
            {
                error.WriteLine(text.Format("tokenize.failed", IoErrors.Describe(ex, Messages.For(text.Language))));
                return ExitUsage;
            }

            return ExitOk;
        }
    }

    private static void WriteJson(Utf8JsonWriter json, StreamBufferWriter writer, long lineNumber, ReadOnlySpan<byte> sentence, ReadOnlySpan<Morpheme> tokens)
    {
        // Invalid UTF-8 becomes U+FFFD here, exactly as the UTF-16 spans count it.
        var text = Encoding.UTF8.GetString(sentence);
        json.Reset(writer);
        json.WriteStartObject();
        json.WriteNumber("line", lineNumber);
        json.WriteStartArray("morphemes");
        foreach (ref readonly var token in tokens)
        {
            json.WriteStartObject();
            json.WriteString("surface", token.GetSurface(text));
            json.WriteNumber("start", token.Span.Start);
            json.WriteNumber("length", token.Span.Length);
            json.WriteBoolean("unknown", token.IsUnknown);
            json.WriteString("partOfSpeech", token.GetPartOfSpeech());
            json.WriteString("baseForm", token.GetBaseForm(text));
            var reading = token.GetReading();
            if (reading is null)
            {
                json.WriteNull("reading");
            }
            else
            {
                json.WriteString("reading", reading);
            }

            json.WriteStartArray("feature");
            var fieldCount = token.FeatureFieldCount;
            for (var i = 0; i < fieldCount; i++)
            {
                json.WriteStringValue(token.GetFeatureField(i));
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.Flush();
        var newline = writer.GetSpan(1);
        newline[0] = (byte)'\n';
        writer.Advance(1);
    }
}
