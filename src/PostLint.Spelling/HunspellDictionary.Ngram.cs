namespace PostLint.Spelling;

public sealed partial class HunspellDictionary
{
    [Flags]
    private enum NgramOptions
    {
        None = 0,
        LongerWorse = 1,
        AnyMismatch = 2,
        Weighted = 8,
    }

    /// <summary>
    /// The fallback when no edit gave a good suggestion: score every stem by 3-gram similarity,
    /// keep the best <see cref="MaxRoots"/>, expand their affixes into up to <see cref="MaxGuesses"/>
    /// forms that fit the input, re-rank them (common subsequence, 2- and 4-grams, common prefix)
    /// and keep the best few.
    /// </summary>
    private void SuggestNgrams(List<string> list, string word, CaseType caseType)
    {
        var n = word.Length;
        var roots = new int[MaxRoots];
        var rootScores = new int[MaxRoots];
        for (var i = 0; i < MaxRoots; i++)
        {
            roots[i] = -1;
            rootScores[i] = -100 * i;
        }

        var lowest = MaxRoots - 1;
        var lowered = new char[n + 5];
        foreach (var e in _ngramWalkOrder.Value)
        {
            ref readonly var entry = ref _entries[e];
            var stem = EntryStem(e);
            if (Math.Abs(n - stem.Length) > 4
                || (caseType == CaseType.NoCap && entry.IsInitCap)
                || entry.IsHiddenTwin || entry.Has(_aff.ForbiddenWord) || entry.Has(_aff.NoSuggest) || entry.Has(_aff.NoNgramSuggest) || entry.Has(_aff.OnlyInCompound))
            {
                continue;
            }

            _casing.ToLower(stem, lowered);
            var score = Ngram(3, word, lowered.AsSpan(0, stem.Length), NgramOptions.LongerWorse) + LeftCommon(word, stem);
            if (score > rootScores[lowest])
            {
                rootScores[lowest] = score;
                roots[lowest] = e;
                lowest = IndexOfMinimum(rootScores);
            }
        }

        // The threshold: the score of the input mangled three ways.
        var threshold = 0;
        for (var sp = 1; sp < 4; sp++)
        {
            var mangled = word.ToCharArray();
            for (var k = sp; k < n; k += 4)
            {
                mangled[k] = '*';
            }

            threshold += Ngram(n, word, _casing.ToLower(new string(mangled)), NgramOptions.AnyMismatch);
        }

        threshold = (threshold / 3) - 1;

        var guesses = new string?[MaxGuesses];
        var guessScores = new int[MaxGuesses];
        for (var i = 0; i < MaxGuesses; i++)
        {
            guessScores[i] = -100 * i;
        }

        lowest = MaxGuesses - 1;
        foreach (var root in roots)
        {
            if (root < 0)
            {
                continue;
            }

            foreach (var form in ExpandRoot(root, word))
            {
                var score = Ngram(n, word, _casing.ToLower(form), NgramOptions.AnyMismatch) + LeftCommon(word, form);
                if (score > threshold && score > guessScores[lowest])
                {
                    guessScores[lowest] = score;
                    guesses[lowest] = form;
                    lowest = IndexOfMinimum(guessScores);
                }
            }
        }

        SortByScore(guesses, guessScores);

        var lowerWord = _casing.ToLower(word);
        for (var i = 0; i < MaxGuesses; i++)
        {
            var guess = guesses[i];
            if (guess is null)
            {
                continue;
            }

            var lowerGuess = _casing.ToLower(guess);
            var length = lowerGuess.Length;
            var lcs = LongestCommonSubsequence(word, lowerGuess);
            if (n == length && n == lcs)
            {
                // Same letters, different case: the best possible guess.
                guessScores[i] += 2000;
                break;
            }

            var weighted = Ngram(2, word, lowerGuess, NgramOptions.AnyMismatch | NgramOptions.Weighted)
                + Ngram(2, lowerGuess, lowerWord, NgramOptions.AnyMismatch | NgramOptions.Weighted);
            var common = CommonCharacterPositions(word, lowerGuess, out var isSwap);
            var factor = _aff.MaxDiff >= 0 ? (10.0 - _aff.MaxDiff) / 5.0 : 1.0;
            guessScores[i] = (2 * lcs) - Math.Abs(n - length)
                + LeftCommon(word, lowerGuess)
                + (common > 0 ? 1 : 0)
                + (isSwap ? 10 : 0)
                + Ngram(4, word, lowerGuess, NgramOptions.AnyMismatch)
                + weighted
                + (weighted < (n + length) * factor ? -1000 : 0);
        }

        SortByScore(guesses, guessScores);

        var oldCount = list.Count;
        var excellentOnly = false;
        for (var i = 0; i < MaxGuesses; i++)
        {
            var guess = guesses[i];
            if (guess is null || list.Count >= oldCount + _aff.MaxNgramSuggestions || list.Count >= MaxCandidates || (excellentOnly && guessScores[i] <= 1000))
            {
                continue;
            }

            if (guessScores[i] > 1000)
            {
                excellentOnly = true;
            }
            else if (guessScores[i] < -100)
            {
                excellentOnly = true;
                if (list.Count > oldCount || _aff.OnlyMaxDiff)
                {
                    continue;
                }
            }

            var unique = true;
            foreach (var previous in list)
            {
                if (guess.Contains(previous, StringComparison.Ordinal) || SuggestionCheck(guess, false) == 0)
                {
                    unique = false;
                    break;
                }
            }

            if (unique)
            {
                list.Add(guess);
            }
        }
    }

