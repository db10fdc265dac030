using Marsad.Analysis;
using Marsad.Corpus.Ingest;
using Marsad.Corpus.Reading;
using Marsad.Corpus.Store;
using Marsad.Tests;
using Marsad.Web;
using Marsad.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Marsad.Web.Tests;

/// <summary>
/// A corpus filled with the project's sample articles, a hostile article and the relations stream (a wire story
/// republished in full and abridged, a follow-up, another story), served by the real app on a free loopback
/// port; shared by the HTTP and browser tests.
/// </summary>
public sealed class WebFixture : IAsyncLifetime
{
    public string DataDirectory { get; } = Directory.CreateTempSubdirectory("marsad-web-").FullName;
    public WebApplication App { get; private set; } = null!;
    public string BaseUrl { get; private set; } = "";
    public HttpClient Http { get; private set; } = null!;

    public static string XssArticle => Path.Combine(AppContext.BaseDirectory, "Articles", "xss-article.txt");

    public async Task InitializeAsync()
    {
        var samples = Directory.GetFiles(Path.Combine(SharedData.RepoRoot, "samples"), "*.txt");
        using (var folder = CorpusFolder.OpenForWriting(DataDirectory))
        {
            var options = new IngestOptions { DefaultPublished = new PublicationDate(new DateOnly(2023, 3, 2), null) };
            var stream = RelationsStream.Write(DataDirectory);
            new Ingester(folder, MarsadPipeline.Default, options).Run(new BulkReader().Plan([.. samples, XssArticle, stream]));
        }
        App = MarsadWebApp.Create(new WebOptions { DataDirectory = DataDirectory, Urls = "http://127.0.0.1:0" });
        await App.StartAsync();
        BaseUrl = App.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Http = new HttpClient { BaseAddress = new Uri(BaseUrl) };
    }

    public async Task DisposeAsync()
    {
        Http.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
        Directory.Delete(DataDirectory, recursive: true);
    }
}

[CollectionDefinition("web")]
public sealed class WebCollection : ICollectionFixture<WebFixture>;
