using Xunit.Abstractions;

namespace PostLint.Core.Tests.Syntax;

/// <summary>
/// Every case of the twitter-text conformance sections PostLint implements, one test per case
/// (named by the case's description), so each section's count is visible in the test run.
/// </summary>
public sealed class TwitterTextConformanceTests(ITestOutputHelper output)
{
    public static TheoryData<string, int> Hashtags => TwitterTextConformance.TheoryCases("hashtags");

    public static TheoryData<string, int> HashtagsFromAstral => TwitterTextConformance.TheoryCases("hashtags_from_astral");

    public static TheoryData<string, int> HashtagsWithIndices => TwitterTextConformance.TheoryCases("hashtags_with_indices");

    public static TheoryData<string, int> Mentions => TwitterTextConformance.TheoryCases("mentions");

    public static TheoryData<string, int> MentionsWithIndices => TwitterTextConformance.TheoryCases("mentions_with_indices");

    public static TheoryData<string, int> MentionsOrListsWithIndices => TwitterTextConformance.TheoryCases("mentions_or_lists_with_indices");

    public static TheoryData<string, int> Replies => TwitterTextConformance.TheoryCases("replies");

    public static TheoryData<string, int> Urls => TwitterTextConformance.TheoryCases("urls");

    public static TheoryData<string, int> UrlsWithIndices => TwitterTextConformance.TheoryCases("urls_with_indices");

    public static TheoryData<string, int> UrlsWithDirectionalMarkers => TwitterTextConformance.TheoryCases("urls_with_directional_markers");

    public static TheoryData<string, int> TcoUrlsWithParams => TwitterTextConformance.TheoryCases("tco_urls_with_params");

    public static TheoryData<string, int> Tweets => TwitterTextConformance.TheoryCases("tweets");

    public static TheoryData<string, int> WeightedTweetsCounter => TwitterTextConformance.TheoryCases("WeightedTweetsCounterTest");

    public static TheoryData<string, int> WeightedTweetsWithDiscountedEmojiCounter => TwitterTextConformance.TheoryCases("WeightedTweetsWithDiscountedEmojiCounterTest");

    public static TheoryData<string, int> UnicodeDirectionalMarkerCounter => TwitterTextConformance.TheoryCases("UnicodeDirectionalMarkerCounterTest");

    public static TheoryData<string, int> CountryTlds => TwitterTextConformance.TheoryCases("country");

    public static TheoryData<string, int> GenericTlds => TwitterTextConformance.TheoryCases("generic");

    [Theory, MemberData(nameof(Hashtags))]
    public void Extract_hashtags(string description, int index) => Run("hashtags", description, index);

    [Theory, MemberData(nameof(HashtagsFromAstral))]
    public void Extract_hashtags_from_astral(string description, int index) => Run("hashtags_from_astral", description, index);

    [Theory, MemberData(nameof(HashtagsWithIndices))]
    public void Extract_hashtags_with_indices(string description, int index) => Run("hashtags_with_indices", description, index);

    [Theory, MemberData(nameof(Mentions))]
    public void Extract_mentions(string description, int index) => Run("mentions", description, index);

    [Theory, MemberData(nameof(MentionsWithIndices))]
    public void Extract_mentions_with_indices(string description, int index) => Run("mentions_with_indices", description, index);

    [Theory, MemberData(nameof(MentionsOrListsWithIndices))]
    public void Extract_mentions_or_lists_with_indices(string description, int index) => Run("mentions_or_lists_with_indices", description, index);

    [Theory, MemberData(nameof(Replies))]
    public void Extract_replies(string description, int index) => Run("replies", description, index);

    [Theory, MemberData(nameof(Urls))]
    public void Extract_urls(string description, int index) => Run("urls", description, index);

    [Theory, MemberData(nameof(UrlsWithIndices))]
    public void Extract_urls_with_indices(string description, int index) => Run("urls_with_indices", description, index);

    [Theory, MemberData(nameof(UrlsWithDirectionalMarkers))]
    public void Extract_urls_with_directional_markers(string description, int index) => Run("urls_with_directional_markers", description, index);

    [Theory, MemberData(nameof(TcoUrlsWithParams))]
    public void Extract_tco_urls_with_params(string description, int index) => Run("tco_urls_with_params", description, index);

    [Theory, MemberData(nameof(Tweets))]
    public void Validate_tweets_v1(string description, int index) => Run("tweets", description, index);

    [Theory, MemberData(nameof(WeightedTweetsCounter))]
    public void Weighted_length_v2(string description, int index) => Run("WeightedTweetsCounterTest", description, index);

    [Theory, MemberData(nameof(WeightedTweetsWithDiscountedEmojiCounter))]
    public void Weighted_length_v3_with_emoji(string description, int index) => Run("WeightedTweetsWithDiscountedEmojiCounterTest", description, index);

    [Theory, MemberData(nameof(UnicodeDirectionalMarkerCounter))]
    public void Weighted_length_default_with_directional_marks(string description, int index) => Run("UnicodeDirectionalMarkerCounterTest", description, index);

    [Theory, MemberData(nameof(CountryTlds))]
    public void Country_tld_extracts_a_url(string description, int index) => Run("country", description, index);

    [Theory, MemberData(nameof(GenericTlds))]
    public void Generic_tld_extracts_a_url(string description, int index) => Run("generic", description, index);

    /// <summary>Prints the pass count of every section and checks that only the known failures fail.</summary>
    [Fact]
    public void Summary_per_section()
    {
        var unexpected = new List<string>();
        foreach (var (file, section, _) in TwitterTextConformance.Sections)
        {
            var (total, failures) = TwitterTextConformance.RunSection(section);
            output.WriteLine($"{file} {section}: {total - failures.Count}/{total} pass");
            foreach (var (c, message) in failures)
            {
                if (!TwitterTextConformance.KnownFailures.ContainsKey((section, c.Description)))
                {
                    unexpected.Add($"{c}: {message}");
                }
            }
        }

        Assert.Empty(unexpected);
    }

    private static void Run(string section, string description, int index)
    {
        Assert.False(string.IsNullOrEmpty(description));
        TwitterTextConformance.Run(section, index);
    }
}
