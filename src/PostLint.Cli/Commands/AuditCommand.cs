using System.Globalization;
using System.CommandLine;
using PostLint.Analysis;
using PostLint.Cli.Infrastructure;
using PostLint.Input;
using PostLint.Reporting;
using PostLint.IO;

namespace PostLint.Cli.Commands;

/// <summary>
/// <c>postlint audit PATH…</c>: audits the past posts of an account from a platform export (X
/// archive, Facebook, Instagram), JSON Lines, CSV or folders of text files. Records stream through
/// a bounded pipeline (read → analyse on every core → write in input order); bad records are PL0001
/// and the audit goes on; reports and baselines are written atomically; Ctrl-C stops cleanly with
/// exit code 130 and leaves no partial output file.
/// </summary>
internal static class AuditCommand
{
    /// <summary>Exit code of an interrupted audit (128 + SIGINT, as shells report it).</summary>
    public const int ExitInterrupted = 130;

    public static Command Create(CliConsole console)
    {
        var text = console.Text;
        var common = new CommonOptions(text);
        var paths = new Argument<string[]>("paths")
        {
            Description = text["argument.auditPaths"],
            Arity = ArgumentArity.ZeroOrMore,
            HelpName = "PATH",
        };
        var inputFormat = new Option<string>("--input-format")
        {
            Description = text["option.inputFormat"],
            DefaultValueFactory = static _ => "auto",
            HelpName = "FORMAT",
        };
        var textColumn = new Option<string?>("--text-column") { Description = text["option.textColumn"], HelpName = "COLUMN" };
        var idColumn = new Option<string?>("--id-column") { Description = text["option.idColumn"], HelpName = "COLUMN" };
        var createdColumn = new Option<string?>("--created-column") { Description = text["option.createdColumn"], HelpName = "COLUMN" };
        var baseline = new Option<string?>("--baseline") { Description = text["option.baseline"], HelpName = "FILE" };
        var showSuppressed = new Option<bool>("--show-suppressed") { Description = text["option.showSuppressed"] };
        var writeBaseline = new Option<string?>("--write-baseline") { Description = text["option.writeBaseline"], HelpName = "FILE" };
        var jobs = new Option<int?>("--jobs", "-j") { Description = text["option.jobs"], HelpName = "N" };
        var suggestions = new Option<bool>("--spelling-suggestions") { Description = text["option.spellingSuggestions"] };

        var command = new Command("audit", text["command.audit"]);
        command.Arguments.Add(paths);
        command.Options.Add(inputFormat);
        command.Options.Add(textColumn);
        command.Options.Add(idColumn);
        command.Options.Add(createdColumn);
        common.AddConfigurationOptions(command);
        common.AddSelectionOptions(command);
        common.AddReportOptions(command);
        command.Options.Add(baseline);
        command.Options.Add(showSuppressed);
        command.Options.Add(writeBaseline);
        command.Options.Add(jobs);
        command.Options.Add(suggestions);
        command.Options.Add(common.Dicdir);
        command.Options.Add(common.NoCache);
        command.SetAction(parseResult =>
        {
            var request = new AuditRequest(
                parseResult.GetValue(paths) ?? [],
                parseResult.GetValue(inputFormat),
                parseResult.GetValue(textColumn),
                parseResult.GetValue(idColumn),
                parseResult.GetValue(createdColumn),
                parseResult.GetValue(baseline),
                parseResult.GetValue(writeBaseline),
                parseResult.GetValue(jobs),
                parseResult.GetValue(suggestions),
                parseResult.GetValue(showSuppressed));
            return Run(parseResult, console, common, request);
        });
        return command;
    }

    private sealed record AuditRequest(
        string[] Paths,
        string? InputFormat,
        string? TextColumn,
        string? IdColumn,
        string? CreatedColumn,
        string? Baseline,
        string? WriteBaseline,
        int? Jobs,
        bool SpellingSuggestions,
        bool ShowSuppressed);

