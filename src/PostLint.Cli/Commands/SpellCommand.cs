using System.CommandLine;
using PostLint.Cli.Infrastructure;
using System.Text;
using PostLint.Localization;
using PostLint.Spelling;

namespace PostLint.Cli.Commands;

/// <summary>
/// <c>postlint spell [FILE|-] [--dictionary PATH]</c>: prints every misspelt Latin-script word on
/// its own line, in order and with repeats, like <c>hunspell -l</c>.
/// </summary>
internal static class SpellCommand
{
    // hunspell reads its input with fgets into an 8192-byte buffer: longer lines are checked in
    // pieces of 8191 bytes, and a word across a piece boundary becomes two words.
    private const int HunspellLineBytes = 8191;

    public static Command Create(CliConsole console)
    {
        var text = console.Text;
        var input = new Argument<string>("input")
        {
            Description = text["argument.spellInput"],
            DefaultValueFactory = _ => "-",
        };
        var dictionary = new Option<string?>("--dictionary", "-d")
        {
            Description = text["option.spellDictionary"],
        };
        var language = new Option<string>("--language")
        {
            Description = text["option.spellLanguage"],
            DefaultValueFactory = _ => HunspellDictionaryLocator.DefaultLanguage,
        };
        var hashtags = new Option<bool>("--hashtags")
        {
            Description = text["option.spellHashtags"],
        };
        var command = new Command("spell", text["command.spell"])
        {
            input,
            dictionary,
            language,
            hashtags,
        };
        command.SetAction(parseResult =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            var error = parseResult.InvocationConfiguration.Error;
            var lang = parseResult.GetValue(language) ?? HunspellDictionaryLocator.DefaultLanguage;
            var location = new HunspellDictionaryLocator().Locate(parseResult.GetValue(dictionary), lang);
            if (!location.Found)
            {
                error.WriteLine(console.Text.Format("spell.noDictionary", location.DescribeNotFoundText(lang).Render(console.Messages)));
                return 2;
            }

            HunspellDictionary loaded;
            string text;
            try
            {
                loaded = HunspellDictionary.Load(location.AffixPath!, location.DictionaryPath!);
                text = ReadInput(parseResult.GetValue(input) ?? "-", console);
            }
            catch (HunspellFormatException ex)
            {
                error.WriteLine(console.Text.Format("spell.badDictionary", ex.Message));
                return 2;
            }
            catch (IOException ex)
            {
                error.WriteLine(console.Text.Format("spell.cannotRead", IoErrors.Describe(ex, console.Messages)));
                return 2;
            }
            catch (UnauthorizedAccessException ex)
            {
                error.WriteLine(console.Text.Format("spell.cannotRead", IoErrors.Describe(ex, console.Messages)));
                return 2;
            }

            var tokenizer = SpellingTokenizer.For(loaded, new SpellingTokenizerOptions { IncludeHashtags = parseResult.GetValue(hashtags) });
            WriteMisspelt(text, loaded, tokenizer, output);
            return 0;
        });
        return command;
    }

    /// <summary>Checks <paramref name="text"/> line by line and writes each misspelt word as it appears in the text.</summary>
    public static void WriteMisspelt(string text, HunspellDictionary dictionary, SpellingTokenizer tokenizer, TextWriter output)
    {
        var words = new List<SpellingWord>();
        var buffer = new StringBuilder();
        foreach (var piece in Pieces(text))
        {
            words.Clear();
            tokenizer.Tokenize(piece, words, []);
            foreach (var word in words)
            {
                if (!dictionary.Check(word.Text.Span))
                {
                    buffer.Append(piece.AsSpan(word.Span.Start, word.Span.Length)).Append('\n');
                }
            }

            if (buffer.Length > 1 << 16)
            {
                output.Write(buffer);
                buffer.Clear();
            }
        }

        output.Write(buffer);
        output.Flush();
    }

    private static IEnumerable<string> Pieces(string text)
    {
        var start = 0;
        while (start < text.Length)
        {
            var newline = text.IndexOf('\n', start);
            var end = newline < 0 ? text.Length : newline;
            var line = text.AsMemory(start, end - start);
            start = end + 1;
            if (line.Length * 3 <= HunspellLineBytes || Encoding.UTF8.GetByteCount(line.Span) <= HunspellLineBytes)
            {
                yield return line.ToString();
                continue;
            }

            var pieceStart = 0;
            var bytes = 0;
            var span = line.Span.ToString();
            for (var i = 0; i < span.Length; i++)
            {
                var width = span[i] < 0x80 ? 1 : span[i] < 0x800 ? 2 : char.IsSurrogate(span[i]) ? 2 : 3;
                if (bytes + width > HunspellLineBytes)
                {
                    yield return span[pieceStart..i];
                    pieceStart = i;
                    bytes = 0;
                }

                bytes += width;
            }

            yield return span[pieceStart..];
        }
    }

    private static string ReadInput(string path, CliConsole console)
    {
        if (path == "-")
        {
            using var stdin = console.OpenInput();
            using var reader = new StreamReader(stdin, new UTF8Encoding(false));
            return reader.ReadToEnd();
        }

        // A regular file within the 16 MB a record may have: a named pipe or /dev/zero is refused unopened.
        return new UTF8Encoding(false).GetString(PostLint.IO.BoundedFile.ReadAllBytes(path, PostLint.IO.InputLimits.MaxRecordBytes, LocalizedMessage.Of("file.what.input")));
    }
}
