using System.Collections.Immutable;

namespace PostLint.Diagnostics;

/// <summary>
/// The engine's own diagnostics (PL0xxx): problems with the input, the configuration or the
/// environment rather than with a post. They are reported by the CLI and the readers, not by analyzers.
/// </summary>
public static class EngineDiagnostics
{
    /// <summary>The id of <see cref="InputRecord"/>.</summary>
    public const string InputRecordId = "PL0001";
    /// <summary>The id of <see cref="Configuration"/>.</summary>
    public const string ConfigurationId = "PL0002";
    /// <summary>The id of <see cref="DictionaryNotFound"/>.</summary>
    public const string DictionaryNotFoundId = "PL0003";
    /// <summary>The id of <see cref="SpellingDictionaryNotFound"/>.</summary>
    public const string SpellingDictionaryNotFoundId = "PL0004";

    /// <summary>PL0001: an input record could not be read; the run goes on.</summary>
    public static readonly DiagnosticDescriptor InputRecord = new(
        InputRecordId,
        "Input record could not be read",
        "レコードを読み取れませんでした: {0}",
        DiagnosticCategory.Engine,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "A record of the input (a malformed JSON or CSV record, invalid UTF-8, a record without text) could not be analysed. It is reported with its file, line and record number, and the run goes on.");

    /// <summary>PL0002: the configuration cannot be used; the CLI exits 2.</summary>
    public static readonly DiagnosticDescriptor Configuration = new(
        ConfigurationId,
        "Configuration problem",
        "設定に問題があります: {0}",
        DiagnosticCategory.Engine,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "An unknown key, unknown rule id, bad severity, unreadable lexicon or invalid value in postlint.json or a profile. Every problem is reported with its position; the CLI exits with code 2.");

    /// <summary>PL0003: no MeCab dictionary, so content rules match surface forms only.</summary>
    public static readonly DiagnosticDescriptor DictionaryNotFound = new(
        DictionaryNotFoundId,
        "MeCab dictionary not found",
        "MeCab 辞書を使えないため、内容ルールは表層形で照合します（{0}）",
        DiagnosticCategory.Engine,
        DiagnosticSeverity.Info,
        isEnabledByDefault: true,
        description: "No MeCab dictionary was found (config mecab.dicdir, MECAB_DICDIR, mecabrc, standard install paths), so rules that match words fall back to surface matching with word-boundary checks. Reported once per run.");

    /// <summary>
    /// PL0004: no Hunspell dictionary for the spelling rule, so PL5003 does not run. The
    /// counterpart of PL0003 for the English dictionary: reported once per run, at no location.
    /// </summary>
    public static readonly DiagnosticDescriptor SpellingDictionaryNotFound = new(
        SpellingDictionaryNotFoundId,
        "Hunspell dictionary not found",
        "英語の綴りの辞書（Hunspell）を使えないため、PL5003 は英単語の綴りを確認しません（{0}）",
        DiagnosticCategory.Engine,
        DiagnosticSeverity.Info,
        isEnabledByDefault: true,
        description: "No Hunspell dictionary (en_US .aff + .dic) was found (config spelling.dictionary, DICPATH, the standard install folders), or spelling.dictionary is none, so PL5003 does not check English words. Reported once per run.");

    /// <summary>Every engine descriptor, PL0001 to PL0004, in id order.</summary>
    public static ImmutableArray<DiagnosticDescriptor> All { get; } = [InputRecord, Configuration, DictionaryNotFound, SpellingDictionaryNotFound];
}
