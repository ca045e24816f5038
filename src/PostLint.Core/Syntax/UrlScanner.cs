namespace PostLint.Syntax;

/// <summary>
/// Finds URLs exactly as twitter-text 3.1.0's <c>extractUrlsWithIndices</c> does (with
/// <c>extractUrlsWithoutProtocol</c> on), one at a time and without allocating.
/// </summary>
/// <remarks>
/// <para>The regex <c>(preceding)((https?://)?(domain)(:port)?(/path)?(?query)?)</c> (case-insensitive)
/// is scanned globally: a match starts after one consumed preceding code unit that is not
/// <c>[A-Za-z0-9@＠$#＃]</c> or U+FFFE/U+FEFF/U+FFFF (or at the start of the text), and consumes
/// the text up to its end even when the URL is then rejected.</para>
/// <para>The domain is <c>subdomain* domainName TLD</c>. Labels run up to the next dot, so the
/// regex's backtracking reduces to: try the longest chain of subdomain labels first, and for
/// each candidate domain-name label the TLD alternatives in list order.</para>
/// <para>The path keeps the run of path characters and balanced parentheses up to its last
/// path-ending character, plus the parenthesised groups right after it; the query keeps the
/// longest run of query characters that ends with a query-ending character.</para>
/// <para>Then, as twitter-text does after the regex: the domain's labels must punycode to 1–63
/// characters and protocol + URL to at most 4096; without a protocol the preceding character
/// must not be <c>- _ . /</c> and only the ASCII domains inside the matched domain are URLs (the
/// last one gets the path, port and query); a <c>t.co</c> URL keeps only its slug and query, and
/// a slug over 40 characters makes it no URL.</para>
/// </remarks>
internal ref struct UrlScanner
{
    private const int MaxUrlLength = 4096;
    private const int MaxTcoSlugLength = 40;
    private const int MaxLabelLength = 63;
    private const int DefaultProtocolLength = 8; // "https://", what twitter-text assumes without a protocol

    private readonly ReadOnlySpan<char> _text;
    private int _lastIndex;

    // The run of label characters (domain characters, '-' and '_') that contains the last probe,
    // and the last '_' in it (or -1).
    private int _runStart;
    private int _runEnd = -1;
    private int _runLastUnderscore = -1;

    // Domain results for the last first-label dot: every start inside one label shares them.
    private int _cachedDot = -1;
    private int _cachedChainAfterDot;
    private int _cachedTldAfterDot;

    // The last chain of subdomain labels walked by MatchChain, from _chainStart to the start of the
    // label that ended it: a chain that starts at any later label of it is a suffix of it, so it
    // has the same last TLD (when that label is at or after the start), and it is never walked again.
    private int _chainStart = -1;
    private int _chainBreak;
    private int _chainLastTldLabel;
    private int _chainTldEnd;

    // The same for the last chain of ASCII labels walked by MatchAsciiDomainAt, which may start
    // inside a label: from _asciiChainStart to where the walk stopped, inside one matched domain.
    private int _asciiChainStart = -1;
    private int _asciiChainStop;
    private int _asciiChainLimit;
    private int _asciiChainLastTldDot;
    private int _asciiChainTldEnd;

    // ASCII domains still to report from the last match without protocol.
    private bool _asciiPending;
    private int _domainEnd;
    private int _matchEnd;
    private bool _matchHasPath;
    private int _asciiRegexIndex;
    private int _asciiIndexOfIndex;
    private int _nextAsciiStart;
    private int _nextAsciiEnd;

    public UrlScanner(ReadOnlySpan<char> text)
    {
        _text = text;
    }

    /// <summary>
    /// The characters examined so far (each scanning loop adds the units it went over). The scan is
    /// linear: no part of the text is walked again from every dot or every start, so this stays
    /// within a constant factor of the text's length, which the lexer's tests check.
    /// </summary>
    public long Steps { get; private set; }

    /// <summary>Finds the next URL; false when there is none.</summary>
    public bool MoveNext(out EntityMatch url)
    {
        while (true)
        {
            if (_asciiPending && TakeAsciiDomain(out url))
            {
                return true;
            }

            if (!NextRegexMatch(out var m))
            {
                url = default;
                return false;
            }

            if (!IsValidUrl(m))
            {
                continue;
            }

            if (m.ProtocolLength == 0)
            {
                if (m.Before is '-' or '_' or '.' or '/')
                {
                    continue;
                }

                _domainEnd = m.DomainEnd;
                _matchEnd = m.End;
                _matchHasPath = m.HasPath;
                _asciiIndexOfIndex = m.DomainStart;
                _asciiRegexIndex = m.DomainStart;
                FindAsciiDomain();
                _asciiPending = true;
                continue;
            }

            var end = m.End;
            var hostStart = m.Start + m.ProtocolLength;
            if (IsTcoHost(hostStart, m.DomainEnd) && m.DomainEnd < end && _text[m.DomainEnd] == '/')
            {
                var slugEnd = m.DomainEnd + 1;
                while (slugEnd < end && char.IsAsciiLetterOrDigit(_text[slugEnd]))
                {
                    slugEnd++;
                }

                var slugLength = slugEnd - m.DomainEnd - 1;
                if (slugLength > MaxTcoSlugLength)
                {
                    continue;
                }

                if (slugLength > 0)
                {
                    // t.co URLs keep only the slug and an optional query (matched inside the URL).
                    end = slugEnd;
                    if (slugEnd < m.End && _text[slugEnd] == '?')
                    {
                        var queryEnd = MatchQuery(slugEnd + 1, m.End);
                        if (queryEnd > 0)
                        {
                            end = queryEnd;
                        }
                    }
                }
            }

            var flags = SyntaxTokenFlags.HasProtocol;
            if (m.ProtocolLength == 8)
            {
                flags |= SyntaxTokenFlags.Https;
            }

            url = new EntityMatch
            {
                Kind = SyntaxKind.Url,
                Flags = flags,
                Start = m.Start,
                End = end,
                ValueStart = hostStart,
                ValueEnd = m.DomainEnd,
                SuffixStart = m.DomainEnd,
            };
            return true;
        }
    }

    private readonly bool IsTcoHost(int start, int end) =>
        end - start == 4 && (_text[start] | 0x20) == 't' && _text[start + 1] == '.'
        && (_text[start + 2] | 0x20) == 'c' && (_text[start + 3] | 0x20) == 'o';

    /// <summary>One match of twitter-text's <c>extractUrl</c> regex.</summary>
    private struct RegexMatch
    {
        public char Before; // the consumed preceding unit, or '\0' at the start of the text
        public int Start;
        public int ProtocolLength;
        public int DomainStart;
        public int DomainEnd;
        public bool HasPath;
        public int End;
    }

    private bool NextRegexMatch(out RegexMatch match)
    {
        var text = _text;
        for (var s = _lastIndex; s < text.Length; s++)
        {
            Steps++;
            if (!IsExcludedPrecedingChar(text[s]) && s + 1 < text.Length && TryUrlAt(s + 1, out match))
            {
                match.Before = text[s];
                _lastIndex = match.End;
                return true;
            }

            if (s == 0 && TryUrlAt(0, out match))
            {
                match.Before = '\0';
                _lastIndex = match.End;
                return true;
            }
        }

        match = default;
        return false;
    }

    private static bool IsExcludedPrecedingChar(char c) =>
        char.IsAsciiLetterOrDigit(c) || c is '@' or '\uFF20' or '$' or '#' or '\uFF03' or '\uFFFE' or '\uFEFF' or '\uFFFF';

    private bool TryUrlAt(int start, out RegexMatch match)
    {
        match = default;
        var text = _text;
        var protocol = ProtocolLengthAt(start);
        var domainStart = start + protocol;

        // Without a protocol match, "http"/"https" would be a label ended by ':', so a failed
        // domain after a protocol fails the whole start.
        var domainEnd = MatchDomain(domainStart);
        if (domainEnd < 0)
        {
            return false;
        }

        var end = domainEnd;
        if (end + 1 < text.Length && text[end] == ':' && char.IsAsciiDigit(text[end + 1]))
        {
            end += 2;
            while (end < text.Length && char.IsAsciiDigit(text[end]))
            {
                end++;
            }
        }

        var hasPath = false;
        if (end < text.Length && text[end] == '/')
        {
            hasPath = true;
            end = MatchPath(end + 1);
        }

        if (end < text.Length && text[end] == '?')
        {
            var queryEnd = MatchQuery(end + 1, text.Length);
            if (queryEnd > 0)
            {
                end = queryEnd;
            }
        }

        match.Start = start;
        match.ProtocolLength = protocol;
        match.DomainStart = domainStart;
        match.DomainEnd = domainEnd;
        match.HasPath = hasPath;
        match.End = end;
        return true;
    }

    private readonly int ProtocolLengthAt(int start)
    {
        if ((_text[start] | 0x20) != 'h')
        {
            return 0;
        }

        var rest = _text[start..];
        if (rest.Length >= 7 && rest.StartsWith("http", StringComparison.OrdinalIgnoreCase))
        {
            if (rest[4..].StartsWith("://", StringComparison.Ordinal))
            {
                return 7;
            }

            if (rest.Length >= 8 && (rest[4] | 0x20) == 's' && rest[5..].StartsWith("://", StringComparison.Ordinal))
            {
                return 8;
            }
        }

        return 0;
    }

    private static bool IsLabelChar(char c) => TwitterTextChars.Is(c, CharClass.DomainChar) || c is '-' or '_';

    /// <summary>The end of the run of label characters that contains <paramref name="index"/>.</summary>
    private int LabelRunEnd(int index)
    {
        if (index >= _runStart && index < _runEnd)
        {
            return _runEnd;
        }

        var text = _text;
        var end = index;
        var lastUnderscore = -1;
        while (end < text.Length && IsLabelChar(text[end]))
        {
            if (text[end] == '_')
            {
                lastUnderscore = end;
            }

            end++;
        }

        Steps += end - index + 1;
        _runStart = index;
        _runEnd = end;
        _runLastUnderscore = lastUnderscore;
        return end;
    }

    /// <summary>Matches <c>subdomain* domainName TLD</c> at <paramref name="start"/>; returns its end or -1.</summary>
    private int MatchDomain(int start)
    {
        var text = _text;
        if (start >= text.Length || !TwitterTextChars.Is(text[start], CharClass.DomainChar))
        {
            return -1;
        }

        var dot = LabelRunEnd(start);
        if (dot >= text.Length || text[dot] != '.')
        {
            return -1;
        }

        if (dot != _cachedDot)
        {
            _cachedDot = dot;
            _cachedChainAfterDot = MatchChain(dot + 1);
            _cachedTldAfterDot = MatchTld(dot + 1, text.Length);
        }

        // First label [start, dot): a subdomain when the rest is a domain, else the domain name.
        var labelOk = TwitterTextChars.Is(text[dot - 1], CharClass.DomainChar);
        if (!labelOk)
        {
            return -1;
        }

        if (_cachedChainAfterDot >= 0)
        {
            return _cachedChainAfterDot;
        }

        // The domain name may not hold '_': the run [start, dot) is the end of the cached run.
        return _runLastUnderscore < start ? _cachedTldAfterDot : -1;
    }

    /// <summary>
    /// The first match of <c>subdomain* domainName TLD</c> in regex order: the domain name is the
    /// last label (of a chain of valid subdomain labels) after which a TLD matches.
    /// <paramref name="start"/> is the start of the text or follows a dot.
    /// </summary>
    private int MatchChain(int start)
    {
        // Every dot inside the cached chain ends one of its labels, so a start inside it (up to
        // the label that ended it) begins a suffix of the chain.
        if (_chainStart >= 0 && start >= _chainStart && start <= _chainBreak)
        {
            return _chainLastTldLabel >= start ? _chainTldEnd : -1;
        }

        var text = _text;
        var best = -1;
        var bestLabel = -1;
        var labelStart = start;
        while (labelStart < text.Length && TwitterTextChars.Is(text[labelStart], CharClass.DomainChar))
        {
            var dot = labelStart;
            var hasUnderscore = false;
            while (dot < text.Length && IsLabelChar(text[dot]))
            {
                hasUnderscore |= text[dot] == '_';
                dot++;
            }

            Steps += dot - labelStart + 1;
            if (dot >= text.Length || text[dot] != '.' || !TwitterTextChars.Is(text[dot - 1], CharClass.DomainChar))
            {
                break;
            }

            if (!hasUnderscore)
            {
                var tldEnd = MatchTld(dot + 1, text.Length);
                if (tldEnd >= 0)
                {
                    best = tldEnd;
                    bestLabel = labelStart;
                }
            }

            labelStart = dot + 1;
        }

        _chainStart = start;
        _chainBreak = labelStart;
        _chainLastTldLabel = bestLabel;
        _chainTldEnd = best;
        return best;
    }

    private int MatchTld(int start, int limit)
    {
        var end = TldTable.Match(_text, start, limit, out var examined);
        Steps += examined + 1;
        return end;
    }

    /// <summary>
    /// The end of the path whose first character is at <paramref name="start"/> (just after '/').
    /// twitter-text's path is <c>/(?:G*(?:PG*)*E|P|@G+/)*</c>: its ending class <c>E|P</c> is
    /// substituted without a group, so a unit either ends with a path-ending character or is one
    /// balanced-parentheses group <c>P</c>. Over the run of path characters and groups that
    /// means: up to the last path-ending character, then any groups that follow it directly.
    /// </summary>
    private int MatchPath(int start)
    {
        var text = _text;
        var end = start;
        var i = start;
        while (i < text.Length)
        {
            Steps++;
            var c = text[i];
            if (TwitterTextChars.Is(c, CharClass.UrlPathChar))
            {
                i++;
                if (TwitterTextChars.Is(c, CharClass.UrlPathEndChar))
                {
                    end = i;
                }
            }
            else if (c == '(' && MatchBalancedParens(i) is var close && close > 0)
            {
                i = close;
            }
            else
            {
                break;
            }
        }

        while (end < text.Length && text[end] == '(' && MatchBalancedParens(end) is var group && group > 0)
        {
            end = group;
        }

        return end;
    }

    /// <summary><c>\((?:G+|G*\(G+\)G*)\)</c> at <paramref name="open"/>; returns the end or -1.</summary>
    private int MatchBalancedParens(int open)
    {
        var inner = PathRunEnd(open + 1);
        if (inner > open + 1 && inner < _text.Length && _text[inner] == ')')
        {
            return inner + 1;
        }

        if (inner >= _text.Length || _text[inner] != '(')
        {
            return -1;
        }

        var nested = PathRunEnd(inner + 1);
        if (nested == inner + 1 || nested >= _text.Length || _text[nested] != ')')
        {
            return -1;
        }

        var tail = PathRunEnd(nested + 1);
        return tail < _text.Length && _text[tail] == ')' ? tail + 1 : -1;
    }

    private int PathRunEnd(int start)
    {
        var end = start;
        while (end < _text.Length && TwitterTextChars.Is(_text[end], CharClass.UrlPathChar))
        {
            end++;
        }

        Steps += end - start + 1;
        return end;
    }

    /// <summary>The end of a query whose first character is at <paramref name="start"/> (just after '?'), or -1 when none.</summary>
    private int MatchQuery(int start, int limit)
    {
        var end = -1;
        var i = start;
        for (; i < limit && TwitterTextChars.Is(_text[i], CharClass.UrlQueryChar); i++)
        {
            if (TwitterTextChars.Is(_text[i], CharClass.UrlQueryEndChar))
            {
                end = i + 1;
            }
        }

        Steps += i - start + 1;
        return end;
    }

    /// <summary>twitter-text's <c>isValidUrl</c> (label lengths after punycode, total length).</summary>
    private bool IsValidUrl(in RegexMatch m)
    {
        // The cheap test first: the conditions are independent, and a match far too long to be a
        // URL may hold thousands of labels.
        var protocolLength = m.ProtocolLength > 0 ? m.ProtocolLength : DefaultProtocolLength;
        if (protocolLength + (m.End - m.Start) > MaxUrlLength)
        {
            return false;
        }

        var domain = _text[m.DomainStart..m.DomainEnd];
        Steps += domain.Length + 1;
        if (domain.StartsWith("xn--", StringComparison.Ordinal) && !ContainsAsciiDomain(m.DomainStart, m.DomainEnd))
        {
            return false;
        }

        while (true)
        {
            var dot = domain.IndexOf('.');
            var label = dot < 0 ? domain : domain[..dot];
            var length = Punycode.EncodedLabelLength(label);
            if (length is < 1 or > MaxLabelLength)
            {
                return false;
            }

            if (dot < 0)
            {
                return true;
            }

            domain = domain[(dot + 1)..];
        }
    }

    private bool ContainsAsciiDomain(int start, int limit)
    {
        for (var a = start; a < limit; a++)
        {
            Steps++;
            if (MatchAsciiDomainAt(a, limit) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// twitter-text's <c>validAsciiDomain</c> at <paramref name="start"/> inside a matched domain
    /// ending at <paramref name="limit"/>: <c>([-a-z0-9 accents]+\.)+</c> then a TLD; the longest
    /// chain of labels after which a TLD matches.
    /// </summary>
    private int MatchAsciiDomainAt(int start, int limit)
    {
        var text = _text;
        if (!TwitterTextChars.Is(text[start], CharClass.AsciiDomainLabelChar))
        {
            return -1;
        }

        // A start inside the last chain walked (in the same domain) runs to the same dots as the
        // chain did, so the chain's last TLD is its answer when that TLD follows the start.
        if (_asciiChainStart >= 0 && limit == _asciiChainLimit && start >= _asciiChainStart && start < _asciiChainStop)
        {
            return _asciiChainLastTldDot > start ? _asciiChainTldEnd : -1;
        }

        var best = -1;
        var bestDot = -1;
        var labelStart = start;
        while (true)
        {
            var dot = labelStart;
            while (dot < limit && TwitterTextChars.Is(text[dot], CharClass.AsciiDomainLabelChar))
            {
                dot++;
            }

            Steps += dot - labelStart + 1;
            if (dot == labelStart || dot >= limit || text[dot] != '.')
            {
                _asciiChainStart = start;
                _asciiChainStop = dot;
                _asciiChainLimit = limit;
                _asciiChainLastTldDot = bestDot;
                _asciiChainTldEnd = best;
                return best;
            }

            var tldEnd = MatchTld(dot + 1, limit);
            if (tldEnd >= 0)
            {
                best = tldEnd;
                bestDot = dot;
            }

            labelStart = dot + 1;
        }
    }

    /// <summary>Finds the next ASCII domain of the pending match, from the regex position inside the domain.</summary>
    private void FindAsciiDomain()
    {
        for (var a = _asciiRegexIndex; a < _domainEnd; a++)
        {
            Steps++;
            var end = MatchAsciiDomainAt(a, _domainEnd);
            if (end >= 0)
            {
                _nextAsciiStart = a;
                _nextAsciiEnd = end;
                _asciiRegexIndex = end;
                return;
            }
        }

        _nextAsciiStart = -1;
    }

    private bool TakeAsciiDomain(out EntityMatch url)
    {
        if (_nextAsciiStart < 0)
        {
            _asciiPending = false;
            url = default;
            return false;
        }

        var text = _text;
        var matched = text[_nextAsciiStart.._nextAsciiEnd];

        // twitter-text places the match with indexOf from the end of the previous one, which finds
        // an earlier copy of the same text if there is one; its indices follow that.
        var offset = text[_asciiIndexOfIndex.._domainEnd].IndexOf(matched, StringComparison.Ordinal);
        Steps += offset + matched.Length + 1;
        var start = _asciiIndexOfIndex + offset;
        var hostEnd = start + matched.Length;
        _asciiIndexOfIndex = hostEnd;

        FindAsciiDomain();
        var isLast = _nextAsciiStart < 0;
        url = new EntityMatch
        {
            Kind = SyntaxKind.Url,
            Flags = SyntaxTokenFlags.None,
            Start = start,
            ValueStart = start,
            ValueEnd = hostEnd,
            End = isLast && _matchHasPath ? _matchEnd : hostEnd,
            SuffixStart = isLast && _matchHasPath ? _domainEnd : hostEnd,
        };
        return true;
    }
}
