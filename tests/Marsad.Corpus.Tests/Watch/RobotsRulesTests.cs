using Marsad.Corpus.Watch;

namespace Marsad.Corpus.Tests.Watch;

public sealed class RobotsRulesTests
{
    private static bool Allows(string robots, string path) => RobotsRules.Parse(robots).Allows(new Uri("https://example.com" + path));

    [Theory]
    [InlineData("/news/1", true)]
    [InlineData("/private/1", false)]
    [InlineData("/private/open/1", true)]      // the longer Allow wins
    [InlineData("/search?q=x", false)]         // '*' inside a pattern
    [InlineData("/feed.php", false)]           // '$' anchors the end
    [InlineData("/feed.php?page=2", true)]
    [InlineData("/robots.txt", true)]
    public void The_longest_matching_rule_of_the_star_group_decides(string path, bool allowed)
    {
        const string robots = """
            # comments and unknown lines are ignored
            Sitemap: https://example.com/sitemap.xml
            User-agent: *
            Disallow: /private/
            Allow: /private/open/
            Disallow: /*?q=
            Disallow: /*.php$
            """;
        Assert.Equal(allowed, Allows(robots, path));
    }

    [Fact]
    public void A_group_naming_marsad_replaces_the_star_group_and_sets_the_crawl_delay()
    {
        const string robots = "User-agent: *\nDisallow: /\n\nUser-agent: Marsad\nUser-agent: otherbot\nDisallow: /drafts/\nCrawl-delay: 2.5\n";
        var rules = RobotsRules.Parse(robots);
        Assert.True(rules.Allows(new Uri("https://example.com/news/1")));
        Assert.False(rules.Allows(new Uri("https://example.com/drafts/1")));
        Assert.Equal(TimeSpan.FromSeconds(2.5), rules.CrawlDelay);
        Assert.False(Allows("User-agent: *\nDisallow: /\n", "/news/1"));
    }

    [Fact]
    public void Percent_escapes_and_arabic_paths_are_one_path_and_an_empty_disallow_allows_everything()
    {
        Assert.False(Allows("User-agent: *\nDisallow: /أخبار/\n", "/%D8%A3%D8%AE%D8%A8%D8%A7%D8%B1/1"));
        Assert.True(Allows("User-agent: *\nDisallow:\n", "/anything"));
        Assert.False(RobotsRules.Unreachable.Allows(new Uri("https://example.com/news/1")));
    }

    [Fact]
    public void A_pattern_of_many_stars_is_matched_without_backtracking_blowup()
    {
        string pattern = "/" + string.Concat(Enumerable.Repeat("*a", 40)) + "b";
        Assert.False(RobotsRules.Matches(pattern, "/" + new string('a', 5000)));
    }
}
