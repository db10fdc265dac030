using System.Text;
using Marsad.Corpus.Reading;
using Marsad.Corpus.Store;
using Marsad.Corpus.Watch;
using Marsad.Tests;
using Marsad.Tests.Watch;

namespace Marsad.Corpus.Tests.Watch;

/// <summary>`marsad watch` passes against a local news site: what is stored, what is asked again, what is never asked.</summary>
public sealed class WatcherTests
{
    [Fact]
    public async Task A_pass_stores_every_listed_article_with_title_and_date_and_a_second_pass_asks_only_conditionally()
    {
        await using var h = await WatchHarness.StartAsync();
        var items = h.Publish(NewsSite.Synthetic);
        h.Server.Robots("User-agent: *\nDisallow: /admin/\n");
        h.Server.Feed("rss.xml", NewsSite.Rss(items.Take(2)));
        h.Server.Feed("atom.xml", NewsSite.Atom(items.Skip(2).Take(2)), "application/atom+xml");
        h.Server.Feed("sitemap.xml", NewsSite.Sitemap(items.Skip(4)), "application/xml");
        WatchSource[] sources = [h.Source("rss.xml"), h.Source("atom.xml"), h.Source("sitemap.xml")];

        var first = h.Pass(sources);
        Assert.Empty(h.Problems);
        Assert.Equal((6, 6L), (first.PagesFetched, first.Stored));
        var stored = h.Stored();
        Assert.Equal(items.Select(i => i.Item.Title).Order(), stored.Select(a => a.Title).Order());
        foreach (var (item, link) in items)
        {
            var a = Assert.Single(stored, a => a.Title == item.Title);
            Assert.Equal(item.Published.UtcDateTime.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), a.Published![..10]);
            Assert.Equal(link.ToString(), a.Url);
            Assert.Equal("test-news", a.Source);
        }
        Assert.All(h.Server.Requests, r => Assert.StartsWith("Marsad/", r.UserAgent, StringComparison.Ordinal));

