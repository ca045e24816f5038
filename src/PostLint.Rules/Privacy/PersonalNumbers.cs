namespace PostLint.Rules.Privacy;

/// <summary>
/// The check digits that tell an identifying number from any other figure of the same length.
/// Every method takes ASCII digits only (the caller folds full-width digits first).
/// </summary>
internal static class PersonalNumbers
{
    public const int MyNumberLength = 12;

    public const int CorporateNumberLength = 13;

    public const int MinCardLength = 13;

    public const int MaxCardLength = 19;

    /// <summary>
    /// True for a マイナンバー (個人番号) with a valid check digit. The formula is the one of
    /// 「行政手続における特定の個人を識別するための番号の利用等に関する法律の規定による通知カード
    /// 及び個人番号カード並びに情報提供ネットワークシステムによる特定個人情報の提供等に関する省令」
    /// 第5条: with Pn the n-th of the first eleven digits counted from the right (n = 1 … 11) and
    /// Qn = n + 1 for n ≤ 6, n − 5 for n ≥ 7 — weights 6,5,4,3,2,7,6,5,4,3,2 from the left —
    /// the check digit is 0 when Σ Pn × Qn mod 11 ≤ 1, else 11 − (Σ Pn × Qn mod 11).
    /// </summary>
    public static bool IsMyNumber(ReadOnlySpan<char> digits)
    {
        if (digits.Length != MyNumberLength)
        {
            return false;
        }

        var sum = 0;
        for (var n = 1; n <= 11; n++)
        {
            var p = digits[11 - n] - '0';
            var q = n <= 6 ? n + 1 : n - 5;
            sum += p * q;
        }

        var remainder = sum % 11;
        var check = remainder <= 1 ? 0 : 11 - remainder;
        return digits[11] - '0' == check;
    }

    /// <summary>
    /// True for a 法人番号 (corporate number, published by 国税庁 for every company and public
    /// body): 13 digits whose first is the check digit 9 − (Σ Pn × Qn mod 9), with Pn the n-th of
    /// the other twelve digits counted from the right and Qn = 1 for odd n, 2 for even n
    /// (法人番号の指定等に関する省令 第2条). A corporate number is public, not personal.
    /// </summary>
    public static bool IsCorporateNumber(ReadOnlySpan<char> digits)
    {
        if (digits.Length != CorporateNumberLength)
        {
            return false;
        }

        var sum = 0;
        for (var n = 1; n <= 12; n++)
        {
            var p = digits[13 - n] - '0';
            sum += p * (n % 2 == 1 ? 1 : 2);
        }

        return digits[0] - '0' == 9 - (sum % 9);
    }

    /// <summary>
    /// True for a payment card number: 13–19 digits that pass the Luhn check (ISO/IEC 7812-1
    /// Annex B) and start with a major industry identifier of the card networks — 3 (travel and
    /// entertainment: JCB, American Express, Diners), 4 and 5 (banking: Visa, Mastercard), 6
    /// (merchandising and banking: Discover, UnionPay) or 2 (Mastercard's 2221–2720 range).
    /// Other first digits are airline, petroleum, health or national numbers, not cards.
    /// </summary>
    public static bool IsPaymentCardNumber(ReadOnlySpan<char> digits) =>
        digits.Length is >= MinCardLength and <= MaxCardLength && digits[0] is >= '2' and <= '6' && PassesLuhn(digits);

    /// <summary>The Luhn (mod 10) check: from the right, every second digit doubled (minus 9 above 9); the sum ends in 0.</summary>
    public static bool PassesLuhn(ReadOnlySpan<char> digits)
    {
        var sum = 0;
        var doubled = false;
        for (var i = digits.Length - 1; i >= 0; i--)
        {
            var d = digits[i] - '0';
            if (doubled)
            {
                d *= 2;
                if (d > 9)
                {
                    d -= 9;
                }
            }

            sum += d;
            doubled = !doubled;
        }

        return digits.Length > 0 && sum % 10 == 0;
    }
}
