using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using PostLint.Server.Api;
using PostLint.Tests;

namespace PostLint.Server.Tests;

public sealed class AuditApiTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    private static string ArchiveData => TestPaths.InRepo("samples", "x-archive", "data");

    private static MultipartFormDataContent Upload(params (string Name, byte[] Bytes)[] files)
    {
        var form = new MultipartFormDataContent();
        foreach (var (name, bytes) in files)
        {
            var content = new ByteArrayContent(bytes);
            content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            form.Add(content, "files", name);
        }

        return form;
    }

    private static (string, byte[]) SampleFile(string name) => (name, File.ReadAllBytes(Path.Combine(ArchiveData, name)));

    private static JsonNode CliAudit(params string[] args)
    {
        using var folder = new TempFolder();
        var output = Path.Combine(folder.Path, "report.json");
        Cli.Program.Run(["audit", .. args, "--format", "json", "-o", output], new StringWriter(), new StringWriter());
        return JsonNode.Parse(File.ReadAllText(output))!;
    }

    [Fact]
    public async Task An_uploaded_X_archive_gives_the_counts_postlint_audit_prints()
    {
        var expected = CliAudit(TestPaths.InRepo("samples", "x-archive"), "--profile", "ishinomaki");

        using var response = await server.Client.PostAsync("api/v1/audit?profile=ishinomaki", Upload(SampleFile("tweets.js"), SampleFile("note-tweet.js")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var report = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        var summary = report["summary"]!;
        Assert.True((int)expected["summary"]!["posts"]! > 0);
        Assert.Equal(expected["summary"]!.ToJsonString(), summary.ToJsonString());
        Assert.Equal(expected["results"]!.AsArray().Count, report["results"]!.AsArray().Count);
        Assert.Equal(
            expected["results"]!.AsArray().Select(r => $"{r!["postId"]} {r["ruleId"]} {r["start"]}"),
            report["results"]!.AsArray().Select(r => $"{r!["postId"]} {r["ruleId"]} {r["start"]}"));

        // Paths in the report are the uploaded names, never the server's temporary folder.
        var sources = report["results"]!.AsArray().Select(r => (string)r!["source"]!).Distinct().ToArray();
        Assert.All(sources, s => Assert.True(s is "tweets.js" or "note-tweet.js", s));
    }

    [Fact]
    public async Task A_JSON_Lines_upload_with_a_broken_record_reports_PL0001_and_goes_on()
    {
        var jsonl = "{\"id\":\"a\",\"text\":\"#石巻市 #PR 牡蠣\",\"sponsored\":true}\n{\"id\":\"b\",\"text\":\n{\"id\":\"c\",\"text\":\"こんにちは\"}\n";
        using var response = await server.Client.PostAsync("api/v1/audit?profile=ishinomaki", Upload(("posts.jsonl", Encoding.UTF8.GetBytes(jsonl))));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var report = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        var summary = report["summary"]!;
        Assert.Equal(2, (int)summary["posts"]!);
        Assert.Equal(1, (int)summary["rejected"]!);
        Assert.Equal(3, (int)summary["read"]!);
        var rejection = report["results"]!.AsArray().Single(r => (string?)r!["ruleId"] == "PL0001")!;
        Assert.Equal("posts.jsonl", (string?)rejection["source"]);
        Assert.Equal(2, (int)rejection["sourceLine"]!);
        Assert.DoesNotContain("postlint-serve-", report.ToJsonString(), StringComparison.Ordinal);
        Assert.Contains(report["results"]!.AsArray(), r => (string?)r!["ruleId"] == "PL1001" && (string?)r["postId"] == "a");
    }

    [Fact]
    public async Task With_postText_each_finding_carries_its_post_for_the_page()
    {
        var jsonl = Encoding.UTF8.GetBytes("{\"id\":\"a\",\"text\":\"牡蠣の季節 #石巻市 #PR\",\"sponsored\":true}\n");
        using var plain = await server.Client.PostAsync("api/v1/audit?profile=ishinomaki", Upload(("posts.jsonl", jsonl)));
        using var withText = await server.Client.PostAsync("api/v1/audit?profile=ishinomaki&postText=true", Upload(("posts.jsonl", jsonl)));

        Assert.DoesNotContain("postText", await plain.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var report = JsonNode.Parse(await withText.Content.ReadAsStringAsync())!;
        var finding = report["results"]!.AsArray().First(r => (string?)r!["ruleId"] == "PL1001")!;
        Assert.Equal("牡蠣の季節 #石巻市 #PR", (string?)finding["postText"]);
        Assert.Equal("#石巻市", ((string)finding["postText"]!).Substring((int)finding["start"]!, (int)finding["length"]!));
    }

    [Fact]
    public async Task Sponsored_and_platform_of_the_request_apply_to_posts_that_do_not_say()
    {
        var jsonl = "{\"id\":\"a\",\"text\":\"牡蠣の季節です\"}\n";
        using var plain = await server.Client.PostAsync("api/v1/audit?profile=ishinomaki", Upload(("posts.jsonl", Encoding.UTF8.GetBytes(jsonl))));
        using var sponsored = await server.Client.PostAsync("api/v1/audit?profile=ishinomaki&sponsored=true", Upload(("posts.jsonl", Encoding.UTF8.GetBytes(jsonl))));

        Assert.DoesNotContain("\"PL1004\"", await plain.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("\"PL1004\"", await sponsored.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_report_downloads_as_CSV_with_a_BOM_and_as_SARIF()
    {
        using var csv = await server.Client.PostAsync("api/v1/audit?profile=ishinomaki&format=csv", Upload(SampleFile("tweets.js")));
        var bytes = await csv.Content.ReadAsByteArrayAsync();
        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        // The page is Japanese, so its CSV has the Japanese headers `--format csv` writes by default.
        Assert.StartsWith("投稿ID,ファイル,", Encoding.UTF8.GetString(bytes[3..]), StringComparison.Ordinal);

        using var sarif = await server.Client.PostAsync("api/v1/audit?profile=ishinomaki&format=sarif", Upload(SampleFile("tweets.js")));
        Assert.Equal("application/sarif+json", sarif.Content.Headers.ContentType!.MediaType);
        var log = JsonNode.Parse(await sarif.Content.ReadAsStringAsync())!;
        Assert.Equal("2.1.0", (string?)log["version"]);
        Assert.NotEmpty(log["runs"]![0]!["results"]!.AsArray());
    }

    [Fact]
    public async Task A_zipped_X_archive_is_read_as_postlint_audit_reads_it_or_refused_with_what_to_upload()
    {
        using var folder = new TempFolder();
        var zip = Path.Combine(folder.Path, "twitter-2025.zip");
        System.IO.Compression.ZipFile.CreateFromDirectory(TestPaths.InRepo("samples", "x-archive"), zip);

        using var response = await server.Client.PostAsync("api/v1/audit?profile=ishinomaki", Upload(("twitter-2025.zip", File.ReadAllBytes(zip))));

        if (Input.PostReaders.Detect(zip) == Input.InputFormat.XArchive)
        {
            var expected = CliAudit(zip, "--profile", "ishinomaki");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var report = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
            Assert.Equal(expected["summary"]!.ToJsonString(), report["summary"]!.ToJsonString());
        }
        else
        {
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
            Assert.Contains("tweets.js", (string?)problem["detail"], StringComparison.Ordinal);
            Assert.DoesNotContain("postlint-serve-", (string?)problem["detail"], StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task An_upload_without_files_is_400()
    {
        using var form = new MultipartFormDataContent { { new StringContent("x"), "note" } };
        using var response = await server.Client.PostAsync("api/v1/audit", form);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task A_broken_multipart_body_is_400_and_the_server_keeps_serving()
    {
        var content = new StringContent("--xyz\r\nContent-Disposition: form-data; name=\"files\"; filename=\"a.jsonl\"\r\n\r\n{\"id\":1", Encoding.UTF8);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse("multipart/form-data; boundary=xyz");
        using var response = await server.Client.PostAsync("api/v1/audit", content);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);

        using var again = await server.Client.PostAsync("api/v1/audit", Upload(("a.jsonl", Encoding.UTF8.GetBytes("{\"id\":\"1\",\"text\":\"こんにちは\"}\n"))));
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
    }

    [Fact]
    public async Task A_JSON_body_is_415_and_bad_options_are_400()
    {
        using var json = await server.Client.PostAsync("api/v1/audit", ServerFixture.Json("{}"));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, json.StatusCode);

        using var format = await server.Client.PostAsync("api/v1/audit?format=pdf", Upload(SampleFile("tweets.js")));
        Assert.Equal(HttpStatusCode.BadRequest, format.StatusCode);

        using var sponsored = await server.Client.PostAsync("api/v1/audit?sponsored=maybe", Upload(SampleFile("tweets.js")));
        Assert.Equal(HttpStatusCode.BadRequest, sponsored.StatusCode);
    }

    [Fact]
    public async Task An_upload_over_the_limit_is_413()
    {
        // Expect: 100-continue, as curl sends large bodies: the server answers from the declared
        // length without reading the body. The client's wait for "100 Continue" is long here: with
        // the default 1 s a loaded machine starts sending the body before the 413 arrives, and the
        // server's close after its answer then breaks the client's pipe.
        using var handler = new SocketsHttpHandler { Expect100ContinueTimeout = TimeSpan.FromMinutes(2) };
        using var client = new HttpClient(handler) { BaseAddress = server.BaseAddress };
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/v1/audit") { Content = Upload(("big.jsonl", new byte[5 * 1024 * 1024])) };
        request.Headers.ExpectContinue = true;
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task Upload_names_cannot_leave_the_upload_folder()
    {
        var jsonl = Encoding.UTF8.GetBytes("{\"id\":\"1\",\"text\":\"こんにちは\"}\n");
        using var response = await server.Client.PostAsync("api/v1/audit", Upload(("../../../../tmp/evil.jsonl", jsonl), ("/etc/passwd.jsonl", jsonl)));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var report = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(2, (int)report["summary"]!["posts"]!);
        Assert.False(File.Exists("/tmp/evil.jsonl"));
    }

    [Theory]
    [InlineData("../../etc/passwd", "etc/passwd")]
    [InlineData("..\\..\\Windows\\win.ini", "Windows/win.ini")]
    [InlineData("twitter-2025/data/tweets.js", "twitter-2025/data/tweets.js")]
    [InlineData("投稿 一覧.csv", "投稿 一覧.csv")]
    [InlineData("a:b*c?.jsonl", "a_b_c_.jsonl")]
    [InlineData("..", "upload-3")]
    [InlineData("", "upload-3")]
    public void Upload_names_become_relative_paths_of_safe_characters(string name, string expected) =>
        Assert.Equal(expected, UploadNames.ToRelativePath(name, 3));
}