        h.Server.ClearLog();
        var second = h.Pass(sources);
        Assert.Equal((0L, 0, 3), (second.Stored, second.PagesFetched, second.FeedsUnchanged));
        var requests = h.Server.Requests;
        Assert.Equal(3, requests.Count); // the three feeds; robots.txt is remembered, the pages are known
        Assert.All(requests, r => Assert.True(r.Conditional && r.Status == 304, $"{r.Path} answered {r.Status}, conditional: {r.Conditional}"));
        Assert.Equal(6, h.Stored().Count);
    }

    [Fact]
    public async Task Paths_robots_txt_disallows_are_never_fetched()
    {
        await using var h = await WatchHarness.StartAsync();
        var open = h.Publish(NewsSite.Synthetic.Take(3).ToList());
        var closed = h.Publish(NewsSite.Synthetic.Skip(3).ToList(), folder: "private");
        h.Server.Robots("User-agent: googlebot\nDisallow: /\n\nUser-agent: *\nDisallow: /private/\nAllow: /private/public-\n");
        h.Server.Feed("rss.xml", NewsSite.Rss(open.Concat(closed)));
        h.Server.Feed("private/feed.xml", NewsSite.Rss(open));
        // a listed page that redirects into the disallowed folder is not followed there either
        h.Server.Redirect("go/1", "/private/4");
        h.Server.Feed("more.xml", NewsSite.Rss([(NewsSite.Synthetic[3], h.Server.Url("go/1"))]));

        var pass = h.Pass([h.Source("rss.xml"), h.Source("private/feed.xml"), h.Source("more.xml")]);
        Assert.Equal(3L, pass.Stored);
        Assert.DoesNotContain(h.Server.Requests, r => r.Path.StartsWith("/private/", StringComparison.Ordinal));
        Assert.Contains(h.Problems, p => p.Contains("private/feed.xml", StringComparison.Ordinal) && p.Contains("robots.txt", StringComparison.Ordinal));
        Assert.Equal(open.Select(i => i.Item.Title).Order(), h.Stored().Select(a => a.Title).Order());

        // and in a later pass neither: the pages wait, unfetched, until robots.txt allows them or they are given up
        h.Server.ClearLog();
        h.Pass([h.Source("rss.xml")]);
        Assert.DoesNotContain(h.Server.Requests, r => r.Path.StartsWith("/private/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_broken_feed_is_reported_in_one_line_and_the_other_feeds_complete()
    {
        await using var h = await WatchHarness.StartAsync();
        var items = h.Publish(NewsSite.Synthetic);
        h.Server.Feed("good.xml", NewsSite.Rss(items.Take(3)));
        h.Server.Feed("atom.xml", NewsSite.Atom(items.Skip(3)), "application/atom+xml");
        h.Server.Broken("down.xml", 503);
        h.Server.Page("html.xml", "<html><body>not a feed</body></html>");
        h.Server.Page("cut.xml", "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>x</title><item><title>", "application/rss+xml");
        h.Server.Slow("slow.xml", TimeSpan.FromSeconds(10), NewsSite.Rss(items));
        h.Fetch = h.Fetch with { Timeout = TimeSpan.FromMilliseconds(500), Retries = 1 };
        WatchSource[] sources = [h.Source("down.xml"), h.Source("good.xml"), h.Source("html.xml"), h.Source("cut.xml"), h.Source("slow.xml"), h.Source("atom.xml"), h.Source("missing.xml")];

        var pass = h.Pass(sources);
        Assert.Equal((6L, 5), (pass.Stored, pass.FeedsFailed));
        var problems = h.Problems.ToList();
        Assert.Equal(5, problems.Count);
        Assert.All(problems, p => Assert.DoesNotContain('\n', p));
        Assert.Contains(problems, p => p.Contains("down.xml", StringComparison.Ordinal) && p.Contains("503", StringComparison.Ordinal) && p.Contains("2 attempts", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("html.xml", StringComparison.Ordinal) && p.Contains("<html>", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("cut.xml", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("slow.xml", StringComparison.Ordinal) && p.Contains("no answer within", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("missing.xml", StringComparison.Ordinal) && p.Contains("404", StringComparison.Ordinal));

        // the failing feed is asked again, unconditionally, in the next pass
        h.Server.ClearLog();
        h.Pass(sources);
        Assert.Contains(h.Server.Requests, r => r.Path == "/down.xml" && !r.Conditional);
    }

    [Fact]
    public async Task A_page_that_fails_is_retried_in_a_later_pass_and_then_stored()
    {
        await using var h = await WatchHarness.StartAsync();
        var items = h.Publish(NewsSite.Synthetic.Take(2).ToList());
        var flaky = h.Server.Url("news/9");
        h.Server.Flaky(flaky.AbsolutePath, failures: 3, NewsSite.Html(NewsSite.Synthetic[3], flaky.ToString()));
        h.Server.Feed("rss.xml", NewsSite.Rss(items.Append((NewsSite.Synthetic[3], flaky))));
        h.Fetch = h.Fetch with { Retries = 2 };

        var first = h.Pass([h.Source("rss.xml")]);
        Assert.Equal((2L, 1), (first.Stored, first.PagesFailed));
        Assert.Contains(h.Problems, p => p.StartsWith(flaky.ToString(), StringComparison.Ordinal) && p.Contains("503", StringComparison.Ordinal));

        var second = h.Pass([h.Source("rss.xml")]); // the feed is unchanged (304); the failed page is asked again
        Assert.Equal((1L, 1), (second.Stored, second.FeedsUnchanged));
        Assert.Contains(h.Stored(), a => a.Title == NewsSite.Synthetic[3].Title);
    }

    [Fact]
    public async Task Redirects_are_followed_and_the_article_keeps_its_canonical_url()
    {
        await using var h = await WatchHarness.StartAsync();
        var item = NewsSite.Synthetic[0];
        var canonical = h.Server.Url("2015/07/21/jubeir-lavrov");
        h.Server.Page("articles/100", NewsSite.Html(item, canonical.ToString()));
        h.Server.Redirect("r/100", "/articles/100", 302);
        h.Server.Redirect("old/100", "/r/100", 301);
        h.Server.Feed("rss.xml", NewsSite.Rss([(item, h.Server.Url("old/100"))]));

        var pass = h.Pass([h.Source("rss.xml")]);
        Assert.Equal(1L, pass.Stored);
        Assert.Equal(canonical.ToString(), Assert.Single(h.Stored()).Url);
    }

    [Fact]
    public async Task A_page_above_the_size_limit_is_refused_and_a_windows_1256_page_is_decoded()
    {
        await using var h = await WatchHarness.StartAsync();
        var big = h.Server.Url("news/big");
        h.Server.Page(big.AbsolutePath, NewsSite.Html(NewsSite.Synthetic[1] with { Body = string.Concat(Enumerable.Repeat(NewsSite.Synthetic[1].Body + "\n", 400)) }, big.ToString()));
        var legacy = h.Server.Url("news/legacy");
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        h.Server.Page(legacy.AbsolutePath, Encoding.GetEncoding(1256).GetBytes(NewsSite.Html(NewsSite.Synthetic[2], legacy.ToString(), charsetMeta: null)), "text/html; charset=windows-1256");
        h.Server.Feed("rss.xml", NewsSite.Rss([(NewsSite.Synthetic[1], big), (NewsSite.Synthetic[2], legacy)]));
        h.Fetch = h.Fetch with { MaxBytes = 64 * 1024 };

        var pass = h.Pass([h.Source("rss.xml")]);
        Assert.Equal(1L, pass.Stored);
        Assert.Equal(NewsSite.Synthetic[2].Title, Assert.Single(h.Stored()).Title);
        Assert.Contains(h.Problems, p => p.StartsWith(big.ToString(), StringComparison.Ordinal) && p.Contains("at most 65,536", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_sitemap_index_leads_to_its_sitemaps_and_pages_stored_by_another_route_are_not_fetched_again()
    {
        await using var h = await WatchHarness.StartAsync();
        var items = h.Publish(NewsSite.Synthetic);
        h.Server.Feed("sitemap-1.xml", NewsSite.Sitemap(items.Take(3)), "application/xml");
        h.Server.Feed("sitemap-2.xml", NewsSite.Sitemap(items.Skip(3)), "application/xml");
        h.Server.Feed("sitemap-index.xml", $"<?xml version=\"1.0\"?><sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"><sitemap><loc>{h.Server.Url("sitemap-1.xml")}</loc></sitemap><sitemap><loc>{h.Server.Url("sitemap-2.xml")}</loc></sitemap></sitemapindex>", "application/xml");
        h.Server.Feed("rss.xml", NewsSite.Rss(items.Take(2)));

        Assert.Equal(2L, h.Pass([h.Source("rss.xml")]).Stored);
        // without the monitor's memory, as when the pages came in by `marsad ingest`: the store's ids (from the URLs) still say they are known
        foreach (var f in Directory.EnumerateFiles(h.DataDir, MonitorStore.FileName + "*")) File.Delete(f);
        h.Server.ClearLog();
        var pass = h.Pass([h.Source("sitemap-index.xml")]);
        Assert.Equal((4L, 4), (pass.Stored, pass.NewLinks));
        Assert.DoesNotContain(h.Server.Requests, r => r.Path is "/news/1" or "/news/2");
        Assert.Equal(6, h.Stored().Count);
    }

    [SkippableFact]
    public async Task Pages_built_from_SaudiNewsNet_records_are_stored_with_their_titles_and_dates()
    {
        var records = NewsSite.FromRecords(new BulkReader().Read([SharedData.Require("data", "news", "saudinewsnet", "dataset", "2015-07-21.zip")]), 20);
        await using var h = await WatchHarness.StartAsync();
        var items = h.Publish(records);
        h.Server.Feed("rss.xml", NewsSite.Rss(items.Take(10)));
        h.Server.Feed("sitemap.xml", NewsSite.Sitemap(items.Skip(10)), "application/xml");

        var pass = h.Pass([h.Source("rss.xml", outlet: null), h.Source("sitemap.xml", outlet: null)]);
        Assert.Empty(h.Problems);
        Assert.Equal(20L, pass.Stored);
        var stored = h.Stored().ToDictionary(a => a.Url!);
        foreach (var (item, link) in items)
        {
            var a = stored[link.ToString()];
            Assert.Equal(item.Title.Trim(), a.Title);
            Assert.Equal(item.Published.UtcDateTime.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), a.Published![..10]);
            // the body is the article's paragraphs, not the navigation or the footer around it
            Assert.Contains(item.Body.Split('\n')[0].Trim()[..30], a.Text, StringComparison.Ordinal);
            Assert.DoesNotContain("جميع الحقوق محفوظة", a.Text, StringComparison.Ordinal);
        }
    }
}