    /// <summary>
    /// The order in which libhunspell walks its stems: by bucket of its hash table (sized from the
    /// word count on the first line of the .dic), then by insertion. Equal n-gram scores keep the
    /// first stem found, so walking in the same order ranks ties the same way.
    /// </summary>
    private int[] ComputeNgramWalkOrder()
    {
        var tableSize = (long)_declaredWordCount + 1005;
        if (tableSize % 2 == 0)
        {
            tableSize++;
        }

        var buckets = new long[_entries.Length];
        var order = new int[_entries.Length];
        Span<byte> bytes = stackalloc byte[1024];
        for (var e = 0; e < _entries.Length; e++)
        {
            var stem = EntryStem(e);
            var encoded = _aff.Encoding.GetMaxByteCount(stem.Length) <= bytes.Length ? bytes : new byte[_aff.Encoding.GetMaxByteCount(stem.Length)];
            var length = _aff.Encoding.GetBytes(stem, encoded);
            // Bucket first, then insertion order (the key is unique, so the unstable sort keeps it).
            buckets[e] = ((long)(HunspellHash(encoded[..length]) % (ulong)tableSize) * _entries.Length) + e;
            order[e] = e;
        }

        Array.Sort(buckets, order);
        return order;
    }

    /// <summary>libhunspell's stem hash: the first four bytes shifted in, then rotate-and-xor (bytes are signed chars).</summary>
    private static ulong HunspellHash(ReadOnlySpan<byte> word)
    {
        ulong hv = 0;
        var i = 0;
        for (; i < 4 && i < word.Length; i++)
        {
            hv = (hv << 8) | (ulong)(long)(sbyte)word[i];
        }

        for (; i < word.Length; i++)
        {
            hv = (hv << 5) | ((hv >> 27) & 31);
            hv ^= (ulong)(long)(sbyte)word[i];
        }

        return hv;
    }

    private static int IndexOfMinimum(int[] scores)
    {
        var index = 0;
        for (var j = 1; j < scores.Length; j++)
        {
            if (scores[j] < scores[index])
            {
                index = j;
            }
        }

        return index;
    }

    /// <summary>Stable sort by decreasing score (an insertion sort, as equal scores keep their order).</summary>
    private static void SortByScore(string?[] words, int[] scores)
    {
        for (var m = 1; m < words.Length; m++)
        {
            for (var j = m; j > 0 && scores[j - 1] < scores[j]; j--)
            {
                (scores[j - 1], scores[j]) = (scores[j], scores[j - 1]);
                (words[j - 1], words[j]) = (words[j], words[j - 1]);
            }
        }
    }

