using System.CommandLine;
using PostLint.Configuration;
using PostLint.Reporting;

namespace PostLint.Cli.Commands;

/// <summary>Options shared by the verbs that analyse posts (check, fix, audit, rules).</summary>
internal sealed class CommonOptions
{
    public Option<string?> Profile { get; } = new("--profile", "-p")
    {
        Description = "Profile to use instead of what postlint.json extends: ishinomaki, joetsu, mine, recommended.",
        HelpName = "NAME",
    };

    public Option<string?> Config { get; } = new("--config", "-c")
    {
        Description = "Configuration file (default: postlint.json found by walking up from the current directory).",
        HelpName = "FILE",
    };

    public Option<bool> Sponsored { get; } = new("--sponsored")
    {
        Description = "Treat every post as sponsored work: a disclosure (#PR #石巻市 or 【PR】石巻市) is required (PL1004).",
    };

    public Option<string?> Platform { get; } = new("--platform")
    {
        Description = "Platform the posts are for: x, threads, instagram, line, facebook, youtube (default: config, else x).",
        HelpName = "NAME",
    };

    public Option<string> Format { get; } = new("--format", "-f")
    {
        Description = "Report format: text, json, sarif, github, csv.",
        DefaultValueFactory = static _ => "text",
        HelpName = "FORMAT",
    };

    public Option<string?> Output { get; } = new("--output", "-o")
    {
        Description = "Write the report to this file (written atomically) instead of standard output.",
        HelpName = "FILE",
    };

    public Option<int?> MaxWarnings { get; } = new("--max-warnings")
    {
        Description = "Exit with 1 when there are more warnings than this.",
        HelpName = "N",
    };

    public Option<bool> UnsafeFixes { get; } = new("--unsafe-fixes")
    {
        Description = "Also apply unsafe fixes (they may change the meaning: review them).",
    };

    public Option<string?> Dicdir { get; } = new("--dicdir")
    {
        Description = "MeCab dictionary folder (default: config mecab.dicdir, MECAB_DICDIR, mecabrc, standard paths).",
        HelpName = "DIR",
    };

    public Option<string?> DocsUrl { get; } = new("--docs-url")
    {
        Description = "Where the rule pages (PL1001.md …) are published; reports link each rule there (default: config docsUrl, else no link).",
        HelpName = "URL",
    };

    public void AddConfigurationOptions(Command command)
    {
        command.Options.Add(Profile);
        command.Options.Add(Config);
        command.Options.Add(Sponsored);
        command.Options.Add(Platform);
        command.Options.Add(DocsUrl);
    }

    public void AddReportOptions(Command command)
    {
        command.Options.Add(Format);
        command.Options.Add(Output);
        command.Options.Add(MaxWarnings);
    }

    /// <summary>Reads the configuration options; false (with a message) when a value is not valid.</summary>
    public bool TryGetOverrides(ParseResult parseResult, TextWriter error, out ConfigurationOverrides overrides)
    {
        overrides = new ConfigurationOverrides
        {
            Profile = parseResult.GetValue(Profile),
            Sponsored = parseResult.GetValue(Sponsored) ? true : null,
            MecabDicdir = parseResult.GetResult(Dicdir) is null ? null : parseResult.GetValue(Dicdir),
        };

        var platform = parseResult.GetValue(Platform);
        if (platform is not null)
        {
            if (!PostLint.Syntax.PlatformLimits.TryParsePlatform(platform, out var value))
            {
                error.WriteLine($"postlint: unknown platform '{platform}' (use one of: {string.Join(", ", PostLint.Syntax.PlatformLimits.PlatformNames)})");
                return false;
            }

            overrides = overrides with { Platform = value };
        }

        if (parseResult.GetResult(DocsUrl) is not null)
        {
            var docsUrl = parseResult.GetValue(DocsUrl) ?? string.Empty;
            if (!ConfigurationResolver.TryNormalizeDocsUrl(docsUrl, out var url))
            {
                error.WriteLine($"postlint: --docs-url must be an absolute http or https address, not '{docsUrl}'");
                return false;
            }

            overrides = overrides with { DocsUrl = url };
        }

        return true;
    }

    public bool TryGetFormat(ParseResult parseResult, TextWriter error, out ReportFormat format)
    {
        var name = parseResult.GetValue(Format);
        if (ReportFormats.TryParse(name, out format))
        {
            return true;
        }

        error.WriteLine($"postlint: unknown format '{name}' (use one of: {string.Join(", ", ReportFormats.Names)})");
        return false;
    }
}
