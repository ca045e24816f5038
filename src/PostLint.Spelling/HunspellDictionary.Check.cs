using System.Text;

namespace PostLint.Spelling;

public sealed partial class HunspellDictionary
{
    private enum CompoundPosition
    {
        None,
        Begin,
        End,
        Other,
    }

    [Flags]
    private enum CheckInfo
    {
        None = 0,
        Forbidden = 1,
        InitCapQuery = 2,
        Warn = 4,
    }

    /// <summary>
    /// True when <paramref name="word"/> is correctly spelt: found as a stem, an affixed form or a
    /// compound, with Hunspell's handling of case, trailing dots, numbers and hyphenated words.
    /// </summary>
    public bool Check(ReadOnlySpan<char> word) => Spell(word);

    private bool Spell(ReadOnlySpan<char> word)
    {
        if (_aff.IsUtf8 ? Utf8LengthAtLeast(word, MaxWordUtf8Bytes) : word.Length >= MaxWordBytes)
        {
            return false;
        }

        if (_inputConversion is { } iconv && !iconv.CannotMatch(word))
        {
            var max = iconv.MaxConvertedLength(word.Length);
            Span<char> converted = max <= 1024 ? stackalloc char[max] : new char[max];
            var length = iconv.Convert(word, converted);
            return SpellCleaned(converted[..length]);
        }

        return SpellCleaned(word);
    }

    private bool SpellCleaned(ReadOnlySpan<char> word)
    {
        var start = 0;
        while (start < word.Length && word[start] == ' ')
        {
            start++;
        }

        var end = word.Length;
        var dots = 0;
        while (end > start && word[end - 1] == '.')
        {
            end--;
            dots++;
        }

        if (end == start)
        {
            return true;
        }

        var scw = word[start..end];
        if (IsNumber(scw))
        {
            return true;
        }

        // The case handling rewrites the word (HELLO-WRLD becomes Hello-wrld), and libhunspell
        // breaks the rewritten form at hyphens, so the same buffer is handed on.
        Span<char> form = stackalloc char[scw.Length];
        scw.CopyTo(form);
        var info = CheckInfo.None;
        var rv = CheckCased(form, dots > 0, ref info);
        if (rv >= 0)
        {
            return !(_aff.ForbidWarn && _entries[rv].Has(_aff.Warn));
        }

        if (_breakPatterns.Length == 0 || (info & CheckInfo.Forbidden) != 0)
        {
            return false;
        }

        return SpellBroken(form);
    }

    /// <summary>Digits with single <c>, . -</c> separators between them (3.14, 1,000).</summary>
    private static bool IsNumber(ReadOnlySpan<char> word)
    {
        var sawDigit = false;
        var lastWasSeparator = false;
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            if (c is >= '0' and <= '9')
            {
                sawDigit = true;
                lastWasSeparator = false;
            }
            else if (c is ',' or '.' or '-')
            {
                if (lastWasSeparator || i == 0)
                {
                    return false;
                }

                lastWasSeparator = true;
            }
            else
            {
                return false;
            }
        }

