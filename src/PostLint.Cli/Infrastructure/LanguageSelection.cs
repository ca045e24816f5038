using PostLint.Localization;

namespace PostLint.Cli.Infrastructure;

/// <summary>
/// Chooses the language of everything <c>postlint</c> prints, before the command line is parsed
/// (the help texts themselves depend on it):
/// <list type="number">
/// <item><c>--lang ja</c> / <c>--lang en</c> (also <c>--lang=en</c>), anywhere on the command line;</item>
/// <item>else the locale environment in POSIX order — the first of <c>LC_ALL</c>, <c>LC_MESSAGES</c>,
/// <c>LANG</c> that is set and not empty: <c>en</c>/<c>en_*</c> is English;</item>
/// <item>everything else is Japanese: <c>ja_*</c>, no locale, <c>C</c>/<c>POSIX</c> (what containers
/// and CI runners set), and other languages, because PostLint's readers are Japanese writers and
/// officers and a locale such as <c>de_DE</c> says nothing about reading English.</item>
/// </list>
/// </summary>
internal static class LanguageSelection
{
    public const string OptionName = "--lang";

    private static readonly string[] LocaleVariables = ["LC_ALL", "LC_MESSAGES", "LANG"];

    /// <summary>The language, or false with <paramref name="invalid"/> set when <c>--lang</c> has a value PostLint does not speak.</summary>
    public static bool TryResolve(IReadOnlyList<string> args, Func<string, string?> environment, out DisplayLanguage language, out string? invalid)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(environment);
        invalid = null;
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg == "--")
            {
                break;
            }

            string? value = null;
            if (arg == OptionName)
            {
                value = i + 1 < args.Count ? args[i + 1] : string.Empty;
            }
            else if (arg.StartsWith(OptionName + "=", StringComparison.Ordinal) || arg.StartsWith(OptionName + ":", StringComparison.Ordinal))
            {
                value = arg[(OptionName.Length + 1)..];
            }

            if (value is not null)
            {
                if (TryParse(value, out language))
                {
                    return true;
                }

                invalid = value;
                language = DisplayLanguage.Japanese;
                return false;
            }
        }

        language = FromLocale(environment);
        return true;
    }

    /// <summary><c>ja</c>/<c>ja-JP</c>/<c>japanese</c> or <c>en</c>/<c>en-US</c>/<c>english</c>, any case.</summary>
    public static bool TryParse(string? value, out DisplayLanguage language)
    {
        var code = (value ?? string.Empty).Trim().ToUpperInvariant();
        if (code is "JA" or "JA-JP" or "JA_JP" or "JAPANESE" or "日本語")
        {
            language = DisplayLanguage.Japanese;
            return true;
        }

        if (code is "EN" or "ENGLISH" || code.StartsWith("EN-", StringComparison.Ordinal) || code.StartsWith("EN_", StringComparison.Ordinal))
        {
            language = DisplayLanguage.English;
            return true;
        }

        language = DisplayLanguage.Japanese;
        return false;
    }

    /// <summary>The language of the locale environment (LC_ALL, then LC_MESSAGES, then LANG).</summary>
    public static DisplayLanguage FromLocale(Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        foreach (var name in LocaleVariables)
        {
            var value = environment(name);
            if (string.IsNullOrEmpty(value))
            {
                continue;
            }

            // en_US.UTF-8, en_GB, en, en_US@euro: the language is what comes before _ . @
            var end = value.AsSpan().IndexOfAny("_.@-");
            var code = end >= 0 ? value[..end] : value;
            return string.Equals(code, "en", StringComparison.OrdinalIgnoreCase) ? DisplayLanguage.English : DisplayLanguage.Japanese;
        }

        return DisplayLanguage.Japanese;
    }
}
