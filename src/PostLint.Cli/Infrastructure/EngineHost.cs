using Microsoft.Extensions.DependencyInjection;
using PostLint.Analysis;
using PostLint.Configuration;
using PostLint.Extensions.DependencyInjection;
using PostLint.Diagnostics;
using PostLint.Localization;
using PostLint.Reporting;
using PostLint.Rules.Spelling;

namespace PostLint.Cli.Infrastructure;

/// <summary>
/// Builds the engine for a CLI run the same way an embedding application does: through
/// <c>services.AddPostLint(...).AddBuiltInRules()</c>. A configuration problem is reported as
/// PL0002 with its file position and the run stops with exit code 2.
/// </summary>
internal static class EngineHost
{
    public const int ExitOk = 0;
    public const int ExitFindings = 1;
    public const int ExitFailure = 2;

    public static bool TryCreate(string? configPath, ConfigurationOverrides overrides, CliConsole console, out PostAnalysisEngine engine) =>
        TryCreate(configPath, overrides, console, out engine, out _);

    /// <summary>
    /// The same, with the engines of drafts whose per-path <c>overrides</c> or front matter change
    /// the configuration (<paramref name="engines"/> builds one per distinct configuration).
    /// </summary>
    public static bool TryCreate(string? configPath, ConfigurationOverrides overrides, CliConsole console, out PostAnalysisEngine engine, out PostAnalysisEngines engines)
    {
        var error = console.Error;
        engine = null!;
        engines = null!;
        if (configPath is not null && IoErrors.InputProblem(configPath, foldersAllowed: false, console.Messages) is { } problem)
        {
            error.WriteLine(console.Text.Format("error.cannotReadConfig", problem));
            return false;
        }

        var services = new ServiceCollection();
        services.AddPostLint(options =>
        {
            options.ConfigurationFile = configPath;
            options.DiscoverConfigurationFrom = configPath is null ? Directory.GetCurrentDirectory() : null;
            options.Overrides = overrides;
        }).AddBuiltInRules();

        using var provider = services.BuildServiceProvider();
        try
        {
            engine = provider.GetRequiredService<PostAnalysisEngine>();
            engines = provider.GetRequiredService<PostAnalysisEngines>();
            var unusable = new[] { UnusableDicdir(engine), UnusableSpellingDictionary(engine) }.OfType<ConfigurationProblem>().ToList();
            if (unusable.Count > 0)
            {
                WriteProblems(unusable, console);
                return false;
            }

            foreach (var notice in engine.Notices)
            {
                error.WriteLine(console.Text.Format("notice", notice.Render(console.Messages)));
            }

            return true;
        }
        catch (ConfigurationException e)
        {
            WriteProblems(e.Problems, console);
            return false;
        }
    }

    /// <summary>
    /// A MeCab folder the user named (<c>--dicdir</c>, <c>mecab.dicdir</c>) must hold a usable
    /// dictionary, whether or not a rule of this run needs it: the engine would fall back to
    /// surface matching with a PL0003 suggestion, which is right for a dictionary that was only
    /// looked for, and wrong for a path with a typo in it.
    /// </summary>
    private static ConfigurationProblem? UnusableDicdir(PostAnalysisEngine engine)
    {
        var dicdir = engine.Options.MecabDicdir;
        if (string.IsNullOrEmpty(dicdir) || PostLint.Morphology.MecabDictionaryLocator.IsNoDictionary(dicdir))
        {
            return null;
        }

        if (!new PostLint.Morphology.MecabDictionaryLocator().Locate(dicdir).Found)
        {
            return new ConfigurationProblem(LocalizedMessage.Of("config.dicdir.noSysDic", dicdir), dicdir);
        }

        var notFound = engine.RunDiagnostics.FirstOrDefault(static d => d.Id == EngineDiagnostics.DictionaryNotFound.Id);
        return notFound is null ? null : new ConfigurationProblem(LocalizedMessage.Of("config.dicdir.unreadable", notFound.MessageArguments.FirstOrDefault()), dicdir);
    }

