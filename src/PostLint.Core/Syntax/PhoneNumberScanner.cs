using System.Buffers;
using PostLint.Text;

namespace PostLint.Syntax;

/// <summary>
/// Finds Japanese telephone numbers as people write them in posts: ASCII or full-width digits,
/// in groups separated by one dash or space (<c>090-1234-5678</c>, <c>090 1234 5678</c>,
/// <c>０２２５－９５－１１１１</c>), with the area code or the exchange in parentheses
/// (<c>(0225)95-1111</c>, <c>0225(95)1111</c>), or without separators (<c>09012345678</c>), or
/// in international form (<c>+81 90-1234-5678</c>, <c>+81(0)90…</c>).
/// </summary>
/// <remarks>
/// <para>The digits, with the trunk prefix 0 in place of +81, must form a number of the Japanese
/// numbering plan: 11 digits for 070/080/090 (mobile), 050 (IP phone), 020 and 0800 (toll-free);
/// 10 digits for every other number starting with 0 and a digit other than 0 (fixed lines with
/// their area codes, 0120 toll-free, 0570); 010, 030, 040 and 060 are not numbers. At most three
/// groups after the country code.</para>
/// <para>A number is not glued to other digits: the character before it is not a digit (nor a
/// dash, dot, comma or slash that follows a digit), and the one after it is not a digit (nor a
/// dash, dot, comma or slash followed by a digit), so parts of longer digit strings, dates and
/// amounts are not numbers.</para>
/// <para>Each candidate start reads at most about twenty characters, so the scan is linear.</para>
/// </remarks>
internal static class PhoneNumberScanner
{
    /// <summary>The most digits a Japanese number has (in domestic form, with its leading 0).</summary>
    public const int MaxDigits = 11;

    private const int MaxGroups = 3;

    private static readonly SearchValues<char> Starts = SearchValues.Create("0+(\uFF10\uFF0B\uFF08");

    /// <summary>Adds the phone numbers of <paramref name="text"/> in order; returns the characters examined.</summary>
    public static long Scan(ReadOnlySpan<char> text, EntityList phones)
    {
        long steps = 0;
        var i = 0;
        Span<char> digits = stackalloc char[MaxDigits + 1];
        while (true)
        {
            var next = text[i..].IndexOfAny(Starts);
            if (next < 0)
            {
                return steps + text.Length - i;
            }

            steps += next + 1;
            var start = i + next;
            i = start + 1;
            if (IsGluedBefore(text, start))
            {
                continue;
            }

            var end = Match(text, start, digits, out var count, out var flags, out var examined);
            steps += examined;
            if (end < 0)
            {
                continue;
            }

            phones.Add(new EntityMatch
            {
                Kind = SyntaxKind.PhoneNumber,
                Flags = flags | Classify(digits[..count]),
                Start = start,
                End = end,
                ValueStart = start,
                ValueEnd = end,
                SuffixStart = end,
            });
            i = end;
        }
    }

    /// <summary>
    /// Writes the digits of the number in <paramref name="number"/> (a phone-number token's text)
    /// to <paramref name="destination"/> in domestic form: ASCII digits, 0 in place of +81.
    /// Returns how many were written, or 0 when the text is not a number.
    /// </summary>
    public static int Digits(ReadOnlySpan<char> number, Span<char> destination)
    {
        Span<char> digits = stackalloc char[MaxDigits + 1];
        if (number.Length == 0 || Match(number, 0, digits, out var count, out _, out _) != number.Length || destination.Length < count)
        {
            return 0;
        }

        digits[..count].CopyTo(destination);
        return count;
    }

    private static bool IsGluedBefore(ReadOnlySpan<char> text, int start)
    {
        if (start == 0)
        {
            return false;
        }

        var previous = text[start - 1];
        if (ContactChars.IsDigit(previous) || ContactChars.Narrow(previous) == '+')
        {
            return true;
        }

        return start >= 2 && IsJoiner(previous) && ContactChars.IsDigit(text[start - 2]);
    }

    /// <summary>Characters that join digit groups into one longer figure when digits stand on both sides.</summary>
    private static bool IsJoiner(char c) => ContactChars.IsDash(c) || ContactChars.Narrow(c) is '.' or ',' or '/';

    /// <summary>Matches a number at <paramref name="start"/>; returns its end or -1.</summary>
    private static int Match(ReadOnlySpan<char> text, int start, Span<char> digits, out int count, out SyntaxTokenFlags flags, out int examined)
    {
        count = 0;
        flags = SyntaxTokenFlags.None;
        var p = start;
        var end = MatchCore(text, ref p, digits, ref count, ref flags);
        examined = p - start + 1;
        return end;
    }