        return sawDigit && !lastWasSeparator;
    }

    private int CheckCased(Span<char> scw, bool abbreviation, ref CheckInfo info)
    {
        var caseType = _casing.GetCaseType(scw);
        Span<char> buffer = stackalloc char[scw.Length + 1];
        int rv;
        switch (caseType)
        {
            case CaseType.HuhCap:
            case CaseType.HuhInitCap:
            case CaseType.NoCap:
                rv = CheckWord(scw, ref info);
                if (abbreviation && rv < 0)
                {
                    rv = CheckWord(WithDot(scw, buffer), ref info);
                }

                return rv;
            case CaseType.AllCap:
                rv = CheckWord(scw, ref info);
                if (rv >= 0)
                {
                    return rv;
                }

                if (abbreviation)
                {
                    rv = CheckWord(WithDot(scw, buffer), ref info);
                    if (rv >= 0)
                    {
                        return rv;
                    }
                }

                var work = scw;
                var apostrophe = scw.IndexOf('\'');
                if (apostrophe >= 0)
                {
                    // Catalan, French, Italian: SANT'ELIA -> sant'Elia, then Sant'Elia.
                    _casing.ToLower(scw, work);
                    if (apostrophe < work.Length - 1)
                    {
                        work[apostrophe + 1] = _casing.ToUpper(work[apostrophe + 1]);
                        rv = CheckWord(work, ref info);
                        if (rv >= 0)
                        {
                            return rv;
                        }

                        work[0] = _casing.ToUpper(work[0]);
                        rv = CheckWord(work, ref info);
                        if (rv >= 0)
                        {
                            return rv;
                        }
                    }
                }

                return CheckInitCapForms(work, caseType, abbreviation, ref info);
            default:
                return CheckInitCapForms(scw, caseType, abbreviation, ref info);
        }
    }

    /// <summary>The shared tail of the INITCAP and ALLCAP cases: Initcap form, then lowercase.</summary>
    private int CheckInitCapForms(Span<char> scw, CaseType caseType, bool abbreviation, ref CheckInfo info)
    {
        var dottedI = scw[0] == 'İ';
        if (caseType == CaseType.AllCap)
        {
            _casing.ToLower(scw, scw);
            scw[0] = _casing.ToUpper(scw[0]);
            if (dottedI)
            {
                scw[0] = 'İ';
            }
        }

        if (caseType == CaseType.InitCap)
        {
            info |= CheckInfo.InitCapQuery;
        }

        var rv = CheckWord(scw, ref info);
        info &= ~CheckInfo.InitCapQuery;
        if ((info & CheckInfo.Forbidden) != 0)
        {
            return -1;
        }

        if (rv >= 0 && caseType == CaseType.AllCap && _entries[rv].Has(_aff.KeepCase))
        {
            rv = -1;
        }

        if (rv >= 0 || (dottedI && !_casing.IsTurkic))
        {
            return rv;
        }

        Span<char> lower = stackalloc char[scw.Length + 1];
        _casing.ToLower(scw, lower);
        var lowerWord = lower[..scw.Length];
        lowerWord.CopyTo(scw);
        scw[0] = _casing.ToUpper(scw[0]);
        rv = CheckWord(lowerWord, ref info);
        if (abbreviation && rv < 0)
        {
            rv = CheckWord(lower, ref info, appendDot: true);
            if (rv < 0)
            {
                Span<char> init = stackalloc char[scw.Length + 1];
                lowerWord.CopyTo(init);
                init[0] = _casing.ToUpper(init[0]);
                if (caseType == CaseType.InitCap)
                {
                    info |= CheckInfo.InitCapQuery;
                }

                rv = CheckWord(init, ref info, appendDot: true);
                info &= ~CheckInfo.InitCapQuery;
                if (rv >= 0 && caseType == CaseType.AllCap && _entries[rv].Has(_aff.KeepCase))
                {
                    rv = -1;
                }

                return rv;
            }
        }

        if (rv >= 0 && _entries[rv].Has(_aff.KeepCase))
        {
            rv = -1;
        }

        return rv;
    }

    private static ReadOnlySpan<char> WithDot(ReadOnlySpan<char> word, Span<char> buffer)
    {
        word.CopyTo(buffer);
        buffer[word.Length] = '.';
        return buffer[..(word.Length + 1)];
    }

    private int CheckWord(Span<char> buffer, ref CheckInfo info, bool appendDot)
    {
        buffer[^1] = '.';
        return appendDot ? CheckWord(buffer, ref info) : CheckWord(buffer[..^1], ref info);
    }

    /// <summary>Hyphenated and other broken words: both sides must be correct (default BREAK: -, ^-, -$).</summary>
    private bool SpellBroken(ReadOnlySpan<char> scw)
    {
        var breaks = 0;
        foreach (var pattern in _breakPatterns)
        {
            for (var at = scw.IndexOf(pattern, StringComparison.Ordinal); at >= 0;)
            {
                breaks++;
                var next = scw[(at + pattern.Length)..].IndexOf(pattern, StringComparison.Ordinal);
                at = next < 0 ? -1 : at + pattern.Length + next;
            }
        }

        if (breaks >= MaxBreaks)
        {
            return false;
        }

        var wl = scw.Length;
        foreach (var pattern in _breakPatterns)
        {
            var plen = pattern.Length;
            if (plen == 1 || plen > wl)
            {
                continue;
            }

            if (pattern[0] == '^' && scw.StartsWith(pattern.AsSpan(1), StringComparison.Ordinal) && Spell(scw[(plen - 1)..]))
            {
                return true;
            }

            if (pattern[^1] == '$' && scw.EndsWith(pattern.AsSpan(0, plen - 1), StringComparison.Ordinal) && Spell(scw[..(wl - plen + 1)]))
            {
                return true;
            }
        }

        foreach (var pattern in _breakPatterns)
        {
            var plen = pattern.Length;
            var found = scw.IndexOf(pattern, StringComparison.Ordinal);
            if (found > 0 && (wl < plen || found < wl - plen))
            {
                // Break at the second occurrence when there is one, so that dictionary words
                // containing the break string are still recognized.
                var rest = scw[(found + 1)..].IndexOf(pattern, StringComparison.Ordinal);
                if (rest >= 0)
                {
                    var found2 = found + 1 + rest;
                    if (wl < plen || found2 < wl - plen)
                    {
                        found = found2;
                    }
                }

                if (!Spell(scw[(found + plen)..]))
                {
                    continue;
                }

                if (Spell(scw[..found]))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool Utf8LengthAtLeast(ReadOnlySpan<char> word, int limit)
    {
        if (word.Length >= limit)
        {
            return true;
        }

        if (word.Length * 3 < limit)
        {
            return false;
        }

        return Encoding.UTF8.GetByteCount(word) >= limit;
    }

    /// <summary>The first homonym of a stem, or -1; further homonyms follow through <see cref="_nextHomonym"/>.</summary>
    private int Lookup(ReadOnlySpan<char> word)
    {
        var stem = _stems.Find(word);
        return stem < 0 ? -1 : _firstEntryOfStem[stem];
    }

    /// <summary>Looks a word up as written: stem, affixed form, then compound. Returns the entry or -1.</summary>
    private int CheckWord(ReadOnlySpan<char> word, ref CheckInfo info)
    {
        if (word.IsEmpty)
        {
            return -1;
        }

        var head = Lookup(word);
        if (head >= 0)
        {
            if (_entries[head].Has(_aff.ForbiddenWord))
            {
                info |= CheckInfo.Forbidden;
                return -1;
            }

            for (var i = head; i >= 0; i = _nextHomonym[i])
            {
                ref readonly var entry = ref _entries[i];
                if (entry.Has(_aff.NeedAffix) || entry.Has(_aff.OnlyInCompound) || ((info & CheckInfo.InitCapQuery) != 0 && entry.IsHiddenTwin))
                {
                    continue;
                }

                return i;
            }
        }

        var rv = AffixCheck(word, 0, CompoundPosition.None);
        if (rv >= 0 && (_entries[rv].Has(_aff.OnlyInCompound) || ((info & CheckInfo.InitCapQuery) != 0 && _entries[rv].IsHiddenTwin)))
        {
            rv = -1;
        }

        if (rv >= 0)
        {
            if (_entries[rv].Has(_aff.ForbiddenWord))
            {
                info |= CheckInfo.Forbidden;
                return -1;
            }

            return rv;
        }

        if (_compoundRules.Length > 0 && _compoundFirstChars.Contains(word[0]))
        {
            Span<int> words = stackalloc int[MaxCompoundWords];
            return CompoundCheck(word, 0, 0, words, wordsActive: false, forSuggestion: false);
        }

        return -1;
    }

    private int AffixCheck(ReadOnlySpan<char> word, ushort needFlag, CompoundPosition position)
    {
        var rv = PrefixCheck(word, position, needFlag);
        if (rv >= 0)
        {
            return rv;
        }

        rv = SuffixCheck(word, false, null, 0, needFlag, position);
        if (_haveContinuationClasses)
        {
            if (rv >= 0)
            {
                return rv;
            }

            rv = SuffixCheckTwoSuffixes(word, false, null, needFlag);
            if (rv >= 0)
            {
                return rv;
            }

            rv = PrefixCheckTwoSuffixes(word, CompoundPosition.None, needFlag);
        }

        return rv;
    }

    private int PrefixCheck(ReadOnlySpan<char> word, CompoundPosition position, ushort needFlag)
    {
        foreach (var pe in _prefixes.Empty)
        {
            if (PrefixAllowed(pe, position))
            {
                var rv = PrefixCheckWord(pe, word, position, needFlag);
                if (rv >= 0)
                {
                    return rv;
                }
            }
        }

        if (word.IsEmpty)
        {
            return -1;
        }

        foreach (var pe in _prefixes.For(word[0]))
        {
            if (word.StartsWith(pe.Append, StringComparison.Ordinal) && PrefixAllowed(pe, position))
            {
                var rv = PrefixCheckWord(pe, word, position, needFlag);
                if (rv >= 0)
                {
                    return rv;
                }
            }
        }

        return -1;
    }

    private bool PrefixAllowed(AffixEntry pe, CompoundPosition position)
        => (position != CompoundPosition.None || !pe.HasContinuation(_aff.OnlyInCompound))
            && (position != CompoundPosition.End || pe.HasContinuation(_aff.CompoundPermit));

    /// <summary>Is the stem long enough for the condition (libhunspell counts bytes of the file's encoding)?</summary>
    private bool StemLongEnough(ReadOnlySpan<char> kept, string strip, AffixCondition condition)
    {
        var chars = kept.Length + strip.Length;
        if (chars >= condition.Count)
        {
            return true;
        }

        return _aff.IsUtf8 && Encoding.UTF8.GetByteCount(kept) + Encoding.UTF8.GetByteCount(strip) >= condition.Count;
    }

    /// <summary>
    /// The stem a prefixed word would come from under <paramref name="pe"/> (what the prefix
    /// stripped, plus the word minus the prefix), written to <paramref name="stem"/>; false when the
    /// entry cannot apply (length or condition).
    /// </summary>
    private bool TryBuildPrefixStem(AffixEntry pe, ReadOnlySpan<char> word, Span<char> stem, out int length)
    {
        length = 0;
        var keep = word.Length - pe.Append.Length;
        if (!(keep > 0 || (keep == 0 && _aff.FullStrip)))
        {
            return false;
        }

        var kept = word[pe.Append.Length..];
        if (!StemLongEnough(kept, pe.Strip, pe.Condition))
        {
            return false;
        }

        pe.Strip.AsSpan().CopyTo(stem);
        kept.CopyTo(stem[pe.Strip.Length..]);
        length = pe.Strip.Length + kept.Length;
        return pe.Condition.MatchesStart(stem[..length]);
    }

    private int PrefixCheckWord(AffixEntry pe, ReadOnlySpan<char> word, CompoundPosition position, ushort needFlag)
    {
        Span<char> buffer = stackalloc char[pe.Strip.Length + word.Length];
        if (!TryBuildPrefixStem(pe, word, buffer, out var stemLength))
        {
            return -1;
        }

        var stem = buffer[..stemLength];

        for (var i = Lookup(stem); i >= 0; i = _nextHomonym[i])
        {
            ref readonly var entry = ref _entries[i];
            if (entry.Has(pe.Flag) && !pe.HasContinuation(_aff.NeedAffix) && (needFlag == 0 || entry.Has(needFlag) || pe.HasContinuation(needFlag)))
            {
                return i;
            }
        }

        if (pe.CrossProduct)
        {
            return SuffixCheck(stem, true, pe, 0, needFlag, position);
        }

        return -1;
    }

    private bool SuffixAllowed(AffixEntry se, AffixEntry? prefix, ushort continuationClass, CompoundPosition position)
    {
        if (position == CompoundPosition.Begin && !se.HasContinuation(_aff.CompoundPermit))
        {
            return false;
        }

        if (_aff.Circumfix != 0)
        {
            var prefixCircumfix = prefix is not null && prefix.HasContinuation(_aff.Circumfix);
            if (prefixCircumfix != se.HasContinuation(_aff.Circumfix))
            {
                return false;
            }
        }

        if (position == CompoundPosition.None && se.HasContinuation(_aff.OnlyInCompound))
        {
            return false;
        }

        return continuationClass != 0 || !se.HasContinuation(_aff.NeedAffix) || (prefix is not null && !prefix.HasContinuation(_aff.NeedAffix));
    }

    private int SuffixCheck(ReadOnlySpan<char> word, bool crossProduct, AffixEntry? prefix, ushort continuationClass, ushort needFlag, CompoundPosition position)
    {
        var badFlag = position != CompoundPosition.None ? (ushort)0 : _aff.OnlyInCompound;
        foreach (var se in _suffixes.Empty)
        {
            if ((continuationClass == 0 || se.Continuation.Length > 0) && SuffixAllowed(se, prefix, continuationClass, position))
            {
                var rv = SuffixCheckWord(se, word, crossProduct, prefix, continuationClass, needFlag, badFlag);
                if (rv >= 0)
                {
                    return rv;
                }
            }
        }

        if (word.IsEmpty)
        {
            return -1;
        }

        foreach (var se in _suffixes.For(word[^1]))
        {
            if (word.EndsWith(se.Append, StringComparison.Ordinal)
                && SuffixAllowed(se, prefix, continuationClass, position)
                && (position != CompoundPosition.End || prefix is not null || !se.HasContinuation(_aff.OnlyInCompound)))
            {
                var rv = SuffixCheckWord(se, word, crossProduct, prefix, continuationClass, needFlag, badFlag);
                if (rv >= 0)
                {
                    return rv;
                }
            }
        }

        return -1;
    }

    /// <summary>
    /// The stem a suffixed word would come from under <paramref name="se"/> (the word minus the
    /// suffix, plus what the suffix stripped), written to <paramref name="stem"/>; false when the
    /// entry cannot apply (cross product, length, or condition).
    /// </summary>
    private bool TryBuildSuffixStem(AffixEntry se, ReadOnlySpan<char> word, bool crossProduct, Span<char> stem, out int length)
    {
        length = 0;
        if (crossProduct && !se.CrossProduct)
        {
            return false;
        }

        var keep = word.Length - se.Append.Length;
        if (!(keep > 0 || (keep == 0 && _aff.FullStrip)))
        {
            return false;
        }

        var kept = word[..keep];
        if (!StemLongEnough(kept, se.Strip, se.Condition))
        {
            return false;
        }

        kept.CopyTo(stem);
        se.Strip.AsSpan().CopyTo(stem[kept.Length..]);
        length = kept.Length + se.Strip.Length;
        return se.Condition.MatchesEnd(stem[..length]);
    }

    private int SuffixCheckWord(AffixEntry se, ReadOnlySpan<char> word, bool crossProduct, AffixEntry? prefix, ushort continuationClass, ushort needFlag, ushort badFlag)
    {
        Span<char> buffer = stackalloc char[word.Length + se.Strip.Length];
        if (!TryBuildSuffixStem(se, word, crossProduct, buffer, out var stemLength))
        {
            return -1;
        }

        var stem = buffer[..stemLength];

        for (var i = Lookup(stem); i >= 0; i = _nextHomonym[i])
        {
            ref readonly var entry = ref _entries[i];
            if ((entry.Has(se.Flag) || (prefix is not null && prefix.HasContinuation(se.Flag)))
                && (!crossProduct || (prefix is not null && (entry.Has(prefix.Flag) || se.HasContinuation(prefix.Flag))))
                && (continuationClass == 0 || se.HasContinuation(continuationClass))
                && (badFlag == 0 || !entry.Has(badFlag))
                && (needFlag == 0 || entry.Has(needFlag) || se.HasContinuation(needFlag)))
            {
                return i;
            }
        }

        return -1;
    }

    private int SuffixCheckTwoSuffixes(ReadOnlySpan<char> word, bool crossProduct, AffixEntry? prefix, ushort needFlag)
    {
        foreach (var se in _suffixes.Empty)
        {
            if (_isContinuationClass[se.Flag])
            {
                var rv = SuffixCheckTwoSuffixesWord(se, word, crossProduct, prefix, needFlag);
                if (rv >= 0)
                {
                    return rv;
                }
            }
        }

        if (word.IsEmpty)
        {
            return -1;
        }

        foreach (var se in _suffixes.For(word[^1]))
        {
            if (word.EndsWith(se.Append, StringComparison.Ordinal) && _isContinuationClass[se.Flag])
            {
                var rv = SuffixCheckTwoSuffixesWord(se, word, crossProduct, prefix, needFlag);
                if (rv >= 0)
                {
                    return rv;
                }
            }
        }

        return -1;
    }

    private int SuffixCheckTwoSuffixesWord(AffixEntry se, ReadOnlySpan<char> word, bool crossProduct, AffixEntry? prefix, ushort needFlag)
    {
        Span<char> buffer = stackalloc char[word.Length + se.Strip.Length];
        if (!TryBuildSuffixStem(se, word, crossProduct, buffer, out var stemLength))
        {
            return -1;
        }

        var stem = buffer[..stemLength];

        // The outer suffix's class must be a continuation class of the inner suffix.
        if (prefix is not null && !se.HasContinuation(prefix.Flag))
        {
            return SuffixCheck(stem, crossProduct, prefix, se.Flag, needFlag, CompoundPosition.None);
        }

        return SuffixCheck(stem, false, null, se.Flag, needFlag, CompoundPosition.None);
    }

    private int PrefixCheckTwoSuffixes(ReadOnlySpan<char> word, CompoundPosition position, ushort needFlag)
    {
        foreach (var pe in _prefixes.Empty)
        {
            var rv = PrefixCheckTwoSuffixesWord(pe, word, position, needFlag);
            if (rv >= 0)
            {
                return rv;
            }
        }

        if (word.IsEmpty)
        {
            return -1;
        }

        foreach (var pe in _prefixes.For(word[0]))
        {
            if (word.StartsWith(pe.Append, StringComparison.Ordinal))
            {
                var rv = PrefixCheckTwoSuffixesWord(pe, word, position, needFlag);
                if (rv >= 0)
                {
                    return rv;
                }
            }
        }

        return -1;
    }

    private int PrefixCheckTwoSuffixesWord(AffixEntry pe, ReadOnlySpan<char> word, CompoundPosition position, ushort needFlag)
    {
        Span<char> buffer = stackalloc char[pe.Strip.Length + word.Length];
        if (!TryBuildPrefixStem(pe, word, buffer, out var stemLength))
        {
            return -1;
        }

        var stem = buffer[..stemLength];

        if (pe.CrossProduct && position != CompoundPosition.Begin)
        {
            return SuffixCheckTwoSuffixes(stem, true, pe, needFlag);
        }

        return -1;
    }

    /// <summary>
    /// COMPOUNDRULE compounds: every part but the last is a stem; the last may carry affixes. The
    /// flags of the parts, in order, must match one of the rules.
    /// </summary>
    private int CompoundCheck(ReadOnlySpan<char> word, int wordNumber, int wordIndex, Span<int> words, bool wordsActive, bool forSuggestion)
    {
        var length = word.Length;
        var minimum = _aff.CompoundMin;
        var cmin = Math.Min(minimum, length);
        var cmax = length - (minimum - 1);
        for (var i = cmin; i < cmax; i++)
        {
            if (char.IsLowSurrogate(word[i]))
            {
                continue;
            }

            var active = wordsActive;
            var first = -1;
            for (var e = Lookup(word[..i]); e >= 0; e = _nextHomonym[e])
            {
                if (_entries[e].Has(_aff.NeedAffix))
                {
                    continue;
                }

                if ((active || wordNumber == 0) && CompoundRulesMatch(words, wordIndex, e, complete: false))
                {
                    active = true;
                    first = e;
                    break;
                }
            }

            if (first < 0)
            {
                continue;
            }

            ref readonly var firstEntry = ref _entries[first];
            if (firstEntry.Has(_aff.ForbiddenWord) || firstEntry.IsHiddenTwin || (forSuggestion && firstEntry.Has(_aff.NoSuggest)))
            {
                continue;
            }

            var rest = word[i..];
            for (var e = Lookup(rest); e >= 0; e = _nextHomonym[e])
            {
                if (!_entries[e].Has(_aff.NeedAffix) && CompoundRulesMatch(words, wordIndex + 1, e, complete: true))
                {
                    return first;
                }
            }

            var affixed = AffixCheck(rest, 0, CompoundPosition.End);
            if (affixed >= 0 && CompoundRulesMatch(words, wordIndex + 1, affixed, complete: true))
            {
                return first;
            }

            if (wordNumber + 2 < MaxCompoundWords)
            {
                var inner = CompoundCheck(rest, wordNumber + 1, wordIndex + 1, words, wordsActive: true, forSuggestion);
                if (inner >= 0)
                {
                    if (_hasWordPairs && IsWordPair(word))
                    {
                        return -1;
                    }

                    var covered = i + EntryStem(inner).Length;
                    if (_hasWordPairs && covered <= word.Length && IsWordPair(word[..covered]))
                    {
                        continue;
                    }

                    if (_aff.ForbiddenWord != 0)
                    {
                        var whole = Lookup(word);
                        var candidate = whole >= 0 ? whole : AffixCheck(word, 0, CompoundPosition.None);
                        if (candidate >= 0 && _entries[candidate].Has(_aff.ForbiddenWord) && covered <= word.Length
                            && EntryStem(candidate).StartsWith(word[..covered], StringComparison.Ordinal))
                        {
                            return -1;
                        }
                    }

                    return first;
                }
            }
        }

        return -1;
    }

    private bool CompoundRulesMatch(Span<int> words, int index, int entry, bool complete)
    {
        words[index] = entry;
        var flags = _entries[entry].Flags;
        var relevant = false;
        foreach (var flag in flags)
        {
            if (_isCompoundRuleFlag[flag])
            {
                relevant = true;
                break;
            }
        }

        if (relevant)
        {
            foreach (var rule in _compoundRules)
            {
                if (rule.Matches(words[..(index + 1)], _entries, complete))
                {
                    return true;
                }
            }
        }

        words[index] = -1;
        return false;
    }

    /// <summary>Is the word a dictionary word pair written without its space (compounds of such pairs are refused)?</summary>
    private bool IsWordPair(ReadOnlySpan<char> word)
    {
        if (word.Length <= 2)
        {
            return false;
        }

        Span<char> candidate = stackalloc char[word.Length + 1];
        for (var i = 1; i < word.Length; i++)
        {
            word[..i].CopyTo(candidate);
            candidate[i] = ' ';
            word[i..].CopyTo(candidate[(i + 1)..]);
            if (Lookup(candidate) >= 0 || AffixCheck(candidate, 0, CompoundPosition.None) >= 0)
            {
                return true;
            }
        }

        return false;
    }
}
