using Marsad.Cli.Commands;
using Marsad.Corpus.Ingest;
using Marsad.Corpus.Store;
using Marsad.Corpus.Watch;
using Marsad.Tests.Watch;

namespace Marsad.Cli.Tests;

/// <summary>`marsad watch sources.txt --once` and `marsad alert` against a local news site, as a user runs them.</summary>
public sealed class WatchCommandTests : IAsyncLifetime
{
    private LocalNewsServer _server = null!;
    private readonly string _root = Directory.CreateTempSubdirectory("marsad-cli-watch-").FullName;
    private string Data => Path.Combine(_root, "data");

    private static readonly FetchOptions Fast = new() { PerHostDelay = TimeSpan.Zero, Backoff = TimeSpan.FromMilliseconds(20), Timeout = TimeSpan.FromSeconds(2) };

    public async Task InitializeAsync()
    {
        _server = await LocalNewsServer.StartAsync();
        var links = new List<(NewsItem, Uri)>();
        for (int i = 0; i < NewsSite.Synthetic.Count; i++)
        {
            var link = _server.Url($"news/{i + 1}");
            _server.Page(link.AbsolutePath, NewsSite.Html(NewsSite.Synthetic[i], link.ToString()));
            links.Add((NewsSite.Synthetic[i], link));
        }
        _server.Robots("User-agent: *\nDisallow: /drafts/\n");
        _server.Feed("rss.xml", NewsSite.Rss(links.Take(3)));
        _server.Feed("sitemap.xml", NewsSite.Sitemap(links.Skip(3)), "application/xml");
        _server.Broken("broken.xml");
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        Directory.Delete(_root, recursive: true);
    }

    private string Sources(params string[] lines)
    {
        string path = Path.Combine(_root, "sources.txt");
        File.WriteAllLines(path, lines);
        return path;
    }

    private (int Code, string Err) Watch(string sources)
    {
        var stderr = new StringWriter();
        int code = WatchCommand.Run(sources, Data, interval: null, Fast, new WatchOptions(), new IngestOptions { Threads = 2 }, stderr);
        return (code, stderr.ToString());
    }

    [Fact]
    public void Watch_once_stores_every_listed_article_and_a_second_run_stores_nothing_new()
    {
        string sources = Sources("# the outlets to watch", $"{_server.Url("rss.xml")}\tالاختبار\tar", $"{_server.Url("sitemap.xml")}");
        var (code, err) = Watch(sources);
        Assert.Equal(CommandRunner.Ok, code);
        var line = Assert.Single(err.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("pass 1: 2 feeds (0 unchanged, 0 failed), 6 new links, 6 pages fetched (0 failed, 0 disallowed by robots.txt), 6 stored", line, StringComparison.Ordinal);
        using (var folder = CorpusFolder.OpenForReading(Data))
        {
            var stored = folder.Store.Enumerate().ToList();
            Assert.Equal(NewsSite.Synthetic.Select(i => i.Title).Order(), stored.Select(a => a.Title).Order());
            Assert.All(stored, a => Assert.StartsWith("2015-07-2", a.Published, StringComparison.Ordinal));
            Assert.Equal(3, stored.Count(a => a.Source == "الاختبار"));
            using var searcher = folder.OpenSearcher();
            Assert.Equal(6, searcher.DocumentCount); // indexed: `serve` and `search` show them
        }

        _server.ClearLog();
        (code, err) = Watch(sources);
        Assert.Equal(CommandRunner.Ok, code);
        Assert.Contains("2 feeds (2 unchanged, 0 failed), 0 new links, 0 pages fetched", err, StringComparison.Ordinal);
        Assert.Contains("0 stored", err, StringComparison.Ordinal);
        Assert.Contains("2 requests (2 conditional, 2 not modified, 0 retries)", err, StringComparison.Ordinal);
        Assert.All(_server.Requests, r => Assert.True(r.Conditional));
    }

    [Fact]
    public void Bad_lines_and_a_broken_feed_are_one_line_each_and_the_other_feeds_are_watched()
    {
        string sources = Sources($"{_server.Url("broken.xml")}", "ftp://example.com/feed", $"{_server.Url("rss.xml")}\tTest\ten", $"{_server.Url("sitemap.xml")}\tTest\tar\textra", $"{_server.Url("sitemap.xml")}");
        var (code, err) = Watch(sources);
        Assert.Equal(CommandRunner.SomeFailed, code);
        var lines = err.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains(lines, l => l.Contains("sources.txt:2: 'ftp://example.com/feed' is not an http or https URL", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("sources.txt:3:", StringComparison.Ordinal) && l.Contains("'en'", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("sources.txt:4: expected at most 3 tab-separated cells", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("broken.xml", StringComparison.Ordinal) && l.Contains("HTTP 500", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("pass 1: 2 feeds (0 unchanged, 1 failed)", StringComparison.Ordinal) && l.Contains("3 stored", StringComparison.Ordinal));
    }

    [Fact]
    public void An_alert_added_on_the_command_line_fires_for_watch_and_for_ingest_once_per_article()
    {
        string file = Path.Combine(_root, "out", "jubeir.jsonl");
        var (stdout, stderr) = (new StringWriter(), new StringWriter());
        Assert.Equal(CommandRunner.Ok, AlertCommand.RunAdd("الجبير", _server.Url("hook").ToString(), file, Data, stdout, stderr));
        Assert.Contains("alert 1: 'الجبير' → POST", stdout.ToString(), StringComparison.Ordinal);
        Assert.Equal(CommandRunner.UsageError, AlertCommand.RunAdd("الجبير", null, null, Data, stdout, stderr));
        Assert.Equal(CommandRunner.UsageError, AlertCommand.RunAdd("الجبير", "mailto:x@example.com", null, Data, stdout, stderr));
        Assert.Equal(CommandRunner.UsageError, AlertCommand.RunAdd("date:[2015-07-21 TO", null, file, Data, stdout, stderr));

        var (code, err) = Watch(Sources($"{_server.Url("rss.xml")}", $"{_server.Url("sitemap.xml")}"));
        Assert.Equal(CommandRunner.Ok, code);
        Assert.Contains("3 alert matches, 3 delivered", err, StringComparison.Ordinal);
        Assert.Equal(3, File.ReadAllLines(file).Length);
        Assert.Equal(3, _server.WebhookBodies.Count);

        // the same articles again (a rerun) are not sent again; a new one by ingest is
        string input = Path.Combine(_root, "new.jsonl");
        File.WriteAllText(input, """{"title": "الجبير في لندن", "content": "وصل وزير الخارجية عادل الجبير إلى لندن اليوم في زيارة رسمية يلتقي خلالها رئيس الوزراء البريطاني.", "date_extracted": "2015-07-24", "url": "https://example.com/london"}""" + "\n");
        var ingestErr = new StringWriter();
        Assert.Equal(CommandRunner.Ok, IngestCommand.Run([input], Data, new IngestOptions { Threads = 1 }, ingestErr));
        Assert.Contains("1 alert matches, 1 delivered", ingestErr.ToString(), StringComparison.Ordinal);
        Assert.Equal(4, File.ReadAllLines(file).Length);

        var list = new StringWriter();
        AlertCommand.RunList(Data, list);
        Assert.Contains("1\t'الجبير'", list.ToString(), StringComparison.Ordinal);
        Assert.Contains("4 matched", list.ToString(), StringComparison.Ordinal);
        Assert.Equal(CommandRunner.Ok, AlertCommand.RunRemove(1, Data, stdout, stderr));
        Assert.Equal(CommandRunner.SomeFailed, AlertCommand.RunRemove(1, Data, stdout, stderr));
    }
}
