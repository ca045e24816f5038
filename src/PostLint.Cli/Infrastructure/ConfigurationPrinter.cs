using PostLint.Cli.Localization;
using PostLint.Configuration;
using PostLint.Diagnostics;
using PostLint.Rules.Profiles;
using PostLint.Text;

namespace PostLint.Cli.Infrastructure;

/// <summary>
/// <c>--print-config</c>: the configuration a run would use — profile, platform, sponsored, the
/// settings rules read, and every rule's severity — each with where it came from (the default,
/// a profile, <c>postlint.json:LINE</c>, the command line). Nothing is analysed. The values are
/// those of the real merge (<see cref="ConfigurationPlan.Options"/>); the origin of each is found
/// by looking at the same layers in the same order.
/// </summary>
internal static class ConfigurationPrinter
{
    private const string CommandLine = "command line";

    public static int Run(string? configPath, ConfigurationOverrides overrides, CliConsole console)
    {
        var text = console.Text;
        if (configPath is not null && IoErrors.InputProblem(configPath, foldersAllowed: false, console.Messages) is { } problem)
        {
            console.Error.WriteLine(text.Format("error.cannotReadConfig", problem));
            return EngineHost.ExitFailure;
        }

        var file = configPath ?? ConfigurationFileLocator.Find(Directory.GetCurrentDirectory());
        var resolver = new ConfigurationResolver([BuiltInProfiles.Instance], RuleCatalog.Descriptors);
        var plan = resolver.PlanFile(file, overrides, out var problems);
        IReadOnlyList<ConfigurationLayer> layers = [.. plan.Layers, plan.CommandLine];
        if (problems.Count > 0)
        {
            EngineHost.WriteProblems(problems, console);
            return EngineHost.ExitFailure;
        }

        var options = plan.Options;
        var printer = new Printer(console, text, layers, resolver.Sections);
        printer.Write(file, overrides, options);
        console.Output.Flush();
        return EngineHost.ExitOk;
    }

    private sealed class Printer(CliConsole console, CliText text, IReadOnlyList<ConfigurationLayer> layers, IReadOnlyList<OptionSection> sections)
    {
        private readonly TextWriter _output = console.Output;
        private readonly List<(string Key, string Value, string Origin, string? Note)> _rows = [];

        public void Write(string? file, ConfigurationOverrides overrides, AnalyzerOptions options)
        {
            _output.WriteLine(text.Format("printConfig.file", file ?? text["printConfig.noFile"]));
            _output.WriteLine();
            _output.WriteLine(text["printConfig.settings"]);
            Add("profile", options.Profile is null ? "-" : options.Profile + (options.ProfileTitle is { } title ? $"（{title}）" : string.Empty), ProfileOrigin(overrides));
            Add("platform", options.Platform.ToString().ToLowerInvariant(), Last(static l => l.Platform is not null, "platform"));
            Add("disclosure.required", YesNo(options.DisclosureRequired), Last(static l => l.DisclosureRequired is not null, "disclosure.required", CommandLineWord("--sponsored")));
            AddList("disclosure.sourceTags", options.SourceTags, static l => !l.SourceTags.IsEmpty);
            AddList("disclosure.sourceTagVariants", options.SourceTagVariants, static l => !l.SourceTagVariants.IsEmpty);
            AddList("lexicons", options.Lexicons, static l => !l.Lexicons.IsEmpty);
            AddList("words", options.Words, static l => !l.Words.IsEmpty);
            Add("mecab.dicdir", options.MecabDicdir ?? "-", Last(static l => l.MecabDicdir is not null, "mecab.dicdir", CommandLineWord("--dicdir")));
            Add("docsUrl", options.DocsUrl ?? "-", Last(static l => l.DocsUrl is not null, "docsUrl", CommandLineWord("--docs-url")));

            // The sections the rules own, key by key, as the merged layers write them.
            foreach (var section in sections)
            {
                foreach (var key in section.Keys)
                {
                    var path = section.Name + "." + key;
                    var setting = options.DescribeSectionKey(section.Name, key);
                    var origin = setting is { IsList: true }
                        ? All(l => l.SetsSectionKey(section.Name, key), path)
                        : Last(l => l.SetsSectionKey(section.Name, key), path);
                    Add(path, setting?.Text ?? "-", origin);
                }
            }

            WriteRows();

            _output.WriteLine();
            _output.WriteLine(text["printConfig.rules"]);
            foreach (var rule in RuleCatalog.Descriptors)
            {
                Add(rule.Id, console.Messages.Severity(options.GetEffectiveSeverity(rule)), SeverityOrigin(rule), console.Messages.RuleTitle(rule));
            }

            WriteRows();
        }

        private string ProfileOrigin(ConfigurationOverrides overrides)
        {
            if (overrides.Profile is not null)
            {
                return CommandLineWord("--profile");
            }

            var file = layers.LastOrDefault(static l => !IsProfile(l) && l.Origin != CommandLine && !l.Extends.IsEmpty);
            return file is null ? text["printConfig.origin.default"] : FileOrigin(file, "extends");
        }

