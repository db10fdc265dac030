using System.Net;
using System.Text.Json;
using Marsad.Analysis;
using Marsad.Corpus.Ingest;
using Marsad.Corpus.Reading;
using Marsad.Corpus.Store;
using Marsad.Tests;
using Marsad.Web.Hosting;

namespace Marsad.Web.Tests;

/// <summary>
/// A running server over a store whose index has not committed yet (an ingest still running, or one killed
/// before its first commit) answers searches with no hits instead of a 500, and finds the articles within
/// seconds of the index commit, though the store did not change.
/// </summary>
public sealed class IndexRefreshTests
{
    [Fact]
    public async Task The_server_searches_an_uncommitted_index_as_empty_and_finds_the_articles_after_the_commit()
    {
        var data = Directory.CreateTempSubdirectory("marsad-refresh-").FullName;
        try
        {
            var sample = Path.Combine(SharedData.RepoRoot, "samples", "ar-sample-02.txt");
            using (var folder = CorpusFolder.OpenForWriting(data))
                new Ingester(folder, MarsadPipeline.Default, new IngestOptions()).Run(new BulkReader().Plan([sample]));
            foreach (var file in Directory.GetFiles(Path.Combine(data, CorpusFolder.IndexFolder))) File.Delete(file);

            await using var running = await RunningApp.StartAsync(new WebOptions { DataDirectory = data, Urls = "http://127.0.0.1:0" });
            var http = running.Http;

            Assert.Equal(0, await Total(http));

            using (var folder = CorpusFolder.OpenForWriting(data))
            using (folder.OpenIndex()) { } // the index catches up with the store and commits

            int total = 0;
            for (var waited = TimeSpan.Zero; total == 0 && waited < TimeSpan.FromSeconds(10); waited += TimeSpan.FromMilliseconds(250))
            {
                await Task.Delay(250);
                total = await Total(http);
            }
            Assert.Equal(1, total);
        }
        finally { Directory.Delete(data, recursive: true); }
    }

    private static async Task<int> Total(HttpClient http)
    {
        using var response = await http.GetAsync("/api/search?q=" + Uri.EscapeDataString("موسكو"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("total").GetInt32();
    }
}