    private static int MatchCore(ReadOnlySpan<char> text, ref int p, Span<char> digits, ref int count, ref SyntaxTokenFlags flags)
    {
        var first = ContactChars.Narrow(text[p]);
        if (first == '+')
        {
            // +81, an optional separator, an optional "(0)", then the number without its 0.
            if (p + 2 >= text.Length || ContactChars.Narrow(text[p + 1]) != '8' || ContactChars.Narrow(text[p + 2]) != '1')
            {
                return -1;
            }

            p += 3;
            flags |= SyntaxTokenFlags.InternationalFormat;
            digits[count++] = '0';
            if (p < text.Length && (ContactChars.IsDash(text[p]) || ContactChars.IsSpace(text[p])))
            {
                p++;
            }

            if (p + 2 < text.Length && ContactChars.IsOpenParenthesis(text[p]) && ContactChars.Narrow(text[p + 1]) == '0'
                && ContactChars.IsCloseParenthesis(text[p + 2]))
            {
                p += 3;
            }

            if (p >= text.Length || !ContactChars.IsDigit(text[p]) || ContactChars.Narrow(text[p]) == '0')
            {
                return -1;
            }
        }

        var inParentheses = false;
        if (ContactChars.IsOpenParenthesis(text[p]))
        {
            if (count > 0 || p + 1 >= text.Length || ContactChars.Narrow(text[p + 1]) != '0')
            {
                return -1;
            }

            inParentheses = true;
            p++;
        }
        else if (count == 0 && ContactChars.Narrow(text[p]) != '0')
        {
            return -1;
        }

        var required = 0;
        var groups = 0;
        while (true)
        {
            var groupStart = p;
            while (p < text.Length && ContactChars.IsDigit(text[p]))
            {
                if (count == MaxDigits)
                {
                    return -1;
                }

                if (ContactChars.IsFullWidth(text[p]))
                {
                    flags |= SyntaxTokenFlags.FullWidthCharacters;
                }

                digits[count++] = ContactChars.Narrow(text[p]);
                p++;
            }

            if (p == groupStart || ++groups > MaxGroups)
            {
                return -1;
            }

            if (required == 0 && count >= 3)
            {
                required = RequiredLength(digits);
                if (required < 0)
                {
                    return -1;
                }
            }

            if (required > 0 && count > required)
            {
                return -1;
            }

            if (inParentheses)
            {
                // "(0225)95-1111" and "0225(95)1111": the group closes, one space may follow, and the number goes on.
                if (p >= text.Length || !ContactChars.IsCloseParenthesis(text[p]) || count == required)
                {
                    return -1;
                }

                p++;
                inParentheses = false;
                if (p < text.Length && ContactChars.IsSpace(text[p]))
                {
                    p++;
                }

                continue;
            }

            if (required > 0 && count == required)
            {
                break;
            }

            if (p >= text.Length)
            {
                return -1;
            }

            if (ContactChars.IsDash(text[p]) || ContactChars.IsSpace(text[p]))
            {
                p++;
            }
            else if (ContactChars.IsOpenParenthesis(text[p]))
            {
                p++;
                inParentheses = true;
            }
            else
            {
                return -1;
            }
        }

        // Not the start of a longer figure: no digit, and no joiner followed by a digit.
        if (p < text.Length && (ContactChars.IsDigit(text[p])
            || (p + 1 < text.Length && IsJoiner(text[p]) && ContactChars.IsDigit(text[p + 1]))))
        {
            return -1;
        }

        return p;
    }

    /// <summary>How many digits a number starting with these three has (domestic form), or -1.</summary>
    private static int RequiredLength(ReadOnlySpan<char> digits)
    {
        if (digits[0] != '0' || digits[1] == '0')
        {
            return -1;
        }

        if (digits[2] != '0')
        {
            return 10;
        }

        return digits[1] is '2' or '5' or '7' or '8' or '9' ? 11 : -1;
    }

    private static SyntaxTokenFlags Classify(ReadOnlySpan<char> digits)
    {
        if (digits[1] is '7' or '8' or '9' && digits[2] == '0' && !(digits[1] == '8' && digits[3] == '0'))
        {
            return SyntaxTokenFlags.MobileNumber;
        }

        if (digits[1] == '5' && digits[2] == '0')
        {
            return SyntaxTokenFlags.IpPhoneNumber;
        }

        return digits.StartsWith("0120") || digits.StartsWith("0800") ? SyntaxTokenFlags.TollFreeNumber : SyntaxTokenFlags.None;
    }
}
