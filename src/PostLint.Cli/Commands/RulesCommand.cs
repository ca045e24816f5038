using System.CommandLine;
using System.Text.Json;
using PostLint.Cli.Infrastructure;
using PostLint.Diagnostics;
using PostLint.Reporting;
using PostLint.Text;

namespace PostLint.Cli.Commands;

/// <summary><c>postlint rules</c>: every rule with its severity under the active profile and configuration.</summary>
internal static class RulesCommand
{
    public static Command Create(CliConsole console)
    {
        var common = new CommonOptions(console.Text);
        var text = console.Text;
        var format = new Option<string>("--format", "-f")
        {
            Description = text["option.rulesFormat"],
            DefaultValueFactory = static _ => "text",
            HelpName = "FORMAT",
        };
        var command = new Command("rules", text["command.rules"]);
        common.AddConfigurationOptions(command);
        command.Options.Add(format);
        command.SetAction(parseResult =>
        {
            if (!common.TryGetOverrides(parseResult, console.Error, out var overrides) ||
                !EngineHost.TryCreate(parseResult.GetValue(common.Config), overrides, console, out var engine))
            {
                return EngineHost.ExitFailure;
            }

            var run = EngineHost.CreateRun(engine);
            switch (parseResult.GetValue(format))
            {
                case "json":
                    WriteJson(console, run);
                    break;
                case "text":
                    WriteTable(console, run);
                    break;
                default:
                    console.Error.WriteLine(text["error.rulesFormat"]);
                    return EngineHost.ExitFailure;
            }

            console.Output.Flush();
            return EngineHost.ExitOk;
        });
        return command;
    }

    private static string SeverityName(ReportRun run, DiagnosticDescriptor rule) =>
        run.Options.GetEffectiveSeverity(rule)?.ToReportName() ?? "none";

    /// <summary>The table in the language of the run: severity words, category names and rule titles (rules-ja.json) translated.</summary>
    private static void WriteTable(CliConsole console, ReportRun run)
    {
        var output = console.Output;
        var text = console.Text;
        var messages = console.Messages;
        var profile = run.Options.Profile ?? text["rules.noProfile"];
        output.WriteLine(text.Format("rules.profile", profile + (run.Options.ProfileTitle is { } profileTitle ? " — " + profileTitle : string.Empty)));
        output.WriteLine();
        var rows = run.Rules
            .Select(rule => (Id: rule.Id, Severity: messages.Severity(run.Options.GetEffectiveSeverity(rule)), Category: CategoryName(text, rule.Category), Title: messages.RuleTitle(rule)))
            .Prepend((Id: text["rules.header.id"], Severity: text["rules.header.severity"], Category: text["rules.header.category"], Title: text["rules.header.title"]))
            .ToList();
        var idWidth = rows.Max(static r => DisplayWidth.Of(r.Id));
        var severityWidth = rows.Max(static r => DisplayWidth.Of(r.Severity));
        var categoryWidth = rows.Max(static r => DisplayWidth.Of(r.Category));
        foreach (var (id, severity, category, title) in rows)
        {
            output.WriteLine($"{Pad(id, idWidth)}  {Pad(severity, severityWidth)}  {Pad(category, categoryWidth)}  {title}".TrimEnd());
        }
    }

    private static string CategoryName(PostLint.Cli.Localization.CliText text, string category) =>
        text.Contains("category." + category) ? text["category." + category] : category;

    // Pads by terminal columns, so that full-width words (エラー) line up with ASCII ones.
    private static string Pad(string value, int width) => value + new string(' ', Math.Max(0, width - DisplayWidth.Of(value)));

    private static void WriteJson(CliConsole console, ReportRun run)
    {
        using var stream = console.OpenOutput();
        using var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        writer.WriteStartObject();
        writer.WriteString("profile", run.Options.Profile);
        writer.WriteStartArray("rules");
        foreach (var rule in run.Rules)
        {
            writer.WriteStartObject();
            writer.WriteString("id", rule.Id);
            writer.WriteString("title", rule.Title);
            writer.WriteString("category", rule.Category);
            writer.WriteString("severity", SeverityName(run, rule));
            writer.WriteString("defaultSeverity", rule.DefaultSeverity.ToReportName());
            // The shipped page (postlint explain) always; a link only under a configured docs address.
            writer.WriteString("docs", rule.HelpLinkUri);
            if (run.Options.GetHelpUri(rule) is { } helpUri)
            {
                writer.WriteString("helpUri", helpUri);
            }

            writer.WriteStartArray("references");
            foreach (var reference in run.Options.GetReferences(rule))
            {
                writer.WriteStringValue(reference);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.Flush();
        stream.Write("\n"u8);
    }
}
