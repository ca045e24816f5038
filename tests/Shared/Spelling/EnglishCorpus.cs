using System.Text;
using System.Text.RegularExpressions;

namespace PostLint.Tests.Spelling;

/// <summary>
/// Deterministic test strings for comparing with the real hunspell on Debian's en_US dictionary:
/// every stem, its affixed forms (with its own flags and with foreign ones, expanded by a small
/// parser written here so that the generator does not share code with the reader under test),
/// near-misses, numbers, and prose from Debian's licence and copyright files.
/// </summary>
internal static class EnglishCorpus
{
    public static List<string> Stems(string dictionaryBase)
        => File.ReadLines(dictionaryBase + ".dic").Skip(1).Where(l => l.Length > 0).Select(l => l.Split('/')[0]).ToList();

    /// <summary>Stems plus affixed forms: all of each stem's own classes, and one foreign class for every stem.</summary>
    public static List<string> AffixedForms(string dictionaryBase)
    {
        var classes = ReadAffixClasses(dictionaryBase + ".aff");
        var classList = classes.Values.OrderBy(c => c.Flag).ToList();
        var result = new List<string>();
        var index = 0;
        foreach (var line in File.ReadLines(dictionaryBase + ".dic").Skip(1))
        {
            if (line.Length == 0)
            {
                continue;
            }

            var slash = line.IndexOf('/', StringComparison.Ordinal);
            var stem = slash > 0 ? line[..slash] : line;
            var flags = slash > 0 ? line[(slash + 1)..] : string.Empty;
            result.Add(stem);
            var suffixed = new List<(string Form, AffixClass Class)>();
            foreach (var flag in flags)
            {
                if (!classes.TryGetValue(flag, out var cls))
                {
                    continue;
                }

                foreach (var form in cls.Apply(stem))
                {
                    result.Add(form);
                    if (!cls.IsPrefix)
                    {
                        suffixed.Add((form, cls));
                    }
                }
            }

            // Cross products: a prefix of the stem on each suffixed form (valid only if both classes allow it).
            foreach (var flag in flags)
            {
                if (classes.TryGetValue(flag, out var prefix) && prefix.IsPrefix)
                {
                    foreach (var (form, _) in suffixed.Take(3))
                    {
                        result.AddRange(prefix.Apply(form));
                    }
                }
            }

            // A foreign class: usually wrong, sometimes right through another stem.
            var foreign = classList[index++ % classList.Count];
            if (!flags.Contains(foreign.Flag, StringComparison.Ordinal))
            {
                result.AddRange(foreign.Apply(stem));
            }
        }

        return result;
    }

    /// <summary>Deterministic misspellings and case/punctuation variants of <paramref name="words"/>.</summary>
    public static List<string> NearMisses(IReadOnlyList<string> words, int count, int seed)
    {
        var random = new Random(seed);
        const string letters = "abcdefghijklmnopqrstuvwxyz";
        var result = new List<string>(count);
        while (result.Count < count)
        {
            var w = words[random.Next(words.Count)];
            if (w.Length < 2)
            {
                continue;
            }

            var i = random.Next(w.Length);
            var j = random.Next(w.Length - 1);
            switch (random.Next(11))
            {
                case 0:
                    result.Add(w.Remove(i, 1));
                    break;
                case 1:
                    result.Add(w.Insert(i, letters[random.Next(26)].ToString()));
                    break;
                case 2:
                    result.Add(string.Concat(w.AsSpan(0, j), w[j + 1].ToString(), w[j].ToString(), w.AsSpan(j + 2)));
                    break;
                case 3:
                    result.Add(string.Concat(w.AsSpan(0, i), letters[random.Next(26)].ToString(), w.AsSpan(i + 1)));
                    break;
                case 4:
                    result.Add(w.ToUpperInvariant());
                    break;
                case 5:
                    result.Add(char.ToUpperInvariant(w[0]) + w[1..].ToLowerInvariant());
                    break;
                case 6:
                    result.Add(w + new string('.', 1 + random.Next(2)));
                    break;
                case 7:
                    result.Add(w + "-" + words[random.Next(words.Count)]);
                    break;
                case 8:
                    result.Add(w.Replace('\'', '’') + "’s");
                    break;
                case 9:
                    result.Add(w.ToUpperInvariant() + "’S");
                    break;
                default:
                    result.Add(string.Concat(w.AsSpan(0, i).ToString().ToUpperInvariant(), w.AsSpan(i)));
                    break;
            }
        }

        return result;
    }

