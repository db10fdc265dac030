using System.Text;
using Marsad.Corpus.Reading;
using Marsad.Corpus.Watch;

namespace Marsad.Corpus.Tests.Watch;

public sealed class FeedLinksTests
{
    private static readonly Uri Feed = new("https://example.com/feeds/news.xml");

    private static FeedPage Read(string xml, int max = 100) => FeedLinks.Read(Encoding.UTF8.GetBytes(xml), Feed, max);

    [Fact]
    public void A_news_sitemap_gives_links_with_titles_and_dates_and_relative_links_are_resolved()
    {
        var page = Read("""
            <?xml version="1.0" encoding="UTF-8"?>
            <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
              <url><loc>https://example.com/a/1</loc><news:news><news:publication_date>2015-07-21T09:30:00+03:00</news:publication_date><news:title>عنوان أول</news:title></news:news></url>
              <url><loc>/a/2</loc><lastmod>2015-07-22</lastmod></url>
              <url><loc>javascript:alert(1)</loc></url>
            </urlset>
            """);
        Assert.Equal(["https://example.com/a/1", "https://example.com/a/2"], page.Articles.Select(a => a.Url));
        Assert.Equal("عنوان أول", page.Articles[0].Title);
        Assert.Equal(new DateTimeOffset(2015, 7, 21, 6, 30, 0, TimeSpan.Zero), page.Articles[0].Published);
        Assert.Equal(new DateTimeOffset(2015, 7, 22, 0, 0, 0, TimeSpan.Zero), page.Articles[1].Published);
    }

    [Fact]
    public void Items_without_text_still_give_their_links_and_the_item_limit_holds()
    {
        var rss = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>t</title>"
            + string.Concat(Enumerable.Range(1, 50).Select(i => $"<item><title>خبر {i}</title><link>https://example.com/n/{i}</link></item>")) + "</channel></rss>";
        var page = Read(rss, max: 20);
        Assert.Equal(20, page.Articles.Count);
        Assert.Equal("خبر 1", page.Articles[0].Title);
    }

    [Fact]
    public void What_is_not_a_feed_is_refused_with_a_reason_naming_the_feed()
    {
        var e = Assert.Throws<InputException>(() => Read("<html><body>x</body></html>"));
        Assert.Equal(Feed.ToString(), e.Location);
        Assert.Contains("<html>", e.Problem, StringComparison.Ordinal);
        Assert.Throws<InputException>(() => Read("not xml at all"));
    }
}
