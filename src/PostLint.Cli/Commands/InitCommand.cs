using System.CommandLine;
using System.Text;
using PostLint.Cli.Infrastructure;
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

            AtomicFile.WriteAllBytes(path, Encoding.UTF8.GetBytes(Render(name)));
            var schema = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path))!, ConfigurationReader.SchemaFileName);
            AtomicFile.WriteAllBytes(schema, ConfigurationReader.ReadSchema());
            console.Output.WriteLine(text.Format("init.wrote", path, name, schema));
            console.Output.Flush();
            return EngineHost.ExitOk;
        });
        return command;
    }

    /// <summary>The file <c>init</c> writes: every section present, commented, with the profile's defaults left in place.</summary>
    public static string Render(string profile)
    {
        var sourceTag = profile switch
        {
            "ishinomaki" => "石巻市",
            "joetsu" => "上越市",
            "mine" => "美祢市",
            _ => null,
        };
        var disclosure = sourceTag is null
            ? """
                // Name your municipality's source tag: posts need "#PR #<tag>" (or a statement such as 【PR】<name>).
                "sourceTags": [],
            """
            : $"""
                // The profile's source tag is {sourceTag}; add others your account uses.
                "sourceTags": [],
            """;
        return $$"""
            {
              // PostLint configuration (JSON with comments). Schema: completion and checking in editors.
              "$schema": "{{SchemaUri}}",
              // The profile: the city's guideline, severities, source tags and host lists.
              "extends": "{{profile}}",
              // The platform posts are written for: x, threads, instagram, line, facebook, youtube.
              "platform": "x",
              "disclosure": {
                // true when every post is sponsored work (same as --sponsored).
                "required": false,
            {{disclosure}}
                // Accepted disclosure words beyond #PR #プロモーション #宣伝 #広告.
                "extraDisclosureTags": []
              },
              // Severity per rule id: error, warning, suggestion, silent, none, default.
              "rules": {},
              // Severity per category (disclosure, links, content, privacy, platform, operations); a rule id entry wins.
              "categories": {},
              "links": {
                // Hosts links may point to (PL2004), e.g. "*.lg.jp".
                "trusted": [],
                // Hosts links must never point to (PL2003).
                "deny": [],
                // URL shorteners beyond the built-in list (PL2001).
                "shorteners": []
              },
              // Words the spelling rule accepts (place names, event names).
              "words": [],
              "privacy": { "allowedEmailDomains": [] }
            }

            """;
    }
}