    /// <summary>Numbers with st/nd/rd/th (right and wrong), and separated numbers.</summary>
    public static List<string> Numbers()
    {
        var result = new List<string>();
        for (var n = 0; n < 2100; n++)
        {
            foreach (var suffix in new[] { "st", "nd", "rd", "th", "ST", "Th" })
            {
                result.Add(n.ToString(System.Globalization.CultureInfo.InvariantCulture) + suffix);
            }
        }

        result.AddRange(["3.14", "1,000", "12-34", "1,,000", "-1", "1.", "10,000,000", "1.2.3", "0x1F", "1a", "a1"]);
        return result;
    }

    /// <summary>Lines of English prose from Debian's licence and copyright files, in a fixed order.</summary>
    public static List<string> ProseLines(int maxLines)
    {
        var files = new List<string>();
        if (Directory.Exists("/usr/share/common-licenses"))
        {
            files.AddRange(Directory.GetFiles("/usr/share/common-licenses").Order(StringComparer.Ordinal));
        }

        if (Directory.Exists("/usr/share/doc"))
        {
            files.AddRange(Directory.GetDirectories("/usr/share/doc").Order(StringComparer.Ordinal)
                .Select(d => Path.Combine(d, "copyright")).Where(File.Exists));
        }

        var lines = new List<string>();
        foreach (var file in files)
        {
            string text;
            try
            {
                text = File.ReadAllText(file, new UTF8Encoding(false, true));
            }
            catch (DecoderFallbackException)
            {
                continue;
            }
            catch (IOException)
            {
                continue;
            }

            foreach (var line in text.Split('\n'))
            {
                lines.Add(line);
                if (lines.Count >= maxLines)
                {
                    return lines;
                }
            }
        }

        return lines;
    }

    private static Dictionary<char, AffixClass> ReadAffixClasses(string affPath)
    {
        var classes = new Dictionary<char, AffixClass>();
        foreach (var line in File.ReadLines(affPath))
        {
            var f = line.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
            if (f.Length < 4 || (f[0] != "PFX" && f[0] != "SFX"))
            {
                continue;
            }

            var flag = f[1][0];
            if (!classes.TryGetValue(flag, out var cls))
            {
                classes[flag] = new AffixClass(flag, f[0] == "PFX");
                continue;
            }

            var condition = f.Length > 4 ? f[4] : ".";
            var pattern = cls.IsPrefix ? "^" + condition : condition + "$";
            cls.Rules.Add((f[2] == "0" ? string.Empty : f[2], f[3] == "0" ? string.Empty : f[3], new Regex(pattern, RegexOptions.CultureInvariant)));
        }

        return classes;
    }

    private sealed class AffixClass(char flag, bool isPrefix)
    {
        public char Flag { get; } = flag;

        public bool IsPrefix { get; } = isPrefix;

        public List<(string Strip, string Add, Regex Condition)> Rules { get; } = [];

        public IEnumerable<string> Apply(string stem)
        {
            foreach (var (strip, add, condition) in Rules)
            {
                if (!condition.IsMatch(stem))
                {
                    continue;
                }

                if (IsPrefix && stem.StartsWith(strip, StringComparison.Ordinal))
                {
                    yield return add + stem[strip.Length..];
                }
                else if (!IsPrefix && stem.EndsWith(strip, StringComparison.Ordinal))
                {
                    yield return stem[..^strip.Length] + add;
                }
            }
        }
    }
}
