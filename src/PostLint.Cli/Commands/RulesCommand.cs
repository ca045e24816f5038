using System.CommandLine;
using System.Text.Json;
using PostLint.Cli.Infrastructure;
using PostLint.Diagnostics;
using PostLint.Reporting;

namespace PostLint.Cli.Commands;

/// <summary><c>postlint rules</c>: every rule with its severity under the active profile and configuration.</summary>
internal static class RulesCommand
{
    public static Command Create(CliConsole console)
    {
        var common = new CommonOptions();
        var format = new Option<string>("--format", "-f")
        {
            Description = "text (a table) or json.",
            DefaultValueFactory = static _ => "text",
            HelpName = "FORMAT",
        };
        var command = new Command("rules", "List every rule with its severity in the active profile.");
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
                    WriteTable(console.Output, run);
                    break;
                default:
                    console.Error.WriteLine("postlint: rules --format takes text or json");
                    return EngineHost.ExitFailure;
            }

            console.Output.Flush();
            return EngineHost.ExitOk;
        });
        return command;
    }

    private static string SeverityName(ReportRun run, DiagnosticDescriptor rule) =>
        run.Options.GetEffectiveSeverity(rule)?.ToReportName() ?? "none";

    private static void WriteTable(TextWriter output, ReportRun run)
    {
        output.WriteLine($"profile: {run.Options.Profile ?? "(none)"}{(run.Options.ProfileTitle is { } title ? " — " + title : string.Empty)}");
        output.WriteLine();
        output.WriteLine($"{"id",-7} {"severity",-10} {"category",-11} title");
        foreach (var rule in run.Rules)
        {
            output.WriteLine($"{rule.Id,-7} {SeverityName(run, rule),-10} {rule.Category,-11} {rule.Title}");
        }
    }

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
