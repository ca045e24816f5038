using System.Collections.Immutable;
using System.CommandLine;
using PostLint.Cli.Infrastructure;
using PostLint.Cli.Localization;
using PostLint.Configuration;
using PostLint.Reporting;

namespace PostLint.Cli.Commands;

/// <summary>
/// Options shared by the verbs that analyse posts (check, fix, audit, rules), with their help in
/// the language of the run. The same option means the same thing in every verb: <c>-o</c> is
/// always where the report goes.
/// </summary>
internal sealed class CommonOptions
{
    private readonly CliText _text;

    public CommonOptions(CliText text)
    {
        _text = text;
        Profile = new("--profile", "-p") { Description = text["option.profile"], HelpName = "NAME" };
        Config = new("--config", "-c") { Description = text["option.config"], HelpName = "FILE" };
        Sponsored = new("--sponsored") { Description = text["option.sponsored"] };
        Platform = new("--platform") { Description = text["option.platform"], HelpName = "NAME" };
        Format = new("--format", "-f") { Description = text["option.format"], DefaultValueFactory = static _ => "text", HelpName = "FORMAT" };
        Output = new("--output", "-o") { Description = text["option.output"], HelpName = "FILE" };
        MaxWarnings = new("--max-warnings") { Description = text["option.maxWarnings"], HelpName = "N" };
        UnsafeFixes = new("--unsafe-fixes") { Description = text["option.unsafeFixes"] };
        Dicdir = new("--dicdir") { Description = text["option.dicdir"], HelpName = "DIR" };
        DocsUrl = new("--docs-url") { Description = text["option.docsUrl"], HelpName = "URL" };
        Select = new("--select") { Description = text["option.select"], HelpName = "RULE[,RULE…]" };
        Ignore = new("--ignore") { Description = text["option.ignore"], HelpName = "RULE[,RULE…]" };
        Quiet = new("--quiet", "-q") { Description = text["option.quiet"] };
        PrintConfig = new("--print-config") { Description = text["option.printConfig"] };
        NoCache = new("--no-cache") { Description = text["option.noCache"] };
    }

    public Option<string?> Profile { get; }

    public Option<string?> Config { get; }

    public Option<bool> Sponsored { get; }

    public Option<string?> Platform { get; }

    public Option<string> Format { get; }

    public Option<string?> Output { get; }

    public Option<int?> MaxWarnings { get; }

    public Option<bool> UnsafeFixes { get; }

    public Option<string?> Dicdir { get; }

    public Option<string?> DocsUrl { get; }

    /// <summary>Rule ids or prefixes to run, comma-separated and repeatable (<c>--select PL1,PL2001</c>).</summary>
    public Option<string[]> Select { get; }

    public Option<string[]> Ignore { get; }

    /// <summary>Errors only: warnings and suggestions are left out of the report and counted as hidden.</summary>
    public Option<bool> Quiet { get; }

    public Option<bool> PrintConfig { get; }

    /// <summary>Keeps nothing between runs (<see cref="CacheLocation"/>): every run compiles the lexicons from scratch.</summary>
    public Option<bool> NoCache { get; }

    public void AddConfigurationOptions(Command command)
    {
        command.Options.Add(Profile);
        command.Options.Add(Config);
        command.Options.Add(Sponsored);
        command.Options.Add(Platform);
        command.Options.Add(DocsUrl);
    }

    /// <summary>The options of the verbs that analyse: which rules run, what the report shows, and --print-config.</summary>
    public void AddSelectionOptions(Command command)
    {
        command.Options.Add(Select);
        command.Options.Add(Ignore);
        command.Options.Add(Quiet);
        command.Options.Add(PrintConfig);
    }

    public void AddReportOptions(Command command)
    {
        command.Options.Add(Format);
        command.Options.Add(Output);
        command.Options.Add(MaxWarnings);
    }

    /// <summary>
    /// Reads the configuration options; false (with a message) when a value is not valid. With
    /// <paramref name="environment"/> (the verbs that analyse posts), the run keeps the lexicons'
    /// morpheme keys in the user's cache folder unless <c>--no-cache</c> says not to.
    /// </summary>
    public bool TryGetOverrides(ParseResult parseResult, TextWriter error, out ConfigurationOverrides overrides, Func<string, string?>? environment = null)
    {
        overrides = new ConfigurationOverrides
        {
            Profile = parseResult.GetValue(Profile),
            Sponsored = parseResult.GetValue(Sponsored) ? true : null,
            MecabDicdir = parseResult.GetResult(Dicdir) is null ? null : parseResult.GetValue(Dicdir),
            CacheDirectory = environment is null || (parseResult.CommandResult.Command.Options.Contains(NoCache) && parseResult.GetValue(NoCache))
                ? null
                : CacheLocation.Resolve(environment),
        };

        var platform = parseResult.GetValue(Platform);
        if (platform is not null)
        {
            if (!PostLint.Syntax.PlatformLimits.TryParsePlatform(platform, out var value))
            {
                error.WriteLine(_text.Format("error.unknownPlatform", platform, string.Join(", ", PostLint.Syntax.PlatformLimits.PlatformNames)));
                return false;
            }

            overrides = overrides with { Platform = value };
        }

        if (parseResult.GetResult(DocsUrl) is not null)
        {
            var docsUrl = parseResult.GetValue(DocsUrl) ?? string.Empty;
            if (!ConfigurationResolver.TryNormalizeDocsUrl(docsUrl, out var url))
            {
                error.WriteLine(_text.Format("error.docsUrl", docsUrl));
                return false;
            }

            overrides = overrides with { DocsUrl = url };
        }

        if (parseResult.CommandResult.Command.Options.Contains(Select))
        {
            if (!TryGetSelectors(parseResult, Select, error, out var select) ||
                !TryGetSelectors(parseResult, Ignore, error, out var ignore))
            {
                return false;
            }

            overrides = overrides with { Select = select, Ignore = ignore };
        }

        return true;
    }

    /// <summary>
    /// The selectors of <c>--select</c> or <c>--ignore</c>: comma-separated, repeatable, any case.
    /// A selector that is neither a rule id nor the prefix of one is a usage error with the
    /// closest rule id, so that a typo does not silently select nothing.
    /// </summary>
    private bool TryGetSelectors(ParseResult parseResult, Option<string[]> option, TextWriter error, out ImmutableArray<string> selectors)
    {
        var builder = ImmutableArray.CreateBuilder<string>();
        foreach (var value in parseResult.GetValue(option) ?? [])
        {
            foreach (var part in value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                var selector = part.ToUpperInvariant();
                if (!RuleCatalog.Ids.Any(id => RuleSelection.Matches(selector, id)))
                {
                    var hint = RuleCatalog.Closest(selector) is { } closest ? _text.Format("error.didYouMean", closest) : string.Empty;
                    var verb = parseResult.CommandResult.Command.Name;
                    error.WriteLine(_text.Format("error.usage", _text.Format("error.unknownRuleSelector", option.Name, part, hint), $"postlint {verb} --help"));
                    selectors = [];
                    return false;
                }

                if (!builder.Contains(selector))
                {
                    builder.Add(selector);
                }
            }
        }

        selectors = builder.ToImmutable();
        return true;
    }

    public bool TryGetFormat(ParseResult parseResult, TextWriter error, out ReportFormat format)
    {
        var name = parseResult.GetValue(Format);
        if (ReportFormats.TryParse(name, out format))
        {
            return true;
        }

        error.WriteLine(_text.Format("error.unknownFormat", name, string.Join(", ", ReportFormats.Names)));
        return false;
    }
}
