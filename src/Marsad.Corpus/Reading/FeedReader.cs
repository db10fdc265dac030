using System.ServiceModel.Syndication;
using System.Xml;
using AngleSharp.Html.Parser;
using Marsad.Analysis;

namespace Marsad.Corpus.Reading;

/// <summary>An item of a feed or an entry of a sitemap: the page's URL (as written, maybe relative) and what the list says of it.</summary>
public sealed record FeedItemLink(string Url, string? Title, DateTimeOffset? Published);

/// <summary>
/// Articles from an RSS 2.0 or Atom feed: one per item, its body from content:encoded, the Atom content or
/// the description (HTML turned into lines), with title, link, date and author of the item.
/// </summary>
public static class FeedReader
{
    private const string ContentNs = "http://purl.org/rss/1.0/modules/content/";

    public static IEnumerable<ReadResult> Read(Stream stream, string location)
    {
        SyndicationFeed feed;
        try
        {
            using var xml = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null });
            feed = SyndicationFeed.Load(xml);
        }
        catch (Exception e) when (e is XmlException or FormatException or InvalidOperationException or NotSupportedException or ArgumentOutOfRangeException)
        {
            // NotSupportedException: an RSS version the serializer does not know (<rss version="2.8">);
            // ArgumentOutOfRangeException: System.Xml's own reader fails so on some damaged XML declarations
            return [new InputException(location, $"not a readable RSS 2.0 or Atom feed ({e.Message})")];
        }
        return Items(feed, location);
    }

    /// <summary>
    /// The links of a feed's items, for a monitor that fetches the pages themselves: each item's alternate link
    /// (or its id when that is a URL), title and date, whether or not the item carries text.
    /// </summary>
    public static IReadOnlyList<FeedItemLink> Links(Stream stream, string location, int maxItems)
    {
        SyndicationFeed feed;
        try
        {
            using var xml = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null });
            feed = SyndicationFeed.Load(xml);
        }
        catch (Exception e) when (e is XmlException or FormatException or InvalidOperationException or NotSupportedException)
        {
            throw new InputException(location, $"not a readable RSS 2.0 or Atom feed ({e.Message})");
        }
        var links = new List<FeedItemLink>();
        try
        {
            foreach (var item in feed.Items)
            {
                if (links.Count == maxItems) break;
                string? url = item.Links.FirstOrDefault(l => l.RelationshipType is null or "alternate")?.Uri?.ToString() ?? item.Id;
                if (url is null) continue;
                DateTimeOffset date;
                try { date = item.PublishDate != default ? item.PublishDate : item.LastUpdatedTime; }
                catch (XmlException) { date = default; }
                links.Add(new FeedItemLink(url, item.Title?.Text?.Trim(), date == default ? null : date));
            }
        }
        catch (Exception e) when (e is XmlException or FormatException or InvalidOperationException or NotSupportedException)
        {
            // a broken item ends the feed there; the links before it are kept
            if (links.Count == 0) throw new InputException(location, $"feed item {links.Count + 1} cannot be read ({e.Message})");
        }
        return links;
    }

    private static IEnumerable<ReadResult> Items(SyndicationFeed feed, string location)
    {
        int i = 0;
        var parser = new HtmlParser();
        // Items are parsed as they are enumerated: a malformed date or element in item N ends the feed there,
        // with one line naming the item, and the items before it are kept.
        using var items = feed.Items.GetEnumerator();
        while (true)
        {
            string where = $"{location}#{++i}";
            InputException? broken = null;
            try { if (!items.MoveNext()) yield break; }
            catch (Exception e) when (e is XmlException or FormatException or InvalidOperationException or NotSupportedException or ArgumentOutOfRangeException)
            {
                broken = new InputException(where, $"feed item cannot be read ({e.Message})");
            }
            if (broken is not null) { yield return broken; yield break; }
            var item = items.Current;
            string? html = item.ElementExtensions.ReadElementExtensions<string>("encoded", ContentNs).FirstOrDefault()
                ?? (item.Content as TextSyndicationContent)?.Text
                ?? item.Summary?.Text;
            if (string.IsNullOrWhiteSpace(html)) { yield return new InputException(where, "feed item has no text"); continue; }
            string body;
            using (var doc = parser.ParseDocument(html)) body = HtmlText.ToPlainText(doc.Body!);
            if (string.IsNullOrWhiteSpace(body)) { yield return new InputException(where, "feed item has no text"); continue; }
            // the item's dates are parsed when asked for: a malformed one is a warning on a kept article
            DateTimeOffset date;
            string? warning = null;
            try { date = item.PublishDate != default ? item.PublishDate : item.LastUpdatedTime; }
            catch (XmlException)
            {
                date = default;
                warning = $"{where}: the item's date cannot be read; the article is kept without one";
            }
            var utc = date.UtcDateTime;
            yield return new ReadResult(new ArticleInput(body, new ArticleMetadata
            {
                Title = item.Title?.Text?.Trim(),
                Url = item.Links.FirstOrDefault(l => l.RelationshipType is null or "alternate")?.Uri?.ToString() ?? item.Id,
                Publisher = feed.Title?.Text?.Trim(),
                Author = item.Authors.Select(a => a.Name ?? a.Email).FirstOrDefault(a => !string.IsNullOrWhiteSpace(a)),
                Published = date == default ? null : new PublicationDate(DateOnly.FromDateTime(utc), TimeOnly.FromDateTime(utc)),
                Location = where,
            }), null, null, warning);
        }
    }
}
