using System.CommandLine;
using PostLint.Analysis;
using PostLint.Cli.Infrastructure;
using PostLint.Diagnostics;
using PostLint.Input;
using PostLint.Reporting;

namespace PostLint.Cli.Commands;

/// <summary>
/// <c>postlint check [FILE…|-]</c>: checks drafts, one post per file, and reports every finding
/// with the guideline clause; <c>--fix</c> applies the safe fixes (and the unsafe ones with
/// <c>--unsafe-fixes</c>) in place. <c>postlint fix</c> is the same with <c>--fix</c> on.
/// </summary>
internal static class CheckCommand
{
    public static Command Create(CliConsole console) => Create(console, "check", "Check draft posts (one post per file, or - for standard input).", fixByDefault: false);

    public static Command CreateFix(CliConsole console) => Create(console, "fix", "Apply fixes to draft posts in place (same as check --fix).", fixByDefault: true);

    private static Command Create(CliConsole console, string name, string description, bool fixByDefault)
    {
        var common = new CommonOptions();
        var files = new Argument<string[]>("files")
        {
            Description = "Draft files, folders (their .txt and .md drafts) or quoted globs such as 'drafts/**/*.txt'; - reads standard input.",
            Arity = ArgumentArity.ZeroOrMore,
            HelpName = "FILE",
        };
        var fix = new Option<bool>("--fix") { Description = "Apply safe fixes and write the drafts back." };
        // For `fix`, --output is where the fixed post goes (the report goes to standard output);
        // for `check`, --output is the report and --fixed-output the fixed post.
        var fixedOutput = fixByDefault
            ? new Option<string?>("--output", "-o")
            {
                Description = "Write the fixed post here instead of in place (one input only; for standard input the default is standard output).",
                HelpName = "FILE",
            }
            : new Option<string?>("--fixed-output")
            {
                Description = "With --fix: write the fixed post here instead of in place (one input only).",
                HelpName = "FILE",
            };

        var noIgnore = new Option<bool>("--no-ignore") { Description = "Do not read .postlintignore: folders and globs yield every draft." };
        var command = new Command(name, description);
        command.Arguments.Add(files);
        common.AddConfigurationOptions(command);
        command.Options.Add(common.Format);
        command.Options.Add(common.MaxWarnings);
        if (!fixByDefault)
        {
            command.Options.Add(common.Output);
            command.Options.Add(fix);
        }

        command.Options.Add(common.UnsafeFixes);
        command.Options.Add(fixedOutput);
        command.Options.Add(common.Dicdir);
        command.Options.Add(noIgnore);
        command.SetAction(parseResult => Run(
            parseResult,
            console,
            common,
            parseResult.GetValue(files) ?? [],
            fixByDefault || parseResult.GetValue(fix),
            parseResult.GetValue(fixedOutput),
            parseResult.GetValue(noIgnore)));
        return command;
    }

