using System.Collections.Concurrent;
using PostLint.Syntax;
using PostLint.Tests;
using YamlDotNet.RepresentationModel;

namespace PostLint.Core.Tests.Syntax;

/// <summary>One case of a twitter-text conformance file (<c>tests/Data/twitter-text/*.yml</c>, vendored).</summary>
internal sealed record ConformanceCase(string Section, int Index, string Description, string Text, YamlNode? Expected)
{
    public override string ToString() => $"{Section}[{Index}] {Description}";
}

/// <summary>
/// Loads the twitter-text conformance files at test time (as their README asks: never converted
/// statically) and checks one case of a section against PostLint's twitter-text API.
/// </summary>
internal static class TwitterTextConformance
{
    private static readonly ConcurrentDictionary<string, YamlMappingNode> Files = new();

    /// <summary>Every section PostLint runs, with the file it is in and the check of one case.</summary>
    public static readonly IReadOnlyList<(string File, string Section, Action<ConformanceCase> Check)> Sections =
    [
        ("extract.yml", "hashtags", c => Assert.Equal(Strings(c.Expected), TwitterText.ExtractHashtags(c.Text))),
        ("extract.yml", "hashtags_from_astral", c => Assert.Equal(Strings(c.Expected), TwitterText.ExtractHashtags(c.Text))),
        ("extract.yml", "hashtags_with_indices", c => Assert.Equal(
            Entities(c.Expected, "hashtag"),
            TwitterText.ExtractHashtagsWithIndices(c.Text).Select(h => (h.Hashtag, h.Start, h.End)))),
        ("extract.yml", "mentions", c => Assert.Equal(Strings(c.Expected), TwitterText.ExtractMentions(c.Text))),
        ("extract.yml", "mentions_with_indices", c => Assert.Equal(
            Entities(c.Expected, "screen_name"),
            TwitterText.ExtractMentionsWithIndices(c.Text).Select(m => (m.ScreenName, m.Start, m.End)))),
        ("extract.yml", "mentions_or_lists_with_indices", c => Assert.Equal(
            Entities(c.Expected, "screen_name", "list_slug"),
            TwitterText.ExtractMentionsOrListsWithIndices(c.Text).Select(m => (m.ScreenName + "|" + m.ListSlug, m.Start, m.End)))),
        ("extract.yml", "replies", c => Assert.Equal(Scalar(c.Expected), TwitterText.ExtractReplyScreenName(c.Text))),
        ("extract.yml", "urls", c => Assert.Equal(Strings(c.Expected), TwitterText.ExtractUrls(c.Text))),
        ("extract.yml", "urls_with_indices", c => Assert.Equal(
            Entities(c.Expected, "url"),
            TwitterText.ExtractUrlsWithIndices(c.Text).Select(u => (u.Url, u.Start, u.End)))),
        ("extract.yml", "urls_with_directional_markers", c => Assert.Equal(
            Entities(c.Expected, "url"),
            TwitterText.ExtractUrlsWithIndices(c.Text).Select(u => (u.Url, u.Start, u.End)))),
        ("extract.yml", "tco_urls_with_params", c => Assert.Equal(Strings(c.Expected), TwitterText.ExtractUrls(c.Text))),
        ("validate.yml", "tweets", c => Assert.Equal(bool.Parse(Scalar(c.Expected)!), TwitterText.ParseTweet(c.Text, TwitterTextConfiguration.V1).Valid)),
        ("validate.yml", "WeightedTweetsCounterTest", c => AssertWeighted(c, TwitterTextConfiguration.V2)),
        ("validate.yml", "WeightedTweetsWithDiscountedEmojiCounterTest", c => AssertWeighted(c, TwitterTextConfiguration.V3)),
        ("validate.yml", "UnicodeDirectionalMarkerCounterTest", c => AssertWeighted(c, TwitterTextConfiguration.Default)),
        ("tlds.yml", "country", c => Assert.Equal(Strings(c.Expected), TwitterText.ExtractUrls(c.Text))),
        ("tlds.yml", "generic", c => Assert.Equal(Strings(c.Expected), TwitterText.ExtractUrls(c.Text))),
    ];