    /// <summary>
    /// The same for a spelling dictionary named in the configuration (<c>spelling.dictionary</c>):
    /// PL5003 turns itself off with a notice when no dictionary is installed, which is right for
    /// one that was only looked for and wrong for one the user named.
    /// </summary>
    private static ConfigurationProblem? UnusableSpellingDictionary(PostAnalysisEngine engine)
    {
        var dictionary = engine.Options.Get(SpellingOptions.Section).Dictionary;
        var spellingRule = engine.SupportedDiagnostics.FirstOrDefault(static d => d.Id == "PL5003");
        if (string.IsNullOrEmpty(dictionary) || PostLint.Spelling.HunspellDictionaryLocator.IsNoDictionary(dictionary) || spellingRule is null || engine.Options.GetEffectiveSeverity(spellingRule) is null)
        {
            return null;
        }

        var location = new PostLint.Spelling.HunspellDictionaryLocator().Locate(dictionary);
        if (!location.Found)
        {
            return new ConfigurationProblem(LocalizedMessage.Of("config.spelling.notFound", location.DescribeNotFoundText(PostLint.Spelling.HunspellDictionaryLocator.DefaultLanguage)), dictionary);
        }

        // The rule's notice that it is off: "PL5003MisspeltWord: <why>", the why being the notice's own message.
        var off = engine.Notices.FirstOrDefault(static n => n.Arguments.Length == 2 && n.Arguments[1] is LocalizedMessage { Id: PL5003MisspeltWord.OffNoticeId });
        return off is null ? null : new ConfigurationProblem(LocalizedMessage.Of("config.spelling.unreadable", off), dictionary);
    }

    /// <summary>Every configuration problem as a PL0002 line: <c>postlint.json(4,5): error PL0002: …</c>.</summary>
    public static void WriteProblems(IEnumerable<ConfigurationProblem> problems, CliConsole console)
    {
        var error = console.Error;
        using var writer = new TextReportWriter(error, new TextReportOptions { Messages = console.Messages, ShowSnippets = false });
        foreach (var problem in problems)
        {
            // A problem of --profile or of the built-in default is located by a word, in the run's language.
            var located = problem.Path switch
            {
                "command line" => problem with { Path = console.Text["problem.origin.commandLine"] },
                "default" => problem with { Path = console.Text["problem.origin.default"] },
                _ => problem,
            };
            writer.WriteResult(PostResult.ForProblem(EngineDiagnostics.Configuration, problem.MessageIn(console.Messages), ProblemLocation(located, "postlint.json")));
        }

        error.Flush();
    }

    /// <summary>All rules a report lists: the engine's own PL0xxx and every analyzer's.</summary>
    public static ReportRun CreateRun(PostAnalysisEngine engine) =>
        new([.. EngineDiagnostics.All, .. engine.SupportedDiagnostics], engine.Options);

    /// <summary>The engine's once-per-run diagnostics (PL0003) as a result to put first in a report.</summary>
    public static PostResult? RunResult(PostAnalysisEngine engine, Messages messages) =>
        engine.RunDiagnostics.IsEmpty
            ? null
            : PostResult.ForRun([.. engine.RunDiagnostics.Select(d => d.WithArgumentsIn(messages))]);

    /// <summary>
    /// Where a configuration problem is: its file, line and column as the reader gave them (a
    /// problem of a whole file, such as one that cannot be read, has line 0), or
    /// <paramref name="defaultPath"/> when the problem names no file.
    /// </summary>
    public static DiagnosticLocation ProblemLocation(ConfigurationProblem problem, string defaultPath)
    {
        ArgumentNullException.ThrowIfNull(problem);
        var path = string.IsNullOrEmpty(problem.Path) ? defaultPath : problem.Path;
        return problem.Line >= 1
            ? DiagnosticLocation.InFile(path, problem.Line, problem.Column >= 1 ? problem.Column : null)
            : DiagnosticLocation.InFile(path);
    }

    public static int ExitCode(ReportSummary summary, int? maxWarnings) =>
        summary.Errors > 0 || (maxWarnings is { } max && summary.Warnings + summary.HiddenWarnings > max) ? ExitFindings : ExitOk;
}
