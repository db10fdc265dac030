using System.IO.Compression;
using System.Text;

namespace Marsad.Corpus.Tests.Reading.Fuzzing;

/// <summary>
/// One valid input of every type the readers take, with how it is packed: a compressed input is fuzzed mostly
/// inside (its content mutated, then packed again), or a corrupt archive would be all the readers ever saw.
/// </summary>
public sealed record FuzzSeed(string Name, byte[] Content, Func<byte[], byte[]> Pack)
{
    public override string ToString() => Name;

    private const string Body = "قال وزير الخارجية السعودي عادل الجبير، يوم الثلاثاء 21 يوليو 2015، إن «المملكة حريصة على علاقات طيبة مع إيران».\nوأضاف أن 3 اجتماعات ستعقد في الرياض خلال شهر شباط/فبراير المقبل.";

    private static byte[] Utf8(string s) => Encoding.UTF8.GetBytes(s);
    private static byte[] Same(byte[] b) => b;

    private static readonly string Record = $$"""{"url": "http://news.example/1", "title": "الجبير: حريصون على علاقات مع إيران", "content": "{{Body.Replace("\n", "\\n", StringComparison.Ordinal)}}", "date_extracted": "2015-07-21 10:00:00", "author": "واس", "source": "spa"}""";

    private static readonly string Html = $$$"""
        <!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>الجبير: حريصون على علاقات مع إيران</title>
        <meta property="article:published_time" content="2015-07-21T10:00:00+03:00"><link rel="canonical" href="http://news.example/1">
        <script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "الجبير", "datePublished": "2015-07-21", "author": {"@type": "Person", "name": "واس"}}</script>
        </head><body><nav><a href="/">الرئيسية</a></nav><article><h1>الجبير: حريصون على علاقات مع إيران</h1><p>{{{Body}}}</p><p>{{{Body}}}</p></article><footer>جميع الحقوق محفوظة</footer></body></html>
        """;

    private static readonly string Rss = $$"""
        <?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>أخبار</title><link>http://news.example/</link><description>أخبار</description>
        <item><title>الجبير: حريصون على علاقات مع إيران</title><link>http://news.example/1</link><pubDate>Tue, 21 Jul 2015 10:00:00 GMT</pubDate><description><![CDATA[<p>{{Body}}</p>]]></description></item>
        <item><title>خبر ثان</title><link>http://news.example/2</link><pubDate>Tue, 21 Jul 2015 11:00:00 GMT</pubDate><description>{{Body}}</description></item>
        </channel></rss>
        """;

    private static readonly string Atom = $$"""
        <?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>أخبار</title><id>urn:news</id><updated>2015-07-21T10:00:00Z</updated>
        <entry><title>الجبير</title><id>urn:1</id><link href="http://news.example/1"/><updated>2015-07-21T10:00:00Z</updated><content type="html">&lt;p&gt;{{Body}}&lt;/p&gt;</content></entry>
        </feed>
        """;

    private static byte[] Warc(byte[] html)
    {
        byte[] chunked = [.. Utf8($"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nTransfer-Encoding: chunked\r\n\r\n{html.Length:x}\r\n"), .. html, .. "\r\n0\r\n\r\n"u8];
        byte[] head = Utf8($"WARC/1.0\r\nWARC-Type: response\r\nWARC-Date: 2015-07-21T10:00:00Z\r\nWARC-Target-URI: http://news.example/1\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: {chunked.Length}\r\n\r\n");
        return [.. head, .. chunked, .. "\r\n\r\n"u8];
    }

    private static byte[] Gzip(byte[] bytes)
    {
        using var ms = new MemoryStream();
        using (var gz = new GZipStream(ms, CompressionLevel.Fastest)) gz.Write(bytes);
        return ms.ToArray();
    }

    /// <summary>A day's archive: the record as JSON, the body as text, the page as HTML.</summary>
    private static byte[] Zip(byte[] json)
    {
        using var ms = new MemoryStream();
        using (var zip = new ZipArchive(ms, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, bytes) in new[] { ("day/a.json", json), ("day/b.txt", Utf8(Body)), ("day/c.html", Utf8(Html)) })
                using (var s = zip.CreateEntry(name, CompressionLevel.Fastest).Open()) s.Write(bytes);
        }
        return ms.ToArray();
    }

    public static IEnumerable<FuzzSeed> All() =>
    [
        new("article.txt", Utf8(Body), Same),
        new("day.json", Utf8($"[{Record}, {Record}]"), Same),
        new("day.jsonl", Utf8($"{Record}\n{Record}\n"), Same),
        new("page.html", Utf8(Html), Same),
        new("feed.rss", Utf8(Rss), Same),
        new("feed.atom", Utf8(Atom), Same),
        new("crawl.warc", Warc(Utf8(Html)), Same),
        new("crawl.warc.gz", Utf8(Html), html => Gzip(Warc(html))),
        new("day.jsonl.gz", Utf8($"{Record}\n{Record}\n"), Gzip),
        new("day.zip", Utf8($"[{Record}]"), Zip),
    ];
}
