using System.CommandLine;
using Marsad.Corpus.Ingest;
using Marsad.Corpus.Store;
using Marsad.Corpus.Watch;

namespace Marsad.Cli.Commands;

/// <summary>
/// `marsad watch SOURCES [--data DIR] [--interval SECONDS] [--once]`: fetch the listed feeds, the new articles
/// they link to, analyse and store them (so `serve` and `search` show them) and check them against the alerts;
/// one pass and exit with --once (cron), else a pass every --interval seconds until stopped.
/// </summary>
public static class WatchCommand
{
    public static Command Create()
    {
        var sources = new Argument<string>("SOURCES") { Description = "A file listing feeds, one a line: URL [TAB outlet [TAB language]] (RSS 2.0, Atom, news sitemaps)" };
        var data = IngestCommand.DataOption();
        var store = StoreAccess.StoreOption();
        var interval = new Option<int>("--interval") { Description = "Seconds between the starts of two passes", DefaultValueFactory = _ => 900 };
        var once = new Option<bool>("--once") { Description = "One pass, then exit (for cron)" };
        var delay = new Option<int>("--host-delay") { Description = "Milliseconds between two requests to one host (robots.txt Crawl-delay can raise it)", DefaultValueFactory = _ => 500 };
        var connections = new Option<int>("--host-connections") { Description = "Requests in flight to one host", DefaultValueFactory = _ => 2 };
        var timeout = new Option<int>("--timeout") { Description = "Seconds before one request is given up (then retried)", DefaultValueFactory = _ => 30 };
        var threads = new Option<int>("--threads") { Description = "Analysis threads (default: all cores)", DefaultValueFactory = _ => Environment.ProcessorCount };
        var command = new Command("watch", "Monitor news feeds: fetch new articles, analyse and store them, send alerts")
        {
            sources, data, store, interval, once, delay, connections, timeout, threads,
        };
        command.SetAction(parse =>
        {
            if (StoreAccess.Folder(parse.GetValue(data)!, parse.GetValue(store), "watch", Console.Error) is not { } folder) return CommandRunner.UsageError;
            if (parse.GetValue(interval) < 1) { Console.Error.WriteLine("marsad: --interval must be at least 1 second"); return CommandRunner.UsageError; }
            var fetch = new FetchOptions
            {
                PerHostDelay = TimeSpan.FromMilliseconds(Math.Max(0, parse.GetValue(delay))),
                PerHostConnections = Math.Max(1, parse.GetValue(connections)),
                Timeout = TimeSpan.FromSeconds(Math.Max(1, parse.GetValue(timeout))),
            };
            using var stop = new CancellationTokenSource();
            Console.CancelKeyPress += (_, e) => { e.Cancel = true; stop.Cancel(); };
            return Run(parse.GetValue(sources)!, folder, parse.GetValue(once) ? null : TimeSpan.FromSeconds(parse.GetValue(interval)),
                fetch, new WatchOptions(), new IngestOptions { Threads = Math.Max(1, parse.GetValue(threads)) }, Console.Error, stop.Token);
        });
        return command;
    }

    /// <summary>Runs passes until <paramref name="cancel"/> (or one pass when <paramref name="interval"/> is null). Exit code 1 when the last pass had failures.</summary>
    public static int Run(string sourcesFile, string dataDir, TimeSpan? interval, FetchOptions fetch, WatchOptions options, IngestOptions ingest,
        TextWriter stderr, CancellationToken cancel = default)
    {
        int badLines = 0;
        IReadOnlyList<WatchSource> sources;
        try { sources = WatchSources.Read(sourcesFile, e => { badLines++; stderr.WriteLine($"marsad: {e}"); }); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException) { stderr.WriteLine($"marsad: {e.Message}"); return CommandRunner.SomeFailed; }
        foreach (var s in sources.Where(s => !s.IsArabic))
            stderr.WriteLine($"marsad: {s.Where}: {s.Feed} is in '{s.Language}'; Marsad analyses Arabic, so it is not watched");
        sources = [.. sources.Where(s => s.IsArabic)];
        if (sources.Count == 0) { stderr.WriteLine($"marsad: {sourcesFile} lists no feed to watch"); return CommandRunner.SomeFailed; }

        using var state = MonitorStore.Open(dataDir);
        using var fetcher = new PoliteFetcher(fetch, state);
        var watcher = new Watcher(fetcher, state, options);
        int problems = 0;
        watcher.Problem += p => { Interlocked.Increment(ref problems); stderr.WriteLine($"marsad: {p}"); };
        for (int pass = 1; ; pass++)
        {
            var started = DateTime.UtcNow;
            problems = 0;
            try { Pass(pass, sources, dataDir, watcher, state, ingest, stderr, cancel); }
            catch (OperationCanceledException) when (cancel.IsCancellationRequested) { break; }
            catch (IOException e)
            {
                // another process holds the folder (an ingest), or the disk refuses: this pass is skipped, the next tries again
                Interlocked.Increment(ref problems);
                stderr.WriteLine($"marsad: pass {pass}: {e.Message}; {(interval is null ? "nothing was fetched" : "tried again in the next pass")}");
            }
            catch (Exception e) when (StorageFailure.Reason(e) is { } reason)
            {
                Interlocked.Increment(ref problems);
                stderr.WriteLine($"marsad: pass {pass}: {dataDir} cannot be written ({reason}); what was stored before is kept");
            }
            if (interval is not { } every) return problems + badLines == 0 ? CommandRunner.Ok : CommandRunner.SomeFailed;
            var wait = started + every - DateTime.UtcNow;
            try { if (wait > TimeSpan.Zero) Task.Delay(wait, cancel).GetAwaiter().GetResult(); }
            catch (OperationCanceledException) { break; }
        }
        stderr.WriteLine("marsad: watch stopped");
        return CommandRunner.Ok;
    }

    private static void Pass(int pass, IReadOnlyList<WatchSource> sources, string dataDir, Watcher watcher, MonitorStore state, IngestOptions ingest,
        TextWriter stderr, CancellationToken cancel)
    {
        using var folder = CorpusFolder.OpenForWriting(dataDir);
        var alerts = new AlertChecker(state, folder.Store, p => stderr.WriteLine($"marsad: {p}"));
        var r = watcher.RunPass(sources, folder, ingest, alerts.HasAlerts ? alerts : null, cancel);
        var (delivered, waiting) = AlertCommand.Deliver(state, stderr);
        var q = r.Requests;
        stderr.WriteLine($"marsad: pass {pass}: {r.Feeds} feeds ({r.FeedsUnchanged} unchanged, {r.FeedsFailed} failed), {r.NewLinks} new links, "
            + $"{r.PagesFetched} pages fetched ({r.PagesFailed} failed, {r.Disallowed} disallowed by robots.txt), {r.Stored} stored, {r.Known} already stored; "
            + $"{r.Alerts} alert matches, {delivered} delivered{(waiting > 0 ? $", {waiting} waiting" : "")}; "
            + $"{q.Requests} requests ({q.Conditional} conditional, {q.NotModified} not modified, {q.Retries} retries) in {r.Elapsed.TotalSeconds:N1} s; "
            + $"the corpus holds {folder.Store.Count:N0} articles");
    }
}
