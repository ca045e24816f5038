namespace PostLint.Lexicons;

/// <summary>
/// The written forms of a verb's dictionary form, for matching without a dictionary: 殺す → 殺さ,
/// 殺し, 殺す, 殺せ, 殺そ, 殺して, 殺した. Godan endings follow the standard conjugation table;
/// a verb ending in る is conjugated both as godan and as ichidan, since its spelling does not say.
/// </summary>
internal static class SurfaceForms
{
    private static readonly Dictionary<char, string[]> Godan = new()
    {
        ['う'] = ["わ", "い", "う", "え", "お", "って", "った"],
        ['く'] = ["か", "き", "く", "け", "こ", "いて", "いた"],
        ['ぐ'] = ["が", "ぎ", "ぐ", "げ", "ご", "いで", "いだ"],
        ['す'] = ["さ", "し", "す", "せ", "そ", "して", "した"],
        ['つ'] = ["た", "ち", "つ", "て", "と", "って", "った"],
        ['ぬ'] = ["な", "に", "ぬ", "ね", "の", "んで", "んだ"],
        ['ぶ'] = ["ば", "び", "ぶ", "べ", "ぼ", "んで", "んだ"],
        ['む'] = ["ま", "み", "む", "め", "も", "んで", "んだ"],
        ['る'] = ["ら", "り", "る", "れ", "ろ", "って", "った"],
    };

    private static readonly string[] Ichidan = ["る", "れ", "ろ", "よ", "て", "た", "ない", "ます", "させ", "られ"];

    public static IEnumerable<string> Conjugate(string dictionaryForm)
    {
        yield return dictionaryForm;
        if (dictionaryForm.Length < 2 || !Godan.TryGetValue(dictionaryForm[^1], out var endings))
        {
            yield break;
        }

        var stem = dictionaryForm[..^1];
        foreach (var ending in endings)
        {
            yield return stem + ending;
        }

        if (dictionaryForm[^1] == 'る')
        {
            foreach (var ending in Ichidan)
            {
                yield return stem + ending;
            }
        }
    }
}
