namespace PostLint.Spelling;

public sealed partial class HunspellDictionary
{
    /// <summary>The most suggestions <see cref="Suggest(string)"/> returns.</summary>
    public const int DefaultMaxSuggestions = 5;

    private const int MaxCandidates = 15;

    // A fixed work bound instead of libhunspell's CPU-time limits: longer input is not a word,
    // and the edit generators grow with length times the TRY characters.
    private const int MaxSuggestLength = 100;
    private const int MaxCompoundSuggestions = 3;
    private const int MaxCharDistance = 4;
    private const int MaxRoots = 100;
    private const int MaxGuesses = 200;
    private const int MaxExpandedForms = 100;

    // MAP: related characters are tried in every combination, up to this many candidates.
    private const int MaxMapCandidates = 4096;

    private readonly Replacement[] _replacements;
    private readonly string[][] _mapSets;
    private readonly string _tryChars;
    private readonly string _keyString;

    /// <summary>
    /// Up to <see cref="DefaultMaxSuggestions"/> corrections for a misspelt word, best first, in the
    /// word's capitalization; empty for a correct word. Deterministic: the work is bounded by fixed
    /// limits, not by time. Never suggests NOSUGGEST, FORBIDDENWORD or ONLYINCOMPOUND words.
    /// </summary>
    public IReadOnlyList<string> Suggest(string word) => Suggest(word, DefaultMaxSuggestions);

    /// <summary>Like <see cref="Suggest(string)"/> with another limit (at most 15).</summary>
    public IReadOnlyList<string> Suggest(string word, int maxSuggestions)
    {
        ArgumentNullException.ThrowIfNull(word);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxSuggestions);
        if (word.Length == 0 || word.Length > MaxSuggestLength || Check(word))
        {
            return [];
        }

        if (_aff.IsUtf8 ? Utf8LengthAtLeast(word, MaxWordUtf8Bytes) : word.Length >= MaxWordBytes)
        {
            return [];
        }

        var converted = _inputConversion?.Convert(word) ?? word;
        var start = 0;
        while (start < converted.Length && converted[start] == ' ')
        {
            start++;
        }

        var end = converted.Length;
        var dots = 0;
        while (end > start && converted[end - 1] == '.')
        {
            end--;
            dots++;
        }

        if (end == start)
        {
            return [];
        }

        var scw = converted[start..end];
        var caseType = _casing.GetCaseType(scw);
        var list = new List<string>();
        var good = false;
        var onlyCompound = false;
        var capitalize = false;
        switch (caseType)
        {
            case CaseType.NoCap:
                good |= SuggestEdits(list, scw, ref onlyCompound);
                if (dots > 0)
                {
                    good |= SuggestEdits(list, scw + ".", ref onlyCompound);
                }

                break;
            case CaseType.InitCap:
                capitalize = true;
                good |= SuggestEdits(list, scw, ref onlyCompound);
                good |= SuggestEdits(list, _casing.ToLower(scw), ref onlyCompound);
                break;
            case CaseType.HuhInitCap:
            case CaseType.HuhCap:
                capitalize = caseType == CaseType.HuhInitCap;
                good |= SuggestMixedCase(list, scw, caseType, ref onlyCompound);
                break;
            default:
                var lower = _casing.ToLower(scw);
                good |= SuggestEdits(list, lower, ref onlyCompound);
                if (_aff.KeepCase != 0 && Check(lower))
                {
                    InsertFirst(list, lower);
                }

                good |= SuggestEdits(list, _casing.ToInitCap(lower), ref onlyCompound);
                for (var j = 0; j < list.Count; j++)
                {
                    list[j] = _casing.ToUpper(list[j]);
                }

                break;
        }

        if (!good && (list.Count == 0 || onlyCompound) && _aff.MaxNgramSuggestions != 0)
        {
            var oldCount = list.Count;
            var target = caseType == CaseType.NoCap ? scw : _casing.ToLower(scw);
            capitalize |= caseType is CaseType.InitCap or CaseType.HuhInitCap;
            SuggestNgrams(list, target, caseType);
            if (caseType == CaseType.AllCap)
            {
                for (var j = oldCount; j < list.Count; j++)
                {
                    list[j] = _casing.ToUpper(list[j]);
                }
            }
        }

