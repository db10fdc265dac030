using Marsad.Analysis.Json;
using Marsad.Corpus.Store;
using Marsad.Web.Pages;

namespace Marsad.Web.Tests;

[Collection("web")]
public sealed class StoredDocumentTests(WebFixture web)
{
    [Fact]
    public void An_article_page_shows_exactly_the_stored_analysis()
    {
        // The page is drawn from the document rebuilt from the stored JSON: writing it again gives the same JSON.
        using var folder = CorpusFolder.OpenForReading(web.DataDirectory);
        var articles = folder.Store.Enumerate().ToList();
        Assert.NotEmpty(articles);
        foreach (var a in articles)
            Assert.Equal(a.AnalysisJson, AnalysisJsonWriter.ToJson(StoredDocument.From(a)));
    }
}
