using System.Buffers;
using System.Collections.Immutable;
using PostLint.Analysis;
using PostLint.Diagnostics;
using PostLint.Rules.Infrastructure;
using PostLint.Syntax;
using PostLint.Text;

namespace PostLint.Rules.Privacy;

/// <summary>
/// PL4001: personal information in a post — a mobile number, a personal e-mail address, a
/// マイナンバー or a payment card number. An official post speaks for the city: a contact in it
/// should be an office's, never a person's own phone or mailbox, and identifying numbers never
/// belong in a post at all.
/// <list type="bullet">
/// <item>Mobile numbers: the lexer's phone-number tokens flagged <see cref="SyntaxTokenFlags.MobileNumber"/>
/// (070/080/090, also <c>+81 90…</c>, full-width digits, hyphens, spaces, brackets). Fixed lines
/// (<c>0225-95-1111</c>), toll-free and IP-phone numbers are offices' numbers and are left alone.</item>
/// <item>E-mail addresses: the lexer's e-mail tokens at a free-mail or mobile-carrier domain
/// (<c>Data/Lists/personal-email-domains.txt</c>), or at any domain with
/// <c>privacy.reportAllEmails</c>. A domain of <c>privacy.allowedEmailDomains</c> (the profiles list
/// their city's own) or one of its subdomains is never reported.</item>
/// <item>マイナンバー: 12 digits with a valid check digit, written in one run or as 4-4-4 groups
/// with one kind of separator (space or dash), not part of a longer figure.</item>
/// <item>Payment cards: 13–19 digits of a card network that pass the Luhn check, in one run or
/// in groups (4 digits, then groups of 3–6) with one kind of separator. A 13-digit 法人番号
/// (public corporate number) is not a card.</item>
/// </list>
/// A figure glued to other digits, letters, a decimal point or a comma is part of something else
/// (a product code, an amount), and a figure followed by a unit (円, 人, 件 …) or preceded by a
/// currency sign is a quantity; neither is reported. Mobile numbers and e-mail addresses are
/// reported one severity level below the rule's (SPEC: error, mobile/e-mail: warning). The display
/// fix shows the text masked; messages show only the masked form, so reports do not repeat the
/// personal data.
/// </summary>
public sealed class PL4001PersonalInformation : PostAnalyzer
{
    /// <summary>The rule id, <c>PL4001</c>: how configuration (<c>rules</c>, front matter <c>ignore</c>), baselines and reports name this rule.</summary>
    public const string DiagnosticId = "PL4001";

    /// <summary>The list of free-mail and mobile-carrier domains, relative to <c>Data/</c>.</summary>
    public const string PersonalEmailDomainsFile = "Lists/personal-email-domains.txt";

    /// <summary>The property that names what was found: <c>mobile</c>, <c>email</c>, <c>myNumber</c> or <c>paymentCard</c>.</summary>
    public const string KindProperty = "kind";

    /// <summary>Digits a mobile number keeps unmasked: the 070/080/090 (or +81 90) that say it is a mobile number.</summary>
    private const int MobileSubscriberDigits = 8;

    /// <summary>A card keeps its last four digits, as card statements and receipts print it (PCI DSS).</summary>
    private const int CardVisibleDigits = 4;

    /// <summary>The longest group of a number written in groups (Amex and Diners cards: 4-6-5, 4-6-4).</summary>
    private const int MaxGroupLength = 6;

    private static readonly SearchValues<char> DigitChars = SearchValues.Create("0123456789０１２３４５６７８９");

    /// <summary>Counters and units that make a figure a quantity (予算 123456789012 円, 1234567890123 人).</summary>
    private static readonly SearchValues<char> Units = SearchValues.Create("円人件名個枚年月日時分秒回歳号台本冊点部万億兆千百％%㎏㎞");

    private static readonly SearchValues<char> CurrencySigns = SearchValues.Create("¥￥$＄€£");

    private static readonly Lazy<EmailDomainSet> BuiltInPersonalDomains = new(() => new EmailDomainSet(ReadDomainList(PersonalEmailDomainsFile)));

