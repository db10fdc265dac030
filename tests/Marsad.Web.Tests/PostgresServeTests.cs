using System.Net;
using System.Text.Json;
using Marsad.Analysis;
using Marsad.Corpus.Ingest;
using Marsad.Corpus.Postgres;
using Marsad.Corpus.Reading;
using Marsad.Corpus.Store;
using Marsad.Corpus.Tests.Scale;
using Marsad.Tests;
using Marsad.Web.Hosting;

namespace Marsad.Web.Tests;

/// <summary>
/// `marsad serve --store postgres://…`: a web instance with no data folder answers searches and article pages from
/// PostgreSQL as the instance serving the embedded store they were migrated from does.
/// </summary>
public sealed class PostgresServeTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("marsad-web-pg-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [SkippableFact]
    public async Task Searches_and_articles_come_from_PostgreSQL_as_from_the_folder()
    {
        using var scratch = ScaleOutServers.RequireDatabase();
        string database = scratch.Address;
        using (var folder = CorpusFolder.OpenForWriting(_dir))
        {
            var samples = Directory.GetFiles(Path.Combine(SharedData.RepoRoot, "samples"), "*.txt");
            var options = new IngestOptions { DefaultPublished = new PublicationDate(new DateOnly(2023, 3, 2), null) };
            new Ingester(folder, MarsadPipeline.Default, options).Run(new BulkReader().Plan(samples));
        }
        using (var folder = CorpusFolder.OpenForReading(_dir))
        using (var store = PostgresStore.Open(database))
            PostgresMigration.Run(folder.Store, store);

        await using var embedded = await RunningApp.StartAsync(new WebOptions { DataDirectory = _dir, Urls = "http://127.0.0.1:0" });
        await using var postgres = await RunningApp.StartAsync(new WebOptions { DataDirectory = Path.Combine(_dir, "absent"), Store = database, Urls = "http://127.0.0.1:0" });

        foreach (var query in new[] { "اللاجئين", "وزير الخارجية" })
        {
            string expected = await embedded.Http.GetStringAsync("/api/search?q=" + Uri.EscapeDataString(query));
            string actual = await postgres.Http.GetStringAsync("/api/search?q=" + Uri.EscapeDataString(query));
            var ids = Ids(expected);
            Assert.NotEmpty(ids);
            Assert.Equal(ids, Ids(actual));
            Assert.Equal(Total(expected), Total(actual));

            var page = await postgres.Http.GetAsync("/search?q=" + Uri.EscapeDataString(query));
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            Assert.Contains("/article/" + Uri.EscapeDataString(ids[0]), await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);

            Assert.Equal(await embedded.Http.GetStringAsync("/api/articles/" + Uri.EscapeDataString(ids[0])),
                await postgres.Http.GetStringAsync("/api/articles/" + Uri.EscapeDataString(ids[0])));
            var article = await postgres.Http.GetAsync("/article/" + Uri.EscapeDataString(ids[0]));
            Assert.Equal(HttpStatusCode.OK, article.StatusCode);
        }
        Assert.Equal(HttpStatusCode.NotFound, (await postgres.Http.GetAsync("/api/articles/no-such-article")).StatusCode);
    }

    private static List<string> Ids(string json) =>
        [.. JsonDocument.Parse(json).RootElement.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("id").GetString()!)];

    private static int Total(string json) => JsonDocument.Parse(json).RootElement.GetProperty("total").GetInt32();
}
