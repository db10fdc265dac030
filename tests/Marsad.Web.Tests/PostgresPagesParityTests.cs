using System.Net;
using System.Text.RegularExpressions;
using Marsad.Analysis;
using Marsad.Corpus.Copies;
using Marsad.Corpus.Ingest;
using Marsad.Corpus.Postgres;
using Marsad.Corpus.Queue;
using Marsad.Corpus.Reading;
using Marsad.Corpus.Search;
using Marsad.Corpus.Store;
using Marsad.Corpus.Tests.Scale;
using Marsad.Web.Hosting;

namespace Marsad.Web.Tests;

/// <summary>
/// Every page and API route reads its store through one abstraction, so `marsad serve --store postgres://…` shows
/// what `marsad serve --data DIR` shows: the same small news stream is ingested into a data folder (the embedded
/// ingest) and into a fresh PostgreSQL database (the workers' write path and the relation leader, in process), and
/// the home page, an entity, event search, a story, the sources, an article's copies, a search and the suggestions of
/// one that finds nothing must give the same content.
/// </summary>
public sealed class PostgresPagesParityTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("marsad-web-pg-parity-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static string IdOf(string url) => ArticleIdentity.For("", url).Id;

    [SkippableFact]
    public async Task Pages_and_apis_read_from_PostgreSQL_what_they_read_from_a_folder()
    {
        using var scratch = ScaleOutServers.RequireDatabase();
        string stream = RelationsStream.Write(_dir);
        string data = Path.Combine(_dir, "data");
        using (var folder = CorpusFolder.OpenForWriting(data))
            new Ingester(folder, MarsadPipeline.Default, new IngestOptions { Threads = 1 }).Run(new BulkReader().Plan([stream]));
        using (var store = PostgresStore.Open(scratch.Address))
            IngestAsWorkersDo(store, stream);

        // what the costly-search lane weighs a query by: the postings of its terms, the same in both stores
        using (var folder = CorpusFolder.OpenForReading(data))
        using (var searcher = folder.OpenSearcher())
        using (var store = PostgresStore.Open(scratch.Address))
        {
            var search = new PostgresSearch(store);
            Assert.Equal(searcher.DocumentCount, search.DocumentCount);
            foreach (var q in new[] { "لافروف", "لافروف OR الرياض OR فيينا OR الأزمة", "\"وزير الخارجية\"", "entity:\"Sergey Lavrov\" فيينا" })
            {
                Assert.True(searcher.Cost(q) > 0, q);
                Assert.Equal(searcher.Cost(q), search.Cost(q));
            }
            // a search past its budget stops with the same error from both (here a budget spent before it starts)
            Assert.Equal(Assert.Throws<QueryTooCostlyException>(() => searcher.Search("لافروف", SearchFilters.None, 10, budget: TimeSpan.Zero)).Message,
                Assert.Throws<QueryTooCostlyException>(() => search.Search("لافروف", SearchFilters.None, 10, budget: TimeSpan.Zero)).Message);
        }

        await using var embedded = await RunningApp.StartAsync(new WebOptions { DataDirectory = data, Urls = "http://127.0.0.1:0" });
        await using var postgres = await RunningApp.StartAsync(new WebOptions { DataDirectory = Path.Combine(_dir, "absent"), Store = scratch.Address, Urls = "http://127.0.0.1:0" });

        async Task<string> Same(string path, string mustContain)
        {
            using var expected = await embedded.Http.GetAsync(path);
            string body = await expected.Content.ReadAsStringAsync();
            Assert.True(expected.StatusCode == HttpStatusCode.OK, $"{path} from the folder: {(int)expected.StatusCode} {body}");
            Assert.Contains(mustContain, body, StringComparison.Ordinal); // the comparison is over real content
            using var actual = await postgres.Http.GetAsync(path);
            Assert.True(actual.StatusCode == HttpStatusCode.OK, $"{path} from PostgreSQL: {(int)actual.StatusCode}");
            Assert.Equal(WithoutScores(body), WithoutScores(await actual.Content.ReadAsStringAsync()));
            return body;
        }

        string lavrov = Uri.EscapeDataString("Sergey Lavrov");
        string stories = await Same("/api/stories?minArticles=2", "\"articles\":");
        int top = System.Text.Json.JsonDocument.Parse(stories).RootElement[0].GetProperty("id").GetInt32();
        (string Path, string Content)[] same =
        [
            ("/api/overview", "\"articlesPerDay\""), ("/api/entities/" + lavrov, "Lavrov"), ("/api/entities/" + Uri.EscapeDataString("لافروف"), "Lavrov"),
            ("/api/events?type=CONSULT&actor=" + Uri.EscapeDataString("لافروف"), "Lavrov"), ("/api/events?q=" + Uri.EscapeDataString("فيينا"), "\"type\""),
            ($"/api/stories/{top}", "Lavrov"), ("/api/sources", "alriyadh"),
            ($"/api/articles/{IdOf(RelationsStream.WireUrl)}/copies", RelationsStream.AbridgedUrl),
            ($"/api/articles/{IdOf(RelationsStream.FullCopyUrl)}/events", "Lavrov"),
            ("/api/search/export?format=jsonl&table=events&q=" + Uri.EscapeDataString("لافروف"), "Lavrov"),
            ("/api/search?q=" + Uri.EscapeDataString("لافروف فيينا"), "\"hits\":[{"), ("/api/search?q=" + Uri.EscapeDataString("لافروف زلزال"), "\"fewer-words\""),
            ("/", "/story/"), ("/entity/" + lavrov, "لافروف"), ("/stories", "/story/"), ($"/story/{top}", "لافروف"), ("/sources", "عكاظ"),
            ($"/article/{IdOf(RelationsStream.FullCopyUrl)}", "/story/"), ($"/article/{IdOf(RelationsStream.WireUrl)}", "/article/" + IdOf(RelationsStream.AbridgedUrl)),
        ];
        foreach (var (path, content) in same) await Same(path, content);

        // alerts live in a data folder: the PostgreSQL server says so in one line instead of failing
        using var alerts = await postgres.Http.GetAsync("/api/alerts");
        Assert.Equal(HttpStatusCode.OK, alerts.StatusCode);
        Assert.Contains("\"unavailable\":\"Alerts are kept in a data folder", await alerts.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var english = new HttpRequestMessage(HttpMethod.Get, "/alerts");
        english.Headers.Add("Cookie", "lang=en");
        using var alertsPage = await postgres.Http.SendAsync(english);
        Assert.Equal(HttpStatusCode.OK, alertsPage.StatusCode);
        Assert.Contains("a server of a PostgreSQL store has none to show", await alertsPage.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain("unavailable", await embedded.Http.GetStringAsync("/api/alerts"), StringComparison.Ordinal);
    }

    /// <summary>
    /// A search's hits without their scores: PostgreSQL scores as the index does in single precision, so a score may
    /// differ in its last digit (the order, the hits and everything else must not).
    /// </summary>
    private static string WithoutScores(string json) => Regex.Replace(json, @"""score"":-?[0-9.]+(?:[eE][-+]?[0-9]+)?", @"""score"":_");

    /// <summary>
    /// What `marsad ingest --queue` and `marsad worker` do, without a broker: each article of the stream analysed and
    /// written as the message numbered in reading order, then the relation leader orders and relates them.
    /// </summary>
    private static void IngestAsWorkersDo(PostgresStore store, string path)
    {
        var fingerprints = new CopyIndex();
        long run = store.BeginRun(), published = 0;
        foreach (var item in new BulkReader().Read([path]))
        {
            if (item.Article is not { } read) continue;
            var input = ArticleMessage.From(run, published, read with { Metadata = ArticleAnalysis.MetadataOf(read, null) }).ToInput();
            var identity = ArticleIdentity.For(Document.NormalizeLineEndings(input.Text), input.Metadata.Url);
            store.Write(run, published++, ArticleAnalysis.Analyse(MarsadPipeline.Default, input, identity, null, t => fingerprints.Fingerprint(t)));
        }
        store.FinishRun(run, published);
        using var leader = RelationLeader.TryAcquire(store)!;
        while (store.Pending > 0) Assert.True(leader.Step() > 0 || store.Pending == 0, "the leader relates nothing while articles wait");
        Assert.Equal(published, store.Count);
    }
}
