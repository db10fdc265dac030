using System.Collections.Concurrent;
using Marsad.Corpus.Ingest;
using Marsad.Corpus.Store;
using Marsad.Corpus.Watch;
using Marsad.Tests.Watch;

namespace Marsad.Corpus.Tests.Watch;

/// <summary>
/// A local news site and a data folder with its monitor state: passes of the real <see cref="Watcher"/> against it,
/// with the politeness delays shortened so that the tests stay fast (the rules themselves are unchanged).
/// </summary>
public sealed class WatchHarness : IAsyncDisposable
{
    private readonly TempDir _dir = new();

    private WatchHarness(LocalNewsServer server) => Server = server;

    public LocalNewsServer Server { get; }
    public string DataDir => _dir.Path;
    public ConcurrentQueue<string> Problems { get; } = new();

    public FetchOptions Fetch { get; set; } = new()
    {
        PerHostDelay = TimeSpan.Zero,
        PerHostConnections = 4,
        Backoff = TimeSpan.FromMilliseconds(20),
        Timeout = TimeSpan.FromSeconds(2),
    };

    public WatchOptions Options { get; set; } = new();

    public static async Task<WatchHarness> StartAsync() => new(await LocalNewsServer.StartAsync());

    /// <summary>Publishes <paramref name="items"/> as pages /news/N and returns them with their links.</summary>
    public IReadOnlyList<(NewsItem Item, Uri Link)> Publish(IReadOnlyList<NewsItem> items, string folder = "news", int first = 1)
    {
        var list = new List<(NewsItem, Uri)>();
        for (int i = 0; i < items.Count; i++)
        {
            var link = Server.Url($"{folder}/{first + i}");
            Server.Page(link.AbsolutePath, NewsSite.Html(items[i], link.ToString()));
            list.Add((items[i], link));
        }
        return list;
    }

    public WatchSource Source(string path, string? outlet = "test-news") => new(Server.Url(path), outlet, "ar", path);

    /// <summary>One pass over <paramref name="sources"/>, as `marsad watch --once` runs it (a fresh fetcher and state each time, as after a restart).</summary>
    public WatchPassResult Pass(IReadOnlyList<WatchSource> sources, bool withAlerts = false)
    {
        using var state = MonitorStore.Open(DataDir);
        using var fetcher = new PoliteFetcher(Fetch, state);
        var watcher = new Watcher(fetcher, state, Options);
        watcher.Problem += Problems.Enqueue;
        using var folder = CorpusFolder.OpenForWriting(DataDir);
        var alerts = withAlerts ? new AlertChecker(state, folder.Store) : null;
        return watcher.RunPass(sources, folder, new IngestOptions { Threads = 2 }, alerts);
    }

    public IReadOnlyList<StoredArticle> Stored()
    {
        using var folder = CorpusFolder.OpenForReading(DataDir);
        return [.. folder.Store.Enumerate()];
    }

    public async ValueTask DisposeAsync()
    {
        await Server.DisposeAsync();
        _dir.Dispose();
    }
}
