using System.Runtime.InteropServices;
using System.Text.Json;
using PostLint.Syntax;
using PostLint.Tests;

namespace PostLint.Core.Tests.Syntax;

/// <summary>
/// Differential test against the real twitter-text 3.1.0 (npm): <c>TwitterTextJs/make-golden.js</c>
/// recorded its answers for 2,000 generated post-like strings (hashtags, mentions, URLs, entity
/// merging, parseTweet v2/v3, replies); PostLint must give the same answers for every one.
/// </summary>
public sealed class TwitterTextGoldenTests
{
    private static readonly Lazy<JsonElement[]> Cases = new(() =>
    {
        var path = TestPaths.InRepo("tests", "PostLint.Core.Tests", "Syntax", "TwitterTextJs", "twitter-text-3.1.0-golden.json");
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        return [.. document.RootElement.GetProperty("cases").EnumerateArray().Select(c => c.Clone())];
    });

    public static TheoryData<int> Chunks()
    {
        var data = new TheoryData<int>();
        for (var chunk = 0; chunk < 20; chunk++)
        {
            data.Add(chunk);
        }

        return data;
    }

    /// <summary>The recorded cases in 20 chunks of 100 (a failure names the text and the field).</summary>
    [Theory, MemberData(nameof(Chunks))]
    public void PostLint_answers_as_twitter_text_js(int chunk)
    {
        var cases = Cases.Value;
        Assert.Equal(2000, cases.Length);
        foreach (var c in cases.Skip(chunk * 100).Take(100))
        {
            var text = Decode(c.GetProperty("text").GetString())!;
            var context = JsonSerializer.Serialize(text);

            Assert.True(
                Pairs(c.GetProperty("hashtags")).SequenceEqual(TwitterText.ExtractHashtagsWithIndices(text).Select(h => (h.Start, h.End, 0))),
                "hashtags of " + context);
            Assert.True(
                Pairs(c.GetProperty("mentions")).SequenceEqual(TwitterText.ExtractMentionsOrListsWithIndices(text).Select(m => (m.Start, m.End, m.ListSlug.Length))),
                "mentions of " + context);

            var urls = TwitterText.ExtractUrlsWithIndices(text);
            var expectedUrls = c.GetProperty("urls").EnumerateArray()
                .Select(u => (u[0].GetInt32(), u[1].GetInt32(), Decode(u[2].GetString()))).ToList();
            Assert.True(expectedUrls.SequenceEqual(urls.Select(u => (u.Start, u.End, (string?)u.Url))), "urls of " + context);

            var syntax = PostSyntax.Parse(text);
            var entities = new List<(string, int, int)>();
            foreach (var token in syntax.Tokens)
            {
                if (token.Kind is SyntaxKind.Hashtag or SyntaxKind.Mention or SyntaxKind.Url)
                {
                    entities.Add((token.Kind.ToString(), token.Span.Start, token.Span.End));
                }
            }

            var expectedEntities = c.GetProperty("entities").EnumerateArray()
                .Select(e => (e[0].GetString()!, e[1].GetInt32(), e[2].GetInt32())).ToList();
            Assert.True(expectedEntities.SequenceEqual(entities), "lexer entities of " + context);

            Assert.True(Weighted(c.GetProperty("v2")) == TwitterText.ParseTweet(text, TwitterTextConfiguration.V2), "parseTweet v2 of " + context);
            Assert.True(Weighted(c.GetProperty("v3")) == TwitterText.ParseTweet(text, TwitterTextConfiguration.V3), "parseTweet v3 of " + context);
            Assert.True(Decode(c.GetProperty("reply").GetString()) == TwitterText.ExtractReplyScreenName(text), "reply of " + context);
        }
    }

    /// <summary>UTF-16LE code units as they are (a decoder would replace lone surrogates).</summary>
    private static string? Decode(string? base64) =>
        base64 is null ? null : new string(MemoryMarshal.Cast<byte, char>(Convert.FromBase64String(base64)));

    private static IEnumerable<(int, int, int)> Pairs(JsonElement array) =>
        array.EnumerateArray().Select(a => (a[0].GetInt32(), a[1].GetInt32(), a.GetArrayLength() > 2 ? a[2].GetInt32() : 0));

    private static WeightedLengthResult Weighted(JsonElement a) =>
        new(a[0].GetInt32(), a[1].GetBoolean(), a[2].GetInt32(), a[3].GetInt32(), a[4].GetInt32(), a[5].GetInt32(), a[6].GetInt32());
}
