using System.CommandLine;
using System.Text;
using PostLint.Cli.Infrastructure;
using PostLint.Cli.Localization;
using PostLint.Configuration;
using PostLint.Rules.Profiles;

namespace PostLint.Cli.Commands;

/// <summary><c>postlint init --profile NAME</c>: writes a commented <c>postlint.json</c> for a profile.</summary>
internal static class InitCommand
{
    /// <summary>
    /// The schema <c>init</c> points editors at: the copy of the schema shipped with PostLint that
    /// <c>init</c> writes beside <c>postlint.json</c>, so that the reference works offline and names no host.
    /// </summary>
    public const string SchemaUri = "./" + ConfigurationReader.SchemaFileName;

    public static Command Create(CliConsole console)
    {
        var text = console.Text;
        var profile = new Option<string>("--profile", "-p")
        {
            Description = text["option.initProfile"],
            DefaultValueFactory = static _ => ConfigurationResolver.DefaultProfile,
            HelpName = "NAME",
        };
        var force = new Option<bool>("--force") { Description = text["option.force"] };
        var directory = new Option<string?>("--directory", "-d") { Description = text["option.directory"], HelpName = "DIR" };
        var command = new Command("init", text["command.init"]);
        command.Options.Add(profile);
        command.Options.Add(force);
        command.Options.Add(directory);
        command.SetAction(parseResult =>
        {
            var name = (parseResult.GetValue(profile) ?? ConfigurationResolver.DefaultProfile).Trim().ToLowerInvariant();
            if (!BuiltInProfiles.Instance.ProfileNames.Contains(name))
            {
                console.Error.WriteLine(text.Format("error.unknownProfile", name, string.Join(", ", BuiltInProfiles.Instance.ProfileNames)));
                return EngineHost.ExitFailure;
            }

            var path = Path.Combine(parseResult.GetValue(directory) ?? Directory.GetCurrentDirectory(), ConfigurationFileLocator.FileName);
            if (File.Exists(path) && !parseResult.GetValue(force))
            {
                console.Error.WriteLine(text.Format("error.fileExists", path));
                return EngineHost.ExitFailure;
            }

            AtomicFile.WriteAllBytes(path, Encoding.UTF8.GetBytes(Render(name, text)));
            var schema = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path))!, ConfigurationReader.SchemaFileName);
            AtomicFile.WriteAllBytes(schema, ConfigurationReader.ReadSchema());
            console.Output.WriteLine(text.Format("init.wrote", path, name, schema));
            console.Output.Flush();
            return EngineHost.ExitOk;
        });
        return command;
    }

    /// <summary>
    /// The file <c>init</c> writes: every section present, commented in the display language
    /// (Japanese unless English is asked for), with the profile's defaults left in place.
    /// </summary>
    public static string Render(string profile, CliText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sourceTag = profile switch
        {
            "ishinomaki" => "石巻市",
            "joetsu" => "上越市",
            "mine" => "美祢市",
            _ => null,
        };
        var sourceComment = sourceTag is null ? text["init.comment.sourceTagsNone"] : text.Format("init.comment.sourceTags", sourceTag);
        return $$"""
            {
              // {{text["init.comment.header"]}}
              "$schema": "{{SchemaUri}}",
              // {{text["init.comment.extends"]}}
              "extends": "{{profile}}",
              // {{text["init.comment.platform"]}}
              "platform": "x",
              "disclosure": {
                // {{text["init.comment.required"]}}
                "required": false,
                // {{sourceComment}}
                "sourceTags": [],
                // {{text["init.comment.extraDisclosureTags"]}}
                "extraDisclosureTags": []
              },
              // {{text["init.comment.rules"]}}
              "rules": {},
              // {{text["init.comment.categories"]}}
              "categories": {},
              "links": {
                // {{text["init.comment.trusted"]}}
                "trusted": [],
                // {{text["init.comment.deny"]}}
                "deny": [],
                // {{text["init.comment.shorteners"]}}
                "shorteners": []
              },
              // {{text["init.comment.words"]}}
              "words": [],
              // {{text["init.comment.privacy"]}}
              "privacy": { "allowedEmailDomains": [] }
            }

            """;
    }
}
