using BenchmarkDotNet.Attributes;
using Marsad.Analysis;
using Marsad.Corpus.Ingest;
using Marsad.Corpus.Reading;
using Marsad.Corpus.Store;
using Marsad.Corpus.Watch;
using Marsad.Tests.Watch;

namespace Marsad.Benchmarks;

/// <summary>
/// `marsad watch` throughput: one pass over a local news site (Kestrel on 127.0.0.1, in this process) whose RSS feed
/// lists <see cref="Pages"/> article pages built from SaudiNewsNet records (the synthetic test articles, repeated
/// with numbers, when ../shared is absent): every page fetched, read by the HTML reader, analysed, stored and
/// indexed into an empty data folder, with 2 analysis threads. The baseline ingests the same pages' HTML from
/// memory through the same reader and ingester, so the ratio is what fetching costs. Articles/s = Pages / mean.
/// The politeness delay is 0 and 8 connections are allowed: the site is local; the pace of a real one is set by its
/// robots.txt and --host-delay. Run: --filter '*WatchBenchmarks*' --job short.
/// </summary>
[MemoryDiagnoser, MinColumn, MaxColumn]
public class WatchBenchmarks
{
    public const int Pages = 400;

    private LocalNewsServer _server = null!;
    private List<(byte[] Html, Uri Url)> _pages = [];
    private string _data = "";

    [GlobalSetup]
    public void Setup()
    {
        var day = BenchData.Shared("data", "news", "saudinewsnet", "dataset", "2015-07-21.zip");
        var items = day is not null
            ? NewsSite.FromRecords(new BulkReader().Read([day]), Pages)
            : [.. Enumerable.Range(0, Pages).Select(Numbered)];
        _server = LocalNewsServer.StartAsync().GetAwaiter().GetResult();
        var links = new List<(NewsItem, Uri)>();
        for (int i = 0; i < items.Count; i++)
        {
            var url = _server.Url($"news/{i + 1}");
            string html = NewsSite.Html(items[i], url.ToString());
            _server.Page(url.AbsolutePath, html);
            _pages.Add((System.Text.Encoding.UTF8.GetBytes(html), url));
            links.Add((items[i], url));
        }
        _server.Robots("User-agent: *\nDisallow: /private/\n");
        _server.Feed("rss.xml", NewsSite.Rss(links));
    }

    /// <summary>A synthetic article made distinct by its number (else the store would take the copies for one article).</summary>
    private static NewsItem Numbered(int i)
    {
        var s = NewsSite.Synthetic[i % NewsSite.Synthetic.Count];
        return s with { Title = $"{s.Title} {i}", Body = $"{s.Body}\nالخبر رقم {i}." };
    }

    [IterationSetup]
    public void NewFolder() => _data = Directory.CreateTempSubdirectory("marsad-bench-watch-").FullName;

    [IterationCleanup]
    public void DeleteFolder() => Directory.Delete(_data, recursive: true);

    /// <summary>The same pages' HTML, read from memory and ingested: what the watch pass costs without the network.</summary>
    [Benchmark(Baseline = true)]
    public long IngestPagesFromMemory()
    {
        using var folder = CorpusFolder.OpenForWriting(_data);
        var articles = _pages.Select(p => HtmlArticleReader.Read(p.Html, p.Url.ToString(), p.Url.ToString()));
        return new Ingester(folder, MarsadPipeline.Default, new IngestOptions { Threads = 2, FlushWhenIdle = true }).Run(articles).Stored;
    }

    /// <summary>One watch pass: the feed, robots.txt and every page fetched over HTTP, then read, analysed, stored and indexed.</summary>
    [Benchmark]
    public long WatchPass()
    {
        using var state = MonitorStore.Open(_data);
        using var fetcher = new PoliteFetcher(new FetchOptions { PerHostDelay = TimeSpan.Zero, PerHostConnections = 8 }, state);
        using var folder = CorpusFolder.OpenForWriting(_data);
        var pass = new Watcher(fetcher, state, new WatchOptions { MaxNewPagesPerFeed = Pages }).RunPass(
            [new WatchSource(_server.Url("rss.xml"), "bench", "ar", "bench")], folder, new IngestOptions { Threads = 2 });
        if (pass.Stored != _pages.Count) throw new InvalidOperationException($"the pass stored {pass.Stored} of {_pages.Count} articles");
        return pass.Stored;
    }

    [GlobalCleanup]
    public void Cleanup() => _server.DisposeAsync().AsTask().GetAwaiter().GetResult();

    /// <summary>
    /// Console mode: `-- watch [--passes N]`. On a machine shared with other work the wall time says little, so each
    /// pass (into a new folder) prints its wall time and the CPU time this process used (the local server's included);
    /// articles per CPU second × 2 is the rate on 2 free cores.
    /// </summary>
    public static int Run(string[] args)
    {
        int passes = args.SkipWhile(a => a != "--passes").Skip(1).Select(int.Parse).FirstOrDefault(3);
        var bench = new WatchBenchmarks();
        bench.Setup();
        try
        {
            for (int i = 0; i <= passes; i++)
            {
                bench.NewFolder();
                var process = System.Diagnostics.Process.GetCurrentProcess();
                var cpu = process.TotalProcessorTime;
                var clock = System.Diagnostics.Stopwatch.StartNew();
                long stored = bench.WatchPass();
                var wall = clock.Elapsed;
                process.Refresh();
                var used = process.TotalProcessorTime - cpu;
                bench.DeleteFolder();
                Console.WriteLine($"{(i == 0 ? "warm-up" : $"pass {i}")}: {stored} articles in {wall.TotalSeconds:N1} s wall = {stored / wall.TotalSeconds:N0} articles/s; "
                    + $"{used.TotalSeconds:N1} s CPU = {stored / used.TotalSeconds * 2:N0} articles/s on 2 free cores");
            }
        }
        finally { bench.Cleanup(); }
        return 0;
    }
}
