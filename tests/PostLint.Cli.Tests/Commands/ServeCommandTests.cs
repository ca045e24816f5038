using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using PostLint.Cli.Infrastructure;

namespace PostLint.Cli.Tests.Commands;

public sealed partial class ServeCommandTests
{
    private sealed record Running(Task<int> Exit, SharedWriter Output, SharedWriter Error, CancellationTokenSource Stop);

    /// <summary>A writer the server thread writes to while the test reads it.</summary>
    private sealed class SharedWriter
    {
        private readonly System.Text.StringBuilder _text = new();

        public SharedWriter() => Writer = TextWriter.Synchronized(new StringWriter(_text));

        public TextWriter Writer { get; }

        // TextWriter.Synchronized locks on the wrapper for every call: read under the same lock.
        public override string ToString()
        {
            lock (Writer)
            {
                return _text.ToString();
            }
        }
    }

    private static Running Start(params string[] args)
    {
        var output = new SharedWriter();
        var error = new SharedWriter();
        var stop = new CancellationTokenSource();
        var console = new CliConsole(output.Writer, error.Writer) { Cancellation = stop.Token };
        var exit = Task.Run(() => Program.Run(["serve", .. args], console));
        return new Running(exit, output, error, stop);
    }

    private static async Task<Uri> WaitForAddressAsync(Running running)
    {
        for (var i = 0; i < 2400 && !running.Exit.IsCompleted; i++)
        {
            var match = ServingLine().Match(running.Output.ToString());
            if (match.Success)
            {
                return new Uri(match.Groups[1].Value);
            }

            await Task.Delay(50);
        }

        throw new InvalidOperationException($"postlint serve did not print its address. stdout: {running.Output} stderr: {running.Error}");
    }

    [Fact]
    public async Task Serve_prints_its_address_answers_with_the_chosen_profile_and_stops_on_cancel()
    {
        var running = Start("--urls", "http://127.0.0.1:0", "--profile", "ishinomaki");
        try
        {
            var address = await WaitForAddressAsync(running);
            using var client = new HttpClient { BaseAddress = address };
            var rules = JsonNode.Parse(await client.GetStringAsync("api/v1/rules"))!;
            Assert.Equal("ishinomaki", (string?)rules["profile"]);
            using var check = await client.PostAsync("api/v1/check", new StringContent("""{"text":"#石巻市 #PR"}""", System.Text.Encoding.UTF8, "application/json"));
            Assert.Equal(HttpStatusCode.OK, check.StatusCode);
            Assert.DoesNotContain("warning", running.Error.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            await running.Stop.CancelAsync();
        }

        Assert.Equal(0, await running.Exit.WaitAsync(TimeSpan.FromMinutes(1)));
    }

    [Fact]
    public async Task Serving_beyond_loopback_prints_a_warning()
    {
        var running = Start("--urls", "http://0.0.0.0:0");
        try
        {
            await WaitForAddressAsync(running);
            Assert.Contains("postlint: 警告: ", running.Error.ToString(), StringComparison.Ordinal);
            Assert.Contains("にはほかのコンピューターからも接続できます", running.Error.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            await running.Stop.CancelAsync();
        }

        Assert.Equal(0, await running.Exit.WaitAsync(TimeSpan.FromMinutes(1)));
    }

    [Theory]
    [InlineData("--urls", "ftp://127.0.0.1:21")]
    [InlineData("--cors", "not an origin")]
    [InlineData("--cors", "https://cms.example.jp/path")]
    [InlineData("--profile", "tokyo")]
    [InlineData("--config", "/nonexistent/postlint.json")]
    public void Bad_options_exit_with_2(string option, string value)
    {
        // Every case fails before listening; a default address that is free keeps a wrong pass from blocking.
        string[] address = option == "--urls" ? [] : ["--urls", "http://127.0.0.1:0"];
        var result = CliRunner.Run(["serve", .. address, option, value]);
        Assert.Equal(2, result.ExitCode);
        Assert.NotEmpty(result.Error);
    }

    [GeneratedRegex(@"postlint: (http://\S+?)/? で待ち受けています（Ctrl-C で終了）")]
    private static partial Regex ServingLine();
}