        private void Add(string key, string value, string origin, string? note = null) =>
            _rows.Add((key, value, origin, note));

        private void AddList(string key, IEnumerable<string> values, Func<ConfigurationLayer, bool> sets) =>
            Add(key, Join(values), All(sets, key));

        // key  value  ← origin  (note): the origin column is padded only when a note follows it.
        private void WriteRows()
        {
            var keyWidth = _rows.Max(static r => DisplayWidth.Of(r.Key));
            var valueWidth = Math.Min(40, _rows.Max(static r => DisplayWidth.Of(r.Value)));
            var originWidth = _rows.Max(static r => DisplayWidth.Of(r.Origin));
            foreach (var (key, value, origin, note) in _rows)
            {
                var line = $"  {Pad(key, keyWidth)}  {Pad(value, valueWidth)}  ← {(note is null ? origin : Pad(origin, originWidth) + "  " + note)}";
                _output.WriteLine(line.TrimEnd());
            }

            _rows.Clear();
        }

        private static string Pad(string value, int width) => value + new string(' ', Math.Max(0, width - DisplayWidth.Of(value)));

        private static string Join(IEnumerable<string> values)
        {
            var list = values.ToList();
            return list.Count == 0 ? "-" : string.Join(", ", list);
        }

        private string YesNo(bool value) => text[value ? "printConfig.yes" : "printConfig.no"];

        private string CommandLineWord(string option) => text.Format("printConfig.origin.commandLine", option);

        /// <summary>The layer that set a scalar last (later layers replace earlier ones).</summary>
        private string Last(Func<ConfigurationLayer, bool> sets, string key, string? commandLine = null)
        {
            var layer = layers.LastOrDefault(sets);
            return layer is null ? text["printConfig.origin.default"] : Origin(layer, key, commandLine);
        }

        /// <summary>Every layer that added to a list (lists add up across layers).</summary>
        private string All(Func<ConfigurationLayer, bool> sets, string key)
        {
            var origins = layers.Where(sets).Select(l => Origin(l, key, null)).Distinct().ToList();
            return origins.Count == 0 ? text["printConfig.origin.default"] : string.Join(" + ", origins);
        }

        /// <summary>
        /// Where a rule's severity was set, following the merge: the rule's own default, then per
        /// layer a category entry (which changes a rule that is on, or turns it off), a rule-id
        /// entry, and last <c>--select</c>/<c>--ignore</c>.
        /// </summary>
        private string SeverityOrigin(DiagnosticDescriptor rule)
        {
            var origin = text["printConfig.origin.default"];
            var on = rule.IsEnabledByDefault;
            foreach (var layer in layers)
            {
                if (layer.Rules.TryGetValue(rule.Id, out var severity))
                {
                    origin = Origin(layer, "rules." + rule.Id, null);
                    on = severity != ReportSeverity.None;
                }
                else if (layer.Categories.TryGetValue(rule.Category, out var category) && (on || category == ReportSeverity.None))
                {
                    origin = Origin(layer, "categories." + rule.Category, null);
                    on = category != ReportSeverity.None;
                }

                var decision = RuleSelection.Decide(rule.Id, layer.Select, layer.Ignore);
                if (decision == RuleSelection.Decision.Off || (decision == RuleSelection.Decision.On && !on))
                {
                    origin = CommandLineWord(decision == RuleSelection.Decision.Off && RuleSelection.Decide(rule.Id, [], layer.Ignore) == RuleSelection.Decision.Off ? "--ignore" : "--select");
                    on = decision == RuleSelection.Decision.On;
                }
            }

            return origin;
        }

        private string Origin(ConfigurationLayer layer, string key, string? commandLine)
        {
            if (layer.Origin == CommandLine)
            {
                return commandLine ?? text.Format("printConfig.origin.commandLine", string.Empty).TrimEnd();
            }

            return IsProfile(layer) ? text.Format("printConfig.origin.profile", layer.Origin["profile:".Length..]) : FileOrigin(layer, key);
        }

        private static string FileOrigin(ConfigurationLayer layer, string key)
        {
            var name = DisplayPath(layer.Origin);
            return layer.KeyLines.TryGetValue(key, out var line) || layer.KeyLines.TryGetValue(key.Split('.')[0], out line)
                ? $"{name}:{line}"
                : name;
        }

        private static bool IsProfile(ConfigurationLayer layer) => layer.Origin.StartsWith("profile:", StringComparison.Ordinal);

        // A file under the current folder is shown relative to it, as the user typed it.
        private static string DisplayPath(string path)
        {
            try
            {
                var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), path);
                return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? path : relative;
            }
            catch (ArgumentException)
            {
                return path;
            }
        }
    }
}
