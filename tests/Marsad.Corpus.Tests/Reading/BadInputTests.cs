using System.IO.Compression;
using System.Text;
using Marsad.Corpus.Reading;

namespace Marsad.Corpus.Tests.Reading;

/// <summary>
/// A folder of good files and every kind of bad one an attacker or a careless crawler makes: each bad input is one
/// error naming it, every good article is still read, and nothing inflates past the limits.
/// </summary>
public sealed class BadInputTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("marsad-bad-input-").FullName;
    private const string Body = "أعلنت وزارة الخارجية اليوم أنّها ستستضيف اجتماعاً لوزراء خارجية دول المنطقة الشهر المقبل.";

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(string name, byte[] bytes) { var p = Path.Combine(_dir, name); File.WriteAllBytes(p, bytes); return p; }
    private string Write(string name, string text) => Write(name, Encoding.UTF8.GetBytes(text));

    private static byte[] Zip(params (string Name, string Text)[] entries)
    {
        using var ms = new MemoryStream();
        using (var zip = new ZipArchive(ms, ZipArchiveMode.Create, leaveOpen: true))
            foreach (var (name, text) in entries)
                using (var s = zip.CreateEntry(name, CompressionLevel.NoCompression).Open()) s.Write(Encoding.UTF8.GetBytes(text));
        return ms.ToArray();
    }

    private static string Record(string url, string text = Body) => $$"""[{"url": "{{url}}", "title": "خبر", "content": "{{text}}", "date_extracted": "2015-07-21 10:00:00"}]""";

    [Fact]
    public void Every_bad_input_is_named_once_and_every_good_article_is_read()
    {
        Write("good.json", Record("http://x/good"));
        Write("jsonld.html", $$"""<html><head><script type="application/ld+json">{"@type": 5, "headline": 7}</script><title>خبر</title></head><body><article><p>{{Body}}</p></article></body></html>""");
        Write("records.jsonl", "{}\n{\"content\": 5}\n" + """{"content": "نص الخبر كاملاً", "published": "not a date"}""" + "\n");
        // a corrupt entry between two good ones: its CRC no longer matches, the next entry is still read
        var zip = Zip(("a.json", Record("http://x/a")), ("b.json", Record("http://x/b")), ("c.json", Record("http://x/c")));
        int at = FindLast(zip, Encoding.UTF8.GetBytes("http://x/b"));
        zip[at + 9] ^= 0x01;
        Write("day.zip", zip);
        string chunked = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n\r\nffffffff\r\nabc\r\n0\r\n\r\n";
        Write("crawl.warc", $"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: http://x/w\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: {Encoding.ASCII.GetByteCount(chunked)}\r\n\r\n{chunked}\r\n\r\n");

        var results = new BulkReader().Read([_dir]).ToList();
        var urls = results.Where(r => r.Article is not null).Select(r => r.Article!.Metadata.Url).ToList();
        Assert.Contains("http://x/good", urls);
        Assert.Contains("http://x/a", urls);
        Assert.Contains("http://x/c", urls);
        Assert.DoesNotContain("http://x/b", urls);
        var errors = results.Where(r => r.Error is not null).Select(r => r.Error!.Message).ToList();
        Assert.Contains(errors, e => e.Contains("day.zip!b.json: corrupt zip entry", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("records.jsonl:2: field 'content' is a number, not text", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("crawl.warc", StringComparison.Ordinal) && e.Contains("ffffffff", StringComparison.Ordinal));
        // the page with a bad JSON-LD type is still an article, its date and title from elsewhere
        Assert.Contains(results, r => r.Article?.Metadata.Location?.EndsWith("jsonld.html", StringComparison.Ordinal) == true);
        // an empty record is named, and an unreadable date is a warning on a kept article
        Assert.Contains(results, r => r.SkippedBecause?.Contains("records.jsonl:1", StringComparison.Ordinal) == true);
        Assert.Contains(results, r => r.Article is not null && r.Warning?.Contains("'not a date' is not a date", StringComparison.Ordinal) == true);
        Assert.Equal(3, errors.Count);
    }

    [Fact]
    public void A_compressed_entry_that_inflates_past_the_limit_is_refused_without_reading_it_all()
    {
        // 8 MiB of spaces compress to a few KB; with a 1 MiB limit the entry is one error and the other entry is read
        using var ms = new MemoryStream();
        using (var zip = new ZipArchive(ms, ZipArchiveMode.Create, leaveOpen: true))
        {
            using (var s = zip.CreateEntry("bomb.json", CompressionLevel.SmallestSize).Open())
            {
                var spaces = new byte[1 << 20];
                Array.Fill(spaces, (byte)' ');
                for (int i = 0; i < 8; i++) s.Write(spaces);
            }
            using (var s = zip.CreateEntry("ok.json").Open()) s.Write(Encoding.UTF8.GetBytes(Record("http://x/ok")));
        }
        Write("bomb.zip", ms.ToArray());
        var gz = new MemoryStream();
        using (var g = new GZipStream(gz, CompressionLevel.SmallestSize, leaveOpen: true))
            for (int i = 0; i < 8; i++) g.Write(new byte[1 << 20]);
        Write("zeros.json.gz", gz.ToArray());

        var results = new BulkReader { MaxEntryBytes = 1 << 20 }.Read([_dir]).ToList();
        Assert.Contains(results, r => r.Article?.Metadata.Url == "http://x/ok");
        var errors = results.Where(r => r.Error is not null).Select(r => r.Error!.Message).ToList();
        Assert.Contains(errors, e => e.Contains("bomb.zip!bomb.json", StringComparison.Ordinal) && e.Contains("MiB", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("zeros.json.gz", StringComparison.Ordinal) && e.Contains("limit", StringComparison.Ordinal));
    }

    private static byte[] Gzip(string text)
    {
        var gz = new MemoryStream();
        using (var g = new GZipStream(gz, CompressionLevel.Fastest, leaveOpen: true)) g.Write(Encoding.UTF8.GetBytes(text));
        return gz.ToArray();
    }

    [Fact]
    public void A_record_larger_than_the_limit_is_named_and_the_records_after_it_are_read()
    {
        // brackets, commas and escaped quotes inside strings do not cut a record
        string tricky = Record("http://x/1", "نص فيه ] و , و { و \\\" مقتبس\\\" وشرطة \\\\");
        string huge = Record("http://x/huge", new string('أ', 5000));
        string array = "[" + tricky[1..^1] + ",\n  " + huge[1..^1] + " , " + Record("http://x/3")[1..^1] + "]";
        Write("day.json.gz", Gzip(array));
        string lines = tricky[1..^1] + "\n\n" + huge[1..^1] + "\n" + Record("http://x/5")[1..^1] + "\n";
        Write("day.jsonl.gz", Gzip(lines));

        var results = new BulkReader { MaxRecordBytes = 4096 }.Read([_dir]).ToList();
        var urls = results.Where(r => r.Article is not null).Select(r => r.Article!.Metadata.Url).Order().ToList();
        Assert.Equal(["http://x/1", "http://x/1", "http://x/3", "http://x/5"], urls);
        Assert.Contains(results, r => r.Article?.Text.Contains("\" مقتبس\" وشرطة \\", StringComparison.Ordinal) == true);
        var errors = results.Where(r => r.Error is not null).Select(r => r.Error!.Message).Order().ToList();
        Assert.Equal(2, errors.Count);
        Assert.Contains("day.json.gz#2: is larger than 0 MiB", errors[0], StringComparison.Ordinal);
        Assert.Contains("day.jsonl.gz:3: is larger than", errors[1], StringComparison.Ordinal);
    }

    [Fact]
    public void A_text_file_larger_than_the_limit_is_refused_by_name()
    {
        Write("long.txt", new string('ن', 3000));
        Write("short.txt", Body);
        var results = new BulkReader { MaxRecordBytes = 4096 }.Read([_dir]).ToList();
        Assert.Single(results, r => r.Article is not null);
        Assert.Contains("long.txt: is larger than", Assert.Single(results, r => r.Error is not null).Error!.Message, StringComparison.Ordinal);
    }

    private static int FindLast(byte[] haystack, byte[] needle)
    {
        for (int i = haystack.Length - needle.Length; i >= 0; i--)
            if (haystack.AsSpan(i, needle.Length).SequenceEqual(needle)) return i;
        throw new InvalidOperationException("not found");
    }
}
