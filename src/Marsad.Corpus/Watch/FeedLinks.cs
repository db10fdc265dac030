using System.Globalization;
using System.Xml;
using Marsad.Corpus.Reading;

namespace Marsad.Corpus.Watch;

/// <summary>The article links a fetched feed lists, and (for a sitemap index) the sitemaps it points to.</summary>
public sealed record FeedPage(IReadOnlyList<FeedItemLink> Articles, IReadOnlyList<Uri> Sitemaps);

/// <summary>
/// Reads the links of what a source URL serves: an RSS 2.0 or Atom feed (through <see cref="FeedReader"/>), a
/// sitemap (`urlset`, with the Google News `news:publication_date` and `news:title` when present) or a sitemap
/// index (`sitemapindex`, whose sitemaps are fetched in turn). Relative links are resolved against the feed's URL;
/// links that are not http(s) are dropped. Throws <see cref="InputException"/> for anything else.
/// </summary>
public static class FeedLinks
{
    private const string NewsNs = "http://www.google.com/schemas/sitemap-news/0.9";

    public static FeedPage Read(byte[] body, Uri feed, int maxItems)
    {
        string location = feed.ToString();
        string? root = RootElement(body, location);
        var page = root switch
        {
            "urlset" => Sitemap(body, location, maxItems),
            "sitemapindex" => SitemapIndex(body, location, maxItems),
            "rss" or "feed" or "RDF" => new FeedPage(FeedReader.Links(new MemoryStream(body, writable: false), location, maxItems), []),
            _ => throw new InputException(location, $"not an RSS, Atom or sitemap document (its root element is <{root}>)"),
        };
        var articles = new List<FeedItemLink>(page.Articles.Count);
        foreach (var link in page.Articles)
            if (Resolve(feed, link.Url) is { } url) articles.Add(link with { Url = url.ToString() });
        return page with { Articles = articles };
    }

    private static Uri? Resolve(Uri feed, string link) =>
        Uri.TryCreate(feed, link.Trim(), out var url) && url.Scheme is "http" or "https" ? url : null;

    private static XmlReader Xml(byte[] body) =>
        XmlReader.Create(new MemoryStream(body, writable: false), new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null, IgnoreComments = true });

    private static string? RootElement(byte[] body, string location)
    {
        try
        {
            using var xml = Xml(body);
            return xml.MoveToContent() == XmlNodeType.Element ? xml.LocalName : null;
        }
        catch (XmlException e) { throw new InputException(location, $"not well-formed XML ({e.Message})"); }
    }

    private static FeedPage Sitemap(byte[] body, string location, int maxItems)
    {
        var links = new List<FeedItemLink>();
        try
        {
            using var xml = Xml(body);
            xml.MoveToContent();
            while (links.Count < maxItems && xml.ReadToFollowing("url"))
            {
                using var entry = xml.ReadSubtree();
                string? loc = null, title = null, date = null;
                entry.Read();
                while (!entry.EOF)
                {
                    // ReadElementContentAsString moves past the element itself, so only the other nodes call Read
                    if (entry.NodeType != XmlNodeType.Element) { entry.Read(); continue; }
                    bool news = entry.NamespaceURI == NewsNs;
                    switch (entry.LocalName)
                    {
                        case "loc" when loc is null: loc = entry.ReadElementContentAsString().Trim(); break;
                        case "title" when news: title = entry.ReadElementContentAsString().Trim(); break;
                        case "publication_date" when news: date = entry.ReadElementContentAsString().Trim(); break;
                        case "lastmod" when date is null: date = entry.ReadElementContentAsString().Trim(); break;
                        default: entry.Read(); break;
                    }
                }
                if (loc is { Length: > 0 })
                    links.Add(new FeedItemLink(loc, title, DateTimeOffset.TryParse(date, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var d) ? d : null));
            }
        }
        catch (XmlException e) when (links.Count > 0)
        {
            _ = e; // a sitemap cut short keeps the entries before the break
        }
        catch (XmlException e) { throw new InputException(location, $"sitemap cannot be read ({e.Message})"); }
        return new FeedPage(links, []);
    }

    private static FeedPage SitemapIndex(byte[] body, string location, int maxItems)
    {
        var maps = new List<Uri>();
        try
        {
            using var xml = Xml(body);
            xml.MoveToContent();
            while (maps.Count < maxItems && xml.ReadToFollowing("loc"))
                if (Uri.TryCreate(xml.ReadElementContentAsString().Trim(), UriKind.Absolute, out var u) && u.Scheme is "http" or "https") maps.Add(u);
        }
        catch (XmlException e) { throw new InputException(location, $"sitemap index cannot be read ({e.Message})"); }
        return new FeedPage([], maps);
    }
}
