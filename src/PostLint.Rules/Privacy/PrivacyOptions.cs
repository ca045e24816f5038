using System.Collections.Immutable;
using System.Text;
using PostLint.Configuration;
using PostLint.Localization;

namespace PostLint.Rules.Privacy;

/// <summary>The <c>privacy</c> section of <c>postlint.json</c>, read by PL4001.</summary>
/// <param name="AllowedEmailDomains">
/// <c>privacy.allowedEmailDomains</c>: e-mail domains PL4001 never reports, in lower case (the
/// profiles list their city's own). A domain also covers its subdomains. Adds to the profile's.
/// </param>
/// <param name="ReportAllEmails">
/// <c>privacy.reportAllEmails</c>: PL4001 reports every e-mail address outside
/// <paramref name="AllowedEmailDomains"/>, not only those at free-mail and mobile-carrier domains.
/// </param>
public sealed record PrivacyOptions(ImmutableArray<string> AllowedEmailDomains, bool ReportAllEmails)
{
    private const string Schema = """
        {
          "properties": {
            "allowedEmailDomains": { "type": "array", "items": { "type": "string", "pattern": "^[@＠]?[^@＠/*:\\s]+$" }, "description": "E-mail domains PL4001 never reports (the city's own), written as the part after @ (city.ishinomaki.lg.jp); a domain also covers its subdomains. Lists add to the profile's." },
            "reportAllEmails": { "type": "boolean", "description": "PL4001 reports every e-mail address outside allowedEmailDomains, not only addresses at free-mail and mobile-carrier domains (gmail.com, docomo.ne.jp …). Default false." }
          }
        }
        """;

    /// <summary>The declaration of the section; PL4001 lists it in its <c>OptionSections</c>.</summary>
    public static readonly OptionSection<PrivacyOptions> Section = new(
        "privacy",
        Schema,
        static section => new PrivacyOptions(section.Items("allowedEmailDomains", Domain), section.Boolean("reportAllEmails") ?? false));

    /// <summary>
    /// A domain of <c>privacy.allowedEmailDomains</c>: the part after the at sign
    /// (<c>city.ishinomaki.lg.jp</c>; a leading <c>@</c> is accepted, full-width folded, compared in
    /// lower case), letters, digits and hyphens in dot-separated labels. Anything else (a whole
    /// address, a URL, a wildcard) is PL0002 at the item, since it would silently allow nothing.
    /// </summary>
    private static string? Domain(OptionValue item)
    {
        var domain = item.Text.Trim().TrimStart('@', '＠').Normalize(NormalizationForm.FormKC);
        if (IsEmailDomain(domain))
        {
            return domain.ToLowerInvariant();
        }

        item.Report(LocalizedMessage.Of("config.notEmailDomain", item.Text));
        return null;
    }

    private static bool IsEmailDomain(string domain)
    {
        if (domain.Length is 0 or > 253)
        {
            return false;
        }

        foreach (var label in domain.Split('.'))
        {
            if (label.Length is 0 or > 63 || label[0] == '-' || label[^1] == '-')
            {
                return false;
            }

            foreach (var c in label)
            {
                if (!char.IsLetterOrDigit(c) && c != '-')
                {
                    return false;
                }
            }
        }

        return true;
    }
}
