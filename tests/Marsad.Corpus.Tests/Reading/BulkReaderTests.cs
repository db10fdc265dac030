using System.IO.Compression;
using System.Text;
using Marsad.Corpus.Reading;
using System.Globalization;

namespace Marsad.Corpus.Tests.Reading;

public sealed class BulkReaderTests
{
    private const string Body = "قال وزير الخارجية إن المحادثات ستستأنف الأسبوع المقبل في العاصمة.";

    private static List<ReadResult> ReadAll(params string[] paths) => [.. new BulkReader().Read(paths)];

    [Fact]
    public void A_folder_is_read_recursively_and_a_bad_file_is_reported_and_skipped()
    {
        using var dir = new TempDir();
        Directory.CreateDirectory(dir.File("a/b"));
        File.WriteAllText(dir.File("a/one.txt"), Body);
        File.WriteAllText(dir.File("a/b/two.jsonl"), "{\"title\":\"عنوان\",\"content\":\"" + Body + "\"}\n{\"content\":\"" + Body + " ثانية\"}\n");
        File.WriteAllText(dir.File("a/broken.json"), "{\"title\": \"عنوان\", \"content\": ");
        var results = ReadAll(dir.Path);
        Assert.Equal(3, results.Count(r => r.Article is not null));
        var error = Assert.Single(results, r => r.Error is not null).Error!;
        Assert.EndsWith("broken.json", error.Location, StringComparison.Ordinal);
        Assert.Contains("malformed JSON", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Files_in_a_folder_that_cannot_hold_news_are_passed_over_but_a_named_one_is_reported()
    {
        using var dir = new TempDir();
        File.WriteAllText(dir.File("one.txt"), Body);
        File.WriteAllText(dir.File("README.md"), "# notes");
        File.WriteAllBytes(dir.File("logo.png"), [0x89, 0x50, 0x4E, 0x47]);
        var results = ReadAll(dir.Path);
        Assert.Single(results);
        Assert.NotNull(results[0].Article);
        var named = Assert.Single(ReadAll(dir.File("README.md")));
        Assert.Contains("unsupported file type '.md'", named.Error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_zip_of_a_json_array_is_streamed_record_by_record()
    {
        using var dir = new TempDir();
        using (var zip = ZipFile.Open(dir.File("day.zip"), ZipArchiveMode.Create))
        using (var w = new StreamWriter(zip.CreateEntry("2015-07-21.json").Open()))
        {
            w.Write("[");
            for (int i = 0; i < 3000; i++)
                w.Write((i > 0 ? "," : "") + $"{{\"source\":\"aawsat\",\"url\":\"http://x.example/{i}\",\"date_extracted\":\"2015-07-21 02:51:32\",\"title\":\"خبر {i}\",\"content\":\"{Body} {i}\"}}");
            w.Write("]");
        }
        var results = ReadAll(dir.File("day.zip"));
        Assert.Equal(3000, results.Count(r => r.Article is not null));
        var last = results[^1].Article!;
        Assert.Equal("aawsat", last.Metadata.Publisher);
        Assert.Equal("2015-07-21T02:51:32Z", last.Metadata.Published.ToString());
        Assert.EndsWith("day.zip!2015-07-21.json#3000", last.Metadata.Location, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_gives_the_main_text_with_title_date_and_author_from_json_ld_and_meta()
    {
        using var dir = new TempDir();
        File.WriteAllText(dir.File("page.html"), $$"""
            <html><head><meta charset="utf-8"><title>الموقع | خبر</title>
            <meta property="og:url" content="https://news.example/a/1">
            <meta name="author" content="سارة علي">
            <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"المحادثات تستأنف","datePublished":"2023-03-05T10:00:00+03:00"}</script>
            </head><body><nav><a href="/">الرئيسية</a> <a href="/w">العالم</a></nav>
            <article><h1>المحادثات تستأنف</h1><p>{{Body}}</p><p>وأضاف أن الوفدين سيلتقيان في جنيف لبحث الملفات العالقة بينهما منذ أشهر طويلة.</p></article>
            <footer>جميع الحقوق محفوظة</footer></body></html>
            """);
        var a = Assert.Single(ReadAll(dir.File("page.html"))).Article!;
        Assert.Contains(Body, a.Text, StringComparison.Ordinal);
        Assert.Contains("\n", a.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("جميع الحقوق محفوظة", a.Text, StringComparison.Ordinal);
        Assert.Equal("المحادثات تستأنف", a.Metadata.Title);
        Assert.Equal("2023-03-05T07:00:00Z", a.Metadata.Published.ToString());
        Assert.Equal("سارة علي", a.Metadata.Author);
        Assert.Equal("https://news.example/a/1", a.Metadata.Url);
    }

    [Fact]
    public void Html_in_windows_1256_is_decoded_from_its_meta_charset()
    {
        using var dir = new TempDir();
        var html = $"<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1256\"></head><body><p>{Body}</p></body></html>";
        File.WriteAllBytes(dir.File("legacy.htm"), CodePage(1256).GetBytes(html));
        Assert.Contains(Body, Assert.Single(ReadAll(dir.File("legacy.htm"))).Article!.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Rss_items_become_articles()
    {
        using var dir = new TempDir();
        File.WriteAllText(dir.File("feed.rss"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>صحيفة المثال</title><link>https://news.example</link><description>x</description>
            <item><title>الخبر الأول</title><link>https://news.example/1</link><pubDate>Tue, 21 Jul 2015 10:00:00 GMT</pubDate><description>&lt;p&gt;{Body}&lt;/p&gt;</description></item>
            <item><title>الخبر الثاني</title><link>https://news.example/2</link><content:encoded><![CDATA[<p>فقرة أولى من الخبر الثاني.</p><p>فقرة ثانية.</p>]]></content:encoded></item>
            </channel></rss>
            """);
        var items = ReadAll(dir.File("feed.rss")).Select(r => r.Article!).ToList();
        Assert.Equal(2, items.Count);
        Assert.Equal(Body, items[0].Text);
        Assert.Equal("2015-07-21", items[0].Metadata.Published!.Value.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Assert.Equal("https://news.example/2", items[1].Metadata.Url);
        Assert.Equal("فقرة أولى من الخبر الثاني.\nفقرة ثانية.", items[1].Text);
    }

    [Fact]
    public void Atom_entries_become_articles()
    {
        using var dir = new TempDir();
        File.WriteAllText(dir.File("feed.atom"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom"><title>وكالة المثال</title><id>urn:x</id><updated>2015-07-22T00:00:00Z</updated>
            <entry><title>عنوان</title><id>urn:1</id><link href="https://agency.example/1"/><updated>2015-07-22T08:30:00Z</updated>
            <author><name>مراسل الوكالة</name></author><content type="html">&lt;p&gt;{Body}&lt;/p&gt;</content></entry></feed>
            """);
        var a = Assert.Single(ReadAll(dir.File("feed.atom"))).Article!;
        Assert.Equal(Body, a.Text);
        Assert.Equal("مراسل الوكالة", a.Metadata.Author);
        Assert.Equal("https://agency.example/1", a.Metadata.Url);
    }

    [Fact]
    public void A_file_that_is_not_a_feed_is_reported() =>
        Assert.NotNull(Assert.Single(ReadAllText("bad.xml", "<html><body>x</body></html>")).Error);

    [Fact]
    public void An_unsupported_file_type_is_reported_by_name() =>
        Assert.Contains("unsupported file type '.pdf'", Assert.Single(ReadAllText("report.pdf", "x")).Error!.Message, StringComparison.Ordinal);

    private static List<ReadResult> ReadAllText(string name, string content)
    {
        using var dir = new TempDir();
        File.WriteAllText(dir.File(name), content);
        return ReadAll(dir.File(name));
    }

    internal static Encoding CodePage(int cp)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(cp);
    }
}
