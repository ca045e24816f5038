using PostLint.Configuration;
using PostLint.Rules.Infrastructure;
using PostLint.Rules.Links;

namespace PostLint.Rules.Tests.Links;

public sealed class LinkListTests
{
    [Fact]
    public void Shortener_list_has_at_least_60_distinct_hosts()
    {
        var hosts = LinkLists.BuiltInShorteners;
        Assert.True(hosts.Length >= 60, $"only {hosts.Length} hosts");
        var duplicates = hosts.GroupBy(static h => h.Suffix).Where(static g => g.Count() > 1).Select(static g => g.Key).ToList();
        Assert.Empty(duplicates);
    }

    [Theory]
    [InlineData("t.co")]
    [InlineData("bit.ly")]
    [InlineData("tinyurl.com")]
    [InlineData("ow.ly")]
    [InlineData("buff.ly")]
    [InlineData("is.gd")]
    [InlineData("lin.ee")]
    [InlineData("amzn.to")]
    [InlineData("goo.gl")]
    [InlineData("forms.gle")]
    [InlineData("youtu.be")]
    [InlineData("lnkd.in")]
    [InlineData("fb.me")]
    [InlineData("instagr.am")]
    [InlineData("j.mp")]
    [InlineData("cutt.ly")]
    [InlineData("rebrand.ly")]
    [InlineData("ux.nu")]
    public void The_spec_table_hosts_are_listed(string host) =>
        Assert.Contains(LinkLists.BuiltInShorteners, p => p.Suffix == host && !p.SubdomainsOnly);

    [Fact]
    public void Messaging_deep_links_are_deliberately_not_shorteners()
    {
        var list = LinkLists.Shorteners(AnalyzerOptions.Empty);
        Assert.False(list.Contains("t.me"));
        Assert.False(list.Contains("wa.me"));
        Assert.False(list.Contains("m.me"));
    }

    [Fact]
    public void Data_files_carry_a_header_naming_their_sources()
    {
        var shorteners = System.Text.Encoding.UTF8.GetString(EmbeddedData.ReadBytes(LinkLists.ShortenersFile));
        Assert.StartsWith("#", shorteners, StringComparison.Ordinal);
        Assert.Contains("PeterDaveHello/url-shorteners", shorteners, StringComparison.Ordinal);
        Assert.Contains("69dd70b", shorteners, StringComparison.Ordinal);
        Assert.Contains("CC-BY-SA-4.0", shorteners, StringComparison.Ordinal);
        Assert.Contains("pewtils", shorteners, StringComparison.Ordinal);
        Assert.Contains("url-unshort", shorteners, StringComparison.Ordinal);

        var denied = System.Text.Encoding.UTF8.GetString(EmbeddedData.ReadBytes(LinkLists.DeniedHostsFile));
        Assert.StartsWith("#", denied, StringComparison.Ordinal);
        Assert.Contains("わいせつな内容を含むホームページへのリンク", denied, StringComparison.Ordinal);
    }

    [Fact]
    public void Denied_list_is_the_four_adult_top_level_domains()
    {
        Assert.Equal(["xxx", "adult", "porn", "sex"], LinkLists.BuiltInDeniedHosts.Select(static p => p.Suffix));
        Assert.All(LinkLists.BuiltInDeniedHosts, static p => Assert.True(p.SubdomainsOnly));
    }

    [Theory]
    [InlineData("bit.ly", "bit.ly")]
    [InlineData("BIT.LY", "bit.ly")]
    [InlineData("bit.ly.", "bit.ly")]
    [InlineData("x.y.bit.ly", "bit.ly")]
    [InlineData("maps.app.goo.gl", "goo.gl")]
    [InlineData("➡.ws", "➡.ws")]
    [InlineData("xn--hgi.ws", "➡.ws")]
    [InlineData("orbit.ly", null)]
    [InlineData("bit.ly.example.com", null)]
    [InlineData("ly", null)]
    [InlineData("", null)]
    [InlineData(".", null)]
    public void Host_list_matches_by_label_suffix(string host, string? expected) =>
        Assert.Equal(expected, LinkLists.Shorteners(AnalyzerOptions.Empty).Match(host)?.Text);

    [Fact]
    public void Subdomain_only_patterns_do_not_match_the_bare_suffix()
    {
        var list = new HostList([HostPattern.Parse("*.lg.jp"), HostPattern.Parse(".xxx"), HostPattern.Parse("example.jp")]);
        Assert.True(list.Contains("city.joetsu.lg.jp"));
        Assert.False(list.Contains("lg.jp"));
        Assert.True(list.Contains("a.xxx"));
        Assert.False(list.Contains("xxx"));
        Assert.True(list.Contains("example.jp"));
        Assert.True(list.Contains("www.example.jp"));
        Assert.False(list.Contains("myexample.jp"));
        Assert.Equal(3, list.Count);
    }

    [Fact]
    public void A_host_longer_than_any_host_name_is_still_answered()
    {
        var list = new HostList([HostPattern.Parse("bit.ly")]);
        var longHost = string.Concat(Enumerable.Repeat("a.", 200)) + "bit.ly";
        Assert.True(list.Contains(longHost));
        Assert.False(list.Contains(new string('a', 400)));
    }

    [Theory]
    [InlineData("https://bit.ly/abc", "bit.ly", true, true)]
    [InlineData("http://Example.JP:8080/a", "Example.JP", true, false)]
    [InlineData("HTTPS://user:pw@www.example.jp/x?y#z", "www.example.jp", true, true)]
    [InlineData("example.jp/path", "example.jp", false, false)]
    [InlineData("//cdn.example.jp/x", "cdn.example.jp", false, false)]
    [InlineData("ftp://files.example.jp/", "files.example.jp", false, false)]
    [InlineData("http://[2001:db8::1]:80/", "2001:db8::1", true, false)]
    [InlineData("  https://example.jp  ", "example.jp", true, true)]
    [InlineData("https://example.jp?q=1", "example.jp", true, true)]
    [InlineData("example.jp:8080/x", "example.jp", false, false)]
    [InlineData("mailto:info@example.jp", "", false, false)]
    [InlineData("tel:0225-95-1111", "", false, false)]
    public void Expanded_urls_are_split_into_scheme_and_host(string url, string host, bool hasProtocol, bool https)
    {
        var target = LinkTarget.FromUrl(url);
        Assert.Equal(host, target.Host.ToString());
        Assert.Equal(hasProtocol, target.HasProtocol);
        Assert.Equal(https, target.IsHttps);
        Assert.True(target.IsExpanded);
    }
}
