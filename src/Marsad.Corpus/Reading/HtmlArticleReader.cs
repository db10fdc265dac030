using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Marsad.Analysis;

namespace Marsad.Corpus.Reading;

/// <summary>
/// An article from a web page: the main content (SmartReader's readability port), with title, date and
/// author from the page's JSON-LD (NewsArticle) and meta tags (Open Graph, article:*, Dublin Core), which
/// are more reliable than what readability guesses. The charset comes from HTTP (when a WARC record gives
/// it), then the page's meta, then detection.
/// </summary>
public static partial class HtmlArticleReader
{
    public static ReadResult Read(byte[] bytes, string location, string? url = null, string? httpCharset = null)
    {
        string html;
        try { html = TextDecoder.Decode(bytes, location, httpCharset ?? SniffCharset(bytes)); }
        catch (InputException e) { return e; }
        return Parse(html, location, url);
    }

    // Marsad is SmartReader's only user in the process and needs the article's text, never its HTML: the article is
    // not serialised (and parsed again), and its text is taken once, one line per block, by our own walk.
    static HtmlArticleReader()
    {
        SmartReader.Article.Serializer = _ => "";
        SmartReader.Article.Converter = HtmlText.ToPlainText;
    }

    public static ReadResult Parse(string html, string location, string? url = null)
    {
        IHtmlDocument page;
        try { page = Parser().ParseDocument(html); }
        catch (Exception e) when (e is not OutOfMemoryException) { return new InputException(location, $"malformed HTML ({e.Message})"); }
        using (page)
        {
            // The page is parsed once; readability rewrites it, so everything read from the page itself comes first.
            var ld = JsonLd(page);
            url ??= Meta(page, "og:url") ?? page.QuerySelector("link[rel=canonical]")?.GetAttribute("href");
            string pageUri = Uri.TryCreate(url, UriKind.Absolute, out var u) ? u.ToString() : "https://localhost/";
            string? title = ld.Title ?? Meta(page, "og:title") ?? Meta(page, "twitter:title");
            string? pageTitle = page.Title;
            string? date = ld.Date ?? Meta(page, "article:published_time") ?? Meta(page, "datePublished") ?? Meta(page, "pubdate")
                ?? Meta(page, "dc.date") ?? Meta(page, "date") ?? page.QuerySelector("time[datetime]")?.GetAttribute("datetime");
            string? publisher = ld.Publisher ?? Meta(page, "og:site_name");
            string? author = ld.Author ?? Meta(page, "author") ?? Meta(page, "article:author") ?? Meta(page, "dc.creator");

            string body = "";
            string? readTitle = null, readAuthor = null;
            DateTime? readDate = null;
            try
            {
                var reader = new SmartReader.Reader(pageUri, page) { ContinueIfNotReadable = true };
                var article = reader.GetArticle();
                body = article.TextContent;
                readTitle = article.Title;
                readAuthor = article.Author ?? article.Byline;
                readDate = article.PublicationDate;
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // Readability gave up: fall back to the whole body below.
            }
            if (body.Length < 40) body = WholeBody(html);
            if (string.IsNullOrWhiteSpace(body)) return new InputException(location, "HTML page has no text");

            title ??= readTitle ?? pageTitle;
            PublicationDate? published = PublicationDate.TryParse(date, out var p) ? p
                : readDate is { } rd ? new PublicationDate(DateOnly.FromDateTime(rd), null) : null;
            var meta = new ArticleMetadata
            {
                Title = title?.Trim(),
                Url = url,
                Publisher = publisher,
                Author = author ?? readAuthor,
                Published = published,
                Location = location,
            };
            return new ArticleInput(body, meta);
        }
    }

    /// <summary>The parser readability expects (scripting on, so &lt;noscript&gt; holds text, as in a browser).</summary>
    private static HtmlParser Parser() => new(new HtmlParserOptions { IsScripting = true }, BrowsingContext.New(Configuration.Default));

    /// <summary>The text of the whole page, for pages readability finds no article in: parsed again, since readability rewrote the first parse.</summary>
    private static string WholeBody(string html)
    {
        using var page = Parser().ParseDocument(html);
        return page.Body is { } b ? HtmlText.ToPlainText(b) : "";
    }

    private static string? Meta(IHtmlDocument page, string name)
    {
        foreach (var m in page.QuerySelectorAll("meta"))
        {
            string? key = m.GetAttribute("property") ?? m.GetAttribute("name") ?? m.GetAttribute("itemprop");
            if (key is not null && key.Equals(name, StringComparison.OrdinalIgnoreCase) && m.GetAttribute("content") is { Length: > 0 } c) return c.Trim();
        }
        return null;
    }

    private readonly record struct LdFields(string? Title, string? Date, string? Author, string? Publisher);

    /// <summary>The first Article/NewsArticle object of the page's JSON-LD (also inside @graph or arrays).</summary>
    private static LdFields JsonLd(IHtmlDocument page)
    {
        foreach (var script in page.QuerySelectorAll("script[type='application/ld+json']"))
        {
            try
            {
                using var doc = JsonDocument.Parse(script.TextContent, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
                if (FindArticle(doc.RootElement) is { } a)
                    return new LdFields(Str(a, "headline") ?? Str(a, "name"), Str(a, "datePublished") ?? Str(a, "dateCreated"), Name(a, "author"), Name(a, "publisher"));
            }
            // broken JSON-LD is common, and so are values of the wrong kind ("@type": 5): meta tags remain
            catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException) { }
        }
        return default;
    }

    private static JsonElement? FindArticle(JsonElement e)
    {
        if (e.ValueKind == JsonValueKind.Array)
        {
            foreach (var x in e.EnumerateArray()) if (FindArticle(x) is { } found) return found;
            return null;
        }
        if (e.ValueKind != JsonValueKind.Object) return null;
        if (e.TryGetProperty("@type", out var t))
        {
            var types = t.ValueKind == JsonValueKind.Array ? t.EnumerateArray().Select(x => x.GetString() ?? "") : [t.GetString() ?? ""];
            if (types.Any(x => x.EndsWith("Article", StringComparison.Ordinal) || x == "ReportageNewsArticle")) return e;
        }
        return e.TryGetProperty("@graph", out var g) ? FindArticle(g) : null;
    }

    private static string? Name(JsonElement e, string field)
    {
        if (!e.TryGetProperty(field, out var v)) return null;
        return v.ValueKind switch
        {
            JsonValueKind.String => v.GetString(),
            JsonValueKind.Object => Str(v, "name"),
            JsonValueKind.Array => string.Join(", ", v.EnumerateArray().Select(x => x.ValueKind == JsonValueKind.String ? x.GetString() : Str(x, "name")).Where(x => !string.IsNullOrEmpty(x))) is { Length: > 0 } s ? s : null,
            _ => null,
        };
    }

    private static string? Str(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    /// <summary>The charset a page declares in its first bytes (&lt;meta charset&gt; or http-equiv Content-Type).</summary>
    public static string? SniffCharset(ReadOnlySpan<byte> bytes)
    {
        var head = System.Text.Encoding.ASCII.GetString(bytes[..Math.Min(bytes.Length, 4096)]);
        var m = CharsetPattern().Match(head);
        return m.Success ? m.Groups[1].Value : null;
    }

    [GeneratedRegex(@"charset\s*=\s*[""']?([A-Za-z0-9_\-:.]+)", RegexOptions.IgnoreCase)]
    private static partial Regex CharsetPattern();
}
