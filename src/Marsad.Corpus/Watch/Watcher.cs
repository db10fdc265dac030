using System.Collections.Concurrent;
using System.Diagnostics;
using System.Threading.Channels;
using Marsad.Analysis;
using Marsad.Corpus.Ingest;
using Marsad.Corpus.Reading;
using Marsad.Corpus.Store;

namespace Marsad.Corpus.Watch;

/// <summary>
/// One pass of `marsad watch`: fetch every feed (conditionally), find the links not taken yet (nor stored by any
/// other route), fetch those pages and the ones that failed before, read each with <see cref="HtmlArticleReader"/>
/// and hand the articles to the <see cref="Ingester"/>, which analyses, stores and indexes them. Fetching and
/// analysing overlap: pages go to the ingester as they arrive. A feed or page that fails is told in one line
/// (<see cref="Problem"/>) and tried again in a later pass; nothing a server does stops the pass.
/// What the pass took is recorded in the <see cref="MonitorStore"/> only after the ingester has stored it, so a
/// pass killed midway is simply done again.
/// </summary>
public sealed class Watcher(PoliteFetcher fetcher, MonitorStore state, WatchOptions options)
{
    /// <summary>One line per feed or page that failed, naming it and the reason.</summary>
    public event Action<string>? Problem;

    private sealed record PageJob(Uri Url, WatchSource? Source, FeedItemLink? Link);

    public WatchPassResult RunPass(IReadOnlyList<WatchSource> sources, CorpusFolder folder, IngestOptions ingest, AlertChecker? alerts = null,
        CancellationToken cancel = default)
    {
        var clock = Stopwatch.StartNew();
        fetcher.NewPass();
        var before = fetcher.Counts;

        // 1. the feeds, all at once (each host keeps to its own pace)
        var feeds = Task.WhenAll(sources.Select(s => Task.Run(() => ReadFeed(s, cancel), cancel))).GetAwaiter().GetResult();
        int unchanged = feeds.Count(f => f.Unchanged), feedsFailed = feeds.Count(f => f.Failed);

        // 2. the links not taken yet, and the pages that failed in earlier passes
        var jobs = new List<PageJob>();
        var queued = new HashSet<string>(StringComparer.Ordinal);
        var alreadyStored = new List<(string, string, string?)>();
        foreach (var (source, links) in feeds.Select((f, i) => (sources[i], f.Links)))
        {
            var settled = state.Settled(links.Select(l => l.Url), options.MaxPageAttempts);
            int taken = 0;
            foreach (var link in links)
            {
                if (settled.Contains(link.Url) || !queued.Add(link.Url)) continue;
                // the id of an article with a URL comes from the URL alone: a page ingested by another route is not fetched again
                if (folder.Store.Contains(ArticleIdentity.For("", link.Url).Id)) { alreadyStored.Add((link.Url, source.Feed.ToString(), null)); continue; }
                if (taken++ == options.MaxNewPagesPerFeed) break;
                jobs.Add(new PageJob(new Uri(link.Url), source, link));
            }
        }
        int newLinks = jobs.Count;
        var byFeed = sources.ToDictionary(s => s.Feed.ToString(), StringComparer.Ordinal);
        foreach (var pending in state.Pending(options.MaxPageAttempts, limit: 5000))
            if (queued.Add(pending.Url) && Uri.TryCreate(pending.Url, UriKind.Absolute, out var u))
                jobs.Add(new PageJob(u, byFeed.GetValueOrDefault(pending.Feed), null));
        if (alreadyStored.Count > 0) state.PagesDone(alreadyStored);

        // 3. the pages, fetched concurrently and ingested as they arrive
        var outcomes = new ConcurrentDictionary<string, (string Feed, string? Error)>(StringComparer.Ordinal);
        int fetched = 0, disallowed = 0;
        // A full queue makes a fetch wait asynchronously: a blocked pool thread would spin, and the pool would add threads
        // that compete with the analysis for the cores.
        var articles = Channel.CreateBounded<ReadResult>(new BoundedChannelOptions(64) { SingleReader = true });
        // stops the fetching when the ingester stops early (a full disk), so no fetch waits on a full queue forever
        using var stopFetching = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        var fetching = stopFetching.Token;
        var producer = Task.Run(async () =>
        {
            using var slots = new SemaphoreSlim(Math.Max(1, options.PageConcurrency));
            try
            {
                await Task.WhenAll(jobs.Select(async job =>
                {
                    await slots.WaitAsync(fetching).ConfigureAwait(false);
                    try
                    {
                        FetchResult result;
                        try { result = await fetcher.FetchAsync(job.Url, null, fetching).ConfigureAwait(false); }
                        catch (Exception e) when (e is not OperationCanceledException and not OutOfMemoryException)
                        {
                            // whatever a URL or a server provokes ends that page only
                            result = new FetchResult(FetchOutcome.Failed, job.Url, [], null, new FeedValidators(null, null), $"{e.GetType().Name}: {e.Message}");
                        }
                        if (result.Outcome == FetchOutcome.Disallowed) Interlocked.Increment(ref disallowed);
                        else Interlocked.Increment(ref fetched);
                        var read = ReadPage(job, result);
                        string feed = job.Source?.Feed.ToString() ?? "";
                        if (read.Article is null)
                        {
                            string error = read.Error?.Problem ?? result.Error ?? "no article";
                            outcomes[job.Url.ToString()] = (feed, error);
                            Problem?.Invoke($"{job.Url}: {error}; tried again in a later pass");
                            return;
                        }
                        outcomes[job.Url.ToString()] = (feed, null);
                        await articles.Writer.WriteAsync(read, fetching).ConfigureAwait(false);
                    }
                    finally { slots.Release(); }
                })).ConfigureAwait(false);
            }
            finally { articles.Writer.Complete(); }
        }, cancel);

        var ingester = new Ingester(folder, MarsadPipeline.Default, ingest with { FlushWhenIdle = true });
        ingester.Error += e =>
        {
            // analysis failures come back by the article's location, which is the page's URL
            if (outcomes.TryGetValue(e.Location, out var o)) outcomes[e.Location] = (o.Feed, e.Problem);
            Problem?.Invoke(e.Message);
        };
        if (alerts is not null) ingester.Stored += alerts.Check;
        int alertsBefore = alerts?.Matched ?? 0;
        IngestProgress progress;
        try { progress = ingester.Run(articles.Reader.ReadAllAsync(cancel).ToBlockingEnumerable(cancel), cancel: cancel); }
        catch
        {
            stopFetching.Cancel();
            try { producer.GetAwaiter().GetResult(); } catch (OperationCanceledException) { }
            throw;
        }
        producer.GetAwaiter().GetResult();

        // 4. only now is what was taken recorded: the pages, then the feeds' validators
        state.PagesDone(outcomes.Select(kv => (kv.Key, kv.Value.Feed, kv.Value.Error)));
        foreach (var f in feeds)
            foreach (var (url, validators) in f.Validators) state.FeedFetched(url, validators);

        var after = fetcher.Counts;
        return new WatchPassResult(sources.Count, unchanged, feedsFailed, newLinks, fetched, outcomes.Count(o => o.Value.Error is not null), disallowed,
            progress.Stored, progress.Known, (alerts?.Matched ?? 0) - alertsBefore, clock.Elapsed,
            new FetchCounts(after.Requests - before.Requests, after.Conditional - before.Conditional, after.NotModified - before.NotModified,
                after.Disallowed - before.Disallowed, after.Retries - before.Retries));
    }