        SuggestDashParts(list, scw, word, good);
        if (capitalize)
        {
            for (var j = 0; j < list.Count; j++)
            {
                list[j] = _casing.ToInitCap(list[j]);
            }
        }

        if (caseType is CaseType.InitCap or CaseType.AllCap)
        {
            RemoveBadlyCapitalized(list);
        }

        var result = new List<string>(Math.Min(maxSuggestions, list.Count));
        foreach (var suggestion in list)
        {
            var output = _outputConversion?.Convert(suggestion) ?? suggestion;
            if (!result.Contains(output, StringComparer.Ordinal))
            {
                result.Add(output);
                if (result.Count == Math.Min(maxSuggestions, MaxCandidates))
                {
                    break;
                }
            }
        }

        return result;
    }

    private static void InsertFirst(List<string> list, string word)
    {
        if (list.Count == MaxCandidates)
        {
            list.RemoveAt(list.Count - 1);
        }

        list.Insert(0, word);
    }

    private bool SuggestMixedCase(List<string> list, string scw, CaseType caseType, ref bool onlyCompound)
    {
        var good = SuggestEdits(list, scw, ref onlyCompound);

        // something.The -> something. The
        var dot = scw.IndexOf('.', StringComparison.Ordinal);
        if (dot >= 0 && _casing.GetCaseType(scw.AsSpan(dot + 1)) == CaseType.InitCap)
        {
            InsertFirst(list, scw.Insert(dot + 1, " "));
        }

        if (caseType == CaseType.HuhInitCap)
        {
            // TheOpenOffice.org -> The OpenOffice.org
            var initSmall = _casing.ToLower(scw[0]) + scw[1..];
            good |= SuggestEdits(list, initSmall, ref onlyCompound);
        }

        var lower = _casing.ToLower(scw);
        if (Check(lower))
        {
            InsertFirst(list, lower);
        }

        var previousCount = list.Count;
        good |= SuggestEdits(list, lower, ref onlyCompound);
        if (caseType == CaseType.HuhInitCap)
        {
            var init = _casing.ToInitCap(lower);
            if (Check(init))
            {
                InsertFirst(list, init);
            }

            good |= SuggestEdits(list, init, ref onlyCompound);
        }

        // aNew -> "a New" rather than "a new".
        for (var j = previousCount; j < list.Count; j++)
        {
            var space = list[j].IndexOf(' ', StringComparison.Ordinal);
            if (space < 0)
            {
                continue;
            }

            var second = list[j][(space + 1)..];
            if (second.Length < scw.Length && !scw.AsSpan().EndsWith(second, StringComparison.Ordinal))
            {
                var fixedCase = list[j][..(space + 1)] + _casing.ToInitCap(second);
                list.RemoveAt(j);
                list.Insert(0, fixedCase);
            }
        }

        return good;
    }

    private void RemoveBadlyCapitalized(List<string> list)
    {
        var kept = 0;
        for (var j = 0; j < list.Count; j++)
        {
            var s = list[j];
            if (s.Contains(' ', StringComparison.Ordinal) || Check(s))
            {
                list[kept++] = s;
                continue;
            }

            var lower = _casing.ToLower(s);
            if (Check(lower))
            {
                list[kept++] = lower;
                continue;
            }

            var init = _casing.ToInitCap(lower);
            if (Check(init))
            {
                list[kept++] = init;
            }
        }

        list.RemoveRange(kept, list.Count - kept);
    }

    /// <summary>Afo-American -> Afro-American: suggest for the first wrong part between dashes.</summary>
    private void SuggestDashParts(List<string> list, string scw, string original, bool good)
    {
        if (good || !scw.Contains('-', StringComparison.Ordinal) || list.Any(s => s.Contains('-', StringComparison.Ordinal)))
        {
            return;
        }

        var previous = 0;
        var dash = scw.IndexOf('-', StringComparison.Ordinal);
        while (true)
        {
            var last = dash == scw.Length;
            var chunk = scw[previous..dash];
            if (chunk != original && !Check(chunk))
            {
                var partSuggestions = Suggest(chunk, MaxCandidates);
                for (var j = partSuggestions.Count - 1; j >= 0; j--)
                {
                    var candidate = scw[..previous] + partSuggestions[j] + (last ? string.Empty : scw[dash..]);
                    var info = CheckInfo.None;
                    CheckWord(candidate, ref info);
                    if ((info & CheckInfo.Forbidden) == 0)
                    {
                        InsertFirst(list, candidate);
                    }
                }

                return;
            }

            if (last)
            {
                return;
            }

            previous = dash + 1;
            dash = scw.IndexOf('-', previous);
            if (dash < 0)
            {
                dash = scw.Length;
            }
        }
    }

    /// <summary>The edit-based generators, in libhunspell's order; true when a "good" suggestion was found.</summary>
    private bool SuggestEdits(List<string> list, string word, ref bool onlyCompound)
    {
        var originalCount = list.Count;
        var noCompoundTwoWords = false;
        var good = false;
        for (var compound = 0; compound < 2 && !noCompoundTwoWords && !good; compound++)
        {
            if (compound == 1 && _compoundRules.Length == 0)
            {
                break;
            }

            var forCompound = compound == 1;
            var oldCount = list.Count;
            bool Room() => list.Count < MaxCandidates && (!forCompound || list.Count < oldCount + MaxCompoundSuggestions);

            if (list.Count < MaxCandidates)
            {
                var before = list.Count;
                TestCandidate(list, _casing.ToUpper(word), forCompound);
                good |= list.Count > before;
            }

            if (Room())
            {
                var before = list.Count;
                ReplacementEdits(list, word, forCompound);
                good |= list.Count > before;
            }

            if (Room() && _mapSets.Length > 0 && word.Length >= 2)
            {
                var budget = MaxMapCandidates;
                MapRelated(list, word, 0, new System.Text.StringBuilder(word.Length + 8), forCompound, ref budget);
            }

            if (!forCompound && list.Count > originalCount)
            {
                noCompoundTwoWords = true;
            }

            if (Room())
            {
                SwapEdits(list, word, forCompound);
            }

            if (Room())
            {
                LongSwapEdits(list, word, forCompound);
            }

            if (Room())
            {
                KeyboardEdits(list, word, forCompound);
            }

            if (Room())
            {
                ExtraCharEdits(list, word, forCompound);
            }

            if (Room())
            {
                ForgottenCharEdits(list, word, forCompound);
            }

            if (Room())
            {
                MovedCharEdits(list, word, forCompound);
            }

            if (Room())
            {
                BadCharEdits(list, word, forCompound);
            }

            if (Room())
            {
                DoubledTwoCharEdits(list, word, forCompound);
            }

            if (!forCompound || (!_aff.NoSplitSuggestions && list.Count < oldCount + MaxCompoundSuggestions))
            {
                good = TwoWordEdits(list, word, forCompound, good);
            }
        }

        if (!noCompoundTwoWords && list.Count > 0)
        {
            onlyCompound = true;
        }

        return good;
    }

    private void TestCandidate(List<string> list, string candidate, bool forCompound)
    {
        if (list.Count >= MaxCandidates || list.Contains(candidate, StringComparer.Ordinal))
        {
            return;
        }

        if (SuggestionCheck(candidate, forCompound) != 0)
        {
            list.Add(candidate);
        }
    }

    /// <summary>
    /// The strict check used for candidates: case-sensitive, and it refuses FORBIDDENWORD,
    /// NOSUGGEST, ONLYINCOMPOUND, NEEDAFFIX stems and hidden all-caps twins.
    /// </summary>
    private int SuggestionCheck(ReadOnlySpan<char> word, bool forCompound)
    {
        if (word.IsEmpty)
        {
            return 0;
        }

        if (forCompound)
        {
            if (_compoundRules.Length > 0 && _compoundFirstChars.Contains(word[0]))
            {
                Span<int> words = stackalloc int[MaxCompoundWords];
                if (CompoundCheck(word, 0, 0, words, wordsActive: false, forSuggestion: true) >= 0)
                {
                    var whole = Lookup(word);
                    if (whole < 0 || !(_entries[whole].Has(_aff.ForbiddenWord) || _entries[whole].Has(_aff.NoSuggest)))
                    {
                        return 3;
                    }
                }
            }

            return 0;
        }

        var rv = -1;
        var head = Lookup(word);
        if (head >= 0)
        {
            ref readonly var first = ref _entries[head];
            if (first.Has(_aff.ForbiddenWord) || first.Has(_aff.NoSuggest) || first.Has(_aff.Substandard))
            {
                return 0;
            }

            for (var i = head; i >= 0; i = _nextHomonym[i])
            {
                ref readonly var entry = ref _entries[i];
                if (!(entry.Has(_aff.NeedAffix) || entry.IsHiddenTwin || entry.Has(_aff.OnlyInCompound)))
                {
                    rv = i;
                    break;
                }
            }
        }
        else
        {
            rv = PrefixCheck(word, CompoundPosition.None, 0);
        }

        if (rv < 0)
        {
            rv = SuffixCheck(word, false, null, 0, 0, CompoundPosition.None);
        }

        if (rv < 0 && _haveContinuationClasses)
        {
            rv = SuffixCheckTwoSuffixes(word, false, null, 0);
            if (rv < 0)
            {
                rv = PrefixCheckTwoSuffixes(word, CompoundPosition.None, 0);
            }
        }

        if (rv < 0)
        {
            return 0;
        }

        ref readonly var found = ref _entries[rv];
        return found.Has(_aff.ForbiddenWord) || found.IsHiddenTwin || found.Has(_aff.NoSuggest) || found.Has(_aff.OnlyInCompound) ? 0 : 1;
    }

    /// <summary>MAP sets: each line lists related characters; a group in parentheses is one multi-character item.</summary>
    private static string[][] BuildMapSets(List<string> lines)
    {
        var sets = new List<string[]>(lines.Count);
        foreach (var line in lines)
        {
            var items = new List<string>();
            for (var i = 0; i < line.Length; i++)
            {
                var close = line[i] == '(' ? line.IndexOf(')', i + 1) : -1;
                if (close > i + 1)
                {
                    items.Add(line[(i + 1)..close]);
                    i = close;
                }
                else if (char.IsHighSurrogate(line[i]) && i + 1 < line.Length)
                {
                    items.Add(line.Substring(i++, 2));
                }
                else
                {
                    items.Add(line[i].ToString());
                }
            }

            if (items.Count > 1)
            {
                sets.Add([.. items]);
            }
        }

        return [.. sets];
    }

    /// <summary>Tries every combination of related characters (MAP), depth first, within a fixed budget.</summary>
    private void MapRelated(List<string> list, string word, int position, System.Text.StringBuilder candidate, bool forCompound, ref int budget)
    {
        if (budget <= 0)
        {
            return;
        }

        if (position == word.Length)
        {
            budget--;
            var text = candidate.ToString();
            if (list.Count < MaxCandidates && !list.Contains(text, StringComparer.Ordinal) && SuggestionCheck(text, forCompound) != 0)
            {
                list.Add(text);
            }

            return;
        }

        var inMap = false;
        var length = candidate.Length;
        foreach (var set in _mapSets)
        {
            foreach (var item in set)
            {
                if (string.CompareOrdinal(word, position, item, 0, item.Length) != 0 || position + item.Length > word.Length)
                {
                    continue;
                }

                inMap = true;
                foreach (var replacement in set)
                {
                    candidate.Length = length;
                    candidate.Append(replacement);
                    MapRelated(list, word, position + item.Length, candidate, forCompound, ref budget);
                }
            }
        }

        if (!inMap)
        {
            candidate.Length = length;
            candidate.Append(word[position]);
            MapRelated(list, word, position + 1, candidate, forCompound, ref budget);
        }

        candidate.Length = length;
    }

    private static Replacement[] BuildReplacements(List<(string From, string To)> pairs)
    {
        var result = new List<Replacement>(pairs.Count);
        foreach (var (from, to) in pairs)
        {
            var pattern = from;
            var type = 0;
            if (pattern.StartsWith('^'))
            {
                pattern = pattern[1..];
                type = 1;
            }

            if (pattern.EndsWith('$'))
            {
                pattern = pattern[..^1];
                type += 2;
            }

            if (pattern.Length == 0)
            {
                continue;
            }

            var outputs = new string?[4];
            outputs[type] = to.Replace('_', ' ');
            result.Add(new Replacement(pattern.Replace('_', ' '), outputs));
        }

        return [.. result];
    }

    private void ReplacementEdits(List<string> list, string word, bool forCompound)
    {
        if (word.Length < 2)
        {
            return;
        }

        foreach (var rep in _replacements)
        {
            for (var at = word.IndexOf(rep.Pattern, StringComparison.Ordinal); at >= 0; at = at + 1 < word.Length ? word.IndexOf(rep.Pattern, at + 1, StringComparison.Ordinal) : -1)
            {
                var type = at == 0 ? 1 : 0;
                if (at + rep.Pattern.Length == word.Length)
                {
                    type += 2;
                }

                while (type > 0 && rep.Outputs[type] is null)
                {
                    type = type == 2 && at != 0 ? 0 : type - 1;
                }

                var output = rep.Outputs[type];
                if (output is null)
                {
                    continue;
                }

                var candidate = string.Concat(word.AsSpan(0, at), output, word.AsSpan(at + rep.Pattern.Length));
                TestCandidate(list, candidate, forCompound);

                // A replacement with spaces is good when every part is a word (alot -> a lot).
                var previous = 0;
                for (var space = candidate.IndexOf(' ', StringComparison.Ordinal); space >= 0; space = candidate.IndexOf(' ', previous))
                {
                    if (SuggestionCheck(candidate.AsSpan(previous, space - previous), false) != 0)
                    {
                        var before = list.Count;
                        TestCandidate(list, candidate[(space + 1)..], forCompound);
                        if (list.Count > before)
                        {
                            list[^1] = candidate;
                        }
                    }

                    previous = space + 1;
                }
            }
        }
    }

    private void SwapEdits(List<string> list, string word, bool forCompound)
    {
        if (word.Length < 2)
        {
            return;
        }

        var chars = word.ToCharArray();
        for (var i = 0; i < chars.Length - 1; i++)
        {
            (chars[i], chars[i + 1]) = (chars[i + 1], chars[i]);
            TestCandidate(list, new string(chars), forCompound);
            (chars[i], chars[i + 1]) = (chars[i + 1], chars[i]);
        }

        // Double swaps in short words: ahev -> have, owudl -> would.
        if (chars.Length is 4 or 5)
        {
            chars[0] = word[1];
            chars[1] = word[0];
            chars[2] = word[2];
            chars[^2] = word[^1];
            chars[^1] = word[^2];
            TestCandidate(list, new string(chars), forCompound);
            if (chars.Length == 5)
            {
                chars[0] = word[0];
                chars[1] = word[2];
                chars[2] = word[1];
                TestCandidate(list, new string(chars), forCompound);
            }
        }
    }

    private void LongSwapEdits(List<string> list, string word, bool forCompound)
    {
        var chars = word.ToCharArray();
        for (var p = 0; p < chars.Length; p++)
        {
            for (var q = 0; q < chars.Length; q++)
            {
                var distance = Math.Abs(q - p);
                if (distance > 1 && distance <= MaxCharDistance)
                {
                    (chars[p], chars[q]) = (chars[q], chars[p]);
                    TestCandidate(list, new string(chars), forCompound);
                    (chars[p], chars[q]) = (chars[q], chars[p]);
                }
            }
        }
    }

    private void KeyboardEdits(List<string> list, string word, bool forCompound)
    {
        var chars = word.ToCharArray();
        var keys = _keyString;
        for (var i = 0; i < chars.Length; i++)
        {
            var original = chars[i];
            var upper = _casing.ToUpper(original);
            if (upper != original)
            {
                chars[i] = upper;
                TestCandidate(list, new string(chars), forCompound);
                chars[i] = original;
            }

            for (var loc = keys.IndexOf(original, StringComparison.Ordinal); loc >= 0; loc = loc + 1 < keys.Length ? keys.IndexOf(original, loc + 1) : -1)
            {
                if (loc > 0 && keys[loc - 1] != '|')
                {
                    chars[i] = keys[loc - 1];
                    TestCandidate(list, new string(chars), forCompound);
                }

                if (loc + 1 < keys.Length && keys[loc + 1] != '|')
                {
                    chars[i] = keys[loc + 1];
                    TestCandidate(list, new string(chars), forCompound);
                }
            }

            chars[i] = original;
        }
    }

    private void ExtraCharEdits(List<string> list, string word, bool forCompound)
    {
        if (word.Length < 2)
        {
            return;
        }

        for (var index = word.Length - 1; index >= 0; index--)
        {
            TestCandidate(list, word.Remove(index, 1), forCompound);
        }
    }

    private void ForgottenCharEdits(List<string> list, string word, bool forCompound)
    {
        foreach (var c in _tryChars)
        {
            for (var index = word.Length; index >= 0; index--)
            {
                TestCandidate(list, word.Insert(index, c.ToString()), forCompound);
            }
        }
    }

    private void MovedCharEdits(List<string> list, string word, bool forCompound)
    {
        if (word.Length < 2)
        {
            return;
        }

        var chars = word.ToCharArray();
        for (var p = 0; p < chars.Length; p++)
        {
            for (var q = p + 1; q < chars.Length && q - p <= MaxCharDistance; q++)
            {
                (chars[q], chars[q - 1]) = (chars[q - 1], chars[q]);
                if (q - p >= 2)
                {
                    TestCandidate(list, new string(chars), forCompound);
                }
            }

            word.CopyTo(chars);
        }

        for (var p = chars.Length - 1; p > 0; p--)
        {
            for (var q = p - 1; q >= 0 && p - q <= MaxCharDistance; q--)
            {
                (chars[q], chars[q + 1]) = (chars[q + 1], chars[q]);
                if (p - q >= 2)
                {
                    TestCandidate(list, new string(chars), forCompound);
                }
            }

            word.CopyTo(chars);
        }
    }

    private void BadCharEdits(List<string> list, string word, bool forCompound)
    {
        var chars = word.ToCharArray();
        foreach (var c in _tryChars)
        {
            for (var index = chars.Length - 1; index >= 0; index--)
            {
                var original = chars[index];
                if (original == c)
                {
                    continue;
                }

                chars[index] = c;
                TestCandidate(list, new string(chars), forCompound);
                chars[index] = original;
            }
        }
    }

    /// <summary>vacacation -> vacation: a pair of characters typed twice.</summary>
    private void DoubledTwoCharEdits(List<string> list, string word, bool forCompound)
    {
        if (word.Length < 5)
        {
            return;
        }

        var state = 0;
        for (var i = 2; i < word.Length; i++)
        {
            if (word[i] == word[i - 2])
            {
                state++;
                if (state == 3 || (state == 2 && i >= 4))
                {
                    TestCandidate(list, string.Concat(word.AsSpan(0, i - 1), word.AsSpan(i + 1)), forCompound);
                    state = 0;
                }
            }
            else
            {
                state = 0;
            }
        }
    }

    /// <summary>Two words run together: "alot" -> "a lot"; dictionary word pairs come first and count as good.</summary>
    private bool TwoWordEdits(List<string> list, string word, bool forCompound, bool good)
    {
        if (word.Length < 3)
        {
            return good;
        }

        var dashAllowed = _tryChars.Contains('a', StringComparison.Ordinal) || _tryChars.Contains('-', StringComparison.Ordinal);
        for (var split = 1; split < word.Length; split++)
        {
            if (char.IsLowSurrogate(word[split]))
            {
                continue;
            }

            var first = word[..split];
            var second = word[split..];
            var withSpace = first + " " + second;
            if (!forCompound && SuggestionCheck(withSpace, false) != 0)
            {
                if (!good)
                {
                    good = true;
                    list.Clear();
                }

                list.Insert(0, withSpace);
            }

            // Once a good suggestion exists (capitals, REP, a dictionary word pair), plain splits
            // are not offered: "asso" gets "azo" from REP, not "as so".
            if (good || SuggestionCheck(second, forCompound) == 0 || SuggestionCheck(first, forCompound) == 0)
            {
                continue;
            }

            if (list.Count >= MaxCandidates)
            {
                continue;
            }

            var isNew = !list.Contains(withSpace, StringComparer.Ordinal);
            if (isNew)
            {
                list.Add(withSpace);
            }

            if (dashAllowed && second.Length > 1 && first.Length > 1)
            {
                var withDash = first + "-" + second;
                if (list.Count < MaxCandidates && isNew && !list.Contains(withDash, StringComparer.Ordinal))
                {
                    list.Add(withDash);
                }
            }
        }

        return good;
    }

    private readonly record struct Replacement(string Pattern, string?[] Outputs);
}
