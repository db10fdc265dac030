using Marsad.Analysis;
using Marsad.Analysis.Json;
using Marsad.Corpus.Store;
using Marsad.Web.Hosting;

namespace Marsad.Web.Pages;

/// <summary>A stored article: its page (text with every fact marked) and its analysis JSON.</summary>
public static class ArticleEndpoints
{
    public static IEndpointRouteBuilder MapArticles(this IEndpointRouteBuilder app)
    {
        app.MapGet("/article/{id}", (HttpContext context, CorpusAccess corpus, string id) =>
        {
            var stored = corpus.Store?.Get(id);
            if (stored is null) return Results.Problem(title: "Not found", detail: $"No article '{id}'.", statusCode: 404);
            var doc = Reanalyse(stored);
            return context.Page(stored.Title ?? id, (html, ui) => ArticleView.Render(html, ui, doc, e => "/entity/" + Uri.EscapeDataString(ArticleFacts.EntityKey(e.KbId, e.Name))));
        }).ExcludeFromDescription();

        app.MapGet("/api/articles/{id}", (CorpusAccess corpus, string id) =>
        {
            var stored = corpus.Store?.Get(id);
            return stored is null
                ? Results.Problem(title: "Not found", detail: $"No article '{id}'.", statusCode: 404)
                : Results.Text(stored.AnalysisJson, "application/json; charset=utf-8");
        }).WithName("GetArticle").WithSummary("One stored article's analysis JSON");
        return app;
    }

    /// <summary>
    /// The page marks facts on the live document: the pipeline is deterministic, so analysing the stored text
    /// again gives the stored analysis, with typed layers instead of JSON.
    /// </summary>
    public static Document Reanalyse(StoredArticle a) =>
        MarsadPipeline.Default.Analyze(a.Text, new ArticleMetadata
        {
            Title = a.Title,
            Url = a.Url,
            Publisher = a.Source,
            Author = a.Author,
            Published = PublicationDate.TryParse(a.Published, out var p) ? p : null,
            Location = a.Location,
        });
}
