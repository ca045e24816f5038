using System.CommandLine;
using PostLint.Analysis;
using PostLint.Cli.Infrastructure;
using PostLint.Diagnostics;
using PostLint.Input;
using PostLint.Localization;
using PostLint.Reporting;

namespace PostLint.Cli.Commands;

/// <summary>
/// <c>postlint check [FILE…|-]</c>: checks drafts, one post per file, and reports every finding
/// with the guideline clause; <c>--fix</c> applies the safe fixes (and the unsafe ones with
/// <c>--unsafe-fixes</c>) in place or to <c>--fixed-output</c>; <c>--diff</c> shows them and writes
/// nothing. <c>postlint fix</c> is the same with <c>--fix</c> on. <c>-o</c> is the report, as in audit.
/// </summary>
internal static class CheckCommand
{
    public static Command Create(CliConsole console) => Create(console, "check", console.Text["command.check"], fixByDefault: false);

    public static Command CreateFix(CliConsole console) => Create(console, "fix", console.Text["command.fix"], fixByDefault: true);

    private static Command Create(CliConsole console, string name, string description, bool fixByDefault)
    {
        var text = console.Text;
        var common = new CommonOptions(text);
        var files = new Argument<string[]>("files")
        {
            Description = text["argument.drafts"],
            Arity = ArgumentArity.ZeroOrMore,
            HelpName = "FILE",
        };
        var fix = new Option<bool>("--fix") { Description = text["option.fix"] };
        // -o is the report in every verb; the fixed draft goes in place or to --fixed-output.
        var fixedOutput = new Option<string?>("--fixed-output")
        {
            Description = text[fixByDefault ? "option.fixedOutput.fix" : "option.fixedOutput.check"],
            HelpName = "FILE",
        };
        var diff = new Option<bool>("--diff") { Description = text["option.diff"] };
        var noIgnore = new Option<bool>("--no-ignore") { Description = text["option.noIgnore"] };

        var command = new Command(name, description);
        command.Arguments.Add(files);
        common.AddConfigurationOptions(command);
        common.AddSelectionOptions(command);
        common.AddReportOptions(command);
        if (!fixByDefault)
        {
            command.Options.Add(fix);
        }

        command.Options.Add(common.UnsafeFixes);
        command.Options.Add(fixedOutput);
        command.Options.Add(diff);
        command.Options.Add(common.Dicdir);
        command.Options.Add(common.NoCache);
        command.Options.Add(noIgnore);
        command.SetAction(parseResult =>
        {
            if (parseResult.GetValue(common.PrintConfig))
            {
                return common.TryGetOverrides(parseResult, console.Error, out var printOverrides)
                    ? ConfigurationPrinter.Run(parseResult.GetValue(common.Config), printOverrides, console)
                    : EngineHost.ExitFailure;
            }

            var showDiff = parseResult.GetValue(diff);
            return Run(
                parseResult,
                console,
                common,
                parseResult.GetValue(files) ?? [],
                showDiff ? FixMode.Diff : fixByDefault || parseResult.GetValue(fix) ? FixMode.Write : FixMode.None,
                parseResult.GetValue(fixedOutput),
                parseResult.GetValue(noIgnore));
        });
        return command;
    }

    /// <summary>What happens to the fixes: nothing (check), written (fix, check --fix), or shown as a diff (--diff).</summary>
    private enum FixMode
    {
        None,
        Write,
        Diff,
    }