    private static int Run(ParseResult parseResult, CliConsole console, CommonOptions common, AuditRequest request)
    {
        var error = console.Error;
        var messages = console.Messages;
        if (parseResult.GetValue(common.PrintConfig))
        {
            return common.TryGetOverrides(parseResult, error, out var printOverrides)
                ? ConfigurationPrinter.Run(parseResult.GetValue(common.Config), printOverrides, console)
                : EngineHost.ExitFailure;
        }

        if (request.Paths.Length == 0)
        {
            error.WriteLine(console.Text.Format("error.usage", console.Text["error.noAuditPaths"], "postlint audit --help"));
            return EngineHost.ExitFailure;
        }

        if (!InputFormats.TryParse(request.InputFormat, out var format))
        {
            error.WriteLine(messages.Format("audit.unknownInputFormat", request.InputFormat, string.Join(", ", InputFormats.Names)));
            return EngineHost.ExitFailure;
        }

        if (request.Jobs is < 1)
        {
            error.WriteLine(messages["audit.jobsAtLeastOne"]);
            return EngineHost.ExitFailure;
        }

        if (!common.TryGetOverrides(parseResult, error, out var overrides, console.GetEnvironmentVariable) ||
            !common.TryGetFormat(parseResult, error, out var reportFormat))
        {
            return EngineHost.ExitFailure;
        }

        // PL5003's suggestions are off for an audit unless asked: it reports, it does not fix.
        overrides = overrides with { SectionValues = overrides.SectionValues.SetItem("spelling.suggestions", request.SpellingSuggestions ? "true" : "false") };

        // A path given by name must be a folder or a regular file: a pipe or a device is refused
        // before anything is opened (in a folder, they are skipped and counted instead).
        foreach (var path in request.Paths)
        {
            if (IoErrors.InputProblem(path, foldersAllowed: true, console.Messages) is { } problem)
            {
                error.WriteLine("postlint: " + problem);
                return EngineHost.ExitFailure;
            }
        }

        IReadOnlyList<InputSource> sources;
        try
        {
            sources = PostReaders.Resolve(request.Paths, format);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine(messages.Format("audit.cannotListInput", IoErrors.Describe(e, console.Messages)));
            return EngineHost.ExitFailure;
        }

        if (!CheckCsvColumns(sources, request, console))
        {
            return EngineHost.ExitFailure;
        }

        if (!EngineHost.TryCreate(parseResult.GetValue(common.Config), overrides, console, out var engine))
        {
            return EngineHost.ExitFailure;
        }

        var baseline = Reporting.Baseline.Empty;
        if (request.Baseline is not null)
        {
            try
            {
                baseline = Reporting.Baseline.Load(request.Baseline);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
            {
                // A refusal of PostLint's own has its words; a file the system cannot open is named with the system's failure in words.
                var reason = e is InvalidDataException or FileRefusedException
                    ? Reporting.Baseline.ReasonOf(e).Render(messages)
                    : $"{request.Baseline}: {IoErrors.Describe(e, messages)}";
                error.WriteLine(messages.Format("audit.cannotReadBaseline", reason));
                return EngineHost.ExitFailure;
            }
        }

        var progress = new InputProgress();
        var readerOptions = new InputReaderOptions
        {
            Format = format,
            TextColumn = request.TextColumn,
            IdColumn = request.IdColumn,
            CreatedColumn = request.CreatedColumn,
            DefaultTimeZone = engine.Options.Get(PostLint.Rules.Operations.OperationsOptions.Section).TimeZone,
            Progress = progress,
        };

        var reportPath = parseResult.GetValue(common.Output);
        using var interrupt = CancellationTokenSource.CreateLinkedTokenSource(console.Cancellation);
        using var listening = console.ListenForInterrupt?.Invoke(interrupt.Cancel);
        ProgressReporter? bar = null;
        var summary = new ReportSummary();
        var run = EngineHost.CreateRun(engine);
        try
        {
            using var target = ReportTarget.Open(reportFormat, reportPath, console, request.ShowSuppressed, audit: true);
            using var baselineFile = request.WriteBaseline is null ? null : AtomicFile.Create(request.WriteBaseline);
            using var baselineWriter = baselineFile is null ? null : new BaselineWriter(baselineFile.Stream, leaveOpen: true);
            if (console.ErrorIsTerminal)
            {
                PostReaders.CountTotal(sources, progress);
                bar = new ProgressReporter(error, progress, reportPath is null ? console.Output.Flush : null);
            }

            target.Writer.WriteHeader(run);
            var quiet = parseResult.GetValue(common.Quiet);
            if (EngineHost.RunResult(engine, console.Messages) is { } runResult)
            {
                // Once per run, before the posts: PL0003 when content rules match surface forms only.
                var shownRun = quiet ? QuietFilter.Apply(runResult, summary) : runResult;
                summary.Count(shownRun);
                target.Writer.WriteResult(shownRun);
            }

            var records = PostReaders.Read(sources, readerOptions, interrupt.Token);
            var pipeline = new AuditPipelineOptions { Jobs = request.Jobs ?? Environment.ProcessorCount, Language = console.Messages.Language };
            long seen = 0;
            var orderBreaks = new List<AccountOrderBreak>();
            void Write(PostResult result)
            {
                result = baseline.Apply(result);
                // The baseline records every finding; --quiet only changes what the report shows.
                baselineWriter?.Add(result);
                var shown = quiet ? QuietFilter.Apply(result, summary) : result;
                summary.Count(shown);
                target.Writer.WriteResult(shown);
            }

            AuditPipeline.Run(
                records,
                engine,
                item =>
                {
                    Account(summary, item.Record.Kind);

                    // Account findings on posts read earlier (PL6002 when the export runs newest first) come first.
                    foreach (var earlier in item.EarlierResults)
                    {
                        Write(earlier);
                    }

                    if (item.Result is { } result)
                    {
                        Write(result);
                    }

                    if (item.OrderBreak is { } orderBreak)
                    {
                        orderBreaks.Add(orderBreak);
                    }

                    bar?.Update(++seen);
                },
                pipeline,
                interrupt.Token);

            bar?.Finish();
            foreach (var orderBreak in orderBreaks)
            {
                error.WriteLine(DescribeOrderBreak(orderBreak, messages));
            }

            target.Writer.WriteSummary(summary);
            baselineWriter?.Complete();
            target.Complete(commit: false);
            // The report and the baseline are put in place together, or neither is.
            AtomicFile.CommitAll([.. new[] { target.File, baselineFile }.OfType<AtomicFile>()]);
            if (reportPath is not null)
            {
                // The report is in a file: the officer still sees on screen what the audit found.
                WriteSummary(console, run, summary);
                error.WriteLine(messages.Format("audit.wroteReport", reportPath));
            }

            if (baselineWriter is not null)
            {
                error.WriteLine(messages.Format("audit.wroteBaseline", baselineWriter.Findings, request.WriteBaseline));
            }
        }
        catch (OperationCanceledException) when (interrupt.IsCancellationRequested)
        {
            bar?.Finish();
            console.Output.Flush();
            error.WriteLine(messages.Format(request.WriteBaseline is null ? "audit.interrupted" : "audit.interruptedWithBaseline", summary.Read));
            return ExitInterrupted;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or PostAnalyzerException)
        {
            bar?.Finish();
            console.Output.Flush();
            // The failure in words ("no space left", "not found"), not .NET's "access denied" for several causes.
            error.WriteLine(messages.Format("audit.failed", e is PostAnalyzerException ? e.Message : IoErrors.Describe(e, messages)));
            return EngineHost.ExitFailure;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A bug, not bad input (bad records are PL0001): say so plainly and leave no output file.
            bar?.Finish();
            console.Output.Flush();
            error.WriteLine(messages.Format("audit.internalError", e));
            return EngineHost.ExitFailure;
        }

        console.Output.Flush();
        if (request.WriteBaseline is not null)
        {
            return EngineHost.ExitOk;
        }

        return EngineHost.ExitCode(summary, parseResult.GetValue(common.MaxWarnings));
    }

    /// <summary>The summary and the table by rule on standard error, as the text report ends.</summary>
    private static void WriteSummary(CliConsole console, ReportRun run, ReportSummary summary)
    {
        var rules = new Dictionary<string, PostLint.Diagnostics.DiagnosticDescriptor>(StringComparer.Ordinal);
        foreach (var rule in run.Rules)
        {
            rules.TryAdd(rule.Id, rule);
        }

        var options = new TextReportOptions { Messages = console.Messages, Color = console.ErrorIsTerminal && console.UseColor, IsAudit = true };
        ReportSummaryText.Write(console.Error, summary, rules, options, fixable: 0);
    }

    /// <summary>
    /// Reads the header of every CSV input before any work: says which column is taken for what
    /// (and a column named twice), and refuses a <c>--text-column</c>/<c>--id-column</c>/<c>--created-column</c>
    /// that names no column as a usage error. A file that cannot be read is left to the reader (PL0001).
    /// </summary>
    /// <summary>
    /// The note for an account whose posts are not in time order: which post broke the order after
    /// which, with their times as the input gave them, and what the audit did about it.
    /// </summary>
    internal static string DescribeOrderBreak(AccountOrderBreak orderBreak, PostLint.Localization.Messages messages)
    {
        static string Time(PostLint.Model.Post post) => post.CreatedAt?.ToString("yyyy-MM-dd HH:mm:ss zzz", CultureInfo.InvariantCulture) ?? string.Empty;
        var account = orderBreak.Account is { Length: > 0 } name ? "@" + name : messages["audit.accountOutOfOrder.unnamed"];
        var direction = messages[orderBreak.NewestFirst ? "audit.accountOutOfOrder.newest" : "audit.accountOutOfOrder.oldest"];
        return messages.Format("audit.accountOutOfOrder", account, orderBreak.Post.Id, Time(orderBreak.Post), direction, orderBreak.Previous.Id, Time(orderBreak.Previous));
    }

    private static bool CheckCsvColumns(IReadOnlyList<InputSource> sources, AuditRequest request, CliConsole console)
    {
        var columns = new InputReaderOptions { TextColumn = request.TextColumn, IdColumn = request.IdColumn, CreatedColumn = request.CreatedColumn };
        foreach (var source in sources)
        {
            if (source.Format != InputFormat.Csv || FileKinds.Of(source.Path) != FileKind.Regular)
            {
                continue;
            }

            CsvColumnPlan plan;
            try
            {
                plan = CsvPostReader.Inspect(source.Path, columns);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                continue;
            }

            if (plan.MissingOptionMessage(console.Messages) is { } missing)
            {
                console.Error.WriteLine(console.Messages.Format("cli.error.usage", missing, "postlint audit --help"));
                return false;
            }

            if (plan.Problem is null)
            {
                console.Error.WriteLine("postlint: " + plan.Describe(console.Messages));
            }

            foreach (var warning in plan.Warnings(console.Messages))
            {
                console.Error.WriteLine("postlint: " + warning);
            }
        }

        return true;
    }

    private static void Account(ReportSummary summary, InputRecordKind kind)
    {
        switch (kind)
        {
            case InputRecordKind.Post: summary.Posts++; break;
            case InputRecordKind.Rejected: summary.Rejected++; break;
            default: summary.Skipped++; break;
        }
    }
}