    /// <summary>
    /// Cases PostLint knows it does not pass, with the reason. The conformance tests assert that
    /// exactly these fail, so the list can neither hide a regression nor go stale.
    /// </summary>
    public static readonly IReadOnlyDictionary<(string Section, string Description), string> KnownFailures =
        new Dictionary<(string, string), string>();

    public static IReadOnlyList<ConformanceCase> Cases(string section)
    {
        var (file, _, _) = Sections.Single(s => s.Section == section);
        var root = Files.GetOrAdd(file, Load);
        var list = new List<ConformanceCase>();
        var index = 0;
        foreach (var node in (YamlSequenceNode)root[section])
        {
            var map = (YamlMappingNode)node;
            map.Children.TryGetValue(new YamlScalarNode("expected"), out var expected);
            list.Add(new ConformanceCase(section, index++, Scalar(map["description"]) ?? string.Empty, Scalar(map["text"]) ?? string.Empty, expected));
        }

        return list;
    }

    public static TheoryData<string, int> TheoryCases(string section)
    {
        var data = new TheoryData<string, int>();
        foreach (var c in Cases(section))
        {
            data.Add(c.Description, c.Index);
        }

        return data;
    }

    /// <summary>Runs one case, asserting failure instead for a known failure.</summary>
    public static void Run(string section, int index)
    {
        var c = Cases(section)[index];
        var check = Sections.Single(s => s.Section == section).Check;
        if (KnownFailures.ContainsKey((section, c.Description)))
        {
            Assert.ThrowsAny<Exception>(() => check(c));
        }
        else
        {
            check(c);
        }
    }

    /// <summary>Runs a whole section; returns the cases that failed with their messages.</summary>
    public static (int Total, List<(ConformanceCase Case, string Message)> Failures) RunSection(string section)
    {
        var check = Sections.Single(s => s.Section == section).Check;
        var failures = new List<(ConformanceCase, string)>();
        var cases = Cases(section);
        foreach (var c in cases)
        {
            try
            {
                check(c);
            }
            catch (Exception e) when (e is Xunit.Sdk.XunitException or InvalidOperationException or FormatException)
            {
                failures.Add((c, e.Message));
            }
        }

        return (cases.Count, failures);
    }

    private static YamlMappingNode Load(string file)
    {
        using var reader = new StreamReader(TestPaths.TestData("twitter-text", file));
        var stream = new YamlStream();
        stream.Load(reader);
        return (YamlMappingNode)((YamlMappingNode)stream.Documents[0].RootNode)["tests"];
    }

    private static string? Scalar(YamlNode? node) =>
        node is YamlScalarNode { Value: { Length: > 0 } value } ? value : null;

    private static List<string> Strings(YamlNode? node) =>
        node is YamlSequenceNode sequence ? [.. sequence.Select(n => Scalar(n) ?? string.Empty)] : [];

    private static List<(string Value, int Start, int End)> Entities(YamlNode? node, string valueKey, string? secondKey = null) =>
        node is YamlSequenceNode sequence
            ? [.. sequence.Cast<YamlMappingNode>().Select(m =>
            {
                var indices = (YamlSequenceNode)m["indices"];
                var value = Scalar(m[valueKey]) ?? string.Empty;
                if (secondKey is not null)
                {
                    value += "|" + (Scalar(m[secondKey]) ?? string.Empty);
                }

                return (value, int.Parse(Scalar(indices[0])!, System.Globalization.CultureInfo.InvariantCulture), int.Parse(Scalar(indices[1])!, System.Globalization.CultureInfo.InvariantCulture));
            })]
            : [];

    private static void AssertWeighted(ConformanceCase c, TwitterTextConfiguration configuration)
    {
        var map = (YamlMappingNode)c.Expected!;
        int Field(string name) => int.Parse(Scalar(map[name])!, System.Globalization.CultureInfo.InvariantCulture);
        var expected = new WeightedLengthResult(
            Field("weightedLength"),
            bool.Parse(Scalar(map["valid"])!),
            Field("permillage"),
            Field("displayRangeStart"),
            Field("displayRangeEnd"),
            Field("validRangeStart"),
            Field("validRangeEnd"));
        Assert.Equal(expected, TwitterText.ParseTweet(c.Text, configuration));
    }
}