    private static int Run(ParseResult parseResult, CliConsole console, CommonOptions common, string[] files, FixMode mode, string? fixedOutput, bool noIgnore)
    {
        var error = console.Error;
        var text = console.Text;
        var verb = parseResult.CommandResult.Command.Name;
        if (files.Length == 0)
        {
            error.WriteLine(text.Format("error.usage", text["error.noDrafts"], $"postlint {verb} --help"));
            return EngineHost.ExitFailure;
        }

        if (fixedOutput is not null && mode == FixMode.None)
        {
            error.WriteLine(text.Format("error.usage", text["error.fixedOutputNeedsFix"], $"postlint {verb} --help"));
            return EngineHost.ExitFailure;
        }

        // Folders and globs become the drafts they hold; a folder or glob with none is a usage error.
        var expansion = DraftInputs.Expand(files, new DraftSearchOptions
        {
            UseIgnoreFiles = !noIgnore,
            ProjectDirectory = ProjectDirectory(parseResult.GetValue(common.Config)),
        });
        foreach (var problem in expansion.Problems)
        {
            error.WriteLine("postlint: " + problem.Render(console.Messages));
        }

        if (!expansion.Problems.IsEmpty)
        {
            return EngineHost.ExitFailure;
        }

        files = [.. expansion.Files];
        if (fixedOutput is not null && files.Length != 1)
        {
            error.WriteLine(text.Format("error.usage", text["error.fixedOutputOneInput"], $"postlint {verb} --help"));
            return EngineHost.ExitFailure;
        }

        // Every input is looked at before anything is read or written: a pipe or a device is never
        // opened (a pipe would wait for a writer, /dev/zero never ends).
        foreach (var file in files)
        {
            if (file != "-" && IoErrors.InputProblem(file, foldersAllowed: false, console.Messages) is { } problem)
            {
                error.WriteLine("postlint: " + problem);
                return EngineHost.ExitFailure;
            }
        }

        if (!common.TryGetOverrides(parseResult, error, out var overrides, console.GetEnvironmentVariable) ||
            !common.TryGetFormat(parseResult, error, out var format) ||
            !EngineHost.TryCreate(parseResult.GetValue(common.Config), overrides, console, out var engine, out var engines))
        {
            return EngineHost.ExitFailure;
        }

        var includeUnsafe = parseResult.GetValue(common.UnsafeFixes);
        var quiet = parseResult.GetValue(common.Quiet);
        var summary = new ReportSummary();
        var results = new List<PostResult>();
        var fixedMessages = new List<string>();
        var diffs = new System.Text.StringBuilder();
        if (EngineHost.RunResult(engine, console.Messages) is { } runResult)
        {
            results.Add(runResult);
        }

        var draftEngines = new DraftEngines(engine, engines, console.Text);
        foreach (var file in files)
        {
            var displayName = file == "-" ? "<stdin>" : file;
            DraftFile draft;
            try
            {
                draft = file == "-" ? ReadStandardInput(console) : ReadDraft(file);
            }
            catch (LocalizedIOException e)
            {
                error.WriteLine("postlint: " + e.Reason.Render(console.Messages));
                return EngineHost.ExitFailure;
            }
            catch (InvalidDataException e)
            {
                var problem = PostResult.ForProblem(EngineDiagnostics.InputRecord, DraftFile.ReasonOf(e).Render(console.Messages), DiagnosticLocation.InFile(displayName));
                results.Add(problem);
                summary.Rejected++;
                continue;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                error.WriteLine(text.Format("error.cannotReadDraft", file, IoErrors.Describe(e, console.Messages)));
                return EngineHost.ExitFailure;
            }

            // Front matter and per-path overrides: each draft gets the engine of its own configuration.
            PostAnalysisEngine draftEngine;
            try
            {
                (draft, draftEngine) = draftEngines.For(draft, file, results, error);
            }
            catch (FrontMatterException e)
            {
                // A bad block is the draft's problem, not the run's: PL0002 at its line, and on to the next draft.
                foreach (var problem in e.Problems)
                {
                    results.Add(PostResult.ForProblem(EngineDiagnostics.Configuration, problem.MessageIn(console.Messages), EngineHost.ProblemLocation(problem, displayName)));
                }

                summary.Rejected++;
                continue;
            }
            catch (PostLint.Configuration.ConfigurationException e)
            {
                EngineHost.WriteProblems(e.Problems, console);
                return EngineHost.ExitFailure;
            }

            var post = draft.Post;
            if (post.Text.Length == 0)
            {
                // As in an audit: a draft with no text is not a clean post but an input to look at.
                results.Add(PostResult.ForProblem(EngineDiagnostics.InputRecord, TextPostReader.EmptyFileReason.Render(console.Messages), DiagnosticLocation.InFile(displayName)));
                summary.Rejected++;
                continue;
            }

            if (mode == FixMode.None)
            {
                results.Add(new PostResult(draft.ForReport(post.Text), draft.ToFilePositions(draftEngine.Analyze(post))));
                summary.Posts++;
                continue;
            }

            var fixResult = draftEngine.Fix(post, includeUnsafe);
            var rules = string.Join(", ", fixResult.Applied.Select(static a => a.RuleId).Distinct());
            if (mode == FixMode.Diff)
            {
                // Show, write nothing: the diff of the whole file as fix would write it.
                diffs.Append(UnifiedDiff.Create(FileText(draft, post.Text), FileText(draft, fixResult.FixedText), displayName, displayName));
                if (fixResult.Applied.Length > 0)
                {
                    fixedMessages.Add(text.Format("fix.wouldFix", displayName, fixResult.Applied.Length, rules));
                }
            }
            else
            {
                if (fixResult.Changed || (file == "-" && fixedOutput is null))
                {
                    WriteFixed(console, draft, file, fixedOutput, fixResult.FixedText);
                }

                if (fixResult.Applied.Length > 0)
                {
                    fixedMessages.Add(text.Format("fix.fixed", displayName, fixResult.Applied.Length, rules));
                }
            }

            results.Add(new PostResult(draft.ForReport(fixResult.FixedText), draft.ToFilePositions(fixResult.Remaining)));
            summary.Posts++;
        }

        if (mode == FixMode.Diff)
        {
            // As ruff format --diff: the diff on standard output, what would change on standard
            // error, exit 1 when something would change; no report.
            console.Output.Write(diffs.ToString());
            console.Output.Flush();
            foreach (var message in fixedMessages)
            {
                error.WriteLine(message);
            }

            if (diffs.Length == 0)
            {
                error.WriteLine(text["fix.nothingToFix"]);
            }

            return diffs.Length > 0 ? EngineHost.ExitFindings : EngineHost.ExitOk;
        }

        // When the fixed post goes to standard output, the report goes to standard error.
        var reportPath = parseResult.GetResult(common.Output) is null ? null : parseResult.GetValue(common.Output);
        var reportConsole = mode == FixMode.Write && files.Contains("-") && fixedOutput is null && reportPath is null
            ? new CliConsole(error, error, isTerminal: false) { Messages = console.Messages }
            : console;
        using (var target = ReportTarget.Open(format, reportPath, reportConsole))
        {
            target.Writer.WriteHeader(EngineHost.CreateRun(engine));
            foreach (var result in results)
            {
                var shown = quiet ? QuietFilter.Apply(result, summary) : result;
                summary.Count(shown);
                target.Writer.WriteResult(shown);
            }

            target.Writer.WriteSummary(summary);
            target.Complete();
        }

        foreach (var message in fixedMessages)
        {
            error.WriteLine(message);
        }

        console.Output.Flush();
        return EngineHost.ExitCode(summary, parseResult.GetValue(common.MaxWarnings));
    }

