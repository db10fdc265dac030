using System.IO.Compression;
using System.Text;
using Marsad.Corpus.Reading;
using System.Globalization;

namespace Marsad.Corpus.Tests.Reading;

/// <summary>WARC files built by the test: response records with HTML, plus records that must be skipped.</summary>
public sealed class WarcReaderTests
{
    private const string Body = "أعلنت الحكومة اليوم عن خطة جديدة لدعم المزارعين في المناطق الريفية خلال الموسم المقبل.";

    private static byte[] Record(string type, string? uri, byte[] block, string contentType = "application/http; msgtype=response")
    {
        var head = new StringBuilder()
            .Append("WARC/1.0\r\n")
            .Append(CultureInfo.InvariantCulture, $"WARC-Type: {type}\r\n")
            .Append("WARC-Date: 2015-07-21T10:00:00Z\r\n")
            .Append(CultureInfo.InvariantCulture, $"WARC-Record-ID: <urn:uuid:{Guid.NewGuid()}>\r\n");
        if (uri is not null) head.Append(CultureInfo.InvariantCulture, $"WARC-Target-URI: {uri}\r\n");
        head.Append(CultureInfo.InvariantCulture, $"Content-Type: {contentType}\r\nContent-Length: {block.Length}\r\n\r\n");
        return [.. Encoding.ASCII.GetBytes(head.ToString()), .. block, .. "\r\n\r\n"u8];
    }

    private static byte[] Http(string status, string contentType, byte[] body) =>
        [.. Encoding.ASCII.GetBytes($"HTTP/1.1 {status}\r\nContent-Type: {contentType}\r\nContent-Length: {body.Length}\r\n\r\n"), .. body];

    private static byte[] Page(string text, string title = "خبر") => Encoding.UTF8.GetBytes($"<html><head><title>{title}</title></head><body><article><p>{text}</p></article></body></html>");

    private static byte[][] Records() =>
    [
        Record("warcinfo", null, "software: test\r\n"u8.ToArray(), "application/warc-fields"),
        Record("request", "https://news.example/1", "GET /1 HTTP/1.1\r\n\r\n"u8.ToArray(), "application/http; msgtype=request"),
        Record("response", "https://news.example/1", Http("200 OK", "text/html; charset=utf-8", Page(Body))),
        Record("response", "https://news.example/old", Http("301 Moved Permanently", "text/html", [])),
        Record("response", "https://news.example/logo.png", Http("200 OK", "image/png", [0x89, 0x50, 0x4E, 0x47])),
        // The charset is only in the HTTP header: the bytes are Windows-1256.
        Record("response", "https://news.example/2", Http("200 OK", "text/html; charset=windows-1256", BulkReaderTests.CodePage(1256).GetBytes($"<html><body><p>{Body} ثانيا</p></body></html>"))),
    ];

    [Fact]
    public void Html_responses_of_a_warc_become_articles_with_their_urls()
    {
        using var dir = new TempDir();
        File.WriteAllBytes(dir.File("crawl.warc"), [.. Records().SelectMany(r => r)]);
        var articles = new BulkReader().Read([dir.File("crawl.warc")]).Select(r => r.Article!).ToList();
        Assert.Equal(["https://news.example/1", "https://news.example/2"], articles.Select(a => a.Metadata.Url));
        Assert.Equal(Body, articles[0].Text);
        Assert.Equal(Body + " ثانيا", articles[1].Text);
    }

    [Fact]
    public void A_warc_gz_with_one_gzip_member_per_record_is_read_the_same()
    {
        using var dir = new TempDir();
        using (var file = File.Create(dir.File("crawl.warc.gz")))
            foreach (var record in Records())
                using (var gz = new GZipStream(file, CompressionLevel.Fastest, leaveOpen: true)) gz.Write(record);
        Assert.Equal(2, new BulkReader().Read([dir.File("crawl.warc.gz")]).Count(r => r.Article is not null));
    }

    [Fact]
    public void A_truncated_warc_reports_the_problem_after_the_records_before_it()
    {
        using var dir = new TempDir();
        var bytes = Records().SelectMany(r => r).ToArray();
        File.WriteAllBytes(dir.File("cut.warc"), bytes[..^40]);
        var results = new BulkReader().Read([dir.File("cut.warc")]).ToList();
        Assert.Equal(1, results.Count(r => r.Article is not null));
        Assert.Contains("truncated", results[^1].Error!.Message, StringComparison.Ordinal);
    }
}