    /// <summary>The stem and its affixed forms whose affixes also appear on the misspelt word.</summary>
    private List<string> ExpandRoot(int entryIndex, string bad)
    {
        var forms = new List<string>();
        var stem = EntryStem(entryIndex).ToString();
        var flags = _entries[entryIndex].Flags;
        if (!(_entries[entryIndex].Has(_aff.NeedAffix) || _entries[entryIndex].Has(_aff.OnlyInCompound)))
        {
            forms.Add(stem);
        }

        var crossAllowed = new List<bool> { false };
        foreach (var flag in flags)
        {
            foreach (var se in _suffixes.All.Where(a => a.Flag == flag).OrderByDescending(a => a.Order))
            {
                if (se.Append.Length > 0 && !(bad.Length > se.Append.Length && bad.EndsWith(se.Append, StringComparison.Ordinal)))
                {
                    continue;
                }

                if (se.HasContinuation(_aff.NeedAffix) || se.HasContinuation(_aff.Circumfix) || se.HasContinuation(_aff.OnlyInCompound))
                {
                    continue;
                }

                var form = se.Apply(stem, _aff.FullStrip);
                if (form is not null && forms.Count < MaxExpandedForms)
                {
                    forms.Add(form);
                    crossAllowed.Add(se.CrossProduct);
                }
            }
        }

        var suffixed = forms.Count;
        for (var j = 1; j < suffixed; j++)
        {
            if (j >= crossAllowed.Count || !crossAllowed[j])
            {
                continue;
            }

            foreach (var flag in flags)
            {
                foreach (var pe in _prefixes.All.Where(a => a.Flag == flag).OrderByDescending(a => a.Order))
                {
                    if (!pe.CrossProduct || (pe.Append.Length > 0 && !(bad.Length > pe.Append.Length && bad.StartsWith(pe.Append, StringComparison.Ordinal))))
                    {
                        continue;
                    }

                    var form = pe.Apply(forms[j], _aff.FullStrip);
                    if (form is not null && forms.Count < MaxExpandedForms)
                    {
                        forms.Add(form);
                    }
                }
            }
        }

        foreach (var flag in flags)
        {
            foreach (var pe in _prefixes.All.Where(a => a.Flag == flag).OrderByDescending(a => a.Order))
            {
                if (pe.Append.Length > 0 && !(bad.Length > pe.Append.Length && bad.StartsWith(pe.Append, StringComparison.Ordinal)))
                {
                    continue;
                }

                if (pe.HasContinuation(_aff.NeedAffix) || pe.HasContinuation(_aff.Circumfix) || pe.HasContinuation(_aff.OnlyInCompound))
                {
                    continue;
                }

                var form = pe.Apply(stem, _aff.FullStrip);
                if (form is not null && forms.Count < MaxExpandedForms)
                {
                    forms.Add(form);
                }
            }
        }

        return forms;
    }

    private static int Ngram(int n, ReadOnlySpan<char> s1, ReadOnlySpan<char> s2, NgramOptions options)
    {
        var l1 = s1.Length;
        var l2 = s2.Length;
        if (l2 == 0)
        {
            return 0;
        }

        var score = 0;
        for (var j = 1; j <= n; j++)
        {
            var ns = 0;
            for (var i = 0; i <= l1 - j; i++)
            {
                var found = s2.IndexOf(s1.Slice(i, j)) >= 0;
                if (found)
                {
                    ns++;
                }
                else if ((options & NgramOptions.Weighted) != 0)
                {
                    ns--;
                    if (i == 0 || i == l1 - j)
                    {
                        ns--;
                    }
                }
            }

            score += ns;
            if (ns < 2 && (options & NgramOptions.Weighted) == 0)
            {
                break;
            }
        }

        var penalty = 0;
        if ((options & NgramOptions.LongerWorse) != 0)
        {
            penalty = l2 - l1 - 2;
        }

        if ((options & NgramOptions.AnyMismatch) != 0)
        {
            penalty = Math.Abs(l2 - l1) - 2;
        }

        return score - Math.Max(penalty, 0);
    }

    private int LeftCommon(ReadOnlySpan<char> s1, ReadOnlySpan<char> s2)
    {
        if (s1.Length == 0 || s2.Length == 0)
        {
            return 0;
        }

        if (s1[0] != s2[0] && s1[0] != _casing.ToLower(s2[0]))
        {
            return 0;
        }

        var i = 1;
        while (i < s1.Length && i < s2.Length && s1[i] == s2[i])
        {
            i++;
        }

        return i;
    }

    private int CommonCharacterPositions(string s1, string s2, out bool isSwap)
    {
        isSwap = false;
        if (s1.Length == 0 || s2.Length == 0)
        {
            return 0;
        }

        var t = s2.ToCharArray();
        t[0] = _casing.ToLower(t[0]);
        var num = 0;
        var diff = 0;
        var first = 0;
        var second = 0;
        for (var i = 0; i < s1.Length && i < t.Length; i++)
        {
            if (s1[i] == t[i])
            {
                num++;
            }
            else
            {
                if (diff == 0)
                {
                    first = i;
                }
                else if (diff == 1)
                {
                    second = i;
                }

                diff++;
            }
        }

        isSwap = diff == 2 && s1.Length == t.Length && s1[first] == t[second] && s1[second] == t[first];
        return num;
    }

    private static int LongestCommonSubsequence(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = a[i - 1] == b[j - 1] ? previous[j - 1] + 1 : Math.Max(previous[j], current[j - 1]);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
