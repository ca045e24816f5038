namespace PostLint.Text;

/// <summary>
/// Character tests of the e-mail and phone-number scanners, public so that rules reading contact
/// details (PL4001) test characters the same way. Japanese writers type
/// addresses and numbers in full-width forms as often as in ASCII (<c>０９０－１２３４－５６７８</c>,
/// <c>info＠city.jp</c>), so every test first narrows a full-width ASCII variant (U+FF01–U+FF5E)
/// to its ASCII letter.
/// </summary>
public static class ContactChars
{
    /// <summary>The ASCII character a full-width variant stands for, or the character itself.</summary>
    public static char Narrow(char c) => c is >= '\uFF01' and <= '\uFF5E' ? (char)(c - 0xFEE0) : c;

    /// <summary>True for a full-width ASCII variant (U+FF01–U+FF5E).</summary>
    public static bool IsFullWidth(char c) => c is >= '\uFF01' and <= '\uFF5E';

    /// <summary>True for 0–9 in ASCII or full width.</summary>
    public static bool IsDigit(char c) => char.IsAsciiDigit(Narrow(c));

    /// <summary>True for an ASCII letter or digit, or its full-width form.</summary>
    public static bool IsLetterOrDigit(char c) => char.IsAsciiLetterOrDigit(Narrow(c));

    /// <summary>
    /// The dashes people put between the groups of a phone number: the hyphen-minus and its
    /// full-width form, the Unicode hyphens and dashes, the minus sign, and the katakana
    /// prolonged sound marks (ー, ｰ) that Japanese input methods often produce instead.
    /// </summary>
    public static bool IsDash(char c) =>
        c is '-' or '\uFF0D' or '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212'
            or '\uFE63' or '\u30FC' or '\uFF70';

    /// <summary>Space, no-break space and the ideographic space U+3000.</summary>
    public static bool IsSpace(char c) => c is ' ' or '\u00A0' or '\u3000';

    /// <summary>True for <c>(</c> and its full-width form.</summary>
    public static bool IsOpenParenthesis(char c) => c is '(' or '\uFF08';

    /// <summary>True for <c>)</c> and its full-width form.</summary>
    public static bool IsCloseParenthesis(char c) => c is ')' or '\uFF09';
}