    private static int Run(ParseResult parseResult, CliConsole console, CommonOptions common, string[] files, bool applyFixes, string? fixedOutput, bool noIgnore)
    {
        var error = console.Error;
        if (files.Length == 0)
        {
            error.WriteLine("postlint: name at least one draft file, or - for standard input");
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
            error.WriteLine("postlint: " + problem);
        }

        if (!expansion.Problems.IsEmpty)
        {
            return EngineHost.ExitFailure;
        }

        files = [.. expansion.Files];
        if (fixedOutput is not null && files.Length != 1)
        {
            error.WriteLine("postlint: --fixed-output takes exactly one input");
            return EngineHost.ExitFailure;
        }

        // Every input is looked at before anything is read or written: a pipe or a device is never
        // opened (a pipe would wait for a writer, /dev/zero never ends).
        foreach (var file in files)
        {
            if (file != "-" && IoErrors.InputProblem(file, foldersAllowed: false) is { } problem)
            {
                error.WriteLine("postlint: " + problem);
                return EngineHost.ExitFailure;
            }
        }

        if (!common.TryGetOverrides(parseResult, error, out var overrides) ||
            !common.TryGetFormat(parseResult, error, out var format) ||
            !EngineHost.TryCreate(parseResult.GetValue(common.Config), overrides, console, out var engine, out var engines))
        {
            return EngineHost.ExitFailure;
        }

        var includeUnsafe = parseResult.GetValue(common.UnsafeFixes);
        var exit = EngineHost.ExitOk;
        var summary = new ReportSummary();
        var results = new List<PostResult>();
        var fixedMessages = new List<string>();
        if (EngineHost.RunResult(engine) is { } runResult)
        {
            results.Add(runResult);
        }

        var draftEngines = new DraftEngines(engine, engines);
        foreach (var file in files)
        {
            DraftFile draft;
            try
            {
                draft = file == "-" ? ReadStandardInput(console) : ReadDraft(file);
            }
            catch (DraftTooLargeException e)
            {
                error.WriteLine("postlint: " + e.Message);
                return EngineHost.ExitFailure;
            }
            catch (InvalidDataException e)
            {
                var problem = PostResult.ForProblem(EngineDiagnostics.InputRecord, e.Message, file, postId: Path.GetFileName(file));
                results.Add(problem);
                summary.Rejected++;
                continue;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                error.WriteLine($"postlint: {file} を読み取れません: {IoErrors.Describe(e)}");
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
                    results.Add(PostResult.ForProblem(EngineDiagnostics.Configuration, problem.Message, problem.Path, problem.Line, problem.Column, postId: draft.Post.Id));
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
                results.Add(PostResult.ForProblem(EngineDiagnostics.InputRecord, TextPostReader.EmptyFileReason, file == "-" ? "<stdin>" : file, postId: post.Id));
                summary.Rejected++;
                continue;
            }

            if (applyFixes)
            {
                var fixResult = draftEngine.Fix(post, includeUnsafe);
                if (fixResult.Changed || (file == "-" && fixedOutput is null))
                {
                    WriteFixed(console, draft, file, fixedOutput, fixResult.FixedText);
                }

                if (fixResult.Applied.Length > 0)
                {
                    fixedMessages.Add($"{(file == "-" ? "<stdin>" : file)}: fixed {fixResult.Applied.Length} ({string.Join(", ", fixResult.Applied.Select(static a => a.RuleId).Distinct())})");
                }

                results.Add(new PostResult(draft.ForReport(fixResult.FixedText), draft.ToFilePositions(fixResult.Remaining)));
            }
            else
            {
                results.Add(new PostResult(draft.ForReport(post.Text), draft.ToFilePositions(draftEngine.Analyze(post))));
            }

            summary.Posts++;
        }

        // When the fixed post goes to standard output, the report goes to standard error.
        var reportPath = parseResult.GetResult(common.Output) is null ? null : parseResult.GetValue(common.Output);
        var reportConsole = applyFixes && files.Contains("-") && fixedOutput is null && reportPath is null
            ? new CliConsole(error, error, isTerminal: false) { Messages = console.Messages }
            : console;
        using (var target = ReportTarget.Open(format, reportPath, reportConsole))
        {
            target.Writer.WriteHeader(EngineHost.CreateRun(engine));
            foreach (var result in results)
            {
                summary.Count(result);
                target.Writer.WriteResult(result);
            }

            target.Writer.WriteSummary(summary);
            target.Complete();
        }

        foreach (var message in fixedMessages)
        {
            error.WriteLine(message);
        }

        console.Output.Flush();
        return exit != EngineHost.ExitOk ? exit : EngineHost.ExitCode(summary, parseResult.GetValue(common.MaxWarnings));
    }

    // The folder of postlint.json (given or found upwards): its .postlintignore applies to folder arguments.
    private static string? ProjectDirectory(string? configPath)
    {
        var file = configPath ?? PostLint.Configuration.ConfigurationFileLocator.Find(Directory.GetCurrentDirectory());
        return file is null ? null : Path.GetDirectoryName(Path.GetFullPath(file));
    }

    /// <summary>The most bytes a draft may have: far above any platform's longest post (Facebook's 63,206 characters).</summary>
    internal const int MaxDraftBytes = 16 * 1024 * 1024;

    private static DraftFile ReadStandardInput(CliConsole console)
    {
        using var input = console.OpenInput();
        return DraftFile.FromBytes(ReadBounded(input, "標準入力"), "<stdin>", "<stdin>");
    }

    private static DraftFile ReadDraft(string file)
    {
        using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        if (stream.Length > MaxDraftBytes)
        {
            throw new DraftTooLargeException(file);
        }

        return DraftFile.FromBytes(ReadBounded(stream, file), file, Path.GetFileName(file));
    }

    // Reads at most MaxDraftBytes, so an endless input cannot fill the memory.
    private static byte[] ReadBounded(Stream input, string name)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[1 << 16];
        int read;
        while ((read = input.Read(chunk)) > 0)
        {
            if (buffer.Length + read > MaxDraftBytes)
            {
                throw new DraftTooLargeException(name);
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private sealed class DraftTooLargeException(string name)
        : IOException($"{name} は {MaxDraftBytes / (1024 * 1024)} MB を超えています。投稿の下書きとしては大きすぎるため読みません");

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
