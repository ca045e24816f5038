using System.CommandLine;
using System.Diagnostics;
using System.Net.Sockets;
using PostLint.Cli.Infrastructure;
using PostLint.Configuration;
using PostLint.Server;
using PostLint.Server.Hosting;
using PostLint.Server.Security;

namespace PostLint.Cli.Commands;

/// <summary>
/// <c>postlint serve</c>: a local page for people who do not use a terminal and an HTTP API
/// (<c>/api/v1</c>, OpenAPI at <c>/openapi/v1.json</c>) for other tools, over the same engine and
/// configuration as the other verbs. Listens on 127.0.0.1:8080 unless <c>--urls</c> says otherwise,
/// and warns when that is reachable from other machines. Stops on Ctrl-C.
/// </summary>
internal static class ServeCommand
{
    public static Command Create(CliConsole console)
    {
        var text = console.Text;
        var common = new CommonOptions(text);
        var urls = new Option<string>("--urls")
        {
            Description = text["option.urls"],
            DefaultValueFactory = static _ => ServerOptions.DefaultUrl,
            HelpName = "URLS",
        };
        var cors = new Option<string?>("--cors")
        {
            Description = text["option.cors"],
            HelpName = "ORIGIN",
        };
        var open = new Option<bool>("--open") { Description = text["option.open"] };

        var command = new Command("serve", text["command.serve"]);
        common.AddConfigurationOptions(command);
        command.Options.Add(urls);
        command.Options.Add(cors);
        command.Options.Add(open);
        command.Options.Add(common.Dicdir);
        command.SetAction(parseResult => Run(parseResult, console, common, parseResult.GetValue(urls) ?? ServerOptions.DefaultUrl, parseResult.GetValue(cors), parseResult.GetValue(open)));
        return command;
    }

    private static int Run(ParseResult parseResult, CliConsole console, CommonOptions common, string urlList, string? cors, bool open)
    {
        var error = console.Error;
        var urls = urlList.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (urls.Length == 0 || urls.Any(static u => !u.StartsWith("http://", StringComparison.OrdinalIgnoreCase)))
        {
            error.WriteLine(console.Text.Format("serve.badUrls", ServerOptions.DefaultUrl));
            return EngineHost.ExitFailure;
        }

        if (cors is not null && (!Uri.TryCreate(cors, UriKind.Absolute, out var origin) || origin.Scheme is not ("http" or "https") || origin.AbsolutePath != "/"))
        {
            error.WriteLine(console.Text.Format("serve.badCors", cors));
            return EngineHost.ExitFailure;
        }

        if (!common.TryGetOverrides(parseResult, error, out var overrides))
        {
            return EngineHost.ExitFailure;
        }

        var configPath = parseResult.GetValue(common.Config);
        if (configPath is not null && !File.Exists(configPath))
        {
            error.WriteLine(console.Text.Format("serve.noConfig", configPath));
            return EngineHost.ExitFailure;
        }

        var options = new ServerOptions
        {
            Urls = urls,
            ConfigurationFile = configPath,
            DiscoverConfigurationFrom = configPath is null ? Directory.GetCurrentDirectory() : null,
            Overrides = overrides,
            CorsOrigin = cors,
            Language = console.Messages.Language,
        };

        Microsoft.AspNetCore.Builder.WebApplication app;
        try
        {
            app = PostLintServer.Create(options);
        }
        catch (ConfigurationException e)
        {
            EngineHost.WriteProblems(e.Problems, console);
            return EngineHost.ExitFailure;
        }

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(console.Cancellation);
        using var listening = console.ListenForInterrupt?.Invoke(stop.Cancel);
        try
        {
            app.StartAsync(stop.Token).GetAwaiter().GetResult();
        }
        catch (Exception e) when (e is IOException or SocketException or InvalidOperationException)
        {
            error.WriteLine(console.Text.Format("serve.cannotListen", urlList, e.Message));
            app.DisposeAsync().AsTask().GetAwaiter().GetResult();
            return EngineHost.ExitFailure;
        }

        try
        {
            var addresses = PostLintServer.Addresses(app);
            foreach (var address in addresses)
            {
                console.Output.WriteLine(console.Text.Format("serve.serving", address));
                if (!RequestGuards.IsLoopbackUrl(address))
                {
                    error.WriteLine(console.Text.Format("serve.reachable", address));
                }
            }

            console.Output.Flush();
            if (open && addresses.Count > 0)
            {
                OpenBrowser(addresses[0], error, console.Text);
            }

            WaitHandle.WaitAny([stop.Token.WaitHandle, app.Lifetime.ApplicationStopping.WaitHandle]);
            return EngineHost.ExitOk;
        }
        finally
        {
            app.StopAsync(CancellationToken.None).GetAwaiter().GetResult();
            app.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
    }

    /// <summary>Opens the page with xdg-open (Linux), open (macOS) or the shell (Windows); no browser is not an error.</summary>
    private static void OpenBrowser(string address, TextWriter error, PostLint.Cli.Localization.CliText text)
    {
        var url = address.Replace("://0.0.0.0", "://127.0.0.1", StringComparison.Ordinal).Replace("://[::]", "://[::1]", StringComparison.Ordinal) + "/";
        try
        {
            var start = OperatingSystem.IsWindows()
                ? new ProcessStartInfo(url) { UseShellExecute = true }
                : new ProcessStartInfo(OperatingSystem.IsMacOS() ? "open" : "xdg-open", url) { UseShellExecute = false, RedirectStandardError = true, RedirectStandardOutput = true };
            using var process = Process.Start(start);
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or InvalidOperationException or FileNotFoundException)
        {
            error.WriteLine(text.Format("serve.noBrowser", e.Message, url));
        }
    }
}