    /// <summary>
    /// The descriptor of PL4001 ("Personal information"): an error by default. Profiles and the
    /// <c>rules</c> and <c>categories</c> settings change its severity; findings carry its id (<see cref="Diagnostic.Id"/>).
    /// </summary>
    public static readonly DiagnosticDescriptor Rule = new(
        DiagnosticId,
        "Personal information",
        "{0}（{1}）は個人情報です。{2}（{3}）",
        DiagnosticCategory.Privacy,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "Mobile numbers (070/080/090), personal e-mail addresses (free-mail and mobile-carrier domains, or every address outside privacy.allowedEmailDomains with privacy.reportAllEmails), マイナンバー (12 digits with a valid check digit) and payment card numbers (13–19 digits passing Luhn). An official post gives an office's contact, never a person's, and never an identifying number. Mobile numbers and e-mail addresses are reported one level below the rule's severity.",
        references: ["石巻市ソーシャルメディアガイドライン 4(3)"]);

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    /// <summary>Reads <c>privacy</c> (<see cref="PrivacyOptions"/>).</summary>
    public override ImmutableArray<Configuration.OptionSection> OptionSections { get; } = [PrivacyOptions.Section];

    /// <summary>The built-in free-mail and mobile-carrier domains.</summary>
    internal static EmailDomainSet PersonalEmailDomains => BuiltInPersonalDomains.Value;

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var options = context.Options;
        var privacy = options.Get(PrivacyOptions.Section);
        var settings = new Settings(
            BuiltInPersonalDomains.Value,
            privacy.AllowedEmailDomains.IsDefaultOrEmpty ? EmailDomainSet.Empty : new EmailDomainSet(privacy.AllowedEmailDomains),
            privacy.ReportAllEmails,
            ClauseText.For(options, Rule));
        context.RegisterPostAction(post => Analyze(post, settings));
    }

    private static void Analyze(PostAnalysisContext context, Settings settings)
    {
        var text = context.Text.AsSpan();
        var tokens = context.Syntax.Tokens;
        Span<char> digits = stackalloc char[PersonalNumbers.MaxCardLength];

        // Figures are read across the text and whitespace tokens between other tokens: the groups
        // of "4111 1111 1111 1111" are separate text tokens, but a URL, hashtag, mention, phone
        // number, e-mail address or line break ends a figure.
        var regionStart = -1;
        for (var t = 0; t < tokens.Length; t++)
        {
            var token = tokens[t];
            if (token.Kind is SyntaxKind.Text or SyntaxKind.Whitespace)
            {
                if (regionStart < 0)
                {
                    regionStart = token.Span.Start;
                }

                continue;
            }

            if (regionStart >= 0)
            {
                ScanFigures(context, settings, text, regionStart, token.Span.Start, digits);
                regionStart = -1;
            }

            if (token.Kind == SyntaxKind.PhoneNumber && token.Has(SyntaxTokenFlags.MobileNumber))
            {
                var span = token.Span;
                var number = text.Slice(span.Start, span.Length);
                var masked = MaskDigits(number, CountDigits(number) - MobileSubscriberDigits, 0);
                Report(context, settings, span, Kind.Mobile, masked);
            }
            else if (token.Kind == SyntaxKind.EmailAddress)
            {
                var domain = text.Slice(token.ValueSpan.Start, token.ValueSpan.Length);
                if (!settings.Allowed.Contains(domain) && (settings.ReportAllEmails || settings.Personal.Contains(domain)))
                {
                    var local = PostSyntax.GetEmailLocalPartSpan(token);
                    var masked = MaskLocalPart(text.Slice(token.Span.Start, token.Span.Length), local.Length);
                    Report(context, settings, token.Span, Kind.Email, masked);
                }
            }
        }

        if (regionStart >= 0)
        {
            ScanFigures(context, settings, text, regionStart, text.Length, digits);
        }
    }

    /// <summary>Finds マイナンバー and card numbers among the figures of <c>text[start..end]</c>.</summary>
    private static void ScanFigures(PostAnalysisContext context, Settings settings, ReadOnlySpan<char> text, int start, int end, Span<char> digits)
    {
        var i = start;
        while (i < end)
        {
            var next = text[i..end].IndexOfAny(DigitChars);
            if (next < 0)
            {
                return;
            }

            var figureStart = i + next;
            var p = figureStart;
            var count = 0;
            var groups = 0;
            var firstGroup = 0;
            var groupsOfFour = true;
            var laterGroupsFit = true; // every group after the first has 3–6 digits
            var separator = '\0';
            var mixedSeparators = false;
            while (true)
            {
                var groupStart = p;
                while (p < end && ContactChars.IsDigit(text[p]))
                {
                    if (count < digits.Length)
                    {
                        digits[count] = ContactChars.Narrow(text[p]);
                    }

                    count++;
                    p++;
                }

                var length = p - groupStart;
                groups++;
                if (groups == 1)
                {
                    firstGroup = length;
                }
                else if (length is < 3 or > 6)
                {
                    laterGroupsFit = false;
                }

                groupsOfFour &= length == 4;
                // Only short groups go on across a separator: a long run followed by a space and
                // digits is two figures (「526018159084 4111 …」), not one written in groups.
                if (length <= MaxGroupLength && p + 1 < end && IsSeparator(text[p]) && ContactChars.IsDigit(text[p + 1]))
                {
                    if (separator == '\0')
                    {
                        separator = text[p];
                    }
                    else if (separator != text[p])
                    {
                        mixedSeparators = true;
                    }

                    p++;
                    continue;
                }

                break;
            }

            i = p;
            if (count < PersonalNumbers.MyNumberLength || count > PersonalNumbers.MaxCardLength ||
                IsGluedBefore(text, figureStart) || IsGluedAfter(text, p) || IsQuantity(text, figureStart, p))
            {
                continue;
            }

            var number = digits[..count];
            var grouped = groups > 1;
            var span = TextSpan.FromBounds(figureStart, p);
            var figure = text.Slice(figureStart, p - figureStart);
            if (count == PersonalNumbers.MyNumberLength)
            {
                if ((!grouped || (groups == 3 && groupsOfFour && !mixedSeparators)) && PersonalNumbers.IsMyNumber(number))
                {
                    Report(context, settings, span, Kind.MyNumber, MaskDigits(figure, 0, 0));
                }
            }
            else if ((!grouped || (firstGroup == 4 && laterGroupsFit && !mixedSeparators)) &&
                     !(count == PersonalNumbers.CorporateNumberLength && !grouped && PersonalNumbers.IsCorporateNumber(number)) &&
                     PersonalNumbers.IsPaymentCardNumber(number))
            {
                Report(context, settings, span, Kind.PaymentCard, MaskDigits(figure, 0, CardVisibleDigits));
            }
        }
    }

    /// <summary>Spaces and dashes between the groups of a number (「4111 1111 …」, 「3016-6131-8600」).</summary>
    private static bool IsSeparator(char c) => ContactChars.IsSpace(c) || ContactChars.IsDash(c);

    /// <summary>Characters that make a figure part of a longer one when a digit or letter stands on their other side.</summary>
    private static bool IsJoiner(char c) => ContactChars.IsDash(c) || ContactChars.Narrow(c) is '.' or ',' or '/' or ':' or '_' or '#';

    private static bool IsDigitOrLetter(char c) => ContactChars.IsLetterOrDigit(c);

    /// <summary>Part of a longer figure or code: a digit or letter right before it, or a joiner after one (「No.ABC-123…」, 「1,234…」).</summary>
    private static bool IsGluedBefore(ReadOnlySpan<char> text, int start)
    {
        if (start == 0)
        {
            return false;
        }

        var previous = text[start - 1];
        return IsDigitOrLetter(previous) || (IsJoiner(previous) && start >= 2 && IsDigitOrLetter(text[start - 2]));
    }

    private static bool IsGluedAfter(ReadOnlySpan<char> text, int end)
    {
        if (end >= text.Length)
        {
            return false;
        }

        var following = text[end];
        return IsDigitOrLetter(following) || (IsJoiner(following) && end + 1 < text.Length && IsDigitOrLetter(text[end + 1]));
    }

    /// <summary>A counted or priced figure: a unit after it (one space allowed) or a currency sign before it.</summary>
    private static bool IsQuantity(ReadOnlySpan<char> text, int start, int end)
    {
        var after = end < text.Length && ContactChars.IsSpace(text[end]) ? end + 1 : end;
        if (after < text.Length && Units.Contains(text[after]))
        {
            return true;
        }

        var before = start > 0 && ContactChars.IsSpace(text[start - 1]) ? start - 2 : start - 1;
        return before >= 0 && CurrencySigns.Contains(text[before]);
    }

    private static int CountDigits(ReadOnlySpan<char> text)
    {
        var count = 0;
        foreach (var c in text)
        {
            if (ContactChars.IsDigit(c))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>
    /// The text with its digits masked, except the first <paramref name="keepFirst"/> and the last
    /// <paramref name="keepLast"/>; separators and brackets stay, so the masked form reads like the
    /// original (「090-****-****」, 「＊＊＊＊　＊＊＊＊」 for full-width digits).
    /// </summary>
    internal static string MaskDigits(ReadOnlySpan<char> text, int keepFirst, int keepLast)
    {
        var total = CountDigits(text);
        var chars = text.ToArray();
        var index = 0;
        for (var i = 0; i < chars.Length; i++)
        {
            if (!ContactChars.IsDigit(chars[i]))
            {
                continue;
            }

            if (index >= keepFirst && index < total - keepLast)
            {
                chars[i] = MaskFor(chars[i]);
            }

            index++;
        }

        return new string(chars);
    }

    /// <summary>The address with its local part masked (「****@gmail.com」): the domain says what kind of address it was.</summary>
    internal static string MaskLocalPart(ReadOnlySpan<char> address, int localLength)
    {
        var chars = address.ToArray();
        for (var i = 0; i < localLength; i++)
        {
            chars[i] = MaskFor(chars[i]);
        }

        return new string(chars);
    }

    private static char MaskFor(char c) => ContactChars.IsFullWidth(c) ? '＊' : '*';

    private static void Report(PostAnalysisContext context, Settings settings, TextSpan span, Kind kind, string masked)
    {
        var (what, advice, fixTitle) = kind switch
        {
            Kind.Mobile => ("携帯電話番号", "問い合わせ先には担当課の電話番号を記載してください", "番号を伏せる"),
            Kind.Email => ("個人のメールアドレス", "問い合わせ先には市のメールアドレスを記載してください", "アドレスを伏せる"),
            Kind.MyNumber => ("マイナンバー（個人番号）", "投稿に記載せず、削除してください", "番号を伏せる"),
            _ => ("クレジットカード番号", "投稿に記載せず、削除してください", "番号を伏せる"),
        };
        var fix = CodeFix.Display($"{fixTitle}（{masked}）", TextEdit.Replace(span, masked));
        var diagnostic = Diagnostic.Create(Rule, span, [fix], KindProperties[(int)kind], what, masked, advice, settings.Clause);
        if (kind is Kind.Mobile or Kind.Email)
        {
            // SPEC: error, mobile/e-mail warning — a contact is less harmful than an identifying number.
            diagnostic = diagnostic.WithLoweredSeverity();
        }

        context.ReportDiagnostic(diagnostic);
    }

    private static readonly ImmutableArray<ImmutableDictionary<string, string>> KindProperties =
    [
        ImmutableDictionary<string, string>.Empty.Add(KindProperty, "mobile"),
        ImmutableDictionary<string, string>.Empty.Add(KindProperty, "email"),
        ImmutableDictionary<string, string>.Empty.Add(KindProperty, "myNumber"),
        ImmutableDictionary<string, string>.Empty.Add(KindProperty, "paymentCard"),
    ];

    /// <summary>Reads a domain list: the first word of each entry line (the rest says whose domain it is).</summary>
    internal static IReadOnlyList<string> ReadDomainList(string relativePath)
    {
        var domains = new List<string>();
        foreach (var entry in EmbeddedData.ReadList(relativePath))
        {
            var end = entry.AsSpan().IndexOfAny(' ', '\t');
            var domain = end < 0 ? entry : entry[..end];
            if (domain.Contains('@', StringComparison.Ordinal) || !domain.Contains('.', StringComparison.Ordinal) || domain.Any(char.IsAsciiLetterUpper))
            {
                throw new InvalidDataException($"Data/{relativePath}: '{domain}' is not a lower-case domain name.");
            }

            domains.Add(domain);
        }

        return domains;
    }

    private enum Kind
    {
        Mobile,
        Email,
        MyNumber,
        PaymentCard,
    }

    private sealed record Settings(EmailDomainSet Personal, EmailDomainSet Allowed, bool ReportAllEmails, string Clause);
}
