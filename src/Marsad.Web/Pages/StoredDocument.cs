using Marsad.Analysis;
using Marsad.Analysis.Json;
using Marsad.Corpus.Store;

namespace Marsad.Web.Pages;

/// <summary>
/// Rebuilds the typed document of a stored article from its analysis JSON (<see cref="AnalysisJsonReader"/>), so an
/// article page reads what was stored instead of running the pipeline again: parsing takes a fraction of a
/// millisecond where analysing takes several, and the page shows exactly the stored (exported, searched) facts.
/// </summary>
public static class StoredDocument
{
    public static Document From(StoredArticle a) =>
        AnalysisJsonMapping.ToDocument(AnalysisJsonReader.Read(a.AnalysisJson), new ArticleMetadata
        {
            // the store's record, not the JSON: it also keeps the outlet the article was ingested as
            Title = a.Title,
            Url = a.Url,
            Publisher = a.Source,
            Author = a.Author,
            Published = PublicationDate.TryParse(a.Published, out var p) ? p : null,
            Location = a.Location,
        });
}
