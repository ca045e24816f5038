namespace PostLint.Syntax;

/// <summary>
/// The length of a domain label after IDNA ToASCII as twitter-text 3.1.0 computes it (punycode.js
/// 1.4.1 <c>toASCII</c>, RFC 3492): parts separated by <c>. 。 ． ｡</c> are encoded separately, a
/// part with a character outside U+0020–U+007E becomes <c>xn--</c> + its punycode. Only the length
/// is needed (labels longer than 63 make a URL invalid), so nothing is allocated.
/// </summary>
internal static class Punycode
{
    private const int Base = 36;
    private const int TMin = 1;
    private const int TMax = 26;
    private const int Skew = 38;
    private const int Damp = 700;
    private const int InitialBias = 72;
    private const int InitialN = 128;

    private const int MaxExactPartLength = 256;

    /// <summary>
    /// Returns the encoded length; <see cref="int.MaxValue"/> stands for "far too long" (a part of
    /// more than 256 code units, or one whose encoding overflows, as punycode.js would throw).
    /// </summary>
    public static int EncodedLabelLength(ReadOnlySpan<char> label)
    {
        var total = 0;
        var partStart = 0;
        for (var i = 0; i <= label.Length; i++)
        {
            if (i == label.Length || label[i] is '.' or '\u3002' or '\uFF0E' or '\uFF61')
            {
                var part = EncodedPartLength(label[partStart..i]);
                if (part == int.MaxValue)
                {
                    return int.MaxValue;
                }

                total += part + (partStart > 0 ? 1 : 0);
                partStart = i + 1;
            }
        }

        return total;
    }

    private static int EncodedPartLength(ReadOnlySpan<char> part)
    {
        var needsEncoding = false;
        foreach (var c in part)
        {
            if (c is < '\u0020' or > '\u007E')
            {
                needsEncoding = true;
                break;
            }
        }

        if (!needsEncoding)
        {
            return part.Length;
        }

        // At least one output character per code point: a part this long can only be over 63
        // characters, so its exact length is not needed.
        if (part.Length > MaxExactPartLength)
        {
            return int.MaxValue;
        }

        // Decode UTF-16 the way punycode.js's ucs2decode does: pairs join, lone surrogates stay.
        Span<int> buffer = stackalloc int[part.Length];
        var count = 0;
        for (var i = 0; i < part.Length; i++)
        {
            var c = part[i];
            if (char.IsHighSurrogate(c) && i + 1 < part.Length && char.IsLowSurrogate(part[i + 1]))
            {
                buffer[count++] = char.ConvertToUtf32(c, part[++i]);
            }
            else
            {
                buffer[count++] = c;
            }
        }

        var input = buffer[..count];
        var basic = 0;
        foreach (var cp in input)
        {
            if (cp < 0x80)
            {
                basic++;
            }
        }

        long length = 4 + basic + (basic > 0 ? 1 : 0); // "xn--" + basic code points + delimiter
        var handled = basic;
        long n = InitialN;
        long delta = 0;
        var bias = InitialBias;
        while (handled < input.Length)
        {
            long m = int.MaxValue;
            foreach (var cp in input)
            {
                if (cp >= n && cp < m)
                {
                    m = cp;
                }
            }

            delta += (m - n) * (handled + 1);
            if (delta > int.MaxValue)
            {
                return int.MaxValue;
            }

            n = m;
            foreach (var cp in input)
            {
                if (cp < n && ++delta > int.MaxValue)
                {
                    return int.MaxValue;
                }

                if (cp == n)
                {
                    var q = delta;
                    for (var k = Base; ; k += Base)
                    {
                        var t = k <= bias ? TMin : (k >= bias + TMax ? TMax : k - bias);
                        if (q < t)
                        {
                            break;
                        }

                        length++;
                        q = (q - t) / (Base - t);
                    }

                    length++;
                    bias = Adapt(delta, handled + 1, handled == basic);
                    delta = 0;
                    handled++;
                }
            }

            delta++;
            n++;
        }

        return length > int.MaxValue ? int.MaxValue : (int)length;
    }

    private static int Adapt(long delta, int numPoints, bool firstTime)
    {
        delta = firstTime ? delta / Damp : delta >> 1;
        delta += delta / numPoints;
        var k = 0;
        while (delta > ((Base - TMin) * TMax) >> 1)
        {
            delta /= Base - TMin;
            k += Base;
        }

        return (int)(k + (((Base - TMin + 1) * delta) / (delta + Skew)));
    }
}
