using Marsad.Analysis;
using Marsad.Corpus.Ingest;
using Marsad.Corpus.Reading;
using Marsad.Corpus.Store;
using Marsad.Tests;
using Marsad.Web.Hosting;

namespace Marsad.Web.Tests;

/// <summary>
/// A corpus of <see cref="Count"/> generated articles (<see cref="GeneratedNews"/>: every one names the harbour,
/// four outlets, ten days, every third quotes Lavrov), analysed by the real pipeline and served by the real app:
/// enough hits to page past hit 100, filter and export.
/// </summary>
public sealed class PagingFixture : IAsyncLifetime
{
    public const int Count = 130;

    private readonly string _dir = Directory.CreateTempSubdirectory("marsad-paging-").FullName;
    private RunningApp _app = null!;

    public HttpClient Http => _app.Http;
    public string BaseUrl => _app.Http.BaseAddress!.ToString().TrimEnd('/');

    public async Task InitializeAsync()
    {
        using (var folder = CorpusFolder.OpenForWriting(_dir))
            new Ingester(folder, MarsadPipeline.Default, new IngestOptions()).Run(new BulkReader().Plan([GeneratedNews.Write(_dir, Count)]));
        _app = await RunningApp.StartAsync(new WebOptions { DataDirectory = _dir, Urls = "http://127.0.0.1:0" });
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        Directory.Delete(_dir, recursive: true);
    }
}

[CollectionDefinition("paging")]
public sealed class PagingCollection : ICollectionFixture<PagingFixture>;