    private sealed record FeedRead(IReadOnlyList<FeedItemLink> Links, List<(string Url, FeedValidators Validators)> Validators, bool Unchanged, bool Failed);

    /// <summary>A feed's links (a sitemap index's sitemaps are read in turn); the validators to keep once the pass has taken them.</summary>
    private async Task<FeedRead> ReadFeed(WatchSource source, CancellationToken cancel)
    {
        var links = new List<FeedItemLink>();
        var validators = new List<(string, FeedValidators)>();
        bool unchanged = true, failed = false;
        var todo = new Queue<Uri>([source.Feed]);
        int maps = 0;
        while (todo.Count > 0)
        {
            var url = todo.Dequeue();
            string key = url.ToString();
            FetchResult result;
            try { result = await fetcher.FetchAsync(url, state.Validators(key), cancel).ConfigureAwait(false); }
            catch (Exception e) when (e is not OperationCanceledException and not OutOfMemoryException)
            {
                Fail(key, $"{e.GetType().Name}: {e.Message}");
                continue;
            }
            switch (result.Outcome)
            {
                case FetchOutcome.NotModified:
                    validators.Add((key, result.Validators));
                    continue;
                case FetchOutcome.Disallowed or FetchOutcome.Failed:
                    Fail(key, result.Error!);
                    continue;
            }
            unchanged = false;
            FeedPage page;
            try { page = FeedLinks.Read(result.Body, result.Url, options.MaxItemsPerFeed); }
            catch (InputException e) { Fail(key, e.Problem); continue; }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                Fail(key, $"the feed cannot be read ({e.GetType().Name}: {e.Message})");
                continue;
            }
            links.AddRange(page.Articles);
            foreach (var map in page.Sitemaps)
                if (maps++ < options.MaxSitemapsPerIndex) todo.Enqueue(map);
            validators.Add((key, result.Validators));
        }
        return new FeedRead(links, validators, unchanged && !failed, failed);

        void Fail(string url, string error)
        {
            failed = true;
            state.FeedFailed(url, error);
            Problem?.Invoke($"feed {url} ({source.Where}): {error}; tried again in the next pass");
        }
    }

    /// <summary>The article of a fetched page, its URL the canonical one (else the URL after redirects), the feed's title and date filling gaps.</summary>
    private static ReadResult ReadPage(PageJob job, FetchResult result)
    {
        string location = job.Url.ToString();
        if (result.Outcome != FetchOutcome.Ok) return new InputException(location, result.Error ?? result.Outcome.ToString());
        var read = HtmlArticleReader.Read(result.Body, location, url: null, httpCharset: result.Charset);
        if (read.Article is not { } article) return read;
        var meta = article.Metadata;
        // the page's canonical link (or og:url) names the article; a relative one is resolved against where the page was found
        var url = meta.Url is { } canonical && Uri.TryCreate(result.Url, canonical, out var c) && c.Scheme is "http" or "https" ? c : result.Url;
        meta = meta with
        {
            Url = url.ToString(),
            Title = meta.Title ?? job.Link?.Title,
            Published = meta.Published ?? (job.Link?.Published is { } d
                ? new PublicationDate(DateOnly.FromDateTime(d.UtcDateTime), TimeOnly.FromDateTime(d.UtcDateTime)) : null),
            Publisher = job.Source?.Outlet ?? meta.Publisher,
            Location = location,
        };
        return new ReadResult(article with { Metadata = meta }, null, null, read.Warning);
    }
}