    // The folder of postlint.json (given or found upwards): its .postlintignore applies to folder arguments.
    private static string? ProjectDirectory(string? configPath)
    {
        var file = configPath ?? PostLint.Configuration.ConfigurationFileLocator.Find(Directory.GetCurrentDirectory());
        return file is null ? null : Path.GetDirectoryName(Path.GetFullPath(file));
    }

    // The file as fix would write it (front matter and final line break included, the BOM left out of the diff).
    private static string FileText(DraftFile draft, string postText) =>
        System.Text.Encoding.UTF8.GetString(draft.ToBytes(postText)).TrimStart('\uFEFF');

    /// <summary>The most bytes a draft may have: far above any platform's longest post (Facebook's 63,206 characters).</summary>
    internal const int MaxDraftBytes = 16 * 1024 * 1024;

    private static DraftFile ReadStandardInput(CliConsole console)
    {
        using var input = console.OpenInput();
        return DraftFile.FromBytes(ReadBounded(input, LocalizedMessage.Of("file.stdin")), "<stdin>", "<stdin>");
    }

    private static DraftFile ReadDraft(string file)
    {
        using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        if (stream.Length > MaxDraftBytes)
        {
            throw DraftTooLarge(LocalizedMessage.Verbatim(file));
        }

        return DraftFile.FromBytes(ReadBounded(stream, LocalizedMessage.Verbatim(file)), file, Path.GetFileName(file));
    }

    // Reads at most MaxDraftBytes, so an endless input cannot fill the memory.
    private static byte[] ReadBounded(Stream input, LocalizedMessage name)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[1 << 16];
        int read;
        while ((read = input.Read(chunk)) > 0)
        {
            if (buffer.Length + read > MaxDraftBytes)
            {
                throw DraftTooLarge(name);
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static LocalizedIOException DraftTooLarge(LocalizedMessage name) =>
        new(LocalizedMessage.Of("file.draft.tooLarge", name, MaxDraftBytes / (1024 * 1024)));

    private static void WriteFixed(CliConsole console, DraftFile draft, string file, string? fixedOutput, string fixedText)
    {
        var bytes = draft.ToBytes(fixedText);
        if (fixedOutput is not null)
        {
            AtomicFile.WriteAllBytes(fixedOutput, bytes);
        }
        else if (file == "-")
        {
            var stdout = console.OpenOutput();
            stdout.Write(bytes);
            stdout.Flush();
        }
        else
        {
            AtomicFile.WriteAllBytes(file, bytes);
        }
    }
}
