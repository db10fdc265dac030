using System.Diagnostics;
using System.IO.Compression;
using System.Text.Json.Nodes;
using Marsad.Analysis;
using Marsad.Corpus.Ingest;
using Marsad.Corpus.Postgres;
using Marsad.Corpus.Queue;
using Marsad.Corpus.Reading;
using Marsad.Corpus.Store;
using Marsad.Tests;
using Xunit.Abstractions;

namespace Marsad.Corpus.Tests.Scale;

/// <summary>
/// A distributed ingest (a publisher, three `marsad worker` processes, one killed with SIGKILL after a committed write
/// it had not acknowledged) must leave PostgreSQL holding exactly what a single-process embedded ingest of the same
/// input holds: the same articles once each, the same copy pairs and the same stories.
/// </summary>
public sealed class KillTests(ITestOutputHelper output)
{
    /// <summary>Every 10th article of one SaudiNewsNet day: a few hundred articles from all the day's outlets, copies among them.</summary>
    private static string WriteCorpus(string folder)
    {
        var zip = SharedData.Require("data", "news", "saudinewsnet", "dataset", "2015-07-21.zip");
        using var archive = ZipFile.OpenRead(zip);
        using var stream = archive.Entries[0].Open();
        var all = JsonNode.Parse(stream)!.AsArray();
        var picked = new JsonArray();
        for (int i = 0; i < all.Count; i += 10) picked.Add(all[i]!.DeepClone());
        var path = Path.Combine(folder, "day.json");
        File.WriteAllText(path, picked.ToJsonString());
        return path;
    }

    [SkippableFact]
    public void Three_workers_one_killed_store_what_one_process_stores()
    {
        using var scratch = ScaleOutServers.RequireDatabase();
        string database = scratch.Address;
        string queue = ScaleOutServers.RequireQueue();
        var dir = Directory.CreateTempSubdirectory("marsad-kill-").FullName;
        try
        {
            var corpus = WriteCorpus(dir);

            // the reference: one process, one analysis thread, so the articles are stored in reading order
            var data = Path.Combine(dir, "embedded");
            using (var folder = CorpusFolder.OpenForWriting(data))
                new Ingester(folder, MarsadPipeline.Default, new IngestOptions { Threads = 1 }).Run(new BulkReader().Plan([corpus]));
            Snapshot expected;
            using (var folder = CorpusFolder.OpenForReading(data))
                expected = Snapshot.Of(folder.Store.Enumerate(), folder.Store.EnumerateRelations(), folder.Store.EnumerateCopyLinks());

            using var store = PostgresStore.Open(database);
            var work = WorkQueue.ConnectAsync(queue, "kill test").GetAwaiter().GetResult();
            var published = new QueuePublisher(store, work).RunAsync(new BulkReader().Plan([corpus]).Read()).GetAwaiter().GetResult();
            work.DisposeAsync().AsTask().GetAwaiter().GetResult();
            Assert.Equal(expected.Ids.Count, published.Published);

            var workers = new[] { StartWorker(database, queue, killAfter: 15), StartWorker(database, queue), StartWorker(database, queue) };
            foreach (var (process, log) in workers)
            {
                Assert.True(process.WaitForExit(TimeSpan.FromMinutes(8)), "a worker did not finish in 8 minutes:\n" + log);
                output.WriteLine($"worker {process.Id} exited {process.ExitCode}:\n{log}");
            }
            Assert.NotEqual(0, workers[0].Process.ExitCode); // killed, as meant
            Assert.Equal(0, workers[1].Process.ExitCode);
            Assert.Equal(0, workers[2].Process.ExitCode);

            output.WriteLine($"{expected.Ids.Count} articles, {expected.Copies.Count} copy pairs, {expected.Stories.Count} stories ({expected.Stories.Count(s => s.Contains(',', StringComparison.Ordinal))} of several articles)");
            var actual = Snapshot.Of(store.Enumerate(), store.EnumerateRelations(), store.EnumerateCopyLinks());
            Assert.Equal(0, store.Pending);
            Assert.Equal(expected.Ids.Count, actual.Ids.Count); // nothing lost, nothing twice
            Assert.Equal(expected.Ids.Order(), actual.Ids.Order());
            Assert.Equal(expected.Ids.Count, actual.Related);
            Assert.NotEmpty(expected.Copies);
            Assert.Equal(expected.Copies.Order(), actual.Copies.Order());
            Assert.True(expected.Stories.Count < expected.Ids.Count, "the corpus should hold stories of several articles");
            Assert.Equal(expected.Stories.Order(), actual.Stories.Order());
        }
        finally { Directory.Delete(dir, recursive: true); }
    }

    private static (Process Process, System.Text.StringBuilder Log) StartWorker(string database, string queue, int? killAfter = null)
    {
        var cli = Path.Combine(AppContext.BaseDirectory, "marsad.dll");
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var a in (string[])["exec", cli, "worker", "--store", database, "--queue", queue, "--threads", "1", "--exit-when-idle", "2"]) psi.ArgumentList.Add(a);
        if (killAfter is { } n) psi.Environment["MARSAD_WORKER_KILL_AFTER"] = n.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var log = new System.Text.StringBuilder();
        var p = Process.Start(psi)!;
        p.ErrorDataReceived += (_, e) => { lock (log) log.AppendLine(e.Data); };
        p.OutputDataReceived += (_, _) => { };
        p.BeginErrorReadLine();
        p.BeginOutputReadLine();
        return (p, log);
    }

    /// <summary>A store as ids: its articles, copy pairs (later, earlier) and stories (the sorted ids of each), independent of sequence numbers.</summary>
    private sealed record Snapshot(List<string> Ids, List<string> Copies, List<string> Stories, int Related)
    {
        public static Snapshot Of(IEnumerable<StoredArticle> articles, IEnumerable<RelationRow> relations, IEnumerable<CopyLinkRow> copies)
        {
            var idOf = articles.ToDictionary(a => a.Seq, a => a.Id);
            var rows = relations.ToList();
            var stories = rows.GroupBy(r => r.Story).Select(g => string.Join(",", g.Select(r => idOf[r.Seq]).Order(StringComparer.Ordinal))).ToList();
            var pairs = copies.Select(c => $"{idOf[c.Later]}>{idOf[c.Earlier]}").ToList();
            return new Snapshot([.. idOf.Values], pairs, stories, rows.Count);
        }
    }
}
